using System.Globalization;
using FactCheck.Extraction;

namespace FactCheck.Store;

/// <summary>A claim as stored: nullable where SQL needs it (an unbounded high is NULL), dates as ISO text.</summary>
internal sealed class ClaimRow
{
    public string id { get; set; } = "";
    public string document { get; set; } = "";
    public string metric { get; set; } = "";
    public string subject { get; set; } = "";
    public string? side { get; set; }
    public double low { get; set; }
    public double? high { get; set; }
    public string qualifier { get; set; } = "";
    public string unit { get; set; } = "";
    public string claimant { get; set; } = "";
    public string? claimant_body { get; set; }
    public string? asserted_on { get; set; }
    public string? period { get; set; }
    public string? location { get; set; }
    public string modality { get; set; } = "";
    public long start { get; set; }
    public long end { get; set; }
    public long sentence_start { get; set; }
    public long sentence_end { get; set; }
    public string sentence { get; set; } = "";
    public long occurrence { get; set; }
    public string as_of_precision { get; set; } = AsOfPrecision.Unknown;
    public string? as_of_text { get; set; }
    public string as_of_from { get; set; } = Provenance.None;
    public string? as_of_span { get; set; }
    public string? location_precision { get; set; }
    public string? location_from { get; set; }
    public string? location_span { get; set; }
    public string? claimant_span { get; set; }
    public string? place_path { get; set; }
    public string? event_kind { get; set; }
    public string? event_from { get; set; }
    public long running_total { get; set; }
    public long part_of_group { get; set; }
    public string? reported_on { get; set; }
    public string? publisher { get; set; }
    public string? measured_from { get; set; }

    public const string Columns =
        "id, document, metric, subject, side, low, high, qualifier, unit, claimant, claimant_body, asserted_on, " +
        "period, location, modality, start, \"end\", sentence_start, sentence_end, sentence, occurrence, " +
        "as_of_precision, as_of_text, as_of_from, as_of_span, location_precision, location_from, location_span, claimant_span, " +
        "place_path, event_kind, event_from, running_total, part_of_group, reported_on, publisher, measured_from";

    /// <summary>The columns of a table named <paramref name="alias"/> in a join.</summary>
    public static string ColumnsOf(string alias) => string.Join(", ", Columns.Split(", ").Select(column => $"{alias}.{column}"));

    public const string Parameters =
        "@id, @document, @metric, @subject, @side, @low, @high, @qualifier, @unit, @claimant, @claimant_body, @asserted_on, " +
        "@period, @location, @modality, @start, @end, @sentence_start, @sentence_end, @sentence, @occurrence, " +
        "@as_of_precision, @as_of_text, @as_of_from, @as_of_span, @location_precision, @location_from, @location_span, @claimant_span, " +
        "@place_path, @event_kind, @event_from, @running_total, @part_of_group, @reported_on, @publisher, @measured_from";

    public static readonly string[] ParameterNames = Parameters.Split(", ").Select(p => p.TrimStart('@')).ToArray();

    /// <summary>A claim's column values in <see cref="Columns"/> order, as <see cref="From"/> maps them.</summary>
    public static object?[] Values(Claim claim)
    {
        var row = From(claim);
        return
        [
            row.id, row.document, row.metric, row.subject, row.side, row.low, row.high, row.qualifier, row.unit, row.claimant,
            row.claimant_body, row.asserted_on, row.period, row.location, row.modality, row.start, row.end,
            row.sentence_start, row.sentence_end, row.sentence, row.occurrence,
            row.as_of_precision, row.as_of_text, row.as_of_from, row.as_of_span, row.location_precision, row.location_from,
            row.location_span, row.claimant_span, row.place_path, row.event_kind, row.event_from, row.running_total,
            row.part_of_group, row.reported_on, row.publisher, row.measured_from,
        ];
    }

    public static ClaimRow From(Claim claim) => new()
    {
        id = claim.Id, document = claim.Document, metric = claim.Metric, subject = claim.Subject, side = claim.Side,
        low = claim.Low, high = claim.IsUnbounded ? null : claim.High, qualifier = claim.Qualifier, unit = claim.Unit,
        claimant = claim.Claimant, claimant_body = claim.ClaimantBody,
        asserted_on = claim.AssertedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        period = claim.Period, location = claim.Location, modality = claim.Modality.ToString(),
        start = claim.Start, end = claim.End, sentence_start = claim.SentenceStart, sentence_end = claim.SentenceEnd,
        sentence = claim.Sentence, occurrence = claim.Occurrence,
        as_of_precision = claim.AsOfPrecision, as_of_text = claim.AsOfText, as_of_from = claim.AsOfFrom, as_of_span = Format(claim.AsOfSpan),
        location_precision = claim.LocationPrecision, location_from = claim.LocationFrom, location_span = Format(claim.LocationSpan),
        claimant_span = Format(claim.ClaimantSpan),
        place_path = claim.PlacePath, event_kind = claim.Event, event_from = claim.EventFrom, running_total = claim.RunningTotal ? 1 : 0,
        part_of_group = claim.PartOfGroup ? 1 : 0,
        reported_on = claim.ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        publisher = claim.Publisher, measured_from = claim.MeasuredFrom,
    };

    /// <summary>A span as "start-end", the way it is stored.</summary>
    public static string? Format(TextSpan? span) =>
        span is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}") : null;

    public static TextSpan? ParseSpan(string? stored)
    {
        if (stored is null) return null;
        var dash = stored.IndexOf('-');
        return new TextSpan(int.Parse(stored.AsSpan(0, dash), CultureInfo.InvariantCulture), int.Parse(stored.AsSpan(dash + 1), CultureInfo.InvariantCulture));
    }
}
