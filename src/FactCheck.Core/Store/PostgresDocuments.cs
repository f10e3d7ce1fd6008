using System.Globalization;
using Dapper;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// Documents and their claims in PostgreSQL, read and removed; <see cref="PostgresDocumentWriter"/> writes them.
/// </summary>
internal sealed class PostgresDocuments(NpgsqlConnection connection)
{
    public void Remove(IReadOnlyCollection<string> paths)
    {
        using var transaction = connection.BeginTransaction();
        // Claims go with their document (ON DELETE CASCADE); the version, one more per document removed, makes the next check run.
        var removed = connection.Execute("DELETE FROM documents WHERE path = @path", paths.Select(path => new { path }), transaction);
        connection.Execute("UPDATE store_state SET documents_version = documents_version + @removed WHERE id = 1", new { removed }, transaction);
        transaction.Commit();
    }

    public bool Has(string path, string contentHash) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE path = @path AND content_hash = @contentHash",
            new { path, contentHash }) > 0;

    public IReadOnlyList<StoredDocument> All() => Read("", null);

    public StoredDocument? One(string path) => Read("WHERE d.path = @path", new { path }).SingleOrDefault();

    private List<StoredDocument> Read(string where, object? parameters) => DocumentReader.Read(connection, where, parameters);

    public IReadOnlyDictionary<string, DocumentVersion> Versions() => DocumentReader.Versions(connection);

    public string? Text(string path) =>
        connection.ExecuteScalar<string?>("SELECT text FROM documents WHERE path = @path", new { path });

    public IReadOnlyList<Claim> Claims(ClaimQuery query)
    {
        // lower() = lower() stands for SQLite's COLLATE NOCASE.
        using var command = new NpgsqlCommand(
            $"""
            SELECT {ClaimRow.Columns} FROM claims
            WHERE (@document::text IS NULL OR document = @document)
              AND (@metric::text IS NULL OR lower(metric) = lower(@metric))
              AND (@claimant::text IS NULL OR lower(claimant) = lower(@claimant) OR lower(claimant_body) = lower(@claimant))
            ORDER BY document, start, id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("document", NpgsqlDbType.Text) { Value = (object?)query.Document ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("metric", NpgsqlDbType.Text) { Value = (object?)query.Metric ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("claimant", NpgsqlDbType.Text) { Value = (object?)query.Claimant ?? DBNull.Value });
        var claims = new List<Claim>();
        using var reader = command.ExecuteReader();
        var claimReader = new ClaimReader();
        while (reader.Read()) claims.Add(claimReader.Read(reader));
        return claims;
    }

    /// <summary>The claims with these ids, in document and text order; unknown ids are left out.</summary>
    public IReadOnlyList<Claim> ByIds(IReadOnlyCollection<string> ids) =>
        ClaimReader.ByIds(connection, ids).OrderBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    /// <summary>Changes whenever a document, and so any claim, is written (read as committed, never ahead of the claims).</summary>
    public string ClaimsFingerprint() => string.Create(CultureInfo.InvariantCulture,
        $"documents v{connection.ExecuteScalar<long>("SELECT documents_version FROM store_state WHERE id = 1")}");

    public DocumentsState State()
    {
        var (version, count) = connection.QuerySingle<(long, long)>("SELECT documents_version, (SELECT count(*) FROM documents) FROM store_state WHERE id = 1");
        return new DocumentsState(version, (int)count);
    }

    public IReadOnlyList<string> WrittenSince(long version) =>
        connection.Query<string>("SELECT path FROM documents WHERE written_version > @version ORDER BY path", new { version }).ToList();

    /// <summary>
    /// Every write of documents raises the version last, in its transaction, by the documents written (as
    /// SQLite's triggers do), and stamps them with it. The update takes the counter's row lock, so writers
    /// commit their versions in order: a check that read version v sees every document stamped v or lower.
    /// </summary>
    public const string BumpVersionFor =
        "WITH bumped AS (UPDATE store_state SET documents_version = documents_version + cardinality(@paths) WHERE id = 1 RETURNING documents_version) "
        + "UPDATE documents SET written_version = (SELECT documents_version FROM bumped) WHERE path = ANY(@paths)";

    public void SaveSources(IEnumerable<Source> sources)
    {
        using var transaction = connection.BeginTransaction();
        // Every ingest saves the lexicon's claimants; concurrent ingests take turns rather than deadlock.
        connection.Execute("SELECT pg_advisory_xact_lock(hashtextextended('factcheck sources', 0))", transaction: transaction);
        foreach (var source in sources)
        {
            connection.Execute("INSERT INTO sources (name, family) VALUES (@Name, @Family) ON CONFLICT (name) DO UPDATE SET family = excluded.family",
                new { source.Name, source.Family }, transaction);
            connection.Execute("DELETE FROM source_aliases WHERE source = @Name", new { source.Name }, transaction);
            connection.Execute("INSERT INTO source_aliases (alias, source) VALUES (@alias, @source) ON CONFLICT DO NOTHING",
                source.Aliases.Select(alias => new { alias, source = source.Name }), transaction);
        }
        transaction.Commit();
    }
}
