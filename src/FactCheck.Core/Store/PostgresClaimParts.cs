using FactCheck.Extraction;
using FactCheck.Rules;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// A PostgreSQL database's claims read in parts for a check, each read on a connection of its own:
/// the check stores its run through the store's connection while it reads, and never holds every
/// claim of a large corpus. Each read is one statement, so it sees one committed state.
/// </summary>
internal sealed class PostgresClaimParts(string connectionString) : IClaimParts
{
    public IEnumerable<Claim> All() => Read($"SELECT {ClaimRow.Columns} FROM claims ORDER BY document, start, id", null);

    public IReadOnlyDictionary<string, int> MetricCounts()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT min(metric), count(*) FROM claims GROUP BY lower(metric)", connection);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        return counts;
    }

    public IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics) =>
        Read($"SELECT {ClaimRow.Columns} FROM claims WHERE lower(metric) = ANY(@metrics) ORDER BY document, start, id",
            metrics.Select(m => m.ToLowerInvariant()).ToArray());

    private IEnumerable<Claim> Read(string sql, string[]? metrics)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        if (metrics is not null) command.Parameters.Add(new NpgsqlParameter("metrics", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = metrics });
        using var reader = command.ExecuteReader();
        var claimReader = new ClaimReader();
        while (reader.Read()) yield return claimReader.Read(reader);
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
