using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "a Berlin Christmas market": a city before a capitalized word and a site noun is where the site is, as before an event it names; not an
/// outlet's building ("the collapsed Canterbury Television building"). Sentences from CNN (19 December 2016) and The Local Germany (AFP,
/// 30 December 2016) on the Berlin truck attack, and BBC News (24 February 2011) on the Christchurch earthquake.
/// </summary>
public sealed class SitesNamedAfterTheirCityTests
{
    [Test]
    public void AHeadlinesCityBeforeASiteItHolds_PlacesItsFigures()
    {
        const string headline = "Berlin Christmas market: 9 dead, at least 50 injured in truck crash";
        var claims = Extracted.Claims(headline, title: headline, published: new DateOnly(2016, 12, 19));
        Assert.That(claims.Select(c => c.Location), Is.All.EqualTo("Berlin"));
    }

    [Test]
    public void ACityBeforeASiteItHolds_IsNotTheAttackersCountry()
    {
        var claim = Extracted.Figure(
            "Tunisian Anis Amri, 24, is the suspected jihadist attacker who on December 19th ploughed a hijacked truck into a Berlin Christmas market, killing 12 people, including the vehicle's registered driver.",
            12, published: new DateOnly(2016, 12, 30));
        Assert.That(claim.Location, Is.EqualTo("Berlin"));
    }

    [Test]
    public void AnOutletsBuilding_NamesNoCity()
    {
        var claim = Extracted.Figure(
            "Supt Dave Cliff, the police district commander, said there might be up to 120 bodies beneath the collapsed Canterbury Television building, which has been deemed \"unsurvivable\".",
            120, published: new DateOnly(2011, 2, 24));
        Assert.That(claim.Location, Is.Not.EqualTo("Canterbury"));
    }
}
