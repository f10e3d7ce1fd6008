using Dapper;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Npgsql;

namespace FactCheck.Tests.Store;

/// <summary>Each test gets a fresh database on the run's throwaway PostgreSQL server.</summary>
public sealed class PostgresFactStoreTests
{
    private string _database = null!;

    [SetUp]
    public void CreateDatabase() => _database = PostgresCluster.Shared.CreateDatabase();

    private IFactStore Open() => FactStores.Open(_database);

    [Test]
    public void Claims_RoundTripEveryField()
    {
        var claim = Some.Claim(period: "in the past week", location: "Ukraine") with
        {
            High = double.PositiveInfinity, Qualifier = "more than", ClaimantBody = "Kremlin", Document = "doc.txt",
            AsOfSpan = new FactCheck.Extraction.TextSpan(3, 9), RunningTotal = true, PartOfGroup = true, ReportedOn = new DateOnly(2022, 3, 4),
        };
        using var store = Open();
        store.SaveDocument(Some.Document("text", "doc.txt"), [claim]);
        var stored = store.Claims(new ClaimQuery()).Single();
        Assert.That(stored, Is.EqualTo(claim));
    }

    [Test]
    public void SaveDocument_Unchanged_ChangesNothing_AndChanged_ReplacesItsClaims()
    {
        using var store = Open();
        var document = Some.Document("text", "doc.txt");
        Assert.That(store.SaveDocument(document, [Some.Claim(document: "doc.txt"), Some.Claim(low: 1, document: "doc.txt")]), Is.EqualTo(IngestOutcome.Added));
        var fingerprint = store.ClaimsFingerprint();
        Assert.That(store.SaveDocument(document, [Some.Claim(document: "doc.txt")]), Is.EqualTo(IngestOutcome.Unchanged));
        Assert.That(store.ClaimsFingerprint(), Is.EqualTo(fingerprint));
        Assert.That(store.Summary(), Is.EqualTo(new StoreSummary(1, 2, 0)));

        Assert.That(store.SaveDocument(Some.Document("new", "doc.txt"), [Some.Claim(low: 2, document: "doc.txt")]), Is.EqualTo(IngestOutcome.Updated));
        Assert.That(store.Claims(new ClaimQuery()).Select(c => c.Low), Is.EqualTo(new[] { 2d }));
        Assert.That(store.ClaimsFingerprint(), Is.Not.EqualTo(fingerprint));
    }

    [Test]
    public void SaveDocument_SamePathsFromTwoWritersAtOnce_TakeTurns_AndStoreEachDocumentWhole()
    {
        var documents = Enumerable.Range(0, 300).Select(i => (Document: Some.Document($"text {i}", $"d{i}.txt"),
            Claims: (IReadOnlyList<FactCheck.Extraction.Claim>)[Some.Claim(low: i, document: $"d{i}.txt"), Some.Claim(low: i + 1, document: $"d{i}.txt")])).ToList();
        // Opposite orders: each writer soon wants a path the other holds.
        Parallel.ForEach(new[] { documents, Enumerable.Reverse(documents).ToList() }, order =>
        {
            using var store = Open();
            foreach (var (document, claims) in order) store.SaveDocument(document, claims);
        });
        using var reader = Open();
        Assert.That(reader.Documents().Select(d => d.ClaimCount).ToList(), Has.Count.EqualTo(300).And.All.EqualTo(2));
    }

    [Test]
    public void SavedDocuments_AreSeenByOtherConnections_OnceTheWriterIsAskedAnythingElseOrClosed()
    {
        using var writer = Open();
        using var other = Open();
        writer.SaveDocument(Some.Document("t", "a.txt"), [Some.Claim(document: "a.txt")]);
        Assert.That(writer.Summary().Documents, Is.EqualTo(1));
        Assert.That(other.Summary().Documents, Is.EqualTo(1));
        writer.SaveDocument(Some.Document("u", "b.txt"), [Some.Claim(document: "b.txt")]);
        writer.Dispose();
        Assert.That(other.Claims(new ClaimQuery()), Has.Count.EqualTo(2));
    }

    [Test]
    public void Claims_FilterByMetricAndClaimant_IgnoringCase()
    {
        using var store = Open();
        store.SaveDocument(Some.Document("t", "a.txt"), [
            Some.Claim("NATO", document: "a.txt"), Some.Claim("Russia", low: 498, document: "a.txt"),
            Some.Claim("NATO", metric: "wounded", document: "a.txt"),
        ]);
        Assert.That(store.Claims(new ClaimQuery(Claimant: "nato")), Has.Count.EqualTo(2));
        Assert.That(store.Claims(new ClaimQuery(Metric: "KILLED", Claimant: "Russia")), Has.Count.EqualTo(1));
        Assert.That(store.Claims(new ClaimQuery(Document: "b.txt")), Is.Empty);
    }

