using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>
/// Counts a rule lists as shrinking (casualties.json: those missing) fall as a disaster is worked through: a lower figure given on a
/// later day is info at most; rival figures of one day keep their severity, and tolls still rise.
/// </summary>
public sealed class ShrinkingCountsTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);

    private static Flag Flagged(Claim a, Claim b) =>
        new RuleEngine(ShippedRules).Run([a, b]).Flags.Single(f => f.Kind == FindingKind.Discrepancy);

    // The Christian Post, 24 March 2014, against the Lake Stevens Journal, 4 April 2014: "14 Dead, 176 Missing", then "Number of Oso
    // landslide missing drops to 15".
    private static readonly Claim Early = Some.Claim("Snohomish County", 176, 176, metric: "missing", subject: "people", side: null, qualifier: "exact",
        location: "Oso", date: new DateOnly(2014, 3, 24), document: "christianpost.txt");

    [Test]
    public void AMissingCountLowerInALaterReport_IsInfoAtMost() =>
        Assert.That(Flagged(Early, Early with { Claimant = "Snohomish County Sheriff's Office", Low = 15, High = 15, AssertedOn = new DateOnly(2014, 4, 4), Document = "lakestevens.txt" })
            .Severity, Is.EqualTo(Severity.Info));

    [Test]
    public void RivalMissingCountsOfOneDay_KeepTheirSeverity() =>
        Assert.That(Flagged(Early, Early with { Claimant = "Red Cross", Low = 15, High = 15, Document = "redcross.txt" }).Severity, Is.EqualTo(Severity.High));

    [Test]
    public void ADeathTollLowerInALaterReport_KeepsItsSeverity() =>
        Assert.That(Flagged(Early with { Metric = "killed" }, Early with { Metric = "killed", Claimant = "Snohomish County Sheriff's Office", Low = 40, High = 40,
            AssertedOn = new DateOnly(2014, 4, 4), Document = "lakestevens.txt" }).Severity, Is.EqualTo(Severity.Medium));

    // A death toll days later and a fifth of the other or less counts something narrower (casualties.json narrowerFallRatio).
    [Test]
    public void ADeathTollDaysLaterAndAFifthOrLess_IsInfoAtMost() =>
        Assert.That(Flagged(Early with { Metric = "killed" }, Early with { Metric = "killed", Claimant = "Snohomish County Sheriff's Office", Low = 15, High = 15,
            AssertedOn = new DateOnly(2014, 4, 4), Document = "lakestevens.txt" }).Severity, Is.EqualTo(Severity.Info));
}
