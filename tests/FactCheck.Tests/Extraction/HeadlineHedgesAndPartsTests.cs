using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Hedges in headlines written in title case, a modal set off after a toll, a part counted "from" a group, a source said to have spoken
/// earlier, a range of two vague counts, "more or less" and "no one on board", in the reporting of the 2015 Nepal earthquake, the 2018
/// Genoa bridge collapse, the 2018 Palu earthquake, the 2020 Beirut explosion, the 2022 Kanjuruhan crush and the 2013 Lac-Mégantic disaster. Headlines and
/// sentences from real news.
/// </summary>
public sealed class HeadlineHedgesAndPartsTests
{
    // NDTV (Reuters), 28 April 2015; HuffPost UK, 16 August 2018: a hedge in title case still hedges.
    [TestCase("Nepal Earthquake Toll Could Reach 10,000, Government on 'War Footing': PM Sushil Koirala", 10000)]
    [TestCase("Genoa Bridge Collapse: Up To 20 People Could Still Be Missing As Rescuers Search Rubble", 20)]
    public void AHedgeInATitleCaseHeadline_IsAProjection(string headline, double figure) =>
        Assert.That(Extracted.Figure(headline, figure).Modality, Is.EqualTo(Modality.Projection));

    // Written for the test: a month in title case hedges nothing.
    [Test]
    public void AMonthInATitleCaseHeadline_IsNoHedge() =>
        Assert.That(Extracted.Figure("Death Toll Rises To 50 After May Floods Hit Kerala", 50).Modality, Is.EqualTo(Modality.Asserted));

    // The Atlanta Journal-Constitution, 30 September 2018: a modal set off right after a toll, its subject left out, hedges what is
    // to come, not the toll.
    [Test]
    public void AModalSetOffRightAfterAToll_LeavesItAsserted() =>
        Assert.That(Extracted.Figure("Indonesia earthquake, tsunami: Death toll passes 1,200, could rise", 1200).Modality, Is.EqualTo(Modality.Asserted));

    // Reuters, 3 November 2017 (reuters-2017 row 839): a modal after an aside set off inside the clause still hedges the figure.
    [Test]
    public void AModalAfterAnAside_StillHedges() =>
        Assert.That(Extracted.Figure("Officials in the affected states say millions of residents, not just high-earners, would suffer because of lost tax breaks " +
                                     "and less funding available for public services.", 2000000).Modality, Is.EqualTo(Modality.Projection));

    // Channel NewsAsia, 30 September 2018; Devdiscourse (Reuters), 2 October 2022: "Earlier" right before the source makes what it gave
    // an earlier statement, of a time the report leaves open, not the report's day.
    [TestCase("Earlier reports said 400 people were killed as hospitals struggled to cope with hundreds of injured and rescuers scrambled to reach the stricken region.", 400)]
    [TestCase("Earlier officials had put the figure as high as 174.", 174)]
    public void EarlierRightBeforeASource_LeavesTheFigureUndated(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure, published: new DateOnly(2018, 9, 30)).AssertedOn, Is.Null);

    // KTLA (AP), 29 September 2018: two vague counts joined by "to" bound one vague range; "from dozens to hundreds" is a change (written
    // for the test).
    [Test]
    public void TwoVagueCountsJoinedByTo_AreOneRange()
    {
        var range = Extracted.Figure("Nugroho said the status was unknown for “tens to hundreds of people,” including dancers and performers at a beach festival in Palu.", 20);
        Assert.That((range.Low, range.High), Is.EqualTo((20.0, 999.0)));
        Assert.That(Extracted.Claims("The toll rose from dozens to hundreds.").Count, Is.EqualTo(2));
    }

    // Global News, 8 July 2013: "more or less" is an approximation.
    [Test]
    public void MoreOrLess_IsAnApproximation() =>
        Assert.That(Extracted.Figure("“We are are still talking about around more or less 40 people who are reported missing and we don’t know their whereabouts,” Richard said.", 40)
            .Qualifier, Is.EqualTo("about"));

    // Reuters, 6 July 2013: "no one was on board" counts none aboard, not one.
    [Test]
    public void NoOneOnBoard_IsNoneAboard()
    {
        var aboard = Extracted.Figure("Rail company Montreal, Maine & Atlantic said the train had been parked some distance from the town, and no one was on board when it derailed.", 0);
        Assert.That((aboard.Metric, aboard.High), Is.EqualTo(("aboard", 0.0)));
    }

    // Al Bawaba, 30 August 2020 (the sentence's end cut): "From the seven who remain missing, three ..." counts some of the seven.
    [Test]
    public void AFigureAfterFromAndAGroupCounted_IsPartOfIt() =>
        Assert.That(Extracted.Figure("From the seven who remain missing, three are of Lebanese nationality, three Syrians and one Egyptian.", 3).PartOfGroup, Is.True);

    // Written for the test: "from the start of" a span counts no part.
    [Test]
    public void AFigureAfterFromTheStartOfASpan_IsNoPart() =>
        Assert.That(Extracted.Figure("From the start of the protests, 40 people were killed.", 40).PartOfGroup, Is.False);
}
