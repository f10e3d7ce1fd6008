using Dapper;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Store;

/// <summary>
/// What only the SQLite store does: its schema's migrations from older databases, its file, its
/// pruning of old runs. What every store does is in <see cref="FactStoreContract"/>. Each test gets a
/// real SQLite file in a fresh folder.
/// </summary>
public sealed class SqliteFactStoreTests
{
    // Shipped migrations never change, so a schema version names one schema for good.
    private const int BeforeUrls = 10, BeforeCheckRuns = 11, BeforeKeyedFlags = 14;

    private TemporaryDirectory _folder = null!;
    private string DatabasePath => _folder.File("facts.db");

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryDirectory();

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Test]
    public void Open_DatabaseFromTheFirstSchema_UpgradesAndKeepsItsVerdicts()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            connection.Execute("""
                CREATE TABLE verdicts (seq INTEGER PRIMARY KEY AUTOINCREMENT, flag_id TEXT NOT NULL, verdict TEXT NOT NULL,
                    note TEXT, reviewer TEXT NOT NULL, recorded_at TEXT NOT NULL);
                CREATE TABLE documents (path TEXT PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT NOT NULL, published TEXT,
                    date_source TEXT NOT NULL, publisher TEXT, ingested_at TEXT NOT NULL);
                CREATE TABLE flags (id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_kind TEXT NOT NULL, severity TEXT NOT NULL,
                    kind TEXT NOT NULL, message TEXT NOT NULL, conditions TEXT NOT NULL);
                CREATE TABLE flag_claims (flag_id TEXT NOT NULL REFERENCES flags(id) ON DELETE CASCADE, claim_id TEXT NOT NULL,
                    position INTEGER NOT NULL, PRIMARY KEY (flag_id, position));
                CREATE TABLE claims (id TEXT PRIMARY KEY, document TEXT NOT NULL, metric TEXT NOT NULL, subject TEXT NOT NULL, side TEXT,
                    low REAL NOT NULL, high REAL, qualifier TEXT NOT NULL, unit TEXT NOT NULL, claimant TEXT NOT NULL, claimant_body TEXT,
                    asserted_on TEXT, period TEXT, location TEXT, modality TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence TEXT NOT NULL, occurrence INTEGER NOT NULL);
                INSERT INTO verdicts (flag_id, verdict, note, reviewer, recorded_at) VALUES ('f1', 'confirmed', 'kept', 'ana', '2026-01-01T00:00:00.0000000+00:00');
                PRAGMA user_version = 1;
                """);
        }
        SqliteConnection.ClearAllPools();
        using var store = SqliteFactStore.Open(DatabasePath);
        Assert.That(store.VerdictHistory("f1").Single().Note, Is.EqualTo("kept"));
    }

    [Test]
    public void Open_DatabaseFromBeforeUrls_GainsTheColumnKeepingDocumentsAndVerdicts()
    {
        using (var connection = OldDatabase(BeforeUrls))
            connection.Execute($"""
                INSERT INTO documents (path, content_hash, title, date_source, ingested_at, text) VALUES ('b.txt', 'h1', 'Two', 'FrontMatter', '2026-01-01', 'Moscow said 498 soldiers died.');
                {OldClaim("c1", "b.txt", "Russia")};
                INSERT INTO verdicts (flag_id, verdict, note, reviewer, recorded_at) VALUES ('f1', 'confirmed', 'kept', 'ana', '2026-01-01T00:00:00.0000000+00:00');
                """);
        SqliteConnection.ClearAllPools();
        using var store = SqliteFactStore.Open(DatabasePath);
        Assert.That(store.Documents().Single(), Has.Property("Path").EqualTo("b.txt").And.Property("Url").Null.And.Property("ClaimCount").EqualTo(1));
        Assert.That(store.VerdictHistory("f1").Single().Note, Is.EqualTo("kept"));
        store.SaveDocument(Some.Document("Moscow said 500 soldiers died.", "b.txt") with { Url = "https://example.org/b" }, []);
        Assert.That(store.Documents().Single().Url, Is.EqualTo("https://example.org/b"));
    }

    [Test]
    public void Open_DatabaseFromBeforeCheckRuns_MovesItsFindingsIntoAFirstRun_KeepingVerdictsAndTheFingerprint()
    {
        using (var connection = OldDatabase(BeforeCheckRuns))
            connection.Execute($$"""
                INSERT INTO documents (path, content_hash, title, date_source, ingested_at, text) VALUES ('a.txt', 'h1', 'One', 'FrontMatter', '2026-01-01', 'text');
                {{OldClaim("c1", "a.txt", "NATO")}}; {{OldClaim("c2", "a.txt", "Russia")}};
                INSERT INTO flags (id, rule_id, rule_kind, severity, kind, message, conditions, lineage)
                    VALUES ('f1', 'casualty-toll-conflict', 'numeric-conflict', 'High', 'Discrepancy', 'Russia says 498', '[]', 'l1'),
                           ('f2', 'independent-agreement', 'numeric-agreement', 'Info', 'Agreement', 'NATO agrees', '[]', 'l2');
                INSERT INTO flag_claims (flag_id, claim_id, position) VALUES ('f1', 'c2', 0), ('f1', 'c1', 1), ('f2', 'c1', 0), ('f2', 'c2', 1);
                INSERT INTO check_state (id, fingerprint, tally) VALUES (1, 'rules v1|documents v1', '{"Discrepancies":{"High":1},"Agreements":1}');
                INSERT INTO verdicts (flag_id, verdict, note, reviewer, recorded_at, lineage) VALUES ('f1', 'confirmed', 'kept', 'ana', '2026-01-01T00:00:00.0000000+00:00', 'l1');
                """);
        SqliteConnection.ClearAllPools();
        using var store = SqliteFactStore.Open(DatabasePath);

        var run = store.Runs().Single();
        Assert.That((run.Fingerprint, run.Flags, run.RanBy), Is.EqualTo(("rules v1|documents v1", 2, "unknown (checked before runs were recorded)")));
        Assert.That(store.CheckFingerprint(), Is.EqualTo("rules v1|documents v1"), "an unchanged re-run still skips the check");
        var f1 = store.Flag("f1")!;
        Assert.That((f1.Verdict, f1.Flag.Claims.Select(c => c.Id).ToList()), Is.EqualTo(("confirmed", new List<string> { "c2", "c1" })));
        Assert.That(store.Flags().Select(f => f.Flag.Message), Is.EqualTo(new[] { "Russia says 498", "NATO agrees" }));
        Assert.That((store.FindingTally().Discrepancies[FactCheck.Rules.Severity.High], store.FindingTally().Agreements), Is.EqualTo((1, 1)));
        Assert.That(store.Summary(), Is.EqualTo(new StoreSummary(1, 2, 2)));
        Assert.That(store.VerdictHistory("f1").Single().Note, Is.EqualTo("kept"));

        store.SaveRun(Some.Run("next", 0) with { StartedAt = DateTimeOffset.UtcNow.AddMinutes(1) }, []);
        Assert.That(store.Flags(), Is.Empty, "a check after the upgrade is the latest run");
        Assert.That(store.Runs(), Has.Count.EqualTo(2));
    }

    [Test]
    public void Open_DatabaseFromBeforeKeyedFlags_KeepsEveryRunsFlags_InATableWithoutRowids()
    {
        using (var connection = OldDatabase(BeforeKeyedFlags))
            connection.Execute($$"""
                INSERT INTO documents (path, content_hash, title, date_source, ingested_at, text) VALUES ('a.txt', 'h1', 'One', 'FrontMatter', '2026-01-01', 'text');
                {{OldClaim("c1", "a.txt", "NATO")}}; {{OldClaim("c2", "a.txt", "Russia")}};
                INSERT INTO check_runs (id, fingerprint, started_at, finished_at, ran_by, tally, flag_count) VALUES (1, 'v1', 1, 2, 'ana', NULL, 1), (2, 'v2', 3, 4, 'ana', NULL, 1);
                INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, lineage, text_run)
                    VALUES (1, 'f1', 'casualty-toll-conflict', 'numeric-conflict', 'High', 'Discrepancy', 'l1', 1),
                           (2, 'f1', 'casualty-toll-conflict', 'numeric-conflict', 'High', 'Discrepancy', 'l1', 1);
                INSERT INTO flag_texts (run_id, flag_id, message, conditions) VALUES (1, 'f1', 'Russia says 498', '[]');
                INSERT INTO flag_claims (run_id, flag_id, claim_id, position) VALUES (1, 'f1', 'c2', 0), (1, 'f1', 'c1', 1);
                """);
        SqliteConnection.ClearAllPools();
        using (var store = SqliteFactStore.Open(DatabasePath))
        {
            Assert.That(store.Runs().Select(r => (r.Id, r.Flags)), Is.EqualTo(new[] { (2L, 1), (1L, 1) }));
            var f1 = store.Flag("f1")!.Flag;
            Assert.That((f1.Message, f1.Claims.Select(c => c.Id).ToList()), Is.EqualTo(("Russia says 498", new List<string> { "c2", "c1" })));
        }
        using var check = new SqliteConnection($"Data Source={DatabasePath}");
        check.Open();
        Assert.That(check.ExecuteScalar<string>("SELECT sql FROM sqlite_schema WHERE name = 'flags'"), Does.EndWith("WITHOUT ROWID"));
        Assert.That(check.ExecuteScalar<long>("SELECT count(*) FROM flags"), Is.EqualTo(2));
    }

    [Test]
    public void Open_DatabaseFromBeforeCheckRunsNeverChecked_HasNoRun()
    {
        OldDatabase(BeforeCheckRuns).Dispose();
        SqliteConnection.ClearAllPools();
        using var store = SqliteFactStore.Open(DatabasePath);
        Assert.That(store.LatestRun(), Is.Null);
        Assert.That(store.Flags(), Is.Empty);
    }

    [Test]
    public void SaveRun_KeepsOnlyTheLatestFewRuns_WithTheirFlags()
    {
        using (var store = SqliteFactStore.Open(DatabasePath))
        {
            var (a, b) = (Some.Claim("NATO"), Some.Claim("Russia", 498, 498));
            store.SaveDocument(Some.Document("t", "a.txt"), [a, b]);
            var flag = new FactCheck.Rules.Flag { RuleId = "r", RuleKind = "numeric-conflict", Severity = FactCheck.Rules.Severity.High, Message = "m", Claims = [b, a] };
            for (var i = 0; i < CheckRuns.Kept + 3; i++) store.SaveRun(Some.Run($"run {i}", i), [flag]);
            Assert.That(store.Runs().Select(r => r.Fingerprint),
                Is.EqualTo(Enumerable.Range(3, CheckRuns.Kept).Reverse().Select(i => $"run {i}")));
        }
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM flags"), Is.EqualTo(CheckRuns.Kept));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM flag_claims"), Is.EqualTo(2 * CheckRuns.Kept));
    }

    [Test]
    public void SaveRun_OfALongCheck_LetsAnIngestWriteMeanwhile_AndIsSeenOnlyOnceFinished()
    {
        using var checker = SqliteFactStore.Open(DatabasePath);
        var claims = Enumerable.Range(0, 12_001).Select(i => Some.Claim("NATO", i, i, document: "a.txt")).ToList();
        checker.SaveDocument(Some.Document("t", "a.txt"), claims);
        var (ingested, seenMidway) = (false, -1);
        IEnumerable<Flag> Found()
        {
            for (var i = 0; i < 12_000; i++)
            {
                // Another process's ingest and reads while the check is still storing what it finds.
                if (i == 10_000)
                {
                    using var ingest = SqliteFactStore.Open(DatabasePath);
                    ingest.SaveDocument(Some.Document("new", "b.txt"), [Some.Claim("Russia", 498, 498, document: "b.txt")]);
                    ingested = true;
                    seenMidway = ingest.Flags().Count;
                }
                yield return new Flag { RuleId = "r", RuleKind = "numeric-conflict", Severity = Severity.High, Message = "m", Claims = [claims[i], claims[i + 1]] };
            }
        }
        checker.SaveRun(Some.Run("long"), Found());

        Assert.That((ingested, seenMidway), Is.EqualTo((true, 0)), "the ingest went on, and the run was not seen before it finished");
        Assert.That(checker.Flags(), Has.Count.EqualTo(12_000));
        Assert.That(checker.Documents().Select(d => d.Path), Is.EquivalentTo(new[] { "a.txt", "b.txt" }));
    }

    /// <summary>A database file as factcheck left it at schema <paramref name="version"/>, open for the test to fill.</summary>
    private SqliteConnection OldDatabase(int version)
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        Schema.Migrate(connection, DatabasePath, version);
        return connection;
    }

    private static string OldClaim(string id, string document, string claimant) => $"""
        INSERT INTO claims (id, document, metric, subject, side, low, high, qualifier, unit, claimant, asserted_on, modality,
                            start, "end", sentence_start, sentence_end, sentence, occurrence)
        VALUES ('{id}', '{document}', 'killed', 'soldiers', 'Russian', 498, 498, 'exact', 'people', '{claimant}', '2022-03-02', 'Asserted',
                0, 3, 0, 20, '{claimant} said 498.', 0)
        """;

    [Test]
    public void Verdicts_AreAppendOnly()
    {
        using (var store = SqliteFactStore.Open(DatabasePath))
            store.RecordVerdict(new FactCheck.Review.VerdictEntry("f1", "dismissed", null, "ana", DateTimeOffset.UtcNow));
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        Assert.Throws<SqliteException>(() => connection.Execute("UPDATE verdicts SET verdict = 'confirmed'"));
        Assert.Throws<SqliteException>(() => connection.Execute("DELETE FROM verdicts"));
    }

    [Test]
    public void Open_NewFile_MigratesAndUsesWal()
    {
        using (SqliteFactStore.Open(DatabasePath)) { }
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        Assert.That(connection.ExecuteScalar<long>("PRAGMA user_version"), Is.GreaterThan(0));
        Assert.That(connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
        Assert.That(connection.ExecuteScalar<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
    }

    [Test]
    public void Open_NotADatabase_FailsWithTheFileName()
    {
        File.WriteAllText(DatabasePath, "this is not sqlite, just text that is long enough to look like a header...........");
        var error = Assert.Throws<InvalidDataException>(() => SqliteFactStore.Open(DatabasePath))!;
        Assert.That(error.Message, Does.Contain("facts.db"));
    }
}
