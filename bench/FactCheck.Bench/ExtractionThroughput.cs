using System.Diagnostics;
using System.Text;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Pipeline;
using FactCheck.Extraction.Extractor;
using FactCheck.Ingestion;

namespace FactCheck.Bench;

/// <summary>
/// Claim extraction alone, warm and in-process: the documents are read once, extracted for three
/// seconds to warm up, then extracted over and over for ten seconds, single-threaded and on every
/// core in turn; the median pass counts.
/// Throughput counts the UTF-8 bytes of the documents' text.
/// </summary>
public sealed class ExtractionThroughput(FactCheckPipeline pipeline, Lexicon lexicon, int repetitions)
{
    public sealed record Result(string Corpus, int Documents, double Megabytes, int Claims,
        IReadOnlyList<double> SingleSeconds, IReadOnlyList<double> ParallelSeconds, double AllocatedMegabytes)
    {
        /// <summary>Bytes allocated per byte of text: each collection stops every extracting thread.</summary>
        public double AllocatedPerByte => AllocatedMegabytes / Megabytes;

        public double BestSingle => Megabytes / SingleSeconds.Min();
        public double MedianSingle => Megabytes / Stats.Median(SingleSeconds);
        public double BestParallel => Megabytes / ParallelSeconds.Min();
        public double MedianParallel => Megabytes / Stats.Median(ParallelSeconds);
    }

    public Result Measure(string name, string path)
    {
        var documents = pipeline.CreateDocumentSource().Read([path], new WarningCollector()).ToList();
        var megabytes = documents.Sum(d => (double)Encoding.UTF8.GetByteCount(d.Text)) / (1024 * 1024);
        var extractor = pipeline.CreateExtractor(lexicon);
        // Warm-up: JIT up to the optimized tier (it recompiles hot methods in the background over the
        // first seconds), regex construction, the fuzzy-name cache.
        var claims = documents.Sum(d => extractor.Extract(d).Count);
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(3);)
            documents.AsParallel().ForAll(d => extractor.Extract(d));

        // Rounds alternate one thread and every core until each has run for some seconds: a pass over
        // the corpus takes a tenth of a second, and five of them could all fall in one slow moment.
        var single = new List<double>();
        var parallel = new List<double>();
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var document in documents) extractor.Extract(document);
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024);
        for (var rounds = Stopwatch.StartNew(); single.Count < repetitions || rounds.Elapsed < TimeSpan.FromSeconds(10);)
        {
            var watch = Stopwatch.StartNew();
            foreach (var document in documents) extractor.Extract(document);
            single.Add(watch.Elapsed.TotalSeconds);

            watch.Restart();
            documents.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount).ForAll(d => extractor.Extract(d));
            parallel.Add(watch.Elapsed.TotalSeconds);
        }
        return new Result(name, documents.Count, megabytes, claims, single, parallel, allocated);
    }
}
