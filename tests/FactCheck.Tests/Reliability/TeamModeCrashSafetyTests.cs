using FactCheck.Store;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// An ingest into PostgreSQL killed with SIGKILL ten times at random moments: every stored document
/// has all its claims (a document is one transaction), and a re-run stores the rest.
/// </summary>
[TestFixture]
public sealed class TeamModeCrashSafetyTests
{
    private const int Documents = 600;
    private const int Kills = 10;

    [Test]
    public void IngestKilledTenTimes_LeavesNoPartialDocument_AndARerunCompletes()
    {
        using var folder = new TemporaryDirectory();
        new CorpusGenerator(seed: 11).Generate(folder.File("corpus"), Documents);
        var corpus = Path.Combine(folder.File("corpus"), CorpusGenerator.DocumentsFolder);

        // What a whole ingest stores, and how long one takes (to pick the moments to kill at).
        var reference = PostgresCluster.Shared.CreateDatabase();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var whole = Ingest(folder, corpus, reference);
        var uninterrupted = clock.Elapsed;
        Assert.That(whole.ExitCode, Is.Zero, whole.Error);
        var expected = TeamModeConcurrencyTests.ClaimsByDocument(reference);
        Assert.That(expected, Has.Count.EqualTo(Documents));

        var database = PostgresCluster.Shared.CreateDatabase();
        var random = new Random(20261203);
        var interrupted = 0;
        for (var attempt = 0; attempt < Kills; attempt++)
        {
            using (var ingest = CliProcess.Start(folder.Path, "ingest", corpus, "--db", database, "--rules", RepositoryPaths.Rules))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(random.Next(300, Math.Max(400, (int)uninterrupted.TotalMilliseconds))));
                if (!ingest.HasExited)
                {
                    ingest.Kill();
                    interrupted++;
                }
                ingest.Wait();
            }
            if (!FactStores.Exists(database)) continue;
            foreach (var (document, claims) in TeamModeConcurrencyTests.ClaimsByDocument(database))
                Assert.That(claims, Is.EqualTo(expected[document]), $"{document} is stored incomplete after kill {attempt + 1}");
        }
        Assert.That(interrupted, Is.GreaterThan(0), "at least one ingest was killed mid-run");

        var rerun = Ingest(folder, corpus, database);
        Assert.That(rerun.ExitCode, Is.Zero, rerun.Error);
        Assert.That(TeamModeConcurrencyTests.ClaimsByDocument(database), Is.EquivalentTo(expected));
        SqliteConnection.ClearAllPools();
    }

    private static CliResult Ingest(TemporaryDirectory folder, string corpus, string database) =>
        CliProcess.Run(folder.Path, "ingest", corpus, "--db", database, "--rules", RepositoryPaths.Rules);
}
