using System.Diagnostics;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class RuleEngineTests
{
    private sealed class ThrowingRule : IRule
    {
        public RuleDefinition Definition { get; } = new()
        {
            Id = "broken", Kind = "test", Message = "", Json = default, File = "broken.json",
        };

        public IEnumerable<Flag> Evaluate(ClaimSet claims) => throw new InvalidOperationException("boom");
    }

    [Test]
    public void WhenARuleThrows_TheOthersStillRunAndTheFailureNamesIt()
    {
        var shipped = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);
        var engine = new RuleEngine([new ThrowingRule(), .. shipped]);
        var result = engine.Run([
            Some.Claim("NATO", 7000, 15000),
            Some.Claim("Russia", 498, 498, qualifier: "exact", document: "b.txt"),
        ]);
        Assert.That(result.Failures.Single().RuleId, Is.EqualTo("broken"));
        Assert.That(result.Failures.Single().Error, Does.Contain("boom"));
        Assert.That(result.Flags, Has.Count.EqualTo(1));
    }

    private static IReadOnlyList<IRule> Rules(params string[] shortPeriods)
    {
        using var folder = new TemporaryDirectory();
        var rules = shortPeriods.Select((pattern, i) => $$"""
            { "id": "toll-{{i}}", "kind": "numeric-conflict", "metrics": ["killed"], "shortPeriods": [{{System.Text.Json.JsonSerializer.Serialize(pattern)}}],
              "severity": { "low": 1.5, "medium": 3, "high": 10 }, "message": "{a.figure} vs {b.figure}" }
            """);
        File.WriteAllText(folder.File("mine.json"), $$"""{ "rules": [ {{string.Join(",", rules)}} ] }""");
        return new RuleLoader(Pipelines.Default.RuleKinds, RuleVocabulary.From(Some.Lexicon)).Load(folder.Path);
    }

    /// <summary>Two conflicting figures over the same stated period, so every rule's period patterns are tried on it.</summary>
    private static FactCheck.Extraction.Claim[] ConflictOverPeriod(string period) =>
    [
        Some.Claim("NATO", 7000, 15000, period: period),
        Some.Claim("Russia", 498, 498, qualifier: "exact", document: "b.txt", period: period),
    ];

    [Test]
    public void CatastrophicPattern_RunsInLinearTime()
    {
        var period = new string('a', 100_000) + "!";
        var clock = Stopwatch.StartNew();
        var result = new RuleEngine(Rules("(a+)+$", "^(a|aa)+$")).Run(ConflictOverPeriod(period));
        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Flags.Select(f => f.RuleId), Is.EquivalentTo(new[] { "toll-0", "toll-1" }),
            "the period matches neither pattern, so each rule compares the figures");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void WhenAPatternTimesOut_ItsRuleFileAndPatternAreReportedAndTheOthersStillRun()
    {
        // A lookahead needs the backtracking engine, which gets a timeout; (a|aa)+ before a mismatch is exponential there.
        var clock = Stopwatch.StartNew();
        var result = new RuleEngine(Rules("^(?=(a|aa)+$)", "24 hours")).Run(ConflictOverPeriod(new string('a', 60) + "!"));
        Assert.That(result.Failures.Single().RuleId, Is.EqualTo("toll-0"));
        Assert.That(result.Failures.Single().Error, Does.Match(@"mine\.json: pattern '\^\(\?=\(a\|aa\)\+\$\)' took longer than 1 s on one sentence$"));
        Assert.That(result.Flags.Single().RuleId, Is.EqualTo("toll-1"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
