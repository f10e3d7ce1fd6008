namespace FactCheck.Reports;

/// <summary>The report writers by format, in the order the pipeline builder lists them.</summary>
public sealed class ReportWriters(IReadOnlyList<IReportWriter> writers)
{
    public IReadOnlyList<string> Formats => writers.Select(w => w.Format).ToList();

    public IReportWriter Find(string format) =>
        writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown report format '{format}' (known: {string.Join(", ", Formats)})");
}
