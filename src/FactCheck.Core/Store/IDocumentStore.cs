using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>Documents with their claims, and the claimants the lexicon knows: what ingest writes and everything else reads.</summary>
public interface IDocumentStore
{
    /// <summary>True when this path is stored with exactly this content, so ingest can skip it.</summary>
    bool HasDocument(string path, string contentHash);

    /// <summary>
    /// Saves a document with its claims atomically, replacing an older version of the same path and
    /// its claims, unless the same text was already stored as extracted by <paramref name="extractedWith"/>
    /// (an extractor's fingerprint): then nothing is written and the outcome is <see cref="IngestOutcome.Unchanged"/>.
    /// </summary>
    IngestOutcome SaveDocument(Document document, IReadOnlyList<Claim> claims, string? extractedWith = null);

    /// <summary>Stores the claimants, replacing each one's family and aliases; claimants not given are left as they are.</summary>
    void SaveSources(IEnumerable<Source> sources);

    /// <summary>
    /// Removes documents with their claims, atomically: the next check no longer sees them, so their
    /// flags retire. Verdicts are kept (they are never deleted), and shown as those of retired flags.
    /// </summary>
    void RemoveDocuments(IReadOnlyCollection<string> paths);

    /// <summary>Every stored document with its claim count, by path (ordinal order).</summary>
    IReadOnlyList<StoredDocument> Documents();

    /// <summary>One stored document by path, or null.</summary>
    StoredDocument? Document(string path);

    /// <summary>Each stored document's content hash, extractor fingerprint and file stamp by path: what an ingest compares to skip unchanged documents.</summary>
    IReadOnlyDictionary<string, DocumentVersion> DocumentVersions();

    /// <summary>Records the stamp of an unchanged document's file, so the next run can skip reading it.</summary>
    void RecordFileStamp(string path, string fileStamp);

    /// <summary>The normalized text a document's claim offsets point into; null for an unknown path.</summary>
    string? DocumentText(string path);

    /// <summary>
    /// The claims matching every filter given, in document, then position, then id order. Metric and
    /// claimant match case-insensitively; the claimant matches a claim's claimant or the body it speaks for.
    /// </summary>
    IReadOnlyList<Claim> Claims(ClaimQuery query);

    /// <summary>The claims with these ids (unknown ids are left out), read without reading the others.</summary>
    IReadOnlyList<Claim> ClaimsById(IReadOnlyCollection<string> ids);

    /// <summary>
    /// A token that changes whenever any document, and so any claim, is written or removed, and
    /// stays the same otherwise: a check over an unchanged token would find the same flags.
    /// </summary>
    string ClaimsFingerprint();

    /// <summary>The documents' count and version (one more with every write or removal of a document), read at one moment.</summary>
    DocumentsState DocumentsState();

    /// <summary>The paths of the stored documents written (added or replaced) after <paramref name="version"/>, in ordinal order.</summary>
    IReadOnlyList<string> DocumentsWrittenSince(long version);

    /// <summary>How many documents and claims are stored, and how many flags the latest complete check run holds.</summary>
    StoreSummary Summary();

    /// <summary>The claims read in parts for a check (every claim document by document, a few metrics at a time), never all at once.</summary>
    IClaimParts ClaimParts();
}
