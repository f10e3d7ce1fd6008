namespace FactCheck.Tests.Architecture;

/// <summary>
/// Who may depend on whom inside FactCheck.Core: the table docs/architecture.md shows. A row's
/// namespace covers its sub-namespaces unless a longer row does; "X.*" covers X's sub-namespaces
/// only (the Rules kinds, apart from the Rules base). An allowed entry covers its sub-namespaces.
/// Namespaces under one row may use one another (only the cycle check applies between them).
/// </summary>
internal static class Layering
{
    private const string Diagnostics = "FactCheck.Diagnostics";
    private const string Ingestion = "FactCheck.Ingestion";
    private const string Extraction = "FactCheck.Extraction";
    private const string Rules = "FactCheck.Rules";
    private const string Store = "FactCheck.Store";
    private const string Reports = "FactCheck.Reports";
    private const string Review = "FactCheck.Review";

    public static readonly IReadOnlyList<(string Namespace, string[] MayDependOn)> Table =
    [
        (Diagnostics, []),
        (Ingestion, [Diagnostics]),
        (Extraction, [Ingestion, Diagnostics]),
        ("FactCheck.Extraction.Quotes", [Extraction, Ingestion, Diagnostics]),
        ("FactCheck.Extraction.Events", [Extraction, Ingestion, Diagnostics]),
        ("FactCheck.Extraction.Extractor", [Extraction, "FactCheck.Extraction.Quotes", "FactCheck.Extraction.Events", Ingestion, Diagnostics]),
        ("FactCheck.Extraction.Evaluation", [Extraction, Ingestion, Diagnostics]),
        (Rules, [Extraction, Ingestion, Diagnostics]),
        ("FactCheck.Rules.*", [Rules, Extraction, Ingestion, Diagnostics]),
        (Store, [Rules, Extraction, Ingestion, Diagnostics]),
        (Reports, [Store, Rules, Extraction, Ingestion, Diagnostics]),
        (Review, [Store, Rules, Extraction, Ingestion, Diagnostics]),
        ("FactCheck.Pipeline", [Reports, Review, Store, Rules, Extraction, Ingestion, Diagnostics]),
    ];

    /// <summary>The row governing a namespace: the longest that covers it; null when none does.</summary>
    public static string? RowOf(string ns) =>
        Table.Select(r => r.Namespace).Where(row => Covers(row, ns)).MaxBy(row => row.Length);

    /// <summary>Whether a namespace may use another: both under one row, or the other under an allowed entry.</summary>
    public static bool Allows(string from, string to)
    {
        var row = RowOf(from);
        if (row is null) return false;
        if (row == RowOf(to)) return true;
        return Table.Single(r => r.Namespace == row).MayDependOn.Any(allowed => allowed == to || to.StartsWith(allowed + ".", StringComparison.Ordinal));
    }

    private static bool Covers(string row, string ns) =>
        row.EndsWith(".*", StringComparison.Ordinal)
            ? ns.StartsWith(row[..^1], StringComparison.Ordinal)
            : ns == row || ns.StartsWith(row + ".", StringComparison.Ordinal);
}
