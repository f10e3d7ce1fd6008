namespace FactCheck.Review;

/// <summary>One decision about a flag, as recorded: never changed, never deleted; the latest counts.</summary>
public sealed record VerdictEntry(string FlagId, string Verdict, string? Note, string Reviewer, DateTimeOffset RecordedAt);

/// <summary>The decisions a reviewer can record about a flagged pair.</summary>
public static class Verdicts
{
    public const string Unreviewed = "unreviewed";

    /// <summary>Confirmed discrepancy, false alarm, explained (dates, scope, ...), or needs follow-up.</summary>
    public static readonly IReadOnlyList<string> Known = ["confirmed", "dismissed", "explained", "follow-up"];

    public static bool IsKnown(string verdict) => Known.Contains(verdict, StringComparer.Ordinal);
}