    [Test]
    public void RemoveDocuments_TakesTheirClaims_AndKeepsVerdicts()
    {
        using var store = Open();
        store.SaveDocument(Some.Document("t", "a.txt"), [Some.Claim(document: "a.txt")]);
        store.SaveDocument(Some.Document("u", "b.txt"), [Some.Claim(document: "b.txt")]);
        store.RecordVerdict(new VerdictEntry("f1", "confirmed", null, "ana", DateTimeOffset.UtcNow));
        store.RemoveDocuments(["a.txt"]);
        Assert.That(store.Documents().Select(d => (d.Path, d.ClaimCount)), Is.EqualTo(new[] { ("b.txt", 1) }));
        Assert.That(store.VerdictHistory(), Has.Count.EqualTo(1));
    }

    [Test]
    public void SaveRun_FromTwoChecksAtOnce_LeavesOneWholeLatestRun()
    {
        var claims = Enumerable.Range(0, 400).Select(i => Some.Claim("NATO", low: i, high: i, document: "a.txt")).ToList();
        using (var store = Open()) store.SaveDocument(Some.Document("t", "a.txt"), claims);
        List<Flag> Set(string rule) => Enumerable.Range(0, 399).Select(i => new Flag
        {
            RuleId = rule, RuleKind = "numeric-conflict", Severity = Severity.High, Message = rule, Claims = [claims[i], claims[i + 1]],
        }).ToList();
        var sets = new[] { Set("first"), Set("second") };

        for (var round = 0; round < 5; round++)
        {
            Parallel.ForEach(sets, set =>
            {
                using var store = Open();
                store.SaveRun(Some.Run(set[0].RuleId), set);
            });
            using var reader = Open();
            var stored = reader.Flags();
            var winner = reader.CheckFingerprint();
            Assert.That(stored.Select(f => f.Flag.Id), Is.EquivalentTo(sets.Single(s => s[0].RuleId == winner).Select(f => f.Id)), $"round {round}");
        }
    }

    [Test]
    public void Verdicts_AreAppendOnly_AndTwoReviewersAtOnceAreBothRecorded()
    {
        Parallel.For(0, 2, reviewer =>
        {
            using var store = Open();
            for (var i = 0; i < 20; i++) store.RecordVerdict(new VerdictEntry($"f{i}", "confirmed", null, $"reviewer {reviewer}", DateTimeOffset.UtcNow));
        });
        using (var store = Open())
            Assert.That(store.VerdictHistory().GroupBy(v => v.Reviewer).Select(g => g.Count()), Is.EqualTo(new[] { 20, 20 }));

        using var connection = new NpgsqlConnection(PostgresAddress.Parse(_database).ConnectionString);
        connection.Open();
        Assert.Throws<PostgresException>(() => connection.Execute("UPDATE verdicts SET verdict = 'dismissed'"));
        Assert.Throws<PostgresException>(() => connection.Execute("DELETE FROM verdicts"));
        Assert.Throws<PostgresException>(() => connection.Execute("TRUNCATE verdicts"));
    }

    [Test]
    public void Open_NewerSchemaThanThisFactcheck_IsRefusedByName()
    {
        using (Open()) { }
        using (var connection = new NpgsqlConnection(PostgresAddress.Parse(_database).ConnectionString))
        {
            connection.Open();
            connection.Execute("UPDATE factcheck_schema SET version = 99");
        }
        // A new process would read the version again; this one remembers it migrated, so ask as a fresh one would.
        var fresh = _database + "?application_name=fresh";
        var error = Assert.Throws<InvalidDataException>(() => FactStores.Open(fresh).Dispose())!;
        Assert.That(error.Message, Does.Contain("newer than this factcheck understands").And.Not.Contain(PostgresCluster.Password));
    }

    [Test]
    public void Exists_IsFalseForAMissingDatabaseOrOneWithoutTheSchema()
    {
        Assert.That(FactStores.Exists(_database), Is.False);
        Assert.That(FactStores.Exists(PostgresCluster.Shared.Uri("no_such_database")), Is.False);
        using (Open()) { }
        Assert.That(FactStores.Exists(_database), Is.True);
    }

    [Test]
    public void Open_MissingDatabase_CreatesIt_AsSqliteCreatesAFile()
    {
        var uri = PostgresCluster.Shared.Uri($"created_{Guid.NewGuid():N}");
        using (var store = FactStores.Open(uri)) store.SaveDocument(Some.Document("t", "a.txt"), []);
        Assert.That(FactStores.Exists(uri));
    }
}
