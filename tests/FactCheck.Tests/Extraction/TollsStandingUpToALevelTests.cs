using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "the death toll was now up to 122": a toll that is "up to" a figure, past an adverb of its level, stands at it; "an estimate of up to
/// 400" is a ceiling. Sentences from Türkiye Today (undated page, February 2024) on the Chile wildfires and Dawn (14 June 2023) on the
/// shipwreck off Pylos.
/// </summary>
public sealed class TollsStandingUpToALevelTests
{
    [Test]
    public void ATollNowUpToAFigure_StandsAtIt()
    {
        var claim = Extracted.Figure(
            "Marisol Prado, head of the Chilean Forensic Medical Service, said the death toll was now up to 122, with 10 new fatalities added to the tally on Monday afternoon.",
            122);
        Assert.That((claim.Low, claim.High), Is.EqualTo((122d, 122d)));
    }

    [Test]
    public void AnEstimateOfUpToAFigure_IsACeiling()
    {
        var claim = Extracted.Figure(
            "As a painstaking search for survivors continued, a European rescue support charity said it believed around 750 people were on board the 20 to 30-metre-long vessel, while the United Nations’ (UN) migration agency cited an estimate of up to 400.",
            400, published: new DateOnly(2023, 6, 14));
        Assert.That((claim.Low, claim.High), Is.EqualTo((0d, 400d)));
    }
}
