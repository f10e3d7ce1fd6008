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
