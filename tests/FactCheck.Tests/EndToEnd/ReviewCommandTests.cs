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

    [Test]
    public void Set_WithAUniquePrefixOfTheId_RecordsOnThatFlag()
    {
        using var copy = SeedsRunIn();
        var prefix = copy.FlagId[..6];

        var set = copy.Cli(new Dictionary<string, string?>(), "review", "set", prefix, "--verdict", "explained", "--reviewer", "ana");

        Assert.That(set.ExitCode, Is.Zero, set.Error);
        Assert.That(set.Output, Does.StartWith($"{copy.FlagId}: explained by ana"));
        Assert.That(copy.Cli(new Dictionary<string, string?>(), "review", "show", prefix).Output, Does.Contain("ana: explained"));
    }

    [Test]
    public void Set_WithAPrefixSeveralFlagsShare_ListsThemAndRecordsNothing()
    {
        using var corpus = new TemporaryDirectory();
        Assert.That(CliProcess.Run(corpus.Path, "generate", corpus.File("generated"), "--documents", "300", "--seed", "5").ExitCode, Is.Zero);
        var database = corpus.File("generated.db");
        CliResult Run(params string[] arguments) => CliProcess.Run(corpus.Path, [.. arguments, "--db", database, "--rules", RepositoryPaths.Rules]);
        Assert.That(Run("run", corpus.File("generated"), "--format", "json", "--out", corpus.File("report.json")).ExitCode, Is.Zero);
        var shared = JsonDocument.Parse(File.ReadAllText(corpus.File("report.json"))).RootElement.GetProperty("flags").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()!).GroupBy(id => id[..4]).FirstOrDefault(g => g.Count() > 1);
        Assert.That(shared, Is.Not.Null, "300 generated documents raise enough flags for two ids to share their first 4 characters");

        var set = Run("review", "set", shared!.Key, "--verdict", "confirmed", "--reviewer", "ana");

        Assert.That(set.ExitCode, Is.EqualTo(1));
        Assert.That(set.Error, Does.StartWith($"factcheck: flag id {shared.Key} is ambiguous"));
        foreach (var id in shared) Assert.That(set.Error, Does.Contain(id));
        Assert.That(Run("review", "list", "--status", "confirmed").Output, Does.Contain("0 flags"));
    }

    [Test]
    public void Set_WithoutReviewer_UsesGitUserNameAndSaysSo()
    {
        using var copy = SeedsRunIn();
        var gitConfig = copy.Folder.File("gitconfig");
        File.WriteAllText(gitConfig, "[user]\n\tname = Ana Lima\n");
        var environment = new Dictionary<string, string?>
        {
            ["FACTCHECK_REVIEWER"] = null, ["GIT_CONFIG_GLOBAL"] = gitConfig, ["GIT_CONFIG_NOSYSTEM"] = "1",
        };

        var set = copy.Cli(environment, "review", "set", copy.FlagId, "--verdict", "confirmed");

        Assert.That(set.ExitCode, Is.Zero, set.Error);
        Assert.That(set.Output, Does.Contain("confirmed by Ana Lima (reviewer from git user.name)"));
        Assert.That(copy.Cli(environment, "review", "show", copy.FlagId).Output, Does.Contain("Ana Lima: confirmed"));
    }

    [Test]
    public void Set_WithoutReviewerOrGitName_UsesTheLoginName()
    {
        using var copy = SeedsRunIn();
        var emptyConfig = copy.Folder.File("empty-gitconfig");
        File.WriteAllText(emptyConfig, "");
        var environment = new Dictionary<string, string?>
        {
            ["FACTCHECK_REVIEWER"] = null, ["GIT_CONFIG_GLOBAL"] = emptyConfig, ["GIT_CONFIG_NOSYSTEM"] = "1",
        };

        var set = copy.Cli(environment, "review", "set", copy.FlagId, "--verdict", "dismissed");

        Assert.That(set.ExitCode, Is.Zero, set.Error);
        Assert.That(set.Output, Does.Contain($"dismissed by {Environment.UserName} (reviewer from login name)"));
    }

    [Test]
    public void List_CountsTheDiscrepanciesTheReportCountsAndAgreementsApart()
    {
        var report = JsonDocument.Parse(File.ReadAllText(_workspace.File("report.json"))).RootElement;
        var discrepancies = report.GetProperty("flags").GetArrayLength();
        var agreements = report.GetProperty("agreements").GetArrayLength();
        Assert.That(agreements, Is.GreaterThan(0), "the seeds have agreements");

        var listed = Cli("review", "list");
        Assert.That(listed.Output, Does.Contain($"{discrepancies} flags, ").And.Contain($"{agreements} agreements not listed"));
        foreach (var agreement in report.GetProperty("agreements").EnumerateArray())
            Assert.That(listed.Output, Does.Not.Contain(agreement.GetProperty("id").GetString()!));

        var listedAgreements = Cli("review", "list", "--agreements");
        Assert.That(listedAgreements.Output, Does.Contain($"{agreements} agreements, ").And.Contain($"{discrepancies} discrepancies not listed"));
    }

    [Test]
    public void Show_PrintsBothClaimsSentences()
    {
        var flag = JsonDocument.Parse(File.ReadAllText(_workspace.File("report.json"))).RootElement.GetProperty("flags")
            .EnumerateArray().Single(f => f.GetProperty("id").GetString() == _flagId);
        var sentences = flag.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        Assert.That(sentences, Has.Count.EqualTo(2));

        var shown = Cli("review", "show", _flagId);

        // The table wraps long lines; the words are compared with the spacing set aside.
        static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var sentence in sentences) Assert.That(Words(shown.Output), Does.Contain(Words(sentence)));
    }

    /// <summary>A run on the seeds in a workspace of its own, for tests that record verdicts the shared one must not see.</summary>
    private static SeedsWorkspace SeedsRunIn()
    {
        var folder = new TemporaryDirectory();
        var run = CliProcess.Run(folder.Path, "run", RepositoryPaths.Seeds, "--db", folder.File("factcheck.db"), "--rules", RepositoryPaths.Rules,
            "--format", "json", "--out", folder.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return new SeedsWorkspace(folder, MoscowAgainstNato(folder.File("report.json")));
    }

    private sealed record SeedsWorkspace(TemporaryDirectory Folder, string FlagId) : IDisposable
    {
        public CliResult Cli(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
            CliProcess.RunWithEnvironment(Folder.Path, environment, [.. arguments, "--db", Folder.File("factcheck.db"), "--rules", RepositoryPaths.Rules]);

        public void Dispose() => Folder.Dispose();
    }

    private static string MoscowAgainstNato(string reportPath) =>
        JsonDocument.Parse(File.ReadAllText(reportPath)).RootElement.GetProperty("flags").EnumerateArray()
            .First(f => f.GetProperty("message").GetString()!.Contains("NATO") && f.GetProperty("message").GetString()!.Contains("Russia"))
            .GetProperty("id").GetString()!;
}
