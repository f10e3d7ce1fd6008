using System.Globalization;
using System.Text.Json;
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

    /// <summary>Of a few metrics, through the metric index: counting every metric reads the whole index (0.03 s at 100k documents).</summary>
    public IReadOnlyDictionary<string, int> MetricCounts(IReadOnlyCollection<string>? metrics = null)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        var only = metrics is null ? "" : $"WHERE metric COLLATE NOCASE IN {SqlList.Add(command, "m", metrics.ToList())}";
        command.CommandText = $"SELECT metric, count(*) FROM claims {only} GROUP BY metric COLLATE NOCASE";
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
        return InDocumentOrder(Read($"SELECT {ClaimRow.Columns} FROM claims WHERE metric COLLATE NOCASE IN ({string.Join(", ", names)})",
            metrics.Select((m, i) => ($"@m{i}", m))));
    }

    /// <summary>By document, then position, then id: the order every read of claims gives.</summary>
    private static List<Claim> InDocumentOrder(IEnumerable<Claim> read)
    {
        var claims = read.ToList();
        claims.Sort(static (a, b) =>
        {
            var byDocument = string.CompareOrdinal(a.Document, b.Document);
            if (byDocument != 0) return byDocument;
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
        });
        return claims;
    }

    public IEnumerable<Claim> OfDocuments(IReadOnlyCollection<string> documents) =>
        Read($"SELECT {ClaimRow.Columns} FROM claims WHERE document IN (SELECT value FROM json_each(@documents)) ORDER BY document, start, id",
            [("@documents", JsonSerializer.Serialize(documents))]);

    /// <summary>Sorted here, as <see cref="OfMetrics"/> is: sorting whole rows in the query took longer.</summary>
    public IEnumerable<Claim> Near(IReadOnlyCollection<DaySpan> spans) =>
        InDocumentOrder(Read(string.Format(CultureInfo.InvariantCulture, NearSql, $"SELECT {ClaimRow.ColumnsOf("c")}"),
            [("@spans", JsonSerializer.Serialize(spans.Select(SpanRow))), ("@places", JsonSerializer.Serialize(PlaceRows(spans)))]));

    /// <summary>
    /// The claims meeting a span are found through the metric and date index (from the earliest first
    /// day any precision allows, then by their own), their repeats through the document index. A span
    /// with places (placed = 'true') meets only claims whose place key (<see cref="DaySpan.PlaceKey"/>, as
    /// <see cref="PlaceKeySql"/> computes it) is one of its kind's, looked up in places. {0}: the columns.
    /// </summary>
    internal const string NearSql = $$"""
        WITH spans AS (
            SELECT json_extract(value, '$[0]') AS metric, json_extract(value, '$[1]') AS subject, json_extract(value, '$[2]') AS unit,
                   json_extract(value, '$[3]') AS day_from, json_extract(value, '$[4]') AS week_from,
                   json_extract(value, '$[5]') AS month_from, json_extract(value, '$[6]') AS year_from, json_extract(value, '$[7]') AS until,
                   json_extract(value, '$[8]') AS day_dated, json_extract(value, '$[9]') AS placed
            FROM json_each(@spans)),
        places AS MATERIALIZED (
            SELECT json_extract(value, '$[0]') AS metric, json_extract(value, '$[1]') AS subject, json_extract(value, '$[2]') AS unit,
                   json_extract(value, '$[3]') AS place_key
            FROM json_each(@places)),
        hits AS (
            SELECT c.document, c.metric, c.subject, c.claimant, c.low FROM spans s
            JOIN claims c ON c.metric COLLATE NOCASE = s.metric AND c.asserted_on BETWEEN s.year_from AND s.until
            WHERE c.subject = s.subject AND c.unit = s.unit
              AND (c.asserted_on >= s.day_from OR c.as_of_precision = 'week' AND c.asserted_on >= s.week_from
                   OR c.as_of_precision = 'month' AND c.asserted_on >= s.month_from OR c.as_of_precision = 'year')
              AND NOT (s.day_dated = 'true' AND c.as_of_precision IN ('month', 'year'))
              AND {{AtPlace}}
            UNION
            SELECT c.document, c.metric, c.subject, c.claimant, c.low FROM (SELECT DISTINCT metric, subject, unit, placed FROM spans) s
            JOIN claims c ON c.metric COLLATE NOCASE = s.metric AND c.asserted_on IS NULL
            WHERE c.subject = s.subject AND c.unit = s.unit AND {{AtPlace}})
        {0} FROM hits h JOIN claims c ON c.document = h.document AND c.metric = h.metric AND c.subject = h.subject
            AND c.claimant = h.claimant AND c.low = h.low
        """;

    /// <summary>Whether claim c is at one of span s's places, when s has any (an automatic index serves the look-up).</summary>
    private const string AtPlace = $"""
        (s.placed = 'false' OR EXISTS (SELECT 1 FROM places p WHERE p.metric = s.metric AND p.subject = s.subject AND p.unit = s.unit
                                       AND p.place_key = {PlaceKeySql}))
        """;

    /// <summary><see cref="DaySpan.PlaceKey"/> of claim c: '' when it gives a side, else the first place of its lineage (or the place it names).</summary>
    private const string PlaceKeySql = """
        CASE WHEN c.side IS NOT NULL THEN ''
             WHEN instr(coalesce(c.place_path, c.location), ' > ') > 0
             THEN substr(coalesce(c.place_path, c.location), 1, instr(coalesce(c.place_path, c.location), ' > ') - 1)
             ELSE coalesce(c.place_path, c.location) END
        """;

    /// <summary>A span as the query reads it: metric, subject, unit, the earliest first day by precision (day, week, month, year), last day, day-dated, placed.</summary>
    private static string[] SpanRow(DaySpan span) =>
    [
        span.Metric, span.Subject, span.Unit, Day(span.From), Day(span.EarliestFirstDay(AsOfPrecision.Week)), Day(span.EarliestFirstDay(AsOfPrecision.Month)),
        Day(span.EarliestFirstDay(AsOfPrecision.Year)), Day(span.To), span.DayDated ? "true" : "false", span.Places is null ? "false" : "true",
    ];

    /// <summary>Each span's places as the query reads them: metric, subject, unit, place key; once for each.</summary>
    internal static IEnumerable<string[]> PlaceRows(IEnumerable<DaySpan> spans) =>
        spans.Where(s => s.Places is not null).SelectMany(s => s.Places!.Select(place => (s.Metric, s.Subject, s.Unit, place))).Distinct()
            .Select(row => new[] { row.Metric, row.Subject, row.Unit, row.place });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
