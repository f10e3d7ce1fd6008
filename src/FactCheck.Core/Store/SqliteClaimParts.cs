using FactCheck.Extraction;
using FactCheck.Rules;
using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>
/// A database's claims read in parts for a check, each read on its own read-only connection: the
/// check stores its findings through the store's connection while it reads (WAL lets the two go on
/// at once), and never holds every claim of a large corpus.
/// </summary>
internal sealed class SqliteClaimParts(string databasePath) : IClaimParts
{
    public IEnumerable<Claim> All() => Read($"SELECT {ClaimRow.Columns} FROM claims ORDER BY document, start, id", []);

    public IReadOnlyDictionary<string, int> MetricCounts()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT metric, count(*) FROM claims GROUP BY metric COLLATE NOCASE";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        return counts;
    }

    /// <summary>
    /// Read in the table's order and sorted here: ordering by document would visit the rows through
    /// the document index, every row of every metric, once for each part.
    /// </summary>
    public IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics)
    {
        var names = metrics.Select((_, i) => $"@m{i}").ToList();
        var claims = Read($"SELECT {ClaimRow.Columns} FROM claims WHERE metric COLLATE NOCASE IN ({string.Join(", ", names)})",
            metrics.Select((m, i) => ($"@m{i}", m))).ToList();
        claims.Sort(static (a, b) =>
        {
            var byDocument = string.CompareOrdinal(a.Document, b.Document);
            if (byDocument != 0) return byDocument;
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
        });
        return claims;
    }

    private IEnumerable<Claim> Read(string sql, IEnumerable<(string Name, string Value)> parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var claimReader = new ClaimReader();
        while (reader.Read()) yield return claimReader.Read(reader);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            DefaultTimeout = 30,
            // Closed when done rather than kept in the pool: the store's own connection then closes last
            // and removes the write-ahead log, which a read-only connection cannot.
            Pooling = false,
        }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
