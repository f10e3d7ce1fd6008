using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>
/// A cyclone's dead are counted by one outlet as the storm's and by another as its floods' and landslides': the shipped rules take the
/// two for one event; a fire and a flood stay two. Each pair is set in one place, as both articles' paragraphs give it.
/// </summary>
public sealed class StormsAndTheirFloodsTests
{
    private static IEnumerable<Flag> Discrepancies(Claim a, Claim b) => ShippedRules.Discrepancies(a, b);

    // The Independent and Report.az, both 2 December 2025: Sri Lanka's dead after Cyclone Ditwah.
    private static readonly Claim StormsToll =
        Extracted.Figure("Cyclone Ditwah has caused widespread devastation in Sri Lanka, with the death toll rising to 366 and 367 people still missing due to severe rain and flooding.",
            366, published: new DateOnly(2025, 12, 2))
            with { Document = "independent.txt", Location = "Sri Lanka", PlacePath = "Sri Lanka", LocationPrecision = "country", Event = "storm" };

    private static readonly Claim FloodsToll =
        Extracted.Figure("The death toll has climbed to 465, with 366 people still missing.", 465, published: new DateOnly(2025, 12, 2))
            with { Document = "reportaz.txt", Location = "Sri Lanka", PlacePath = "Sri Lanka", LocationPrecision = "country", Event = "flood" };

    [Test]
    public void AStormsToll_AndItsFloodsToll_AreOneEvents() =>
        Assert.That(Discrepancies(StormsToll, FloodsToll), Is.Not.Empty);

    [Test]
    public void AFiresToll_AndAFloodsToll_AreTwoEvents() =>
        Assert.That(Discrepancies(StormsToll with { Event = "fire" }, FloodsToll), Is.Empty);
}
