using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Synthetic;

namespace FactCheck.Bench;

/// <summary>
/// How the stored discrepancies meet a generated corpus's ground truth: planted discrepancies found,
/// and false flags (a planted agreement flagged, or a decoy, another year's toll or a comparison at the
/// event's place, set against any figure but another decoy: place names repeat in a large corpus, and
/// two tolls of one year at one place may well disagree).
/// </summary>
internal sealed record PlantedScore(int Found, int Planted, int AgreementsFlagged, int Agreements, int DecoysFlagged, int Decoys)
{
    public double Recall => Planted == 0 ? 1 : (double)Found / Planted;

    public static PlantedScore Of(string corpus, string database)
    {
        var manifest = PlantedManifest.Load(Path.Combine(corpus, PlantedManifest.FileName));
        List<Flag> flags;
        using (var store = FactStores.Open(database))
            flags = store.Flags().Select(f => f.Flag).Where(f => f.Kind == FindingKind.Discrepancy).ToList();
        // Claims by document, so each planted figure is looked up among its own document's flagged claims.
        var flagged = flags.SelectMany(f => f.Claims.Select(c => (Flag: f, Claim: c)))
            .ToLookup(x => Path.GetFileName(x.Claim.Document), StringComparer.Ordinal);
        IEnumerable<Flag> Holding(PlantedFigure figure) =>
            flagged[figure.Document].Where(x => x.Claim.Start >= figure.Start && x.Claim.Start < figure.End).Select(x => x.Flag);
        bool Joined(PlantedPair pair) => Holding(pair.A).Intersect(Holding(pair.B)).Any();

        var pairs = manifest.Pairs;
        var discrepancies = pairs.Where(p => p.Expect == PlantedExpectation.Discrepancy).ToList();
        var agreements = pairs.Where(p => p.Expect == PlantedExpectation.Agreement).ToList();
        var decoys = pairs.Where(p => p.Expect == PlantedExpectation.Decoy).ToList();
        var decoyAt = decoys.Select(d => (d.A.Document, d.A.Start)).ToHashSet();
        bool IsDecoy(Extraction.Claim claim) => decoys.Count > 0 && decoyAt.Contains((Path.GetFileName(claim.Document), claim.Start));
        bool SetAgainstAFigure(PlantedPair decoy) => Holding(decoy.A).Any(f => f.Claims.Any(c => !IsDecoy(c) && !(c.Start >= decoy.A.Start && c.Start < decoy.A.End && Path.GetFileName(c.Document) == decoy.A.Document)));
        return new PlantedScore(discrepancies.Count(Joined), discrepancies.Count, agreements.Count(Joined), agreements.Count,
            decoys.Count(SetAgainstAFigure), decoys.Count);
    }
}
