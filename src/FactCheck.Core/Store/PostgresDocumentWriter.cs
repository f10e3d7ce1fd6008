using System.Globalization;
using Dapper;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// Writes documents with their claims to PostgreSQL in groups: up to <see cref="GroupSize"/> documents
/// share one transaction, and their claims go in one binary COPY when it commits. A group holds whole
/// documents only, so a killed ingest leaves every document whole or absent; it loses at most the
/// group in flight, which a re-run stores. (One transaction and seven round trips per document ran at
/// a third of SQLite's speed; one round trip per document in groups, at about half.) Anything else
/// the store is asked commits the group first.
/// </summary>
internal sealed class PostgresDocumentWriter(NpgsqlConnection connection) : IDisposable
{
    private const int GroupSize = 200;
    private const int GroupClaims = 20_000;

    // Column types for COPY, from the row's property types (COPY BINARY must be told each one).
    private static readonly NpgsqlDbType[] ClaimColumnTypes = ClaimRow.ParameterNames
        .Select(name => typeof(ClaimRow).GetProperty(name)!.PropertyType)
        .Select(type => Nullable.GetUnderlyingType(type) ?? type)
        .Select(type => type == typeof(double) ? NpgsqlDbType.Double : type == typeof(long) ? NpgsqlDbType.Bigint : NpgsqlDbType.Text)
        .ToArray();

    private sealed record StoredVersion(bool locked, string? content_hash, string? extracted_with);

    private readonly List<Claim> _claims = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private NpgsqlTransaction? _group;
    private bool _written;

    // One round trip a document. The lock is tried in a statement of its own, so the write after it reads
    // (in a snapshot taken once the lock is held) what any earlier writer of the path committed. A stored
    // version with the same text and extractor is left as it is (no row comes back: unchanged); else the
    // document is inserted (xmax = 0) or updated, and its old claims go.
    private const string SaveSql = """
        SELECT set_config('factcheck.locked', pg_try_advisory_xact_lock(hashtextextended(@path, 0))::text, true) = 'true';
        WITH written AS (
            INSERT INTO documents (path, content_hash, title, published, date_source, publisher, ingested_at, text, extracted_with, file_stamp, url)
            SELECT @path, @hash, @title, @published, @dateSource, @publisher, @ingestedAt, @text, @extractedWith, @fileStamp, @url
            WHERE current_setting('factcheck.locked') = 'true'
            ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
                published = excluded.published, date_source = excluded.date_source,
                publisher = excluded.publisher, ingested_at = excluded.ingested_at, text = excluded.text,
                extracted_with = excluded.extracted_with, file_stamp = excluded.file_stamp, url = excluded.url
            WHERE documents.content_hash IS DISTINCT FROM excluded.content_hash
               OR documents.extracted_with IS DISTINCT FROM excluded.extracted_with
            RETURNING (xmax = 0) AS inserted),
        replaced AS (DELETE FROM claims WHERE document = @path AND EXISTS (SELECT 1 FROM written))
        SELECT inserted FROM written;
        """;

    public IngestOutcome Save(Document document, IReadOnlyList<Claim> claims, string? extractedWith)
    {
        // The same path twice in a group: its first claims are not copied yet, so the second could not replace them.
        if (_paths.Contains(document.Path)) Flush();
        var values = new
        {
            path = document.Path, hash = document.ContentHash, title = document.Title,
            published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dateSource = document.DateSource.ToString(), publisher = document.Publisher,
            ingestedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), text = document.Text,
            extractedWith, fileStamp = document.FileStamp, url = document.Url,
        };
        Begin();
        var written = Write(values);
        if (written is null)
        {
            // Another process holds the path: wait for it with nothing held, then write (the lock is re-entrant).
            Flush();
            Begin();
            connection.Execute("SELECT pg_advisory_xact_lock(hashtextextended(@path, 0))", new { path = document.Path }, _group);
            written = Write(values);
        }
        if (written is not [var inserted]) return IngestOutcome.Unchanged;
        _claims.AddRange(claims);
        _paths.Add(document.Path);
        _written = true;
        if (_paths.Count >= GroupSize || _claims.Count >= GroupClaims) Flush();
        return inserted ? IngestOutcome.Added : IngestOutcome.Updated;
    }

    /// <summary>Whether each written row was inserted (none: unchanged); null when the path's lock is held elsewhere.</summary>
    private List<bool>? Write(object values)
    {
        using var results = connection.QueryMultiple(SaveSql, values, _group);
        var locked = results.ReadSingle<bool>();
        var written = results.Read<bool>().ToList();
        return locked ? written : null;
    }

    public void RecordFileStamp(string path, string fileStamp)
    {
        Lock(path);
        connection.Execute("UPDATE documents SET file_stamp = @fileStamp WHERE path = @path", new { path, fileStamp }, _group);
    }

    /// <summary>
    /// Takes the path's lock in the group, with its stored version: two processes writing the same path
    /// take turns rather than collide on its claims' ids. A lock another process holds is waited for
    /// only with nothing held, after committing the group, so two writers never wait on each other.
    /// </summary>
    private StoredVersion Lock(string path)
    {
        Begin();
        const string Sql = """
            SELECT pg_try_advisory_xact_lock(hashtextextended(@path, 0)) AS locked, d.content_hash, d.extracted_with
            FROM (SELECT 1) AS one LEFT JOIN documents d ON d.path = @path
            """;
        var version = connection.QuerySingle<StoredVersion>(Sql, new { path }, _group);
        if (version.locked) return version;
        Flush();
        Begin();
        connection.Execute("SELECT pg_advisory_xact_lock(hashtextextended(@path, 0))", new { path }, _group);
        // Read again now that the other writer is done with it.
        return connection.QuerySingle<StoredVersion>(Sql, new { path }, _group);
    }

    private void Begin()
    {
        if (_group is not null) return;
        _group = connection.BeginTransaction();
        // Commits need not wait for the disk: a server crash may lose the last groups (as SQLite's
        // synchronous=NORMAL may lose the last transactions), never part of one.
        connection.Execute("SET LOCAL synchronous_commit = off", transaction: _group);
    }

    /// <summary>Commits the group: its claims by one binary COPY, then the write counter a check compares.</summary>
    public void Flush()
    {
        if (_group is null) return;
        try
        {
            if (_claims.Count > 0) CopyClaims();
            if (_written) connection.Execute(PostgresDocuments.BumpVersionFor, new { paths = _paths.ToArray() }, _group);
            _group.Commit();
        }
        finally
        {
            _group.Dispose();
            _group = null;
            _claims.Clear();
            _paths.Clear();
            _written = false;
        }
    }

    private void CopyClaims()
    {
        using var importer = connection.BeginBinaryImport($"COPY claims ({ClaimRow.Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var claim in _claims)
        {
            importer.StartRow();
            var values = ClaimRow.Values(claim);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null) importer.WriteNull();
                else importer.Write(values[i]!, ClaimColumnTypes[i]);
            }
        }
        importer.Complete();
    }

    public void Dispose() => Flush();
}
