using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Dates written in digits in a page's furniture ("Updated: 27-08-2021 19:04 IST", "2024-11-01 | 10:34", "last updated: Aug 26,2021")
/// count nothing; an "m" joined to a number before a word of height or depth ("5m above the road", "Waves up to 5m high") is metres, not
/// millions. Lines from Devdiscourse's Reuters copy and Jordan News's AFP copy on the 2021 Kabul airport bombing, LBCI on the 2024 Novi
/// Sad canopy collapse, and the Taipei Times on the 2021 Mexico City metro collapse and the 2004 tsunami.
/// </summary>
public sealed class DigitDatesAndMetresTests
{
    [TestCase("Reuters | Updated: 27-08-2021 19:04 IST | Created: 27-08-2021 19:04 IST")]
    [TestCase("2024-11-01 | 10:34")]
    public void ADayMonthAndYearJoinedByHyphens_IsNoClaim(string line) =>
        Assert.That(Extracted.Claims(line), Is.Empty);

    [Test]
    public void ADayRunIntoItsYear_IsNoCountOfWounded()
    {
        var claims = Extracted.Claims(
            "Agence France-Presse last updated: Aug 26,2021 A person wounded in an explosion near the airport in Kabul, Afghanistan on August 26, 2021, arrives at a hospital in Kabul.");
        Assert.That(claims.Where(c => c.Metric == "wounded").Select(c => c.Low), Has.None.GreaterThan(1));
    }

    [TestCase("The overpass was about 5m above the road in the borough of Tlahuac, but the train ran above a concrete median strip.", 5)]
    [TestCase("Waves up to 5m high swept most of the country's shoreline, causing death and destruction and rendering thousands homeless.", 5)]
    public void AnMJoinedToANumberBeforeAHeight_IsMetres(string sentence, double metres)
    {
        var claim = Extracted.Figure(sentence, metres);
        Assert.That((claim.Metric, claim.High < 10), Is.EqualTo(("distance", true)));
    }

    // Controls, written for the test: millions before a noun or as money stay millions.
    [TestCase("Some 5m people were affected by the floods.", "affected")]
    [TestCase("The appeal raised £5m for the victims.", "money")]
    public void AnMJoinedToANumberElsewhere_StaysMillions(string sentence, string metric)
    {
        var claim = Extracted.Figure(sentence, 5_000_000);
        Assert.That((claim.Metric, claim.Low > 1_000_000), Is.EqualTo((metric, true)));
    }
}
