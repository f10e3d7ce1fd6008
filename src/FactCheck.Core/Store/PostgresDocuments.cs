using System.Globalization;
using Dapper;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// Documents and their claims in PostgreSQL. Each document is written in its own transaction, its
/// claims by binary COPY, so a killed ingest leaves every document whole or absent.
/// </summary>
internal sealed class PostgresDocuments(NpgsqlConnection connection)
{
    // Column types for COPY, from the row's property types (COPY BINARY must be told each one).
    private static readonly NpgsqlDbType[] ClaimColumnTypes = ClaimRow.ParameterNames
        .Select(name => typeof(ClaimRow).GetProperty(name)!.PropertyType)
        .Select(type => Nullable.GetUnderlyingType(type) ?? type)
        .Select(type => type == typeof(double) ? NpgsqlDbType.Double : type == typeof(long) ? NpgsqlDbType.Bigint : NpgsqlDbType.Text)
        .ToArray();

    private sealed record StoredVersion(string content_hash, string? extracted_with);

    private const string BumpVersion = "UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1";

    public IngestOutcome Save(Document document, IReadOnlyList<Claim> claims, string? extractedWith)
    {
        using var transaction = connection.BeginTransaction();
        // A document is atomic on disk as in SQLite; a server crash may lose the last few (like SQLite's
        // synchronous=NORMAL), a killed client never leaves half of one. Commits need not wait for the disk.
        // Two processes saving the same path queue here rather than colliding on its claims' ids.
        connection.Execute("SET LOCAL synchronous_commit = off; SELECT pg_advisory_xact_lock(hashtextextended(@path, 0));",
            new { path = document.Path }, transaction);
        var existing = connection.QuerySingleOrDefault<StoredVersion>(
            "SELECT content_hash, extracted_with FROM documents WHERE path = @path", new { path = document.Path }, transaction);
        if (existing is not null && existing.content_hash == document.ContentHash && existing.extracted_with == extractedWith)
            return IngestOutcome.Unchanged;

        connection.Execute(
            """
            DELETE FROM claims WHERE document = @path;
            INSERT INTO documents (path, content_hash, title, published, date_source, publisher, ingested_at, text, extracted_with, file_stamp, url)
            VALUES (@path, @hash, @title, @published, @dateSource, @publisher, @ingestedAt, @text, @extractedWith, @fileStamp, @url)
            ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
                published = excluded.published, date_source = excluded.date_source,
                publisher = excluded.publisher, ingested_at = excluded.ingested_at, text = excluded.text,
                extracted_with = excluded.extracted_with, file_stamp = excluded.file_stamp, url = excluded.url;
            """,
            new
            {
                path = document.Path, hash = document.ContentHash, title = document.Title,
                published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                dateSource = document.DateSource.ToString(), publisher = document.Publisher,
                ingestedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), text = document.Text,
                extractedWith, fileStamp = document.FileStamp, url = document.Url,
            }, transaction);
        if (claims.Count > 0) CopyClaims(claims);
        connection.Execute(BumpVersion, transaction: transaction);
        transaction.Commit();
        return existing is null ? IngestOutcome.Added : IngestOutcome.Updated;
    }

    private void CopyClaims(IReadOnlyList<Claim> claims)
    {
        using var importer = connection.BeginBinaryImport($"COPY claims ({ClaimRow.Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var claim in claims)
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

    public void Remove(IReadOnlyCollection<string> paths)
    {
        using var transaction = connection.BeginTransaction();
        // Claims go with their document (ON DELETE CASCADE); the version bump makes the next check run.
        connection.Execute("DELETE FROM documents WHERE path = @path", paths.Select(path => new { path }), transaction);
        connection.Execute(BumpVersion, transaction: transaction);
        transaction.Commit();
    }

    public bool Has(string path, string contentHash) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE path = @path AND content_hash = @contentHash",
            new { path, contentHash }) > 0;

    public IReadOnlyList<StoredDocument> All() =>
        connection.Query<(string path, string hash, string title, string? published, string dateSource, string? publisher, long claims, string? url)>(
                """
                SELECT d.path, d.content_hash, d.title, d.published, d.date_source, d.publisher,
                       (SELECT count(*) FROM claims c WHERE c.document = d.path), d.url
                FROM documents d ORDER BY d.path
                """)
            .Select(r => new StoredDocument(r.path, r.hash, r.title,
                r.published is null ? null : DateOnly.ParseExact(r.published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum.Parse<DateSource>(r.dateSource), r.publisher, (int)r.claims, r.url))
            .ToList();

    public IReadOnlyDictionary<string, DocumentVersion> Versions()
    {
        var versions = new Dictionary<string, DocumentVersion>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader("SELECT path, content_hash, extracted_with, file_stamp FROM documents");
        while (reader.Read())
            versions[reader.GetString(0)] = new DocumentVersion(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        return versions;
    }

    public void RecordFileStamp(string path, string fileStamp) =>
        connection.Execute("UPDATE documents SET file_stamp = @fileStamp WHERE path = @path", new { path, fileStamp });

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

    /// <summary>Changes whenever a document, and so any claim, is written (read as committed, never ahead of the claims).</summary>
    public string ClaimsFingerprint() => string.Create(CultureInfo.InvariantCulture,
        $"documents v{connection.ExecuteScalar<long>("SELECT documents_version FROM store_state WHERE id = 1")}");

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
