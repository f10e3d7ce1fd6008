using FactCheck.Extraction.Extractor;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Ingestion;
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
        // A backtracking engine would not return from this period in a lifetime: the answer at all is the test.
        var result = new RuleEngine(Rules("(a+)+$", "^(a|aa)+$")).Run(ConflictOverPeriod(period));
        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Flags.Select(f => f.RuleId), Is.EquivalentTo(new[] { "toll-0", "toll-1" }),
            "the period matches neither pattern, so each rule compares the figures");
    }

    [Test]
    public void WhenAPatternTimesOut_ItsRuleFileAndPatternAreReportedAndTheOthersStillRun()
    {
        // A lookahead needs the backtracking engine, which gets a timeout; (a|aa)+ before a mismatch is exponential there.
        var result = new RuleEngine(Rules("^(?=(a|aa)+$)", "24 hours")).Run(ConflictOverPeriod(new string('a', 60) + "!"));
        Assert.That(result.Failures.Single().RuleId, Is.EqualTo("toll-0"));
        Assert.That(result.Failures.Single().Error, Does.Match(@"mine\.json: pattern '\^\(\?=\(a\|aa\)\+\$\)' took longer than 1 s on one sentence$"));
        Assert.That(result.Flags.Single().RuleId, Is.EqualTo("toll-1"));
    }

    /// <summary>A rule given every claim at once, whatever scope its kind declares: how checks ran before parts.</summary>
    private sealed class GivenEveryClaim(IRule rule) : IRule
    {
        public RuleDefinition Definition => rule.Definition;
        public IEnumerable<Flag> Evaluate(ClaimSet claims) => rule.Evaluate(claims);
    }

    [Test]
    public void InPartsOfAFewClaims_FindsWhatEveryRuleFindsOverEveryClaimAtOnce()
    {
        var shipped = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);
        string[] corpora = [RepositoryPaths.Seeds, .. new[] { "ukraine-2014", "events-mixed", "reuters-2017" }.Select(c => Path.Combine(RepositoryPaths.Corpora, c))];
        var extractor = new ClaimExtractor(Some.Lexicon);
        var claims = Pipelines.Default.CreateDocumentSource().Read(corpora, new WarningCollector())
            .SelectMany(extractor.Extract).ToList();
        // Real text seldom gets a conversion or a part larger than its whole wrong; these do.
        claims.AddRange(extractor.Extract(Some.Document("Britain will send £25 million ($33 million, 50 million euros) in aid.", "conversion.txt")));
        claims.AddRange(extractor.Extract(Some.Document("Strikes killed four people, including three children and two rescuers, the mayor said.", "parts.txt")));

        var atOnce = new RuleEngine(shipped.Select(r => (IRule)new GivenEveryClaim(r)).ToList()).Run(claims);

        Assert.That(atOnce.Flags.Select(f => f.RuleKind).Distinct(), Is.SupersetOf(new[] { "numeric-conflict", "corroboration", "quote-variance", "date-arithmetic", "conversion", "part-whole" }),
            "the seeds, three real corpora and two sentences give most kinds of rule something to find");
        foreach (var claimsPerPart in new[] { 1, 2, 50, 250_000 })
            Assert.That(new RuleEngine(shipped) { ClaimsPerPart = claimsPerPart }.Run(claims).Flags.Select(f => (f.Id, f.Severity, f.Message)),
                Is.EqualTo(atOnce.Flags.Select(f => (f.Id, f.Severity, f.Message))), $"in parts of {claimsPerPart} claims");
        Assert.That(shipped.Select(r => r.Scope), Has.None.EqualTo(RuleScope.AllClaims), "every shipped kind says which claims it relates");
    }
}
