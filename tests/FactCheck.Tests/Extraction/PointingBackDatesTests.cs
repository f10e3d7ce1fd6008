using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "That year", "On that day", "the same day": a time the text named before dates the figure, never the day of writing. Sentences
/// from Reuters on the 2019 Iraqi protests, The Dispatch (Los Angeles Times) on Hurricane Maria's deaths, ABC News on the Grenfell
/// Tower fire, an OSCE monitoring report from the ukraine-2014 corpus and a Reuters report from reuters-2017.
/// </summary>
public sealed class PointingBackDatesTests
{
    // Reuters via bdnews24, 3 October 2019.
    [Test]
    public void ThatDay_IsTheDayTheSentenceBeforeNamed()
    {
        var killed = Extracted.Figure("The unrest spread quickly from small-scale protests in Baghdad on Tuesday over jobs, services and government corruption. "
                                      + "At least two people were killed that day as security forces opened live fire and shot water cannon and tear gas.",
            2, published: new DateOnly(2019, 10, 3));
        Assert.That((killed.AssertedOn, killed.AsOfPrecision), Is.EqualTo(((DateOnly?)new DateOnly(2019, 10, 1), "day")));
    }

    // The Dispatch, 9 December 2017: two paragraphs, one sentence of the first left out.
    [Test]
    public void OnThatDay_LooksBackAcrossAParagraph_AndAYearAfterItSaysWhich()
    {
        var claims = Extracted.Claims("The deadliest day was Sept. 25. It was over 90 degrees, and power was out on most of the island, even in most hospitals. "
                                      + "People on respirators lacked electricity to power the machines.\n\n"
                                      + "On that day, 135 people died in Puerto Rico. By comparison, 75 people died on that day in 2016 and 60 died in 2015.",
            published: new DateOnly(2017, 12, 9));
        Assert.That(claims.Single(c => c.Low == 135).AssertedOn, Is.EqualTo(new DateOnly(2017, 9, 25)));
        Assert.That((claims.Single(c => c.Low == 75).AssertedOn, claims.Single(c => c.Low == 75).AsOfPrecision), Is.EqualTo(((DateOnly?)new DateOnly(2016, 1, 1), "year")));
    }

    // A shortened sentence after the one Reuters wrote (1 November 2017): "who had received a diversity visa through his wife years earlier" left out.
    [Test]
    public void ThatYear_IsTheYearNamedBefore()
    {
        var killed = Extracted.Figure("The only other known instance of a diversity visa beneficiary carrying out a deadly terrorist attack in the United States occurred in 2002. "
                                      + "That year, an Egyptian man shot and killed two people in a Los Angeles airport.",
            2, published: new DateOnly(2017, 11, 1));
        Assert.That((killed.AssertedOn, killed.AsOfPrecision), Is.EqualTo(((DateOnly?)new DateOnly(2002, 1, 1), "year")));
    }

    // Reuters, 1 November 2017 (reuters-2017 gold, row_907): the same sentence whole; the relative clause closes before "shot and killed".
    [Test]
    public void ThatYear_ReachesAFigurePastAWhoClause()
    {
        var killed = Extracted.Figure("The only other known instance of a diversity visa beneficiary carrying out a deadly terrorist attack in the United States occurred in 2002. "
                                      + "That year, an Egyptian man who had received a diversity visa through his wife years earlier shot and killed two people in a Los Angeles airport.",
            2, published: new DateOnly(2017, 11, 1));
        Assert.That((killed.AssertedOn, killed.AsOfPrecision), Is.EqualTo(((DateOnly?)new DateOnly(2002, 1, 1), "year")));
    }

    // ABC News via WTNH, 17 November 2017 (paragraphs joined, the quotation between them left out).
    [Test]
    public void ASpansBound_IsNoTimeToPointBackTo()
    {
        var escaped = Extracted.Figure("In June, London’s Metropolitan Police estimated that about 80 people had died in the fire, which started on June 14 just before 1 a.m. local time. "
                                       + "The search operation is not expected to end until early December, but the police said it is very unlikely that anyone remains inside Grenfell Tower. "
                                       + "The videos show that 223 people escaped Grenfell Tower that night and survived.",
            223, published: new DateOnly(2017, 11, 17));
        Assert.That(escaped.AssertedOn, Is.EqualTo(new DateOnly(2017, 6, 14)));
    }

    // ukraine-2014 corpus, article_79 (OSCE SMM report of 28 September 2015; two sentences of the original).
    [Test]
    public void ADateInBracketsOrMarkedEarlier_IsNoTimeToPointBackTo()
    {
        var claims = Extracted.Claims("On 27 September the SMM visited another two “DPR” heavy weapons holding areas. "
                                      + "At the second site the SMM observed two multiple launch rocket systems (MLRS, BM-21 Grad , 122mm) were missing, as they had been during the previous visit on 5 April (see SMM Daily Report 7 April ). "
                                      + "The SMM visited on the same day two Ukrainian Armed Forces heavy weapons holding areas, which were found empty.",
            published: new DateOnly(2015, 9, 28));
        Assert.That(claims.Single(c => c.Low == 2 && c.Sentence.StartsWith("The SMM visited on the same day", StringComparison.Ordinal)).AssertedOn,
            Is.EqualTo(new DateOnly(2015, 9, 27)));
    }

    // Without a date before it, "that night" is a time the text does not give. ITV News, 10 July 2017.
    [Test]
    public void WithNothingToPointBackTo_TheDateIsUnknown()
    {
        var absent = Extracted.Figure("Metropolitan Police Commander Stuart Cundy said they also know that 14 people were not in the tower block that night.",
            14, published: new DateOnly(2017, 7, 10));
        Assert.That((absent.AssertedOn, absent.AsOfPrecision), Is.EqualTo(((DateOnly?)null, "unknown")));
    }

    // Control, reuters-2017 (Reuters, 16 November 2017): "the same day" a clause names is no time named before.
    [Test]
    public void TheSameDayAClauseNames_DoesNotPointBack()
    {
        var deficit = Extracted.Figure("The measure, passed by the House of Representatives on Tuesday, next goes to the White House for Trump’s signature. "
                                       + "The Senate backed the NDAA on the same day Republicans in the House of Representatives passed a sweeping tax bill, with no support from Democrats, "
                                       + "which is expected to increase the federal deficit by nearly $1.5 trillion over 10 years.",
            1_500_000_000_000, published: new DateOnly(2017, 11, 16));
        Assert.That(deficit.AssertedOn, Is.Not.EqualTo(new DateOnly(2017, 11, 14)));
    }

    [Test]
    public void Load_APointingBackTimeOfNoUnit_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Path.Combine(folder.Path, "lexicon", "time.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"that year\": \"year\"", "\"that year\": \"fortnight\"", StringComparison.Ordinal));
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: pointingBack 'that year' needs a unit of day, week, month or year, not 'fortnight'"));
    }
}
