using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "As of Sunday evening, officials said 153 people were killed ... Nearly two-thirds of those killed -- 97 -- were women": a sentence
/// that opens with the time its count stands at dates the next sentences of its paragraph that date nothing of their own. Sentences
/// from AP (via the Arkansas Democrat-Gazette, events-mixed) on the 2022 Itaewon crush and China Economic Net (Xinhua) on the 2021
/// Henan floods.
/// </summary>
public sealed class ParagraphStandingTimesTests
{
    private const string Itaewon = "As of Sunday evening, officials said 153 people were killed and 133 were injured. Nearly two-thirds of those killed -- 97 -- were women. "
                                   + "More than 80% of the dead were in their 20s and 30s, and at least four were teenagers.";

    [Test]
    public void TheNextSentencesOfTheParagraph_StandAtItsTime()
    {
        var claims = Extracted.Claims(Itaewon, published: new DateOnly(2022, 10, 31));
        Assert.That(claims.Single(c => c.Low == 97).AssertedOn, Is.EqualTo(new DateOnly(2022, 10, 30)));
        Assert.That(claims.Single(c => c.Low == 4).AssertedOn, Is.EqualTo(new DateOnly(2022, 10, 30)));
    }

    // China Economic Net, 3 August 2021.
    [Test]
    public void AsOfMondayNoon_DatesTheCropsAndHousesThatFollow() =>
        Assert.That(Extracted.Figure("As of Monday noon, more than 14.53 million people in 150 county-level regions had been affected by downpours. "
                                     + "Over 1.09 million hectares of crops were damaged, and over 30,600 houses had collapsed across the province, official data showed.",
            30_600, published: new DateOnly(2021, 8, 3)).AssertedOn, Is.EqualTo(new DateOnly(2021, 8, 2)));

    // Control: the next paragraph is dated by the document again.
    [Test]
    public void TheNextParagraph_IsDatedByTheDocument() =>
        Assert.That(Extracted.Figure(Itaewon + "\n\nMore than 1,000 people gathered at a memorial.", 1_000, published: new DateOnly(2022, 10, 31)).AssertedOn,
            Is.EqualTo(new DateOnly(2022, 10, 31)));
}
