namespace FactCheck.Tests.Architecture;

/// <summary>
/// Who may depend on whom inside FactCheck.Core: the table docs/architecture.md shows. A row's
/// namespace covers its sub-namespaces unless a longer row does; "X.*" covers X's sub-namespaces
/// only (the Rules kinds, apart from the Rules base). A row may use the rows it lists ("*": all);
/// namespaces under one row may use one another (only the cycle check applies between them).
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
    private const string Everything = "*";

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
        (Reports, [Rules, Extraction, Ingestion, Diagnostics]),
        (Review, [Reports, Rules, Extraction, Ingestion, Diagnostics]),
        (Store, [Review, Rules, Extraction, Ingestion, Diagnostics]),
        ("FactCheck.Pipeline", [Everything]),
    ];

    /// <summary>The row governing a namespace: the longest that covers it; null when none does.</summary>
    public static string? RowOf(string ns) =>
        Table.Select(r => r.Namespace).Where(row => Covers(row, ns)).MaxBy(row => row.Length);

    /// <summary>Whether a namespace may use another: both under one row, or the other's row listed in the first's.</summary>
    public static bool Allows(string from, string to)
    {
        var (fromRow, toRow) = (RowOf(from), RowOf(to));
        if (fromRow is null || toRow is null) return false;
        if (fromRow == toRow) return true;
        var mayUse = Table.Single(r => r.Namespace == fromRow).MayDependOn;
        return mayUse.Contains(Everything) || mayUse.Contains(toRow);
    }

    private static bool Covers(string row, string ns) =>
        row.EndsWith(".*", StringComparison.Ordinal)
            ? ns.StartsWith(row[..^1], StringComparison.Ordinal)
            : ns == row || ns.StartsWith(row + ".", StringComparison.Ordinal);
}
