using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>Reviewing through the real command line: verdicts are recorded, kept across runs, and exported.</summary>
[TestFixture]
public sealed class ReviewCommandTests
{
    private TemporaryDirectory _workspace = null!;
    private string _database = null!;
    private string _flagId = null!;

    [OneTimeSetUp]
    public void RunOnSeeds()
    {
        _workspace = new TemporaryDirectory();
        _database = _workspace.File("factcheck.db");
        var run = Cli("run", RepositoryPaths.Seeds, "--format", "json", "--out", _workspace.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        _flagId = JsonDocument.Parse(File.ReadAllText(_workspace.File("report.json"))).RootElement.GetProperty("flags")
            .EnumerateArray().First(f => f.GetProperty("message").GetString()!.Contains("NATO")).GetProperty("id").GetString()!;
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    private CliResult Cli(params string[] arguments) =>
        CliProcess.Run(_workspace.Path, [.. arguments, "--db", _database, "--rules", RepositoryPaths.Rules]);

    [Test]
    public void Verdicts_AreAppendedKeptAcrossRunsAndExported()
    {
        Assert.That(Cli("review", "set", _flagId, "--verdict", "follow-up", "--note", "ask NATO for the source", "--reviewer", "ana").ExitCode, Is.Zero);
        Assert.That(Cli("review", "set", _flagId, "--verdict", "confirmed", "--note", "Moscow's figure is its first toll", "--reviewer", "ben").ExitCode, Is.Zero);

        var rerun = Cli("run", RepositoryPaths.Seeds, "--format", "json", "--out", _workspace.File("again.json"));
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        var flag = JsonDocument.Parse(File.ReadAllText(_workspace.File("again.json"))).RootElement.GetProperty("flags")
            .EnumerateArray().Single(f => f.GetProperty("id").GetString() == _flagId);
        Assert.That(flag.GetProperty("verdict").GetString(), Is.EqualTo("confirmed"));

        var listed = Cli("review", "list", "--status", "confirmed");
        Assert.That(listed.Output, Does.Contain(_flagId).And.Contain("1 flags, 1 reviewed"));

        var shown = Cli("review", "show", _flagId);
        Assert.That(shown.Output, Does.Contain("ana: follow-up ask NATO for the source").And.Contain("ben: confirmed"));

        var exported = JsonDocument.Parse(Cli("review", "export").Output).RootElement.EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == _flagId);
        Assert.That(exported.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("verdict").GetString()),
            Is.EqualTo(new[] { "follow-up", "confirmed" }));
        Assert.That(Cli("review", "export", "--format", "csv").Output, Does.Contain($"{_flagId},casualty-toll-conflict,high,follow-up,ana"));

        var reviews = JsonDocument.Parse(Cli("review", "export", "--format", "claimreview", "--publisher", "Desk").Output).RootElement.EnumerateArray().ToList();
        Assert.That(reviews, Has.Count.EqualTo(2), "one ClaimReview per claim of the one decided flag");
        Assert.That(reviews[0].GetProperty("@type").GetString(), Is.EqualTo("ClaimReview"));
        Assert.That(reviews[0].GetProperty("reviewRating").GetProperty("alternateName").GetString(), Is.EqualTo("Disputed by other sources"));
        Assert.That(reviews.Select(r => r.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString()),
            Is.EquivalentTo(new[] { "Russia", "NATO" }));
    }

    [Test]
    public void Set_UnknownVerdictOrFlag_FailsWithoutRecordingAnything()
    {
        Assert.That(Cli("review", "set", _flagId, "--verdict", "maybe", "--reviewer", "ana").ExitCode, Is.Not.Zero);
        var unknown = Cli("review", "set", "fnope", "--verdict", "dismissed", "--reviewer", "ana");
        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(unknown.Error, Does.StartWith("factcheck: no flag fnope"));
    }

    [Test]
    public void Verdict_OnFiguresThatChangeInARevisedDocument_IsShownStaleNotDropped()
    {
        using var corpus = new TemporaryDirectory();
        var seeds = Directory.CreateDirectory(corpus.File("seeds")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        var database = corpus.File("stale.db");
        CliResult Run(params string[] arguments) =>
            CliProcess.Run(corpus.Path, [.. arguments, "--db", database, "--rules", RepositoryPaths.Rules]);

        Assert.That(Run("run", seeds, "--format", "json", "--out", corpus.File("first.json")).ExitCode, Is.Zero);
        var first = MoscowAgainstNato(corpus.File("first.json"));
        Assert.That(Run("review", "set", first, "--verdict", "confirmed", "--reviewer", "ana").ExitCode, Is.Zero);

        var moscow = Path.Combine(seeds, "001_a78aef3f362debc8.txt");
        File.WriteAllText(moscow, File.ReadAllText(moscow).Replace("death of 498", "death of 1,351"));
        var rerun = Run("run", seeds, "--format", "json", "--out", corpus.File("second.json"));
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        var second = MoscowAgainstNato(corpus.File("second.json"));

        Assert.That(second, Is.Not.EqualTo(first), "the figure changed, so the flag is a new one");
        var listed = Run("review", "list", "--status", "stale");
        Assert.That(listed.Output, Does.Contain(second).And.Contain("confirmed (stale)").And.Contain("1 stale"));
        Assert.That(Run("review", "show", second).Output, Does.Contain("ana: confirmed").And.Contain($"on earlier figures, flag {first}"));
        Assert.That(JsonDocument.Parse(Run("review", "export", "--format", "claimreview").Output).RootElement.GetArrayLength(), Is.Zero,
            "a stale verdict is not published");
    }

    private static string MoscowAgainstNato(string reportPath) =>
        JsonDocument.Parse(File.ReadAllText(reportPath)).RootElement.GetProperty("flags").EnumerateArray()
            .First(f => f.GetProperty("message").GetString()!.Contains("NATO") && f.GetProperty("message").GetString()!.Contains("Russia"))
            .GetProperty("id").GetString()!;
}
