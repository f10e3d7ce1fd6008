using FactCheck.Review;

namespace FactCheck.Store;

/// <summary>
/// The reviewers' decisions, an append-only audit trail keyed by flag id: never changed, never
/// deleted, kept whatever happens to documents and check runs.
/// </summary>
public interface IVerdictLog
{
    /// <summary>Appends a decision; earlier ones stay. A verdict outside <see cref="Verdicts.IsRecordable"/> is refused with an <see cref="ArgumentException"/>.</summary>
    void RecordVerdict(VerdictEntry entry);

    /// <summary>The audit trail, oldest first, of one flag id or of all.</summary>
    IReadOnlyList<VerdictEntry> VerdictHistory(string? flagId = null);

    /// <summary>The audit trail of a flag including verdicts on its earlier figures (same lineage), oldest first.</summary>
    IReadOnlyList<VerdictEntry> VerdictHistory(Rules.Flag flag);
}
