namespace FactCheck.Reports;

/// <summary>The report formats, listed in one place.</summary>
public sealed class ReportWriters(IReadOnlyList<IReportWriter> writers)
{
    public static ReportWriters Default { get; } = new([
        new MarkdownReportWriter(),
        new HtmlReportWriter(),
        new JsonReportWriter(),
        new CsvReportWriter(),
    ]);

    public IReadOnlyList<string> Formats => writers.Select(w => w.Format).ToList();

    public IReportWriter Find(string format) =>
        writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown report format '{format}' (known: {string.Join(", ", Formats)})");
}
