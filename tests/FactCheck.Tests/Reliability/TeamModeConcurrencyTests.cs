using System.Text.Json;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// A desk on one PostgreSQL database: several factcheck processes at once, through the real command
/// line. Nothing is lost, no process fails, and the findings are always one check's whole set.
/// </summary>
[TestFixture]
public sealed class TeamModeConcurrencyTests
{
    private static string Ukraine => Path.Combine(RepositoryPaths.Corpora, "ukraine-2014");

    [Test]
    public void FourIngestsOfDisjointParts_OnANewDatabase_StoreAll90DocumentsWithTheirClaims()
    {
        using var folder = new TemporaryDirectory();
        var articles = Directory.GetFiles(Ukraine, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.That(articles, Has.Count.EqualTo(90), $"{Ukraine} holds the 90 articles of the ukraine-2014 corpus");
        var parts = Enumerable.Range(0, 4).Select(i => Directory.CreateDirectory(folder.File(Path.Combine("corpus", $"part{i}"))).FullName).ToList();
        for (var i = 0; i < articles.Count; i++) File.Copy(articles[i], Path.Combine(parts[i % 4], Path.GetFileName(articles[i])));

        var database = PostgresCluster.Shared.CreateDatabase();
        var ingests = parts.Select(part => CliProcess.Start(folder.Path, "ingest", part, "--db", database, "--rules", RepositoryPaths.Rules)).ToList();
        var results = ingests.Select(p => p.Wait()).ToList();
        ingests.ForEach(p => p.Dispose());
        Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));

        // The same files ingested by one process into SQLite, named from the same folder.
        var reference = CliProcess.Run(folder.Path, "ingest", folder.File("corpus"), "--db", folder.File("reference.db"), "--rules", RepositoryPaths.Rules);
        Assert.That(reference.ExitCode, Is.Zero, reference.Error);
        var stored = ClaimsByDocument(database);
        Assert.That(stored, Has.Count.EqualTo(90));
        Assert.That(stored, Is.EquivalentTo(ClaimsByDocument(folder.File("reference.db"))));
        SqliteConnection.ClearAllPools();
    }

    [Test]
    public void TwoReviewersSettingVerdictsAtTheSameMoment_AreBothRecorded()
    {
        using var folder = new TemporaryDirectory();
        var database = SeededDatabase(folder);
        var flags = FlagIds(folder, database, RepositoryPaths.Rules);
        var expected = new List<(string Flag, string Reviewer, string Note)>();
        for (var round = 0; round < 5; round++)
        {
            var flag = flags[round % flags.Length];
            var reviewers = new[] { "ana", "ben" }.Select(reviewer =>
            {
                expected.Add((flag, reviewer, $"round {round}"));
                return CliProcess.Start(folder.Path, "review", "set", flag, "--verdict", reviewer == "ana" ? "confirmed" : "dismissed",
                    "--note", $"round {round}", "--reviewer", reviewer, "--db", database, "--rules", RepositoryPaths.Rules);
            }).ToList();
            var results = reviewers.Select(r => r.Wait()).ToList();
            reviewers.ForEach(r => r.Dispose());
            Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));
        }
        using var store = FactStores.Open(database);
        Assert.That(store.VerdictHistory().Select(v => (v.FlagId, v.Reviewer, v.Note ?? "")), Is.EquivalentTo(expected));
    }

    [Test]
    public void TwoChecksAtOnce_LeaveOneChecksWholeFindings()
    {
        using var folder = new TemporaryDirectory();
        var database = SeededDatabase(folder);
        // A second rule set, without the quote rules, so the two checks' findings differ.
        var fewerRules = folder.File("fewer-rules");
        CopyFolder(RepositoryPaths.Rules, fewerRules);
        File.Delete(Path.Combine(fewerRules, "quotes.json"));
        var ruleSets = new[] { RepositoryPaths.Rules, fewerRules };
        var findings = ruleSets.ToDictionary(rules => rules, rules =>
        {
            var check = CliProcess.Run(folder.Path, "check", "--db", database, "--rules", rules);
            Assert.That(check.ExitCode, Is.Zero, check.Error);
            return FlagIds(folder, database, rules);
        });
        Assert.That(findings[RepositoryPaths.Rules], Is.Not.EquivalentTo(findings[fewerRules]), "the two rule sets find different flags");

        for (var round = 0; round < 4; round++)
        {
            var checks = ruleSets.Select(rules => CliProcess.Start(folder.Path, "check", "--db", database, "--rules", rules)).ToList();
            var results = checks.Select(c => c.Wait()).ToList();
            checks.ForEach(c => c.Dispose());
            Assert.That(results.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n", results.Select(r => r.Error)));
            var stored = FlagIds(folder, database, RepositoryPaths.Rules);
            Assert.That(findings.Values.Count(set => set.Order(StringComparer.Ordinal).SequenceEqual(stored.Order(StringComparer.Ordinal))), Is.EqualTo(1),
                $"round {round}: the stored flags are one check's set");
        }
    }

    private static string SeededDatabase(TemporaryDirectory folder)
    {
        var database = PostgresCluster.Shared.CreateDatabase();
        var run = CliProcess.Run(folder.Path, "run", RepositoryPaths.Seeds, "--db", database, "--rules", RepositoryPaths.Rules, "--out", folder.File("report.md"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return database;
    }

    private static string[] FlagIds(TemporaryDirectory folder, string database, string rules)
    {
        var report = CliProcess.Run(folder.Path, "report", "--format", "json", "--db", database, "--rules", rules);
        Assert.That(report.ExitCode, Is.Zero, report.Error);
        return JsonDocument.Parse(report.Output).RootElement.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    /// <summary>Each stored document with the ids of its claims, sorted.</summary>
    internal static Dictionary<string, string> ClaimsByDocument(string database)
    {
        using var store = FactStores.Open(database);
        var claims = store.Claims(new ClaimQuery()).ToLookup(c => c.Document, c => c.Id);
        return store.Documents().ToDictionary(d => d.Path, d => string.Join(",", claims[d.Path].Order(StringComparer.Ordinal)));
    }
}
