using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>
/// A report to paste into a memo: a section per event, the most severe first, with a table of every
/// source's figure for it over time, then each flag with both figures and quotes.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "md";

    public void Write(Report report, TextWriter output)
    {
        output.WriteLine("# FactCheck discrepancy report");
        output.WriteLine();
        output.WriteLine($"{report.Summary.Documents} documents · {report.Summary.Claims} claims · {report.SeverityLine()} · {report.Agreements.Count} agreements");
        foreach (var found in EventFindings.Of(report))
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(found.Title)}");
            WriteFigures(output, found.Figures);
            foreach (var flag in found.Flags) WriteFlag(output, flag);
        }
        if (report.Agreements.Count == 0) return;
        output.WriteLine();
        output.WriteLine("## Agreements");
        output.WriteLine();
        foreach (var agreement in AgreementGroups.Lines(report))
            output.WriteLine($"- {Escape(agreement)}");
    }

    /// <summary>Every source's figure for the event in date order, as UCDP and ACLED keep them: low, best, high.</summary>
    private static void WriteFigures(TextWriter output, IReadOnlyList<Claim> figures)
    {
        output.WriteLine();
        output.WriteLine("| Date | Source | Figure | Low | High | Document |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var claim in figures.OrderBy(c => c.AssertedOn ?? DateOnly.MaxValue).ThenBy(c => c.Claimant, StringComparer.Ordinal))
            output.WriteLine($"| {claim.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated"} | {Cell(Source(claim))} | {Cell(FigureFormatter.Format(claim))} | "
                             + $"{FigureFormatter.Number(claim.Low)} | {(claim.IsUnbounded ? "open" : FigureFormatter.Number(claim.High))} | {Cell(claim.Document)} |");
    }

    private static void WriteFlag(TextWriter output, ReportedFlag stored)
    {
        var flag = stored.Flag;
        output.WriteLine();
        output.WriteLine($"### {flag.Severity.ToString().ToUpperInvariant()}: {Escape(flag.Message)}");
        output.WriteLine();
        output.WriteLine($"Verdict: {stored.VerdictLabel} · rule `{flag.RuleId}` · flag `{flag.Id}`");
        output.WriteLine();
        output.WriteLine("| | Figure | Source | Date | Document |");
        output.WriteLine("|---|---|---|---|---|");
        var label = 'A';
        foreach (var claim in flag.Claims)
            output.WriteLine($"| {label++} | {Cell(FigureFormatter.Format(claim))} | {Cell(Source(claim))} | {claim.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated"} | {Cell(claim.Document)} |");
        output.WriteLine();
        label = 'A';
        foreach (var claim in flag.Claims)
            output.WriteLine($"> **{label++}** ({Escape(Source(claim))}): “{Escape(claim.Sentence.Trim())}”\n>");
        // Why the two are taken for one event: what happened, where and when, as read for each.
        label = 'A';
        foreach (var claim in flag.Claims)
            output.WriteLine($"- **{label++}** event: {Escape(EventDescription.Of(claim))}");
        output.WriteLine();
    }

    private static string Source(Claim claim) => claim.ClaimantBody is null ? claim.Claimant : $"{claim.Claimant} ({claim.ClaimantBody})";

    private static string Cell(string text) => Escape(text).Replace("|", "\\|");

    /// <summary>Backslash-escapes the characters Markdown would read as markup, so quotes stay quotes.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') builder.Append('\\');
            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return builder.ToString();
    }
}
