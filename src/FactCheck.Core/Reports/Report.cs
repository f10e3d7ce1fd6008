using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Reports;

/// <summary>Everything a report shows, gathered once from the store and written in any format.</summary>
/// <param name="Context">
/// Every stored figure counting the same thing as a flagged one (same metric, subject and side),
/// flagged or not, so a chart can show how the count moved over time.
/// </param>
public sealed record Report(StoreSummary Summary, IReadOnlyList<StoredDocument> Documents, IReadOnlyList<StoredFlag> Flags,
    IReadOnlyList<Extraction.Claim>? Context = null)
{
    public IReadOnlyList<StoredFlag> Discrepancies => Flags.Where(f => f.Flag.Kind == FindingKind.Discrepancy)
        .OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<StoredFlag> Agreements => Flags.Where(f => f.Flag.Kind == FindingKind.Agreement)
        .OrderBy(f => f.Flag.Id, StringComparer.Ordinal).ToList();

    /// <summary>"12 discrepancies (2 high, 10 medium)".</summary>
    public string SeverityLine() => FindingTally.Of(Flags.Select(f => f.Flag)).SeverityLine();
}

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The --format name: md, html, json, csv.</summary>
    string Format { get; }
    void Write(Report report, TextWriter output);
}
