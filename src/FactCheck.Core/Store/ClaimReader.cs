using System.Data.Common;
using System.Globalization;
using FactCheck.Extraction;

namespace FactCheck.Store;

/// <summary>
/// Turns rows selecting <see cref="ClaimRow.Columns"/> into claims, read by position (mapping each
/// column by name cost more than the query). A check holds every claim at once, so a repeated value
/// (metric, claimant, place, the document and sentence shared by neighbouring claims) is kept once.
/// </summary>
internal sealed class ClaimReader
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private string _document = "";
    private string _sentence = "";

    public Claim Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        Document = _document = SameAs(_document, row.GetString(1)),
        Metric = Pooled(row, 2)!, Subject = Pooled(row, 3)!, Side = Pooled(row, 4),
        Low = row.GetDouble(5), High = row.IsDBNull(6) ? double.PositiveInfinity : row.GetDouble(6),
        Qualifier = Pooled(row, 7)!, Unit = Pooled(row, 8)!,
        Claimant = Pooled(row, 9)!, ClaimantBody = Pooled(row, 10),
        AssertedOn = row.IsDBNull(11) ? null : DateOnly.ParseExact(row.GetString(11), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Period = Pooled(row, 12), Location = Pooled(row, 13), Modality = Enum.Parse<Modality>(row.GetString(14)),
        Start = (int)row.GetInt64(15), End = (int)row.GetInt64(16),
        SentenceStart = (int)row.GetInt64(17), SentenceEnd = (int)row.GetInt64(18),
        Sentence = _sentence = SameAs(_sentence, row.GetString(19)), Occurrence = (int)row.GetInt64(20),
        AsOfPrecision = Pooled(row, 21)!, AsOfText = Pooled(row, 22), AsOfFrom = Pooled(row, 23)!,
        AsOfSpan = Span(row, 24), LocationPrecision = Pooled(row, 25), LocationFrom = Pooled(row, 26),
        LocationSpan = Span(row, 27), ClaimantSpan = Span(row, 28),
        PlacePath = Pooled(row, 29), Event = Pooled(row, 30), EventFrom = Pooled(row, 31), RunningTotal = row.GetInt64(32) != 0,
        PartOfGroup = row.GetInt64(33) != 0,
        ReportedOn = row.IsDBNull(34) ? null : DateOnly.ParseExact(row.GetString(34), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Publisher = Pooled(row, 35), MeasuredFrom = Pooled(row, 36),
    };

    /// <summary>The claims with these ids, a few hundred ids to a query (SQLite caps a statement's parameters).</summary>
    public static List<Claim> ByIds(DbConnection connection, IReadOnlyCollection<string> ids)
    {
        var claims = new List<Claim>();
        var claimReader = new ClaimReader();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {ClaimRow.Columns} FROM claims WHERE id IN {SqlList.Add(command, "c", chunk)}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) claims.Add(claimReader.Read(reader));
        }
        return claims;
    }

    private static TextSpan? Span(DbDataReader row, int column) => row.IsDBNull(column) ? null : ClaimRow.ParseSpan(row.GetString(column));

    private string? Pooled(DbDataReader row, int column)
    {
        if (row.IsDBNull(column)) return null;
        var value = row.GetString(column);
        if (_values.TryGetValue(value, out var pooled)) return pooled;
        _values[value] = value;
        return value;
    }

    private static string SameAs(string previous, string value) => previous == value ? previous : value;
}
