using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Officials who are "predicting" a figure, or who "attribute" deaths to a storm, give it; two modifiers joined by "and" after a
/// dateline's dash share their noun as they do at a sentence's start ("County and city officials"). Sentences from Denver7 (KMGH) and
/// TIME (AP) on Hurricane Harvey, 2017.
/// </summary>
public sealed class PredictingAndAttributingSourcesTests
{
    // Denver7 (KMGH), 28 August 2017.
    [Test]
    public void OfficialsPredictingAFigure_GiveIt() =>
        Assert.That(Extracted.Figure("Swollen rivers in east Texas aren't expected to crest until later this week, but federal officials are already predicting the deadly Tropical Storm Harvey will drive 30,000 people into shelters and spur 450,000 victims to seek some sort of disaster assistance.", 30_000).Claimant,
            Is.EqualTo("federal officials"));

    // TIME (AP), 6 September 2017.
    [Test]
    public void OfficialsAttributingDeathsAfterADateline_GiveThemTogether() =>
        Assert.That(Extracted.Figure("(HOUSTON) — County and city officials now attribute at least 70 Texas deaths on Harvey, the storm that dumped several feet of rain on southeast Texas in a matter of days.", 70).Claimant,
            Is.EqualTo("County and city officials"));
}
