using System.Data.Common;
using System.Globalization;
using Dapper;
using FactCheck.Ingestion;

namespace FactCheck.Store;

/// <summary>Reads stored documents' records and versions; the SQL is the same on SQLite and PostgreSQL.</summary>
internal static class DocumentReader
{
    /// <param name="where">A WHERE clause over the documents (alias d), or empty for all.</param>
    public static List<StoredDocument> Read(DbConnection connection, string where, object? parameters) =>
        connection.Query<(string path, string hash, string title, string? published, string dateSource, string? publisher, long claims, string? url)>(
                $"""
                SELECT d.path, d.content_hash, d.title, d.published, d.date_source, d.publisher,
                       (SELECT count(*) FROM claims c WHERE c.document = d.path), d.url
                FROM documents d {where} ORDER BY d.path
                """, parameters)
            .Select(r => new StoredDocument(r.path, r.hash, r.title,
                r.published is null ? null : DateOnly.ParseExact(r.published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum.Parse<DateSource>(r.dateSource), r.publisher, (int)r.claims, r.url))
            .ToList();

    public static IReadOnlyDictionary<string, DocumentVersion> Versions(DbConnection connection)
    {
        var versions = new Dictionary<string, DocumentVersion>(StringComparer.Ordinal);
        using var reader = connection.ExecuteReader("SELECT path, content_hash, extracted_with, file_stamp FROM documents");
        while (reader.Read())
            versions[reader.GetString(0)] = new DocumentVersion(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        return versions;
    }
}
