using System.Globalization;
using Dapper;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Rules;
using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, so several processes can ingest while
/// one reviews. Every write is one BEGIN IMMEDIATE transaction; a check run's flags are written in
/// one (see <see cref="CheckRuns"/>), so a run is complete the moment it is visible.
/// </summary>
public sealed class SqliteFactStore : IFactStore
{
    private readonly SqliteConnection _connection;
    private readonly string _databasePath;
    private DocumentWriter? _documentWriter;

    private SqliteFactStore(SqliteConnection connection, string databasePath) => (_connection, _databasePath) = (connection, databasePath);

    public static SqliteFactStore Open(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            // The busy timeout first: switching a new file to WAL waits for other processes opening it too.
            connection.Execute("PRAGMA busy_timeout = 30000;");
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384; PRAGMA cache_size = -65536;");
            Schema.Migrate(connection, databasePath);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"{databasePath}: cannot open as a factcheck database ({e.Message})", e);
        }
        return new SqliteFactStore(connection, databasePath);
    }

    public bool HasDocument(string path, string contentHash) =>
        _connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE path = @path AND content_hash = @contentHash",
            new { path, contentHash }) > 0;

    public IngestOutcome SaveDocument(Document document, IReadOnlyList<Claim> claims, string? extractedWith = null) =>
        (_documentWriter ??= new DocumentWriter(_connection)).Save(document, claims, extractedWith);

    public void SaveSources(IEnumerable<Source> sources)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var source in sources)
        {
            _connection.Execute("INSERT INTO sources (name, family) VALUES (@Name, @Family) ON CONFLICT(name) DO UPDATE SET family = excluded.family",
                new { source.Name, source.Family }, transaction);
            _connection.Execute("DELETE FROM source_aliases WHERE source = @Name", new { source.Name }, transaction);
            _connection.Execute("INSERT OR IGNORE INTO source_aliases (alias, source) VALUES (@alias, @source)",
                source.Aliases.Select(alias => new { alias, source = source.Name }), transaction);
        }
        transaction.Commit();
    }

    public void RemoveDocuments(IReadOnlyCollection<string> paths)
    {
        using var transaction = _connection.BeginTransaction();
        // Claims go with their document (ON DELETE CASCADE); the documents_version trigger makes the next check run.
        _connection.Execute("DELETE FROM documents WHERE path = @path", paths.Select(path => new { path }), transaction);
        transaction.Commit();
    }

    public IReadOnlyList<StoredDocument> Documents() => ReadDocuments("", null);

    public StoredDocument? Document(string path) => ReadDocuments("WHERE d.path = @path", new { path }).SingleOrDefault();

    private List<StoredDocument> ReadDocuments(string where, object? parameters) => DocumentReader.Read(_connection, where, parameters);

    public IReadOnlyDictionary<string, DocumentVersion> DocumentVersions() => DocumentReader.Versions(_connection);

    public void RecordFileStamp(string path, string fileStamp)
    {
        using var transaction = _connection.BeginTransaction();
        _connection.Execute("UPDATE documents SET file_stamp = @fileStamp WHERE path = @path", new { path, fileStamp }, transaction);
        transaction.Commit();
    }

    public string? DocumentText(string path) =>
        _connection.ExecuteScalar<string?>("SELECT text FROM documents WHERE path = @path", new { path });

    public IReadOnlyList<Claim> Claims(ClaimQuery query)
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT {ClaimRow.Columns} FROM claims
            WHERE (@Document IS NULL OR document = @Document)
              AND (@Metric IS NULL OR metric = @Metric COLLATE NOCASE)
              AND (@Claimant IS NULL OR claimant = @Claimant COLLATE NOCASE OR claimant_body = @Claimant COLLATE NOCASE)
            ORDER BY document, start, id
            """;
        command.Parameters.AddWithValue("@Document", (object?)query.Document ?? DBNull.Value);
        command.Parameters.AddWithValue("@Metric", (object?)query.Metric ?? DBNull.Value);
        command.Parameters.AddWithValue("@Claimant", (object?)query.Claimant ?? DBNull.Value);
        var claims = new List<Claim>();
        using var reader = command.ExecuteReader();
        var claimReader = new ClaimReader();
        while (reader.Read()) claims.Add(claimReader.Read(reader));
        return claims;
    }

    public IReadOnlyList<Claim> ClaimsById(IReadOnlyCollection<string> ids) =>
        ClaimReader.ByIds(_connection, ids).OrderBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    public StoredCheckRun SaveRun(CheckRun run, IEnumerable<Flag> flags, Func<bool>? complete = null, CarriedFlags? carried = null) =>
        CheckRuns.Save(_connection, run, flags, complete, carried);

    public DocumentsState DocumentsState()
    {
        var (version, count) = _connection.QuerySingle<(long, long)>("SELECT documents_version, (SELECT count(*) FROM documents) FROM store_state WHERE id = 1");
        return new DocumentsState(version, (int)count);
    }

    /// <summary>
    /// Found through the written_version index and sorted after: ordered by the path index instead, SQLite
    /// visited every document to find the few written since (0.1 s at 100k).
    /// </summary>
    public IReadOnlyList<string> DocumentsWrittenSince(long version) =>
        _connection.Query<string>("SELECT path FROM documents WHERE written_version > @version ORDER BY +path", new { version }).ToList();

    public IClaimParts ClaimParts() => new SqliteClaimParts(_databasePath);

    public StoredCheckRun? LatestRun() => CheckRuns.LatestRun(_connection);

    public IReadOnlyList<StoredCheckRun> Runs() => CheckRuns.All(_connection);

    public string? CheckFingerprint() =>
        _connection.ExecuteScalar<string?>($"SELECT fingerprint FROM check_runs WHERE id = ({CheckRuns.LatestId})");

    /// <summary>
    /// Claims are written only with their document, and triggers count every insert, change and
    /// removal of a document; the claims' largest rowid is a guard beside that count, read from the
    /// index end (count(*) read every row).
    /// </summary>
    public string ClaimsFingerprint()
    {
        var version = _connection.ExecuteScalar<long>("SELECT documents_version FROM store_state WHERE id = 1");
        var largest = _connection.ExecuteScalar<long?>("SELECT max(rowid) FROM claims");
        return string.Create(CultureInfo.InvariantCulture, $"documents v{version}, claims to {largest?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
    }

    public IReadOnlyList<StoredFlag> Flags() => FlagReader.All(_connection, CheckRuns.Latest(_connection));

    public StoredFlag? Flag(string id) => FlagReader.ById(_connection, CheckRuns.Latest(_connection), id);

    public IReadOnlyList<StoredFlag> FlagsStartingWith(string prefix) => FlagReader.ByPrefix(_connection, CheckRuns.Latest(_connection), prefix);

    public ReviewQueuePage ReviewQueue(ReviewQueueQuery query, bool counted = false) => ReviewQueueReader.Read(_connection, CheckRuns.Latest(_connection), query, counted);

    public FindingTally FindingTally() => CheckRuns.Tally(_connection);

    public void RecordVerdict(Review.VerdictEntry entry)
    {
        if (!Review.Verdicts.IsRecordable(entry.Verdict))
            throw new ArgumentException($"unknown verdict \"{entry.Verdict}\" (expected {string.Join(", ", Review.Verdicts.Known)})", nameof(entry));
        using var transaction = _connection.BeginTransaction();
        _connection.Execute(
            "INSERT INTO verdicts (flag_id, verdict, note, reviewer, recorded_at, lineage) VALUES (@FlagId, @Verdict, @Note, @Reviewer, @RecordedAt, @Lineage)",
            new { entry.FlagId, entry.Verdict, entry.Note, entry.Reviewer, RecordedAt = entry.RecordedAt.ToString("O", CultureInfo.InvariantCulture), entry.Lineage },
            transaction);
        transaction.Commit();
    }

    public IReadOnlyList<Review.VerdictEntry> VerdictHistory(string? flagId = null) =>
        ReadVerdicts("WHERE @flagId IS NULL OR flag_id = @flagId", new { flagId });

    public IReadOnlyList<Review.VerdictEntry> VerdictHistory(Flag flag) =>
        ReadVerdicts("WHERE flag_id = @Id OR lineage = @Lineage", new { flag.Id, flag.Lineage });

    private List<Review.VerdictEntry> ReadVerdicts(string where, object parameters) =>
        _connection.Query<(string flagId, string verdict, string? note, string reviewer, string recordedAt, string? lineage)>(
                $"SELECT flag_id, verdict, note, reviewer, recorded_at, lineage FROM verdicts {where} ORDER BY seq", parameters)
            .Select(r => new Review.VerdictEntry(r.flagId, r.verdict, r.note, r.reviewer,
                DateTimeOffset.Parse(r.recordedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.lineage))
            .ToList();

    public StoreSummary Summary()
    {
        var (documents, claims, flags) = _connection.QuerySingle<(long, long, long)>(
            $"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), COALESCE((SELECT flag_count FROM check_runs WHERE id = ({CheckRuns.LatestId})), 0)");
        return new StoreSummary((int)documents, (int)claims, (int)flags);
    }

    public void Dispose()
    {
        _documentWriter?.Dispose();
        _connection.Dispose();
    }
}
