using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Rules;

namespace FactCheck.Reports;

/// <summary>The machine-readable report: {"summary": ..., "flags": [...], "agreements": [...]}.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public void Write(Report report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("summary");
            json.WriteNumber("documents", report.Summary.Documents);
            json.WriteNumber("claims", report.Summary.Claims);
            json.WriteNumber("flags", report.Flags.Count(f => f.Flag.Kind == FindingKind.Discrepancy));
            json.WriteEndObject();
            WriteFlags(json, "flags", report.Flags.Where(f => f.Flag.Kind == FindingKind.Discrepancy));
            WriteFlags(json, "agreements", report.Flags.Where(f => f.Flag.Kind == FindingKind.Agreement));
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WriteFlags(Utf8JsonWriter json, string name, IEnumerable<ReportedFlag> flags)
    {
        json.WriteStartArray(name);
        foreach (var stored in flags.OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Id, StringComparer.Ordinal))
        {
            var flag = stored.Flag;
            json.WriteStartObject();
            json.WriteString("id", flag.Id);
            json.WriteString("rule", flag.RuleId);
            json.WriteString("severity", flag.Severity.ToString().ToLowerInvariant());
            json.WriteString("verdict", stored.Verdict);
            json.WriteBoolean("stale", stored.Stale);
            json.WriteString("message", flag.Message);
            json.WriteStartArray("claims");
            foreach (var claim in flag.Claims) ClaimJson.Write(json, claim);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
