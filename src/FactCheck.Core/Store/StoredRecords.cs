using FactCheck.Ingestion;

namespace FactCheck.Store;

/// <summary>
/// What a stored flag's reviewers have decided; "unreviewed" until someone does. A stale verdict was
/// recorded on earlier figures of the same flag (its claims changed since), so it needs a fresh look.
/// </summary>
public sealed record StoredFlag(Rules.Flag Flag, string Verdict, bool Stale = false)
{
    public string VerdictLabel => Stale ? $"{Verdict} (stale)" : Verdict;

    /// <summary>Decided, and on the figures shown.</summary>
    public bool IsDecided => !Stale && Verdict != Review.Verdicts.Unreviewed;
}

public sealed record StoredDocument(string Path, string ContentHash, string Title, DateOnly? Published, DateSource DateSource, string? Publisher, int ClaimCount, string? Url = null);

/// <param name="Flags">The flags of the latest complete check run.</param>
public sealed record StoreSummary(int Documents, int Claims, int Flags);

/// <summary>A claimant known to the lexicon, with the names it goes by.</summary>
public sealed record Source(string Name, string? Family, IReadOnlyList<string> Aliases);

/// <summary>Filters for listing claims; null means any.</summary>
public sealed record ClaimQuery(string? Document = null, string? Metric = null, string? Claimant = null);

public enum IngestOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>Which text a stored document holds and which extractor read it.</summary>
public readonly record struct DocumentVersion(string ContentHash, string? ExtractedWith, string? FileStamp = null)
{
    /// <summary>The stored claims are what this extractor would find in this text.</summary>
    public bool Holds(string contentHash, string extractedWith) => ContentHash == contentHash && ExtractedWith == extractedWith;

    /// <summary>The file is untouched since this extractor read it, so its text need not be read again.</summary>
    public bool Untouched(string fileStamp, string extractedWith) => FileStamp == fileStamp && ExtractedWith == extractedWith;
}

/// <summary>What a check says about itself when it saves its findings as a run.</summary>
/// <param name="Fingerprint">What the check ran over (rules and claims); null when it was incomplete, so the next check runs again.</param>
/// <param name="StartedAt">When the check began reading claims: of two runs, the one that started later read the newer claims.</param>
/// <param name="RanBy">Who ran it (the login name).</param>
/// <param name="RulesFingerprint">The rules it ran; a later check of the same rules may add to its findings rather than start over.</param>
/// <param name="Documents">The store's documents (<see cref="IDocumentStore.DocumentsState"/>) read before it read any claim: every document written up to its version was checked.</param>
public sealed record CheckRun(string? Fingerprint, DateTimeOffset StartedAt, string RanBy, string? RulesFingerprint = null, DocumentsState? Documents = null);

/// <summary>A complete check run as stored, numbered by the store.</summary>
public sealed record StoredCheckRun(long Id, string? Fingerprint, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string RanBy, int Flags,
    string? RulesFingerprint = null, DocumentsState? Documents = null);

/// <summary>
/// How many documents are stored, and a version that grows by one with every document written
/// (added or replaced) or removed, read at one moment: from two of them, whether documents were only
/// added in between.
/// </summary>
public sealed record DocumentsState(long Version, int Count)
{
    /// <summary>
    /// Whether <paramref name="written"/> documents, all the writes since <paramref name="earlier"/>,
    /// were all added: as many writes as documents written, and as many more documents. (A
    /// replacement or removal would count a write without a new document.)
    /// </summary>
    public bool OnlyAddedSince(DocumentsState earlier, int written) => Version - earlier.Version == written && Count - earlier.Count == written;
}

/// <summary>
/// The flags a check of changed documents keeps from an earlier run: those of these rules, except
/// the ones with a claim of a changed document or a claim no longer stored (its document was
/// rewritten or removed). The store copies them itself; they never pass through the check.
/// </summary>
/// <param name="OnlyAdded">The changed documents were all added (none replaced or removed): every flag of these rules stands.</param>
public sealed record CarriedFlags(long FromRun, IReadOnlyCollection<string> ChangedDocuments, IReadOnlyCollection<string> RuleIds, bool OnlyAdded = false);

/// <summary>
/// The run a check meant to carry flags from was removed by later checks (only the few latest are
/// kept) before the check stored its own: the check must check every claim instead.
/// </summary>
public sealed class CarriedRunRemovedException(long run)
    : InvalidOperationException($"check run {run}, whose findings this check was to carry over, was removed by later checks");
