using System.Text;

namespace FactCheck.Synthetic;

/// <summary>What a generation wrote.</summary>
public sealed record CorpusSummary(int Documents, int Discrepancies, int Agreements, long Bytes);

/// <summary>
/// Writes a reproducible corpus of news-like Markdown documents with planted discrepancies and
/// agreements, plus their ground truth in planted.json. Documents are written one at a time and
/// nothing grows with the corpus, so a million documents need no more memory than ten. The same
/// seed writes byte-identical files. The documents go to a "documents" subfolder, so that
/// planted.json beside it is not read as one of them.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    /// <summary>About a newsroom's daily intake on one story: a corpus of N documents spans N/40 days.</summary>
    public const int DocumentsPerDay = 40;

    public static readonly DateOnly FirstDay = new(2022, 3, 1);

    public const string DocumentsFolder = "documents";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CorpusSummary Generate(string directory, int documents, IProgress<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(documents);
        var documentsDirectory = Path.Combine(directory, DocumentsFolder);
        Directory.CreateDirectory(documentsDirectory);
        var planner = new EventPlanner(seed, documents);
        var composer = new DocumentComposer(seed, documents, FirstDay, DocumentsPerDay);
        // Events whose second figure is still to come: at most MaximumGap + 1 at any time.
        var recent = new Queue<PlantedEvent>();
        var firstHalves = new Dictionary<int, PlantedFigure>();
        int discrepancies = 0, agreements = 0;
        long bytes = 0;

        using (var manifest = new ManifestWriter(Path.Combine(directory, PlantedManifest.FileName), seed, documents))
        {
            for (var document = 0; document < documents; document++)
            {
                while (recent.Count > 0 && recent.Peek().Index < document - EventPlanner.MaximumGap) recent.Dequeue();
                if (planner.EventStartingIn(document) is { } started) recent.Enqueue(started);

                var planted = recent.SelectMany(e => e.SidesIn(document).Select(s => (e, s.Side, s.IsA))).ToList();
                var composed = composer.Compose(document, planted);
                var content = Utf8.GetBytes(composed.Content);
                File.WriteAllBytes(Path.Combine(documentsDirectory, composed.FileName), content);
                bytes += content.Length;

                // A comes first in its document when both sides share one; pairs are written once both are placed.
                foreach (var placed in composed.Figures.OrderBy(f => f.IsA ? 0 : 1))
                {
                    if (placed.IsA) { firstHalves[placed.Event.Index] = placed.Figure; continue; }
                    var a = firstHalves[placed.Event.Index];
                    firstHalves.Remove(placed.Event.Index);
                    manifest.Write(new PlantedPair
                    {
                        Id = placed.Event.Id,
                        Expect = placed.Event.Expect,
                        Metric = placed.Event.Metric.Metric,
                        Subject = placed.Event.Subject.Subject,
                        Side = placed.Event.Subject.Side,
                        Place = placed.Event.Place,
                        A = a,
                        B = placed.Figure,
                    });
                    if (placed.Event.Expect == PlantedExpectation.Discrepancy) discrepancies++;
                    else agreements++;
                }
                // A decoy is paired with the event figure it sits beside, the one a careless pairer would flag.
                foreach (var decoy in composed.Decoys)
                {
                    if (composed.Figures.FirstOrDefault(f => f.Event.Index == decoy.Event.Index) is not { } beside) continue;
                    manifest.Write(new PlantedPair
                    {
                        Id = decoy.Event.Id + "-decoy",
                        Expect = PlantedExpectation.Decoy,
                        Metric = decoy.Event.Metric.Metric,
                        Subject = decoy.Event.Subject.Subject,
                        Side = decoy.Event.Subject.Side,
                        Place = decoy.Event.Place,
                        A = decoy.Figure,
                        B = beside.Figure,
                    });
                }
                progress?.Report(document + 1);
            }
        }
        return new CorpusSummary(documents, discrepancies, agreements, bytes);
    }
}
