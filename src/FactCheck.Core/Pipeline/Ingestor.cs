using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>How far an ingest has got, for a progress bar.</summary>
public sealed record IngestProgress(int Documents, int Claims, string? Current);

public sealed record IngestSummary(int Added, int Updated, int Unchanged, int Claims)
{
    public int Documents => Added + Updated + Unchanged;
}

/// <summary>
/// Streams documents from the source, extracts claims in parallel, and saves each document with
/// its claims through a single writer, so the corpus is never held in memory and the database
/// sees one transaction per document.
/// </summary>
public sealed class Ingestor(DocumentSource source, IClaimExtractor extractor, IFactStore store)
{
    public IngestSummary Ingest(IEnumerable<string> paths, IWarningSink warnings, IProgress<IngestProgress>? progress = null)
    {
        // One query up front instead of one per document keeps re-runs over an unchanged corpus cheap.
        var known = store.Documents().Select(d => (d.Path, d.ContentHash)).ToHashSet();
        int added = 0, updated = 0, unchanged = 0, claimCount = 0;

        var documents = source.Read(paths, warnings);
        var extracted = documents
            .AsParallel()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(document => known.Contains((document.Path, document.ContentHash))
                ? (document, claims: (IReadOnlyList<Claim>?)null)
                : (document, claims: ExtractSafely(document, warnings)));

        foreach (var (document, claims) in extracted)
        {
            if (claims is null)
            {
                unchanged++;
            }
            else
            {
                switch (store.SaveDocument(document, claims))
                {
                    case IngestOutcome.Added: added++; break;
                    case IngestOutcome.Updated: updated++; break;
                    default: unchanged++; break;
                }
                claimCount += claims.Count;
            }
            progress?.Report(new IngestProgress(added + updated + unchanged, claimCount, document.Path));
        }
        return new IngestSummary(added, updated, unchanged, claimCount);
    }

    private IReadOnlyList<Claim> ExtractSafely(Document document, IWarningSink warnings)
    {
        try
        {
            return extractor.Extract(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One document the extractor cannot handle must not cost the rest of the corpus.
            warnings.Warn(document.Path, $"claims could not be extracted ({e.GetType().Name}: {e.Message}); document stored without claims");
            return [];
        }
    }
}
