using System.Net;
using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>
/// One self-contained HTML file (no network): a summary, then a section per event, the most severe
/// first, with a chart of every source's figure for that event, its timeline, and each flag with both
/// quotes. No chart mixes events or places. All document text is HTML-encoded.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    public string Format => "html";

    public void Write(Report report, TextWriter output)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>FactCheck discrepancy report</title>");
        output.Write($"<style>{HtmlReportStyle.Css}</style></head><body><main>");
        output.Write("<h1>FactCheck discrepancy report</h1>");
        WriteSummary(report, output);
        foreach (var found in EventFindings.Of(report))
        {
            output.Write($"<section><h2>{Encode(found.Title)}</h2>");
            // One axis per unit: "160 kilometers (100 miles)" is one distance, drawn twice. The strip shows
            // the event's other stored figures too, marked as such; the timeline only the flagged ones.
            var flagged = found.Flags.SelectMany(f => f.Flag.Claims).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var unit in found.Figures.GroupBy(c => c.Unit))
            {
                output.Write(FigureChart.Render(unit.ToList(), flagged));
                output.Write(TimelineChart.Render("Over time", unit.Where(c => flagged.Contains(c.Id)).ToList()));
            }
            foreach (var flag in found.Flags) WriteFlag(flag, output);
            output.Write("</section>");
        }
        if (report.Agreements.Count > 0)
        {
            output.Write("<section><h2>Agreements</h2><ul class=\"agreements\">");
            foreach (var agreement in AgreementGroups.Lines(report)) output.Write($"<li>{Encode(agreement)}</li>");
            output.Write("</ul></section>");
        }
        output.Write("</main></body></html>\n");
    }

    private static void WriteSummary(Report report, TextWriter output)
    {
        var discrepancies = report.Discrepancies;
        output.Write("<div class=\"summary\">");
        Tile(output, report.Summary.Documents.ToString(), "documents");
        Tile(output, report.Summary.Claims.ToString(), "claims");
        foreach (var severity in new[] { Rules.Severity.High, Rules.Severity.Medium, Rules.Severity.Low, Rules.Severity.Info })
            Tile(output, discrepancies.Count(f => f.Flag.Severity == severity).ToString(), severity.ToString().ToLowerInvariant(), "sev-" + severity.ToString().ToLowerInvariant());
        foreach (var verdict in discrepancies.GroupBy(f => f.VerdictLabel).OrderBy(g => g.Key))
            Tile(output, verdict.Count().ToString(), verdict.Key);
        Tile(output, report.Agreements.Count.ToString(), "agreements");
        output.Write("</div>");
    }

    private static void Tile(TextWriter output, string value, string label, string cssClass = "") =>
        output.Write($"<div class=\"tile {cssClass}\"><b>{Encode(value)}</b><span>{Encode(label)}</span></div>");

    private static void WriteFlag(ReportedFlag stored, TextWriter output)
    {
        var flag = stored.Flag;
        var severity = flag.Severity.ToString().ToLowerInvariant();
        output.Write($"<article class=\"flag\" id=\"{Encode(flag.Id)}\"><header><span class=\"badge sev-{severity}\">{severity}</span>");
        output.Write($"<span class=\"message\">{Encode(flag.Message)}</span>");
        output.Write($"<span class=\"verdict\">{Encode(stored.VerdictLabel)}</span></header><div class=\"sides\">");
        foreach (var claim in flag.Claims)
        {
            output.Write("<div class=\"side\">");
            output.Write($"<div class=\"figure\">{Encode(FigureFormatter.Format(claim))}</div>");
            output.Write($"<div class=\"who\">{Encode(claim.ClaimantBody is null ? claim.Claimant : $"{claim.Claimant} ({claim.ClaimantBody})")}");
            output.Write($" · {Encode(claim.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated")}</div>");
            output.Write($"<blockquote>{Highlighted(claim)}</blockquote>");
            output.Write($"<div class=\"doc\">event: {Encode(EventDescription.Of(claim))}</div>");
            output.Write($"<div class=\"doc\">{Encode(claim.Document)}, characters {claim.Start}–{claim.End}</div></div>");
        }
        output.Write($"</div><footer>rule {Encode(flag.RuleId)} · flag {Encode(flag.Id)}</footer></article>");
    }

    /// <summary>The sentence with the figure marked, every piece encoded.</summary>
    internal static string Highlighted(Claim claim)
    {
        var sentence = claim.Sentence;
        var start = Math.Clamp(claim.Start - claim.SentenceStart, 0, sentence.Length);
        var end = Math.Clamp(claim.End - claim.SentenceStart, start, sentence.Length);
        return Encode(sentence[..start]) + "<mark>" + Encode(sentence[start..end]) + "</mark>" + Encode(sentence[end..]);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
