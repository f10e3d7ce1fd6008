using System.Text.Json;
using FactCheck.Store;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.EndToEnd;

/// <summary>Each `check` saves its findings as a run of its own; what is read is the latest complete run.</summary>
[TestFixture]
public sealed class CheckRunTests
{
    private TemporaryDirectory _folder = null!;
    private string Database => _folder.File("factcheck.db");

    [SetUp]
    public void Ingest()
    {
        _folder = new TemporaryDirectory();
        var ingest = Cli("ingest", RepositoryPaths.Seeds, "--rules", RepositoryPaths.Rules);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Error);
    }

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private CliResult Cli(params string[] arguments) => CliProcess.Run(_folder.Path, [.. arguments, "--db", Database]);

    [Test]
    public void Check_RecordsARunWithWhoRanItAndWhen()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.That(Cli("check", "--rules", RepositoryPaths.Rules).ExitCode, Is.Zero);

        using var store = SqliteFactStore.Open(Database);
        var run = store.LatestRun()!;
        Assert.That((run.RanBy, run.Flags), Is.EqualTo((Environment.UserName, store.Flags().Count)));
        Assert.That(run.StartedAt, Is.GreaterThan(before).And.LessThanOrEqualTo(run.FinishedAt));
        Assert.That(run.Fingerprint, Is.Not.Null, "a complete check is fingerprinted, so an unchanged re-run skips it");
    }

    [Test]
    public void ChecksAtOnceWithDifferentRules_LeaveOneConsistentLatestRun_ThatReportAndReviewBothShow()
    {
        // Two rule sets that find different flags: without the quote rules, the quote discrepancies go.
        var fewerRules = Directory.CreateDirectory(_folder.File("fewer-rules")).FullName;
        CopyRules(fewerRules, except: "quotes.json");
        var checks = Enumerable.Range(0, 4)
            .Select(i => CliProcess.Start(_folder.Path, "check", "--rules", i % 2 == 0 ? RepositoryPaths.Rules : fewerRules, "--db", Database))
            .ToList();
        var results = checks.Select(c => c.Wait()).ToList();
        checks.ForEach(c => c.Dispose());
        Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));

        var all = FlagIds(RepositoryPaths.Rules);
        var fewer = FlagIds(fewerRules);
        Assert.That(fewer, Is.Not.EquivalentTo(all), "the two rule sets must find different flags for this test to tell runs apart");

        var report = Cli("report", "--format", "json");
        var json = JsonDocument.Parse(report.Output).RootElement;
        var reported = json.GetProperty("flags").EnumerateArray().Concat(json.GetProperty("agreements").EnumerateArray())
            .Select(f => f.GetProperty("id").GetString()!).ToList();
        using var store = SqliteFactStore.Open(Database);
        var latest = store.Flags().Select(f => f.Flag.Id).ToList();
        Assert.That(latest, Is.EquivalentTo(all).Or.EquivalentTo(fewer), "the latest run is one check's findings, never a mix");
        Assert.That(reported, Is.EquivalentTo(latest));
        Assert.That(store.Runs().Select(r => r.Flags), Is.All.AnyOf(all.Count, fewer.Count), "every kept run is complete");

        var listed = Cli("review", "list");
        Assert.That(listed.ExitCode, Is.Zero, listed.Error);
        foreach (var id in store.Flags().Where(f => f.Flag.Kind == FactCheck.Rules.FindingKind.Discrepancy).Select(f => f.Flag.Id))
            Assert.That(listed.Output, Does.Contain(id));
    }

    [Test]
    public void AVerdict_StaysWithItsFlag_WhileAnotherRuleSetsRunIsTheLatest_AndAfter()
    {
        var fewerRules = Directory.CreateDirectory(_folder.File("fewer-rules")).FullName;
        CopyRules(fewerRules, except: "quotes.json");
        var flag = FlagIds(RepositoryPaths.Rules).Except(FlagIds(fewerRules)).Order(StringComparer.Ordinal).First();
        Assert.That(Cli("check", "--rules", RepositoryPaths.Rules).ExitCode, Is.Zero);
        Assert.That(Cli("review", "set", flag, "--verdict", "confirmed", "--note", "kept", "--reviewer", "ana").ExitCode, Is.Zero);

        Assert.That(Cli("check", "--rules", fewerRules).ExitCode, Is.Zero);
        Assert.That(Cli("review", "show", flag).ExitCode, Is.Not.Zero, "the latest run has no such flag");
        Assert.That(Cli("check", "--rules", RepositoryPaths.Rules).ExitCode, Is.Zero);

        var shown = Cli("review", "show", flag);
        Assert.That(shown.ExitCode, Is.Zero, shown.Error);
        Assert.That(shown.Output, Does.Contain("confirmed").And.Contain("kept"));
    }

    [Test]
    public void Check_AfterNewDocuments_SaysItReCheckedThem_AndCheckFull_StoresTheSameFlags()
    {
        var generated = _folder.File("generated");
        new CorpusGenerator(seed: 3).Generate(generated, 60);
        Assert.That(Cli("ingest", Path.Combine(generated, CorpusGenerator.DocumentsFolder), "--rules", RepositoryPaths.Rules).ExitCode, Is.Zero);
        Assert.That(Cli("check", "--rules", RepositoryPaths.Rules).Output, Does.Not.Contain("Re-checked"));
        var added = Directory.CreateDirectory(_folder.File("added")).FullName;
        foreach (var article in new[] { "article_0.txt", "article_1.txt" })
            File.Copy(Path.Combine(RepositoryPaths.Corpora, "ukraine-2014", article), Path.Combine(added, article));
        Assert.That(Cli("ingest", added, "--rules", RepositoryPaths.Rules).ExitCode, Is.Zero);

        var incremental = Cli("check", "--rules", RepositoryPaths.Rules);
        var afterIncremental = StoredFlags();
        var full = Cli("check", "--full", "--rules", RepositoryPaths.Rules);

        Assert.That((incremental.ExitCode, full.ExitCode), Is.EqualTo((0, 0)), incremental.Error + full.Error);
        Assert.That(incremental.Output, Does.StartWith("Re-checked 2 new or changed documents; the other findings carried over from the last check."));
        Assert.That(full.Output, Does.Not.Contain("Re-checked"));
        Assert.That(incremental.Output.Split('\n')[1], Is.EqualTo(full.Output.Split('\n')[0]), "the same tally");
        Assert.That(afterIncremental, Is.EqualTo(StoredFlags()).And.Not.Empty);
    }

    private List<string> StoredFlags()
    {
        using var store = SqliteFactStore.Open(Database);
        var flags = store.Flags().Select(f => $"{f.Flag.Id} {f.Flag.Severity} {f.Flag.Message} {JsonSerializer.Serialize(f.Flag.Conditions)}").ToList();
        SqliteConnection.ClearAllPools();
        return flags;
    }

    /// <summary>The flags a complete check with these rules finds, read from its run.</summary>
    private List<string> FlagIds(string rules)
    {
        using var folder = new TemporaryDirectory();
        var database = folder.File("alone.db");
        File.Copy(Database, database);
        if (File.Exists(Database + "-wal")) File.Copy(Database + "-wal", database + "-wal");
        var check = CliProcess.Run(folder.Path, "check", "--rules", rules, "--db", database);
        Assert.That(check.ExitCode, Is.Zero, check.Error);
        using var store = SqliteFactStore.Open(database);
        var ids = store.Flags().Select(f => f.Flag.Id).ToList();
        SqliteConnection.ClearAllPools();
        return ids;
    }

    /// <summary>The shipped rules folder (lexicon, schema and rule files), leaving out the rule files matching <paramref name="except"/>.</summary>
    private static void CopyRules(string target, string except)
    {
        var left = Directory.GetFiles(RepositoryPaths.Rules, except).ToHashSet();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories).Where(f => !left.Contains(f)))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
