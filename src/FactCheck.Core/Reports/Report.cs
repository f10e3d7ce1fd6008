using FactCheck.Rules;

namespace FactCheck.Reports;

/// <summary>Everything a report shows, gathered once (see Pipeline.ReportBuilder) and written in any format.</summary>
/// <param name="Context">
/// Every stored figure counting the same thing as a flagged one (same metric, subject and side),
/// flagged or not, so a chart can show how the count moved over time.
/// </param>
public sealed record Report(ReportSummary Summary, IReadOnlyList<ReportedFlag> Flags, IReadOnlyList<Extraction.Claim>? Context = null)
{
    public IReadOnlyList<ReportedFlag> Discrepancies => Flags.Where(f => f.Flag.Kind == FindingKind.Discrepancy)
        .OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<ReportedFlag> Agreements => Flags.Where(f => f.Flag.Kind == FindingKind.Agreement)
        .OrderBy(f => f.Flag.Id, StringComparer.Ordinal).ToList();

    /// <summary>"12 discrepancies (2 high, 10 medium)".</summary>
    public string SeverityLine() => FindingTally.Of(Flags.Select(f => f.Flag)).SeverityLine();
}

/// <summary>How much a report covers: the documents and claims checked.</summary>
public sealed record ReportSummary(int Documents, int Claims);

/// <summary>
/// A flag as a report shows it, with what its reviewers decided ("unreviewed" until someone does). A
/// stale verdict was recorded on earlier figures of the same flag, so it is labelled as such.
/// </summary>
public sealed record ReportedFlag(Flag Flag, string Verdict, bool Stale = false)
{
    public string VerdictLabel => Stale ? $"{Verdict} (stale)" : Verdict;
}

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The --format name: md, html, json, csv.</summary>
    string Format { get; }
    void Write(Report report, TextWriter output);
}
