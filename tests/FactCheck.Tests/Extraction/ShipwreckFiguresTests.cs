using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A shipwreck's figures: the drowned, the survivors brought ashore, the bodies recovered and how many the boat carried. Sentences from the
/// reporting of the June 2023 Pylos shipwreck.
/// </summary>
public sealed class ShipwreckFiguresTests
{
    // AP via KTVZ, 17 June 2023.
    private const string Recovered = "The coast guard has recovered 104 survivors and 78 bodies from the trawler, which carried as many as 750 passengers.";

    [TestCase(Recovered, 104, "rescued")]
    [TestCase(Recovered, 78, "killed")]
    [TestCase(Recovered, 750, "aboard")]
    // Warsaw Point (Reuters), 15 June 2023; The Straits Times, 15 June 2023.
    [TestCase("At least 79 migrants drowned early on Wednesday and hundreds more were missing and likely dead after their overloaded boat capsized " +
              "and sank in open seas off Greece.", 79, "killed")]
    [TestCase("Greek authorities said 104 survivors had been brought ashore.", 104, "rescued")]
    public void EachFigureOfTheWreck_CountsWhatItsWordsSay(string sentence, double figure, string metric) =>
        Assert.That(Extracted.Claims(sentence).First(c => c.Low == figure || c.High == figure).Metric, Is.EqualTo(metric));

    // Warsaw Point (Reuters), 15 June 2023: two counts of those aboard, each its source's; the initials' possessive is the source's.
    private const string Aboard =
        "As a painstaking search for survivors continued, a European rescue-support charity said it believed around 750 people were on board the " +
        "20- to 30-meter-long (65- to 100-foot-long) vessel. The U.N.'s migration agency estimated up to 400 while Greece declined to speculate on " +
        "the passenger count.";

    [TestCase(750, "European rescue-support charity")]
    [TestCase(400, "United Nations")]
    public void EachCountOfThoseAboard_IsItsSources(double figure, string claimant)
    {
        var claim = Extracted.Claims(Aboard).Single(c => c.Low == figure || c.High == figure || c.Low < figure && c.High > figure);
        Assert.That((claim.Metric, claim.Claimant, claim.Unit), Is.EqualTo(("aboard", claimant, "people")));
    }

    // The Straits Times, 15 June 2023: a feared toll is no count of the dead, and meets none.
    [Test]
    public void FearedToll_IsNoAssertedCount() =>
        Assert.That(Extracted.Claims("Greece scours shipwreck site, hundreds feared drowned in boat's hold").Single().Modality, Is.EqualTo(FactCheck.Extraction.Modality.Projection));

    // CBC, January 2010: a toll a minister anticipates is a forecast, not a count.
    [Test]
    public void AnticipatedToll_IsAForecast() =>
        Assert.That(Extracted.Figure("\"We anticipate there will be between 100,000 and 200,000 dead in total, although we will never know the exact number,\" " +
                                     "Interior Minister Paul Antoine Bien-Aime told Reuters.", 100000).Modality, Is.EqualTo(FactCheck.Extraction.Modality.Projection));
}
