using FactCheck.Extraction;

namespace FactCheck.Rules.Evaluation;

public enum PairOutcome
{
    Flagged,
    NotFlagged,
    /// <summary>A side matched no stored claim, so no flag could join it.</summary>
    NotExtracted,
}

/// <summary>What the check made of one gold pair: the claims each side resolved to and the discrepancies joining them.</summary>
public sealed record PairResult(PairExpectation Expectation, GoldPair Pair, PairOutcome Outcome,
    IReadOnlyList<Claim> A, IReadOnlyList<Claim> B, IReadOnlyList<Flag> Flags);

/// <summary>How many pairs of one expectation were flagged, out of how many, and how many could not be judged.</summary>
public sealed record PairTally(int Flagged, int Total, int NotExtracted);

public sealed record PairsEvaluation(IReadOnlyList<PairResult> Results)
{
    public PairTally Tally(PairExpectation expectation)
    {
        var results = Results.Where(r => r.Expectation == expectation).ToList();
        return new PairTally(results.Count(r => r.Outcome == PairOutcome.Flagged), results.Count, results.Count(r => r.Outcome == PairOutcome.NotExtracted));
    }

    /// <summary>Every distinct side written in the file, each with the claims it resolved to.</summary>
    public IReadOnlyList<(PairSide Side, int Claims)> Sides =>
        Results.SelectMany(r => r.Pair.B is null ? [(r.Pair.A, r.A.Count)] : new[] { (r.Pair.A, r.A.Count), (r.Pair.B, r.B.Count) })
            .DistinctBy(s => s.Item1).ToList();
}

/// <summary>
/// Scores the flags a check stored against gold pairs. A pair is flagged when some discrepancy
/// (agreements are corroboration, not flags) holds a claim of each side; a must-not entry without
/// a second side is flagged when its claim is in any discrepancy.
/// </summary>
public static class PairEvaluator
{
    public static PairsEvaluation Evaluate(PairsFile pairs, IReadOnlyList<Claim> claims, IEnumerable<Flag> flags)
    {
        var discrepancies = flags.Where(f => f.Kind == FindingKind.Discrepancy).ToList();
        var results = pairs.All().Select(entry =>
        {
            var (expectation, pair) = entry;
            var a = SideResolver.Resolve(pair.A, claims);
            var b = pair.B is null ? [] : SideResolver.Resolve(pair.B, claims);
            if (a.Count == 0 || pair.B is not null && b.Count == 0)
                return new PairResult(expectation, pair, PairOutcome.NotExtracted, a, b, []);
            var joining = discrepancies.Where(f => pair.B is null ? Holds(f, a) : Joins(f, a, b)).ToList();
            return new PairResult(expectation, pair, joining.Count > 0 ? PairOutcome.Flagged : PairOutcome.NotFlagged, a, b, joining);
        }).ToList();
        return new PairsEvaluation(results);
    }

    private static bool Holds(Flag flag, IReadOnlyList<Claim> side) =>
        flag.Claims.Any(c => side.Any(s => s.Id == c.Id));

    /// <summary>A claim of each side, two different claims (a sentence repeated can resolve on both sides).</summary>
    private static bool Joins(Flag flag, IReadOnlyList<Claim> a, IReadOnlyList<Claim> b) =>
        flag.Claims.Any(x => a.Any(s => s.Id == x.Id) && flag.Claims.Any(y => y.Id != x.Id && b.Any(s => s.Id == y.Id)));
}
