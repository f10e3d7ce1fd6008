using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>Saves a document with its claims, one transaction per document, through statements prepared once.</summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly PreparedCommand _storedVersion;
    private readonly PreparedCommand _deleteClaims;
    private readonly PreparedCommand _upsertDocument;
    private readonly PreparedCommand _insertClaim;

    public DocumentWriter(SqliteConnection connection)
    {
        _connection = connection;
        _storedVersion = new(connection, "SELECT content_hash, extracted_with FROM documents WHERE path = @path", "path");
        _deleteClaims = new(connection, "DELETE FROM claims WHERE document = @path", "path");
        _upsertDocument = new(connection,
            """
            INSERT INTO documents (path, content_hash, title, published, date_source, publisher, ingested_at, text, extracted_with, file_stamp, url)
            VALUES (@path, @content_hash, @title, @published, @date_source, @publisher, @ingested_at, @text, @extracted_with, @file_stamp, @url)
            ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
                published = excluded.published, date_source = excluded.date_source,
                publisher = excluded.publisher, ingested_at = excluded.ingested_at, text = excluded.text,
                extracted_with = excluded.extracted_with, file_stamp = excluded.file_stamp, url = excluded.url
            """,
            "path", "content_hash", "title", "published", "date_source", "publisher", "ingested_at", "text", "extracted_with", "file_stamp", "url");
        _insertClaim = new(connection, $"INSERT INTO claims ({ClaimRow.Columns}) VALUES ({ClaimRow.Parameters})", ClaimRow.ParameterNames);
    }

    public IngestOutcome Save(Document document, IReadOnlyList<Claim> claims, string? extractedWith)
    {
        using var transaction = _connection.BeginTransaction();
        var existing = _storedVersion.Row(transaction, document.Path);
        if (existing is [string hash, var storedWith] && hash == document.ContentHash && storedWith as string == extractedWith)
            return IngestOutcome.Unchanged;

        _deleteClaims.Execute(transaction, document.Path);
        _upsertDocument.Execute(transaction,
            document.Path, document.ContentHash, document.Title,
            document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.DateSource.ToString(), document.Publisher,
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), document.Text, extractedWith, document.FileStamp, document.Url);
        foreach (var claim in claims) _insertClaim.Execute(transaction, ClaimRow.Values(claim));
        transaction.Commit();
        return existing is null ? IngestOutcome.Added : IngestOutcome.Updated;
    }

    public void Dispose()
    {
        _storedVersion.Dispose();
        _deleteClaims.Dispose();
        _upsertDocument.Dispose();
        _insertClaim.Dispose();
    }
}
