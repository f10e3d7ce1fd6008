using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// The main job on the five seed reports, through the real command line and a real SQLite file:
/// what must be flagged and what must not, as listed in seed-findings.expected.json.
/// </summary>
[TestFixture]
public sealed class SeedRunTests
{
    private TemporaryDirectory _workspace = null!;
    private CliResult _run = null!;
    private JsonElement[] _flags = null!;
    private JsonElement[] _claims = null!;
    private JsonElement _expected;

    [OneTimeSetUp]
    public void RunOnSeeds()
    {
        _workspace = new TemporaryDirectory();
        var database = _workspace.File("factcheck.db");
        _run = CliProcess.Run(_workspace.Path, "run", RepositoryPaths.Seeds, "--db", database,
            "--rules", RepositoryPaths.Rules, "--format", "md", "--out", _workspace.File("report.md"));

        var report = CliProcess.Run(_workspace.Path, "report", "--format", "json", "--db", database, "--rules", RepositoryPaths.Rules);
        Assert.That(report.ExitCode, Is.Zero, report.Error);
        _flags = JsonDocument.Parse(report.Output).RootElement.GetProperty("flags").EnumerateArray().ToArray();

        var claims = CliProcess.Run(_workspace.Path, "claims", "--json", "--db", database, "--rules", RepositoryPaths.Rules);
        Assert.That(claims.ExitCode, Is.Zero, claims.Error);
        _claims = JsonDocument.Parse(claims.Output).RootElement.EnumerateArray().ToArray();

        var expectations = Path.Combine(TestContext.CurrentContext.TestDirectory, "EndToEnd", "seed-findings.expected.json");
        _expected = JsonDocument.Parse(File.ReadAllText(expectations)).RootElement;
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    [Test]
    public void Run_OnSeeds_SucceedsAndWritesDatabaseAndReport()
    {
        Assert.That(_run.ExitCode, Is.Zero, _run.Error);
        Assert.That(File.Exists(_workspace.File("factcheck.db")));
        Assert.That(File.ReadAllText(_workspace.File("report.md")), Does.Contain("killed"));
        Assert.That(_run.Output, Does.Contain("5 documents"));
    }

    [TestCaseSource(nameof(Cases), new object[] { "flagged" })]
    public void Run_OnSeeds_FlagsThePair(string why)
    {
        var (a, b) = Patterns("flagged", why);
        AssertExtracted(a, b);
        Assert.That(_flags.Any(flag => Pairs(flag, a, b!)), Is.True,
            $"expected a flag ({why}) between {a} and {b}; flags: {Describe(_flags)}");
    }

    [TestCaseSource(nameof(Cases), new object[] { "notFlaggedTogether" })]
    public void Run_OnSeeds_DoesNotFlagThePair(string why)
    {
        var (a, b) = Patterns("notFlaggedTogether", why);
        AssertExtracted(a, b);
        var wrong = _flags.Where(flag => b is null ? Claims(flag).Any(a.Matches) : Pairs(flag, a, b)).ToList();
        Assert.That(wrong, Is.Empty, $"unexpected flag ({why}): {Describe(wrong)}");
    }

    [Test]
    public void Run_Twice_ChangesNothing()
    {
        var database = _workspace.File("factcheck.db");
        var again = CliProcess.Run(_workspace.Path, "run", RepositoryPaths.Seeds, "--db", database,
            "--rules", RepositoryPaths.Rules, "--format", "json", "--out", _workspace.File("again.json"));
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Output, Does.Contain("5 unchanged"));
        var ids = JsonDocument.Parse(File.ReadAllText(_workspace.File("again.json"))).RootElement
            .GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Order();
        Assert.That(ids, Is.EqualTo(_flags.Select(f => f.GetProperty("id").GetString()).Order()));
    }

    public static IEnumerable<string> Cases(string section)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "EndToEnd", "seed-findings.expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty(section).EnumerateArray().Select(c => c.GetProperty("why").GetString()!).ToList();
    }

    private (ClaimPattern A, ClaimPattern? B) Patterns(string section, string why)
    {
        var entry = _expected.GetProperty(section).EnumerateArray().Single(c => c.GetProperty("why").GetString() == why);
        return (new ClaimPattern(entry.GetProperty("a")),
                entry.TryGetProperty("b", out var b) ? new ClaimPattern(b) : null);
    }

    private void AssertExtracted(ClaimPattern a, ClaimPattern? b)
    {
        Assert.That(_claims.Any(a.Matches), $"no extracted claim matches {a}");
        if (b is not null) Assert.That(_claims.Any(b.Matches), $"no extracted claim matches {b}");
    }

    private static IEnumerable<JsonElement> Claims(JsonElement flag) => flag.GetProperty("claims").EnumerateArray();

    /// <summary>True when two different claims of the flag match the two patterns.</summary>
    private static bool Pairs(JsonElement flag, ClaimPattern a, ClaimPattern b)
    {
        var claims = Claims(flag).ToList();
        return Enumerable.Range(0, claims.Count).Any(i =>
            a.Matches(claims[i]) && Enumerable.Range(0, claims.Count).Any(j => j != i && b.Matches(claims[j])));
    }

    private static string Describe(IEnumerable<JsonElement> flags) =>
        string.Join("\n", flags.Select(f => f.GetProperty("message").GetString()));
}
