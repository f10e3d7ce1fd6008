namespace FactCheck.Review;

/// <summary>
/// One decision about a flag, as recorded: never changed, never deleted; the latest counts.
/// The lineage ties it to later versions of the same flag whose figures changed.
/// </summary>
public sealed record VerdictEntry(string FlagId, string Verdict, string? Note, string Reviewer, DateTimeOffset RecordedAt, string? Lineage = null);

/// <summary>The decisions a reviewer can record about a flagged pair.</summary>
public static class Verdicts
{
    public const string Unreviewed = "unreviewed";

    /// <summary>Confirmed discrepancy, false alarm, explained (dates, scope, ...), or needs follow-up.</summary>
    public static readonly IReadOnlyList<string> Known = ["confirmed", "dismissed", "explained", "follow-up"];

    /// <summary>Every decision a record can hold: the four, or back to unreviewed after an undo.</summary>
    public static bool IsRecordable(string verdict) => verdict == Unreviewed || IsKnown(verdict);

    public static bool IsKnown(string verdict) => Known.Contains(verdict, StringComparer.Ordinal);
}
