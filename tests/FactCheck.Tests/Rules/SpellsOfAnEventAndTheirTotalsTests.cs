using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>
/// A toll over a spell of an event ("five days of relentless monsoon rains") is no season's toll ("since June 26"), and a season's
/// toll given from a month ("since June") is the same span as one given from a day of it. Figures from real news on Pakistan's 2025
/// monsoon floods, each set in one place as its article gives it.
/// </summary>
public sealed class SpellsOfAnEventAndTheirTotalsTests
{
    private static IEnumerable<Flag> Discrepancies(Claim a, Claim b) => ShippedRules.Discrepancies(a, b);

    private static Claim InPakistan(Claim claim, string document) =>
        claim with { Document = document, Location = "Pakistan", PlacePath = "Pakistan", LocationPrecision = "country", Event = "flood" };

    // The Tribune International, 19 August 2025.
    private static readonly Claim SpellsToll = InPakistan(
        Extracted.Figure("The death toll from five days of relentless monsoon rains climbed to almost 400.", 400, published: new DateOnly(2025, 8, 19)), "tribune.txt");

    // LatestLY (ANI), 18 August 2025.
    private static readonly Claim SeasonsToll = InPakistan(
        Extracted.Figure("At least 657 people have died due to rain-related incidents across Pakistan since June 26, the National Disaster Management Authority said.", 657,
            published: new DateOnly(2025, 8, 18)), "latestly.txt");

    // IBC World News, 18 August 2025: a headline giving the season from its month.
    private static readonly Claim SeasonsTollFromItsMonth = InPakistan(
        Extracted.Figure("Pakistan rain disaster kills 620 since June", 620, published: new DateOnly(2025, 8, 18)), "ibc.txt");

    [Test]
    public void ASpellOfRains_IsReadAsTheTollsPeriod() =>
        Assert.That(SpellsToll.Period, Is.EqualTo("from five days of relentless monsoon rains"));

    [Test]
    public void ASpellsToll_IsNotSetAgainstTheSeasons() =>
        Assert.That(Discrepancies(SpellsToll, SeasonsToll), Is.Empty);

    [Test]
    public void ASeasonFromItsMonth_AndFromADayOfIt_AreOneSpan()
    {
        Assert.That(SeasonsTollFromItsMonth.Period, Is.EqualTo("since June"));
        Assert.That(Discrepancies(SeasonsTollFromItsMonth, SeasonsToll), Is.Not.Empty);
    }
}
