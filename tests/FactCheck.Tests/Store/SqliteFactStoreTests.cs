using Dapper;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Store;

/// <summary>Each test gets a real SQLite file in a fresh folder.</summary>
public sealed class SqliteFactStoreTests
{
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
    public void Claims_RoundTripEveryField()
    {
        var claim = Some.Claim(period: "in the past week", location: "Ukraine") with
        {
            High = double.PositiveInfinity, Qualifier = "more than", ClaimantBody = "Kremlin", Document = "doc.txt",
        };
        using var store = SqliteFactStore.Open(DatabasePath);
        store.SaveDocument(Some.Document("text", "doc.txt"), [claim]);
        var stored = store.Claims(new ClaimQuery()).Single();
        Assert.That(stored, Is.EqualTo(claim));
        Assert.That(stored.Id, Is.EqualTo(claim.Id));
    }

    [Test]
    public void SaveDocument_Unchanged_ChangesNothing()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        var document = Some.Document("text", "doc.txt");
        Assert.That(store.SaveDocument(document, [Some.Claim(document: "doc.txt")]), Is.EqualTo(IngestOutcome.Added));
        Assert.That(store.SaveDocument(document, [Some.Claim(document: "doc.txt")]), Is.EqualTo(IngestOutcome.Unchanged));
        Assert.That(store.HasDocument("doc.txt", document.ContentHash));
        Assert.That(store.Summary(), Is.EqualTo(new StoreSummary(1, 1, 0)));
    }

    [Test]
    public void SaveDocument_Changed_ReplacesItsClaims()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        store.SaveDocument(Some.Document("old", "doc.txt"), [Some.Claim(document: "doc.txt"), Some.Claim(low: 1, document: "doc.txt")]);
        var outcome = store.SaveDocument(Some.Document("new", "doc.txt"), [Some.Claim(low: 2, document: "doc.txt")]);
        Assert.That(outcome, Is.EqualTo(IngestOutcome.Updated));
        Assert.That(store.Claims(new ClaimQuery()).Select(c => c.Low), Is.EqualTo(new[] { 2d }));
    }

    [Test]
    public void Claims_FilterByMetricAndClaimant()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        store.SaveDocument(Some.Document("t", "a.txt"), [
            Some.Claim("NATO", document: "a.txt"), Some.Claim("Russia", low: 498, document: "a.txt"),
            Some.Claim("NATO", metric: "wounded", document: "a.txt"),
        ]);
        Assert.That(store.Claims(new ClaimQuery(Claimant: "nato")), Has.Count.EqualTo(2));
        Assert.That(store.Claims(new ClaimQuery(Metric: "killed", Claimant: "Russia")), Has.Count.EqualTo(1));
    }

    [Test]
    public void SaveFlags_KeepsVerdictsRecordedEarlier()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        var a = Some.Claim("NATO", document: "a.txt");
        var b = Some.Claim("Russia", 498, 498, document: "a.txt");
        store.SaveDocument(Some.Document("t", "a.txt"), [a, b]);
        var flag = new Flag { RuleId = "r", RuleKind = "numeric-conflict", Severity = Severity.High, Message = "m", Claims = [b, a] };
        store.SaveFlags([flag]);
        store.RecordVerdict(new FactCheck.Review.VerdictEntry(flag.Id, "confirmed", "checked with desk", "ana", DateTimeOffset.UtcNow));
        store.SaveFlags([flag]);
        var stored = store.Flags().Single();
        Assert.That(stored.Verdict, Is.EqualTo("confirmed"));
        Assert.That(stored.Flag.Claims.Select(c => c.Id), Is.EqualTo(new[] { b.Id, a.Id }));
    }

    [Test]
    public void Flags_ClaimsChangedSinceTheVerdict_ShowTheVerdictAsStale()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        var nato = Some.Claim("NATO", document: "a.txt");
        var moscow = Some.Claim("Russia", 498, 498, document: "b.txt");
        store.SaveDocument(Some.Document("one", "a.txt"), [nato]);
        store.SaveDocument(Some.Document("two", "b.txt"), [moscow]);
        var flag = new Flag { RuleId = "r", RuleKind = "numeric-conflict", Severity = Severity.High, Message = "m", Claims = [moscow, nato] };
        store.SaveFlags([flag]);
        store.RecordVerdict(new FactCheck.Review.VerdictEntry(flag.Id, "confirmed", "checked", "ana", DateTimeOffset.UtcNow, flag.Lineage));

        // Moscow revises its figure: a new claim, so a new flag id, but the same place in the record.
        var revised = moscow with { Low = 1351, High = 1351 };
        store.SaveDocument(Some.Document("two, revised", "b.txt"), [revised]);
        var again = flag with { Claims = [revised, nato] };
        store.SaveFlags([again]);

        var stored = store.Flags().Single();
        Assert.That(again.Id, Is.Not.EqualTo(flag.Id));
        Assert.That((stored.Verdict, stored.Stale, stored.VerdictLabel, stored.IsDecided), Is.EqualTo(("confirmed", true, "confirmed (stale)", false)));
        Assert.That(store.VerdictHistory(again).Select(v => (v.FlagId, v.Verdict)), Is.EqualTo(new[] { (flag.Id, "confirmed") }));

        store.RecordVerdict(new FactCheck.Review.VerdictEntry(again.Id, "explained", "revised toll", "ana", DateTimeOffset.UtcNow, again.Lineage));
        var decided = store.Flags().Single();
        Assert.That((decided.Verdict, decided.Stale), Is.EqualTo(("explained", false)));
        Assert.That(store.VerdictHistory(again), Has.Count.EqualTo(2));
    }

    [Test]
    public void RecordVerdict_UnknownVerdict_IsRefused()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        Assert.Throws<ArgumentException>(() => store.RecordVerdict(new FactCheck.Review.VerdictEntry("f1", "maybe", null, "ana", DateTimeOffset.UtcNow)));
        Assert.That(store.VerdictHistory(), Is.Empty);
    }

    [Test]
    public void DocumentText_IsKeptForTheClaimOffsets()
    {
        using var store = SqliteFactStore.Open(DatabasePath);
        store.SaveDocument(Some.Document("Moscow said 498 soldiers died.", "b.txt"), []);
        Assert.That(store.DocumentText("b.txt"), Is.EqualTo("Moscow said 498 soldiers died."));
        Assert.That(store.DocumentText("missing.txt"), Is.Null);
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
        using (var store = SqliteFactStore.Open(DatabasePath))
        {
            store.SaveDocument(Some.Document("Moscow said 498 soldiers died.", "b.txt"), [Some.Claim(document: "b.txt")]);
            store.RecordVerdict(new FactCheck.Review.VerdictEntry("f1", "confirmed", "kept", "ana", DateTimeOffset.UtcNow));
        }
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            var before = connection.ExecuteScalar<long>("PRAGMA user_version") - 1;
            connection.Execute($"DROP INDEX documents_versions; ALTER TABLE documents DROP COLUMN url; PRAGMA user_version = {before};");
            connection.Execute("CREATE INDEX documents_versions ON documents(path, content_hash, extracted_with, file_stamp, ingested_at)");
        }
        SqliteConnection.ClearAllPools();
        using (var store = SqliteFactStore.Open(DatabasePath))
        {
            Assert.That(store.Documents().Single(), Has.Property("Path").EqualTo("b.txt").And.Property("Url").Null.And.Property("ClaimCount").EqualTo(1));
            Assert.That(store.VerdictHistory("f1").Single().Note, Is.EqualTo("kept"));
            store.SaveDocument(Some.Document("Moscow said 500 soldiers died.", "b.txt") with { Url = "https://example.org/b" }, []);
            Assert.That(store.Documents().Single().Url, Is.EqualTo("https://example.org/b"));
        }
    }

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
