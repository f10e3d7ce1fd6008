using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "high tension in Russia-U.S. relations": two countries joined by a hyphen before a plural of no event name the parties to something,
/// not where a figure is; before an event or a border they are where it is ("the Turkey-Syria earthquakes"). Sentences from Reuters on
/// the January 2022 unrest in Kazakhstan (joined into one paragraph, the sentence between them left out) and on the 2023 earthquakes.
/// </summary>
public sealed class CountryPairsAsPartiesTests
{
    [Test]
    public void ACountryPairBeforeRelations_PlacesNothing()
    {
        var arrested = Extracted.Figure("At Tokayev’s invitation, a Russia-led alliance of ex-Soviet states sent troops to restore order, an intervention that comes at a time of high tension "
                                        + "in Russia-U.S. relations. Police said 6,044 people had been arrested in connection with the unrest.", 6_044);
        Assert.That(arrested.Location ?? "", Does.Not.Contain("U.S"));
    }

    // Control, written for the test.
    [Test]
    public void ACountryPairBeforeItsEarthquakes_IsWhereTheyKilled() =>
        Assert.That(Extracted.Figure("The Turkey-Syria earthquakes killed more than 50,000 people.", 50_000).Location, Is.EqualTo("Turkey-Syria"));
}
