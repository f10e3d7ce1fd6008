using FactCheck.Store;

namespace FactCheck.Reports;

/// <summary>Everything a report shows, gathered once from the store and written in any format.</summary>
public sealed record Report(StoreSummary Summary, IReadOnlyList<StoredDocument> Documents, IReadOnlyList<StoredFlag> Flags);

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    /// <summary>The --format name: md, html, json, csv.</summary>
    string Format { get; }
    void Write(Report report, TextWriter output);
}
