using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Tolls raised and revised down: the figure a revision gives is the measure's it revises, and the officials who revise
/// it are its source. Sentences from real news.
/// </summary>
public sealed class TollRevisionTests
{
    // ABC (Australia), 29 March 2004.
    private const string Bam =
        "Iran has revised down the number killed when an earthquake flattened the ancient Silk Road city of Bam in December to 26,271 from 41,000, " +
        "saying many victims were counted several times in the ensuing chaos.";

    [TestCase(26271)]
    [TestCase(41000)]
    public void RevisedMeasure_IsTheFiguresMeasure_HoweverLongTheWordsAfterIt(double low)
    {
        var claim = Extracted.Figure(Bam, low);
        Assert.That((claim.Metric, claim.Subject, claim.Claimant), Is.EqualTo(("killed", "people", "Iran")));
    }

    // MaltaToday, August 2018; AP, January 2022: "from" one level "to" another after the verb of change, however far back, or a fall, are
    // two figures, never a range.
    [TestCase("Puerto Rico officially raised the death toll from the devastating storm last year from 64 to 2,975.", 64, 2975)]
    [TestCase("New York Mayor Eric Adams on Monday revised the death toll from a high-rise fire from 19 to 17.", 19, 17)]
    public void TollChangedFromOneLevelToAnother_IsTwoFigures(string sentence, double before, double after) =>
        Assert.That(Extracted.Claims(sentence).Select(c => (c.Low, c.High)), Is.EquivalentTo(new[] { (before, before), (after, after) }));

    // Voice of America, 2 November 2005; WAAY-TV, 29 August 2018.
    [TestCase("Pakistan has officially raised the death toll from last month's massive earthquake to 73,276.", 73276, "Pakistan")]
    [TestCase("The Puerto Rico government raised its official death toll from Hurricane Maria to 2,975 following a new estimate from researchers.", 2975, "Puerto Rico government")]
    public void RaisedToll_IsTheTollsFigure_GivenByWhoRaisedIt(string sentence, double low, string claimant)
    {
        var claim = Extracted.Figure(sentence, low);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("killed", claimant)));
    }

    // AP, 24 June 2008: "its" before a measure points back to the source that gave it.
    [Test]
    public void EarlierTollOfAPronoun_IsTheSourceItPointsBackTo()
    {
        var claim = Extracted.Figure("RANGOON, Burma - Burma announced Tuesday that 84,500 people perished in last month's cyclone.\n" +
                           "That is up from its earlier toll of 77,700. And Deputy Foreign Minister Kyaw Thu told reporters 53,836 are still missing.", 77700);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("killed", "Burma")));
    }

    // Pravda.Ru, 3 November 2005: within a sentence that has a source of its own, "its" is more likely a word of that sentence.
    [Test]
    public void PronounsMeasureInASentenceWithItsOwnSource_IsThatSources() =>
        Assert.That(Extracted.Figure("Pakistani Kashmir bore the brunt of the quake, Reuters reports.\n" +
                           "Khan said the government had received around $2 billion in pledges for the massive task of reconstruction, still way short of its cost estimate of more than $5 billion.", 5e9).Claimant,
            Is.EqualTo("Khan"));

    // AP, 15 November 2013: "by" a small figure "to" a far larger one is the change and the level reached.
    [Test]
    public void RiseByAFigureToAnother_IsAChangeAndTheToll()
    {
        var claims = Extracted.Claims("MANILA, Philippines (AP) Authorities in the Philippines say the official death toll from the typhoon has risen by three to 2,360.");
        Assert.That(claims.Select(c => (c.Low, c.High, c.PartOfGroup)), Is.EqualTo(new[] { (3.0, 3.0, true), (2360.0, 2360.0, false) }));
    }

    // OSCE monitoring report, April 2014: "by" before figures of one size is a range still.
    [Test]
    public void ByOneFigureToAnotherOfTheSameSize_IsARange() =>
        Assert.That(Extracted.Figure("Both protesting groups were joined by 15 to 20 cars with flags and people inside, some of them wearing masks.", 15).High, Is.EqualTo(20));

    // Pravda.Ru, 3 November 2005.
    private const string Kashmir =
        "Pakistan on Wednesday dramatically increased the official death toll from the devastating earthquake that hit the north of the country last month " +
        "to 73,276 and said it could rise further. The official death toll jumped from a 57,000 total given by Prime Minister Shaukat Aziz to the nation's parliament yesterday.";

    [Test]
    public void TollIncreased_IsTheTollOfWhoIncreasedIt_OnTheDayItDid()
    {
        var claim = new ClaimExtractor(Some.Lexicon).Extract(Some.Document(Kashmir, published: new DateOnly(2005, 11, 3))).Single(c => c.Low == 73276);
        Assert.That((claim.Metric, claim.Claimant, claim.AssertedOn), Is.EqualTo(("killed", "Pakistan", new DateOnly(2005, 11, 2))));
    }

    [Test]
    public void FigureGivenByAnAgent_IsTheAgents() =>
        Assert.That(Extracted.Figure(Kashmir, 57000).Claimant, Is.EqualTo("Shaukat Aziz"));

    // Business Standard (PTI), 25 April 2019.
    [Test]
    public void TollRevisedDownward_ByAChangeToAQuotedLevel_IsTheTolls()
    {
        var claims = Extracted.Claims("Sri Lanka on Thursday night sharply revised downward the death toll from the Easter Sunday terror attack by more than 100 to \"about 253\", citing a \"calculation error\".");
        Assert.That(claims.Select(c => (c.Metric, c.Claimant, c.PartOfGroup)), Is.EqualTo(new[] { ("killed", "Sri Lanka", true), ("killed", "Sri Lanka", false) }));
    }

    // Philstar (AFP), 29 October 2022.
    [TestCase("The Philippines sharply revised the death toll from Severe Tropical Storm \"Paeng\" (international name: Nalgae) ravaging the country downward on Saturday, saying only 45 people had been killed — correcting the earlier reported toll of 72.", 45, "Philippines")]
    [TestCase("An earlier report from the National Disaster Risk Reduction and Management Council pegged the number of deaths at 72, with most of the fatalities coming from the Bangsamoro Autonomous Region in Muslim Mindanao.", 72, "National Disaster Risk Reduction and Management Council")]
    public void WhoRevisedOrPeggedTheToll_GaveIt(string sentence, double low, string claimant)
    {
        var claim = Extracted.Figure(sentence, low);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("killed", claimant)));
    }

    // Naharnet (AFP), 10 July 2012: "from" a level "to" another after a word of change is the earlier toll and the new one.
    [Test]
    public void TollRevisedUpFromOneLevelToAnother_IsTwoTolls()
    {
        var claims = Extracted.Claims("The Nigerian police on Tuesday revised up from five to 17 the death toll in a raid the previous day by gunmen on a village in central Plateau state.");
        Assert.That(claims.Select(c => (c.Low, c.High, c.Metric, c.Claimant)), Is.EqualTo(new[] { (5.0, 5.0, "killed", "Nigeria"), (17.0, 17.0, "killed", "Nigeria") }));
    }

    // Voice of America, 2 November 2005: a hyphenated compound of titles is a title, no part of the name.
    [Test]
    public void HyphenatedTitle_IsNoPartOfTheName() =>
        Assert.That(Extracted.Figure("The country's head of relief operations, Major-General Farooq Ahmed Khan, said Wednesday the October 8 quake also left more than 69,000 people injured.", 69000).Claimant,
            Is.EqualTo("Farooq Ahmed Khan"));
}
