using System.Diagnostics;
using Dapper;
using FactCheck.Store;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// An ingest killed with SIGKILL at random moments, as by a power cut: the database must open,
/// pass SQLite's integrity check, hold every document either whole or not at all, and a re-run
/// must finish the rest.
/// </summary>
[TestFixture]
public sealed class CrashSafetyTests
{
    private const int Documents = 1000;

    [Test]
    public void IngestKilledAtRandomMoments_LeavesEveryDocumentCompleteOrAbsent_AndARerunCompletesTheRest()
    {
        using var folder = new TemporaryDirectory();
        new CorpusGenerator(seed: 7).Generate(folder.File("corpus"), Documents);
        var corpus = Path.Combine(folder.File("corpus"), CorpusGenerator.DocumentsFolder);

        var referenceDatabase = folder.File("reference.db");
        var clock = Stopwatch.StartNew();
        var reference = Ingest(folder, corpus, referenceDatabase);
        var uninterrupted = clock.Elapsed;
        Assert.That(reference.ExitCode, Is.Zero, reference.Error);
        var expected = ClaimsByDocument(referenceDatabase);
        Assert.That(expected, Has.Count.EqualTo(Documents));

        var database = folder.File("killed.db");
        var random = new Random(20261123);
        var interrupted = 0;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using (var ingest = CliProcess.Start(folder.Path, "ingest", corpus, "--db", database, "--rules", RepositoryPaths.Rules))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(random.Next(100, Math.Max(200, (int)uninterrupted.TotalMilliseconds))));
                if (!ingest.HasExited)
                {
                    ingest.Kill();
                    interrupted++;
                }
                ingest.Wait();
            }
            SqliteConnection.ClearAllPools();
            if (!File.Exists(database)) continue;

            Assert.That(IntegrityCheck(database), Is.EqualTo("ok"), $"after kill {attempt + 1}");
            foreach (var (document, claims) in ClaimsByDocument(database))
                Assert.That(claims, Is.EqualTo(expected[document]), $"{document} is stored incomplete after kill {attempt + 1}");
        }
        Assert.That(interrupted, Is.GreaterThan(0), "at least one ingest was killed mid-run");

        var rerun = Ingest(folder, corpus, database);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(ClaimsByDocument(database), Is.EquivalentTo(expected));
    }

    private static CliResult Ingest(TemporaryDirectory folder, string corpus, string database) =>
        CliProcess.Run(folder.Path, "ingest", corpus, "--db", database, "--rules", RepositoryPaths.Rules);

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        return connection.ExecuteScalar<string>("PRAGMA integrity_check")!;
    }

    /// <summary>Each stored document with the ids of its claims, in order.</summary>
    private static Dictionary<string, List<string>> ClaimsByDocument(string database)
    {
        using var store = SqliteFactStore.Open(database);
        var claims = store.Claims(new ClaimQuery()).ToLookup(c => c.Document, c => c.Id);
        var byDocument = store.Documents().ToDictionary(d => d.Path, d => claims[d.Path].Order(StringComparer.Ordinal).ToList());
        SqliteConnection.ClearAllPools();
        return byDocument;
    }
}
