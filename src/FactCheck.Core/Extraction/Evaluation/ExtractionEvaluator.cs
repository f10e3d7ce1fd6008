namespace FactCheck.Extraction.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
public sealed record Score(int Correct, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A gold claim and what extraction made of its span (null when nothing).</summary>
public sealed record GoldMatch(string Document, GoldClaim Gold, Claim? Predicted, IReadOnlyList<string> Wrong);

public sealed record Evaluation(Score Numbers, Score Frames, Score Claimants, IReadOnlyList<GoldMatch> Matches, IReadOnlyList<Claim> Unmatched);

/// <summary>
/// Compares extracted claims with hand-annotated gold. A figure is found when the spans overlap;
/// its frame is right when metric, subject, claimant and interval all agree.
/// </summary>
public static class ExtractionEvaluator
{
    private const double IntervalTolerance = 0.01;

    public static Evaluation Evaluate(IEnumerable<(string Document, IReadOnlyList<GoldClaim> Gold, IReadOnlyList<Claim> Predicted)> documents)
    {
        var matches = new List<GoldMatch>();
        var unmatched = new List<Claim>();
        int predicted = 0, expected = 0;
        foreach (var (document, gold, claims) in documents)
        {
            predicted += claims.Count;
            expected += gold.Count;
            var free = claims.ToList();
            foreach (var goldClaim in gold.OrderBy(g => g.Start))
            {
                var best = free.Where(c => c.Start < goldClaim.End && goldClaim.Start < c.End)
                    .MaxBy(c => Math.Min(c.End, goldClaim.End) - Math.Max(c.Start, goldClaim.Start));
                if (best is not null) free.Remove(best);
                matches.Add(new GoldMatch(document, goldClaim, best, best is null ? ["not found"] : Differences(goldClaim, best)));
            }
            unmatched.AddRange(free);
        }
        var found = matches.Count(m => m.Predicted is not null);
        var frames = matches.Count(m => m.Predicted is not null && m.Wrong.Count == 0);
        var claimants = matches.Count(m => m.Predicted is not null && !m.Wrong.Contains("claimant"));
        return new Evaluation(new Score(found, predicted, expected), new Score(frames, predicted, expected),
            new Score(claimants, found, found), matches, unmatched);
    }

    private static List<string> Differences(GoldClaim gold, Claim claim)
    {
        var wrong = new List<string>();
        if (!Same(gold.Metric, claim.Metric)) wrong.Add("metric");
        if (!Same(gold.Subject, claim.Subject) || !Same(gold.Side, claim.Side)) wrong.Add("subject");
        if (!Same(gold.Claimant, claim.Claimant)) wrong.Add("claimant");
        if (!Close(gold.Low, claim.Low) || !Close(gold.High ?? double.PositiveInfinity, claim.High)) wrong.Add("interval");
        return wrong;
    }

    private static bool Same(string? a, string? b) => string.Equals(a ?? "", b ?? "", StringComparison.OrdinalIgnoreCase);

    private static bool Close(double a, double b) =>
        double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b) ? a == b : Math.Abs(a - b) <= IntervalTolerance * Math.Max(1, Math.Abs(a));
}
