using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>
/// What a stored flag's reviewers have decided; "unreviewed" until someone does. A stale verdict was
/// recorded on earlier figures of the same flag (its claims changed since), so it needs a fresh look.
/// </summary>
public sealed record StoredFlag(Flag Flag, string Verdict, bool Stale = false)
{
    public string VerdictLabel => Stale ? $"{Verdict} (stale)" : Verdict;

    /// <summary>Decided, and on the figures shown.</summary>
    public bool IsDecided => !Stale && Verdict != Review.Verdicts.Unreviewed;
}

public sealed record StoredDocument(string Path, string ContentHash, string Title, DateOnly? Published, DateSource DateSource, string? Publisher, int ClaimCount, string? Url = null);

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

/// <summary>
/// Everything persisted: documents, their claims, claimants, flags and verdicts. Every SQL
/// statement lives behind this interface so another database can stand in.
/// </summary>
public interface IFactStore : IDisposable
{
    /// <summary>True when this path is stored with exactly this content, so ingest can skip it.</summary>
    bool HasDocument(string path, string contentHash);

    /// <summary>Stores a document and its claims atomically, replacing an older version of the same path.</summary>
    /// <summary>
    /// Saves a document with its claims in one transaction, unless the same text was already stored
    /// as extracted by <paramref name="extractedWith"/> (an extractor's fingerprint).
    /// </summary>
    IngestOutcome SaveDocument(Document document, IReadOnlyList<Claim> claims, string? extractedWith = null);

    void SaveSources(IEnumerable<Source> sources);

    /// <summary>
    /// Removes documents with their claims, in one transaction: the next check no longer sees them, so
    /// their flags retire. Verdicts are kept (they are never deleted), and shown as those of retired flags.
    /// </summary>
    void RemoveDocuments(IReadOnlyCollection<string> paths);

    IReadOnlyList<StoredDocument> Documents();

    /// <summary>Each stored document's content hash and extractor fingerprint by path: what an ingest compares to skip unchanged documents.</summary>
    IReadOnlyDictionary<string, DocumentVersion> DocumentVersions();

    /// <summary>Records the stamp of an unchanged document's file, so the next run can skip reading it.</summary>
    void RecordFileStamp(string path, string fileStamp);

    /// <summary>The normalized text a document's claim offsets point into; null for an unknown path.</summary>
    string? DocumentText(string path);

    IReadOnlyList<Claim> Claims(ClaimQuery query);

    /// <summary>
    /// Replaces the current findings with a check's; verdicts are kept, keyed by flag id. The
    /// fingerprint of what the check ran over is stored with them (null: none, the next check runs).
    /// </summary>
    void SaveFlags(IReadOnlyList<Flag> flags, string? checkFingerprint = null);

    /// <summary>
    /// Replaces the current findings with flags stored as they are found, in one transaction; the
    /// fingerprint is asked for once they all are (null: the check was incomplete).
    /// </summary>
    void SaveFlags(IEnumerable<Flag> flags, Func<string?> checkFingerprint);

    /// <summary>The claims read in parts for a check, never all at once.</summary>
    IClaimParts ClaimParts();

    /// <summary>The fingerprint stored with the current findings, or null.</summary>
    string? CheckFingerprint();

    /// <summary>Changes whenever any document, and so any claim, is written.</summary>
    string ClaimsFingerprint();

    IReadOnlyList<StoredFlag> Flags();

    /// <summary>
    /// One window of the review queue (discrepancies, most severe first), read without reading every
    /// flag; with <paramref name="counted"/>, also the counts of the whole queue (a scan of every flag).
    /// </summary>
    ReviewQueuePage ReviewQueue(ReviewQueueQuery query, bool counted = false);

    /// <summary>How many current flags there are of each kind and severity, without reading them.</summary>
    FindingTally FindingTally();

    /// <summary>Appends a decision to the audit trail; earlier ones stay.</summary>
    void RecordVerdict(Review.VerdictEntry entry);

    /// <summary>The audit trail, oldest first, of one flag id or of all.</summary>
    IReadOnlyList<Review.VerdictEntry> VerdictHistory(string? flagId = null);

    /// <summary>The audit trail of a flag including verdicts on its earlier figures (same lineage), oldest first.</summary>
    IReadOnlyList<Review.VerdictEntry> VerdictHistory(Flag flag);

    StoreSummary Summary();
}

/// <summary>Which text a stored document holds and which extractor read it.</summary>
public readonly record struct DocumentVersion(string ContentHash, string? ExtractedWith, string? FileStamp = null)
{
    /// <summary>The stored claims are what this extractor would find in this text.</summary>
    public bool Holds(string contentHash, string extractedWith) => ContentHash == contentHash && ExtractedWith == extractedWith;

    /// <summary>The file is untouched since this extractor read it, so its text need not be read again.</summary>
    public bool Untouched(string fileStamp, string extractedWith) => FileStamp == fileStamp && ExtractedWith == extractedWith;
}
