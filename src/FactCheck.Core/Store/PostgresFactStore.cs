using Dapper;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Rules;
using Npgsql;

namespace FactCheck.Store;

/// <summary>
/// The team store: one PostgreSQL database that several people's ingests, checks and reviews use at
/// once. Documents and claims, findings, and verdicts each live in their own class; this one opens
/// the connection (creating the database and schema on first use) and hands each call to them.
/// </summary>
internal sealed class PostgresFactStore : IFactStore
{
    private const string DatabaseMissing = "3D000";
    private const string DatabaseExists = "42P04";

    private readonly NpgsqlConnection _connection;
    private readonly PostgresDocuments _documents;
    private readonly PostgresDocumentWriter _writer;
    private readonly PostgresFindings _findings;
    private readonly PostgresVerdicts _verdicts;

    // The address's own: an open connection's string has lost its password.
    private readonly string _connectionString;

    private PostgresFactStore(NpgsqlConnection connection, string connectionString)
    {
        _connection = connection;
        _connectionString = connectionString;
        _documents = new PostgresDocuments(connection);
        _writer = new PostgresDocumentWriter(connection);
        _findings = new PostgresFindings(connection);
        _verdicts = new PostgresVerdicts(connection);
    }

    /// <summary>Opens the database at this address, creating it (when allowed) and its schema if missing.</summary>
    public static PostgresFactStore Open(PostgresAddress address)
    {
        var connection = Connect(address, createMissing: true)!;
        try
        {
            PostgresSchema.Migrate(connection, address.Shown);
        }
        catch (NpgsqlException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"{address.Shown}: cannot set up the factcheck schema ({e.Message})", e);
        }
        return new PostgresFactStore(connection, address.ConnectionString);
    }

    /// <summary>Whether the database exists and holds a factcheck schema: what a read command needs.</summary>
    public static bool Exists(PostgresAddress address)
    {
        using var connection = Connect(address, createMissing: false);
        return connection is not null && PostgresSchema.Exists(connection);
    }

    private static NpgsqlConnection? Connect(PostgresAddress address, bool createMissing)
    {
        for (var attempt = 0; ; attempt++)
        {
            var connection = new NpgsqlConnection(address.ConnectionString);
            try
            {
                connection.Open();
                return connection;
            }
            catch (PostgresException e) when (e.SqlState == DatabaseMissing && attempt == 0)
            {
                connection.Dispose();
                if (!createMissing) return null;
                CreateDatabase(address);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                connection.Dispose();
                throw new InvalidDataException($"{address.Shown}: cannot connect ({e.Message})", e);
            }
        }
    }

    /// <summary>A new database, as SQLite creates a new file; another process creating it at the same moment is fine.</summary>
    private static void CreateDatabase(PostgresAddress address)
    {
        var name = address.Settings.Database!;
        var maintenance = new NpgsqlConnectionStringBuilder(address.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            connection.Open();
            connection.Execute($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
        catch (PostgresException e) when (e.SqlState == DatabaseExists)
        {
        }
        catch (NpgsqlException e)
        {
            throw new InvalidDataException($"{address.Shown}: database {name} does not exist and cannot be created ({e.Message}); ask its administrator to create it", e);
        }
    }

    public bool HasDocument(string path, string contentHash) => Committed(_documents).Has(path, contentHash);

    public IngestOutcome SaveDocument(Document document, IReadOnlyList<Claim> claims, string? extractedWith = null) =>
        _writer.Save(document, claims, extractedWith);

    public void SaveSources(IEnumerable<Source> sources) => Committed(_documents).SaveSources(sources);

    public void RemoveDocuments(IReadOnlyCollection<string> paths) => Committed(_documents).Remove(paths);

    public IReadOnlyList<StoredDocument> Documents() => Committed(_documents).All();

    public IReadOnlyDictionary<string, DocumentVersion> DocumentVersions() => Committed(_documents).Versions();

    public void RecordFileStamp(string path, string fileStamp) => _writer.RecordFileStamp(path, fileStamp);

    public string? DocumentText(string path) => Committed(_documents).Text(path);

    public IReadOnlyList<Claim> Claims(ClaimQuery query) => Committed(_documents).Claims(query);

    public StoredDocument? Document(string path) => Committed(_documents).One(path);

    public IReadOnlyList<Claim> ClaimsById(IReadOnlyCollection<string> ids) => Committed(_documents).ByIds(ids);

    public IClaimParts ClaimParts() => new PostgresClaimParts(Committed(_connectionString));

    public StoredCheckRun SaveRun(CheckRun run, IEnumerable<Flag> flags, Func<bool>? complete = null, CarriedFlags? carried = null) =>
        Committed(_findings).Save(run, flags, complete, carried);

    public DocumentsState DocumentsState() => Committed(_documents).State();

    public IReadOnlyList<string> DocumentsWrittenSince(long version) => Committed(_documents).WrittenSince(version);

    public StoredCheckRun? LatestRun() => Committed(_findings).LatestRun();

    public IReadOnlyList<StoredCheckRun> Runs() => Committed(_findings).Runs();

    public string? CheckFingerprint() => Committed(_findings).CheckFingerprint();

    public string ClaimsFingerprint() => Committed(_documents).ClaimsFingerprint();

    public IReadOnlyList<StoredFlag> Flags() => Committed(_findings).All();

    public StoredFlag? Flag(string id) => Committed(_findings).Flag(id);

    public IReadOnlyList<StoredFlag> FlagsStartingWith(string prefix) => Committed(_findings).StartingWith(prefix);

    public ReviewQueuePage ReviewQueue(ReviewQueueQuery query, bool counted = false) => Committed(_findings).ReviewQueue(query, counted);

    public FindingTally FindingTally() => Committed(_findings).Tally();

    public void RecordVerdict(Review.VerdictEntry entry) => Committed(_verdicts).Record(entry);

    public IReadOnlyList<Review.VerdictEntry> VerdictHistory(string? flagId = null) => Committed(_verdicts).History(flagId);

    public IReadOnlyList<Review.VerdictEntry> VerdictHistory(Flag flag) => Committed(_verdicts).History(flag);

    public StoreSummary Summary()
    {
        _writer.Flush();
        var (documents, claims, flags) = _connection.QuerySingle<(long, long, long)>(
            $"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), COALESCE((SELECT flag_count FROM check_runs WHERE id = ({CheckRuns.LatestId})), 0)");
        return new StoreSummary((int)documents, (int)claims, (int)flags);
    }

    /// <summary>A part of the store, once the documents written so far are committed (so it, and others, see them).</summary>
    private T Committed<T>(T part)
    {
        _writer.Flush();
        return part;
    }

    public void Dispose()
    {
        try
        {
            _writer.Dispose();
        }
        finally
        {
            _connection.Dispose();
        }
    }
}
