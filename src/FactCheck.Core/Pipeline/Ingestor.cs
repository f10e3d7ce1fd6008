using System.Runtime;
using System.Threading.Channels;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>How far an ingest has got, for a progress bar.</summary>
public sealed record IngestProgress(int Documents, int Claims, string? Current);

/// <summary>What an ingest did; Removed counts stored documents whose files were gone from an ingested folder.</summary>
public sealed record IngestSummary(int Added, int Updated, int Unchanged, int Claims, int Removed = 0)
{
    public int Documents => Added + Updated + Unchanged;
}

/// <summary>
/// Streams documents from the source, reads and extracts them on every core, and saves each
/// document with its claims through a single writer, so the corpus is never
/// held in memory and the database sees one transaction per document. Bounded queues between the
/// stages hold back readers that run ahead of the writer.
/// </summary>
public sealed class Ingestor(DocumentSource source, IClaimExtractor extractor, IDocumentStore store)
{
    private const int FilesQueued = 256, DocumentsQueued = 64;

    // A document near the size limit costs a few hundred MB to read and extract (bench/: hostile input):
    // files past this size are read one at a time, so that an ingest stays under 1 GB on any number of cores.
    private const long LargeFileBytes = DocumentLimit.MaximumBytes / 8;

    public IngestSummary Ingest(IEnumerable<string> given, IWarningSink warnings, IProgress<IngestProgress>? progress = null)
    {
        var paths = given.ToList();
        // One query up front instead of one per document keeps re-runs over an unchanged corpus cheap.
        var known = store.DocumentVersions();
        int added = 0, updated = 0, unchanged = 0, claimCount = 0;

        using var stop = new CancellationTokenSource();
        using var largeFile = new SemaphoreSlim(1);
        var files = Channel.CreateBounded<SourceFile>(new BoundedChannelOptions(FilesQueued) { SingleWriter = true });
        var read = Channel.CreateBounded<ReadDocument>(new BoundedChannelOptions(DocumentsQueued) { SingleReader = true });
        var lister = Task.Run(async () =>
        {
            try
            {
                foreach (var file in source.Files(paths, warnings)) await files.Writer.WriteAsync(file, stop.Token);
            }
            finally
            {
                files.Writer.Complete();
            }
        });
        var readers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var file in files.Reader.ReadAllAsync(stop.Token))
            {
                // A file untouched since it was stored is not even read.
                if (source.Stamp(file) is { } stamp && known.TryGetValue(stamp.Name, out var version)
                    && version.Untouched(stamp.Stamp, extractor.Fingerprint))
                {
                    await read.Writer.WriteAsync(new ReadDocument(stamp.Name, null, null, false), stop.Token);
                    continue;
                }
                var large = SizeOf(file.Path) > LargeFileBytes;
                if (large) await largeFile.WaitAsync(stop.Token);
                try
                {
                    foreach (var document in source.Read(file, warnings))
                    {
                        // Unchanged text read by the same lexicon is not extracted again: its claims are stored.
                        var unchanged = known.TryGetValue(document.Path, out var stored) && stored.Holds(document.ContentHash, extractor.Fingerprint);
                        var claims = unchanged ? null : ExtractSafely(document, warnings);
                        var newStamp = unchanged && document.FileStamp is not null && document.FileStamp != stored.FileStamp;
                        await read.Writer.WriteAsync(new ReadDocument(document.Path, document, claims, newStamp), stop.Token);
                    }
                }
                finally
                {
                    if (large)
                    {
                        // The collector sizes its budgets by the machine's free memory, not by what is live: after
                        // document after document of a few hundred MB it let a 20-file ingest reach 970 MB with
                        // under 500 MB live. A full collection per large file (a few ms beside seconds of
                        // extraction) hands that memory back.
                        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                        largeFile.Release();
                    }
                }
            }
        })).ToArray();
        var producers = Task.WhenAll([lister, .. readers]);
        producers.ContinueWith(_ => read.Writer.Complete(), TaskScheduler.Default);

        // The writer awaits documents rather than blocking for each: a blocked thread spins first, and on
        // two cores that spinning took a reader's time.
        var writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in read.Reader.ReadAllAsync())
                {
                    if (item.Claims is null)
                    {
                        unchanged++;
                        if (item.NewStamp) store.RecordFileStamp(item.Path, item.Document!.FileStamp!);
                    }
                    else
                    {
                        switch (store.SaveDocument(item.Document!, item.Claims, extractor.Fingerprint))
                        {
                            case IngestOutcome.Added: added++; break;
                            case IngestOutcome.Updated: updated++; break;
                            default: unchanged++; break;
                        }
                        claimCount += item.Claims.Count;
                    }
                    progress?.Report(new IngestProgress(added + updated + unchanged, claimCount, item.Path));
                }
            }
            finally
            {
                // A writer that failed must not leave readers blocked on a full queue.
                stop.Cancel();
            }
        });
        writer.GetAwaiter().GetResult();
        // Rethrows what a reader or the lister failed with.
        producers.GetAwaiter().GetResult();

        // A folder ingested again is the folder as it is now: what was stored from it and is gone from disk goes too.
        var gone = source.Gone(paths, known.Keys).ToList();
        if (gone.Count > 0) store.RemoveDocuments(gone);
        return new IngestSummary(added, updated, unchanged, claimCount, gone.Count);
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>A document read (or an untouched file's document, not read: Document null) on its way to the writer.</summary>
    private sealed record ReadDocument(string Path, Document? Document, IReadOnlyList<Claim>? Claims, bool NewStamp);

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
