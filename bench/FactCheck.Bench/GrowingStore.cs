using FactCheck.Synthetic;

namespace FactCheck.Bench;

/// <summary>
/// A store that grows as a desk's does: 1% new documents added to a checked store, then ingested and
/// checked again; the check's time set against the full check's. The new documents go in a folder of
/// their own inside the corpus, so they are new paths, not changed ones.
/// </summary>
internal sealed class GrowingStore(string work, string cli, string rules)
{
    public sealed record Result(int Added, double FullCheck, IReadOnlyList<double> Checks, IReadOnlyList<double> Ingests, double PeakMegabytes)
    {
        public double MedianCheck => Stats.Median(Checks);
        public double Ratio => MedianCheck / FullCheck;
    }

    /// <param name="documents">The checked store's documents folder.</param>
    /// <param name="fullCheck">The time of a full check of the store.</param>
    public Result Measure(string documents, string database, int storedDocuments, double fullCheck, int repetitions)
    {
        var added = Math.Max(1, storedDocuments / 100);
        var checks = new List<double>();
        var ingests = new List<double>();
        double peak = 0;
        for (var r = 0; r < repetitions; r++)
        {
            // Another seed each time, so every round adds documents the store has not seen.
            var folder = Path.Combine(work, $"added-{r}");
            new CorpusGenerator(seed: 1000 + r).Generate(folder, added);
            var target = Path.Combine(documents, $"added-{r}");
            Directory.Move(Path.Combine(folder, CorpusGenerator.DocumentsFolder), target);
            ingests.Add(ChildProcess.Run(work, "dotnet", cli, "ingest", documents, "--db", database, "--rules", rules).WallSeconds);
            var check = ChildProcess.Run(work, "dotnet", cli, "check", "--db", database, "--rules", rules);
            checks.Add(check.WallSeconds);
            peak = Math.Max(peak, check.PeakMegabytes);
        }
        return new Result(added, fullCheck, checks, ingests, peak);
    }
}
