using System.Text.Json;
using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>A claim as the JSON contract other tools read: used by the report and by `claims --json`.</summary>
public static class ClaimJson
{
    public static void Write(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("id", claim.Id);
        json.WriteString("document", claim.Document);
        json.WriteString("source", claim.Claimant);
        if (claim.ClaimantBody is not null) json.WriteString("source_body", claim.ClaimantBody);
        WriteNullable(json, "publisher", claim.Publisher);
        json.WriteString("metric", claim.Metric);
        json.WriteString("subject", claim.Subject);
        WriteNullable(json, "side", claim.Side);
        WriteNumber(json, "low", claim.Low);
        if (claim.IsUnbounded) json.WriteNull("high");
        else WriteNumber(json, "high", claim.High);
        json.WriteString("qualifier", claim.Qualifier);
        json.WriteString("unit", claim.Unit);
        WriteNullable(json, "date", claim.AssertedOn?.ToString("yyyy-MM-dd"));
        json.WriteString("date_precision", claim.AsOfPrecision);
        WriteNullable(json, "reported_on", claim.ReportedOn?.ToString("yyyy-MM-dd"));
        json.WriteString("date_from", claim.AsOfFrom);
        WriteNullable(json, "date_text", claim.AsOfText);
        WriteNullable(json, "period", claim.Period);
        WriteNullable(json, "location", claim.Location);
        WriteNullable(json, "location_precision", claim.LocationPrecision);
        WriteNullable(json, "location_from", claim.LocationFrom);
        WriteNullable(json, "place_path", claim.PlacePath);
        WriteNullable(json, "measured_from", claim.MeasuredFrom);
        WriteNullable(json, "event", claim.Event);
        WriteNullable(json, "event_from", claim.EventFrom);
        json.WriteBoolean("running_total", claim.RunningTotal);
        json.WriteBoolean("part_of_group", claim.PartOfGroup);
        json.WriteString("modality", claim.Modality.ToString().ToLowerInvariant());
        json.WriteString("text", claim.Sentence);
        json.WriteNumber("start", claim.Start);
        json.WriteNumber("end", claim.End);
        json.WriteEndObject();
    }

    public static void WriteAll(Stream output, IEnumerable<Claim> claims)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var claim in claims) Write(json, claim);
        json.WriteEndArray();
    }

    /// <summary>Whole numbers as integers, so 7000 is not written 7000.0.</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 9e15) json.WriteNumber(name, (long)value);
        else json.WriteNumber(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
