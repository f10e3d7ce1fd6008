using System.Text.Json;
using FactCheck.Store;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Reliability;

/// <summary>Several processes on one database file: nothing lost, never "database is locked".</summary>
[TestFixture]
public sealed class ConcurrencyTests
{
    [Test]
    public void ProcessesOpeningANewDatabaseTogether_AllSucceed()
    {
        using var folder = new TemporaryDirectory();
        var database = folder.File("new.db");
        var processes = Enumerable.Range(0, 4)
            .Select(_ => CliProcess.Start(folder.Path, "ingest", RepositoryPaths.Seeds, "--db", database, "--rules", RepositoryPaths.Rules))
            .ToList();
        var results = processes.Select(p => p.Wait()).ToList();
        processes.ForEach(p => p.Dispose());

        Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));
        using var store = SqliteFactStore.Open(database);
        Assert.That(store.Summary().Documents, Is.EqualTo(5));
        SqliteConnection.ClearAllPools();
    }

    [Test]
    public void SeveralIngestsWhileSomeoneReviews_LoseNothingAndNeverFailOnALock()
    {
        using var folder = new TemporaryDirectory();
        var database = folder.File("shared.db");
        CliResult Cli(params string[] arguments) => CliProcess.Run(folder.Path, [.. arguments, "--db", database, "--rules", RepositoryPaths.Rules]);

        var seeded = Cli("run", RepositoryPaths.Seeds, "--format", "json", "--out", folder.File("report.json"));
        Assert.That(seeded.ExitCode, Is.Zero, seeded.Error);
        var flagIds = JsonDocument.Parse(File.ReadAllText(folder.File("report.json"))).RootElement.GetProperty("flags")
            .EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

        var corpora = Enumerable.Range(1, 3).Select(seed =>
        {
            var directory = folder.File($"corpus{seed}");
            new CorpusGenerator(seed).Generate(directory, 250);
            return Path.Combine(directory, CorpusGenerator.DocumentsFolder);
        }).ToList();
        var ingests = corpora
            .Select(corpus => CliProcess.Start(folder.Path, "ingest", corpus, "--db", database, "--rules", RepositoryPaths.Rules))
            .ToList();

        // Meanwhile a reviewer records verdicts, each through its own process.
        var verdicts = new List<(string Flag, string Verdict)>();
        for (var i = 0; i < 8; i++)
        {
            var (flag, verdict) = (flagIds[i % flagIds.Count], FactCheck.Review.Verdicts.Known[i % 4]);
            var set = Cli("review", "set", flag, "--verdict", verdict, "--note", $"decision {i}", "--reviewer", "ana");
            Assert.That(set.ExitCode, Is.Zero, set.Error);
            verdicts.Add((flag, verdict));
        }

        var results = ingests.Select(p => p.Wait()).ToList();
        ingests.ForEach(p => p.Dispose());
        Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));
        Assert.That(results.Select(r => r.Error), Has.None.Contains("locked"));

        using var store = SqliteFactStore.Open(database);
        Assert.That(store.Summary().Documents, Is.EqualTo(5 + 3 * 250));
        Assert.That(store.VerdictHistory().Select(v => (v.FlagId, v.Verdict, v.Note)),
            Is.EqualTo(verdicts.Select((v, i) => (v.Flag, v.Verdict, (string?)$"decision {i}"))));
        SqliteConnection.ClearAllPools();
    }
}
