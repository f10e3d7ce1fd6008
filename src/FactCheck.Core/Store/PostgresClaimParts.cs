using System.Globalization;
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

    public IReadOnlyDictionary<string, int> MetricCounts(IReadOnlyCollection<string>? metrics = null)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(
            $"SELECT min(metric), count(*) FROM claims {(metrics is null ? "" : "WHERE lower(metric) = ANY(@metrics)")} GROUP BY lower(metric)", connection);
        if (metrics is not null)
            command.Parameters.Add(new NpgsqlParameter("metrics", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = metrics.Select(m => m.ToLowerInvariant()).ToArray() });
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        return counts;
    }

    public IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics) =>
        Read($"SELECT {ClaimRow.Columns} FROM claims WHERE lower(metric) = ANY(@metrics) ORDER BY document, start, id",
            metrics.Select(m => m.ToLowerInvariant()).ToArray());

    public IEnumerable<Claim> OfDocuments(IReadOnlyCollection<string> documents) =>
        Read($"SELECT {ClaimRow.Columns} FROM claims WHERE document = ANY(@documents) ORDER BY document, start, id", null,
            ("documents", documents.ToArray()));

    /// <summary>As <see cref="SqliteClaimParts.NearSql"/> reads them, with lower() for SQLite's COLLATE NOCASE.</summary>
    public IEnumerable<Claim> Near(IReadOnlyCollection<DaySpan> spans) =>
        Read($"""
            WITH spans AS (
                SELECT lower(s ->> 0) AS metric, s ->> 1 AS subject, s ->> 2 AS unit, s ->> 3 AS day_from, s ->> 4 AS week_from,
                       s ->> 5 AS month_from, s ->> 6 AS year_from, s ->> 7 AS until, s ->> 8 AS day_dated, s ->> 9 AS placed
                FROM jsonb_array_elements(@spans::jsonb) AS s),
            places AS (
                SELECT lower(p ->> 0) AS metric, p ->> 1 AS subject, p ->> 2 AS unit, p ->> 3 AS place_key
                FROM jsonb_array_elements(@places::jsonb) AS p),
            hits AS (
                SELECT c.document, c.metric, c.subject, c.claimant, c.low FROM spans s
                JOIN claims c ON lower(c.metric) = s.metric AND c.asserted_on BETWEEN s.year_from AND s.until
                WHERE c.subject = s.subject AND c.unit = s.unit
                  AND (c.asserted_on >= s.day_from OR c.as_of_precision = 'week' AND c.asserted_on >= s.week_from
                       OR c.as_of_precision = 'month' AND c.asserted_on >= s.month_from OR c.as_of_precision = 'year')
                  AND NOT (s.day_dated = 'true' AND c.as_of_precision IN ('month', 'year'))
                  AND {AtPlace}
                UNION
                SELECT c.document, c.metric, c.subject, c.claimant, c.low FROM (SELECT DISTINCT metric, subject, unit, placed FROM spans) s
                JOIN claims c ON lower(c.metric) = s.metric AND c.asserted_on IS NULL
                WHERE c.subject = s.subject AND c.unit = s.unit AND {AtPlace})
            SELECT {ClaimRow.ColumnsOf("c")} FROM hits h JOIN claims c ON c.document = h.document AND c.metric = h.metric
                AND c.subject = h.subject AND c.claimant = h.claimant AND c.low = h.low
            ORDER BY c.document, c.start, c.id
            """, null,
            ("spans", System.Text.Json.JsonSerializer.Serialize(spans.Select(s => new[]
            {
                s.Metric, s.Subject, s.Unit, Day(s.From), Day(s.EarliestFirstDay(AsOfPrecision.Week)), Day(s.EarliestFirstDay(AsOfPrecision.Month)),
                Day(s.EarliestFirstDay(AsOfPrecision.Year)), Day(s.To), s.DayDated ? "true" : "false", s.Places is null ? "false" : "true",
            }))), ("places", System.Text.Json.JsonSerializer.Serialize(SqliteClaimParts.PlaceRows(spans))));

    /// <summary>Whether claim c is at one of span s's places, when s has any (see <see cref="DaySpan.PlaceKey"/>).</summary>
    private const string AtPlace = """
        (s.placed = 'false' OR EXISTS (SELECT 1 FROM places p WHERE p.metric = s.metric AND p.subject = s.subject AND p.unit = s.unit
            AND p.place_key = CASE WHEN c.side IS NOT NULL THEN '' ELSE split_part(coalesce(c.place_path, c.location), ' > ', 1) END))
        """;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private IEnumerable<Claim> Read(string sql, string[]? metrics, params (string Name, object Value)[] more)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        if (metrics is not null) command.Parameters.Add(new NpgsqlParameter("metrics", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = metrics });
        foreach (var (name, value) in more)
            command.Parameters.Add(new NpgsqlParameter(name, value is string[] ? NpgsqlDbType.Array | NpgsqlDbType.Text : NpgsqlDbType.Text) { Value = value });
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
