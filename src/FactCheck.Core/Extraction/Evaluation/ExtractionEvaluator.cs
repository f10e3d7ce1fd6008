namespace FactCheck.Extraction.Evaluation;

/// <summary>
/// Compares extracted claims with hand-annotated gold. A figure is found when the spans overlap;
/// its frame is right when interval, metric, subject, side and claimant all agree
/// (<see cref="FieldComparison.WholeFrame"/>). Every field is also scored on its own over the found
/// claims, and a not-claim counts as extracted when any extracted claim's span overlaps it.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>Reuters rows are one line per article: a missed figure is shown with this much text either side.</summary>
    private const int ContextChars = 150;

    public static ExtractionEvaluation Evaluate(IEnumerable<EvaluatedDocument> documents)
    {
        var matches = new List<GoldMatch>();
        var unmatched = new List<Claim>();
        var notClaimHits = new List<NotClaimHit>();
        int predicted = 0, expected = 0, notClaims = 0;
        foreach (var document in documents)
        {
            var (gold, claims) = (document.Gold.Claims, document.Extracted);
            predicted += claims.Count;
            expected += gold.Count;
            var free = claims.ToList();
            foreach (var goldClaim in gold.OrderBy(g => g.Start))
            {
                var best = free.Where(c => Overlaps(c, goldClaim.Start, goldClaim.End))
                    .MaxBy(c => Math.Min(c.End, goldClaim.End) - Math.Max(c.Start, goldClaim.Start));
                if (best is not null) free.Remove(best);
                matches.Add(best is null
                    ? new GoldMatch(document.Path, goldClaim, null, [], LineAround(document.Text, goldClaim.Start, goldClaim.End))
                    : new GoldMatch(document.Path, goldClaim, best, Differences(goldClaim, best), best.Sentence));
            }
            unmatched.AddRange(free);
            notClaims += document.Gold.NotClaims.Count;
            foreach (var notClaim in document.Gold.NotClaims)
                if (claims.FirstOrDefault(c => Overlaps(c, notClaim.Start, notClaim.End)) is { } hit)
                    notClaimHits.Add(new NotClaimHit(document.Path, notClaim, hit));
        }
        var found = matches.Where(m => m.IsFound).ToList();
        var frames = found.Count(m => !m.Wrong.Any(FieldComparison.WholeFrame.Contains));
        var claimants = found.Count(m => !m.Wrong.Contains("claimant"));
        var fields = FieldComparison.Fields.Select(f => new FieldAccuracy(f.Name, found.Count(m => !m.Wrong.Contains(f.Name)), found.Count)).ToList();
        return new ExtractionEvaluation(new Score(found.Count, predicted, expected), new Score(frames, predicted, expected),
            new Score(claimants, found.Count, found.Count), fields, new NotClaimShare(notClaimHits, notClaims), matches, unmatched);
    }

    private static List<string> Differences(GoldClaim gold, Claim claim) =>
        FieldComparison.Fields.Where(f => !f.Agrees(gold, claim)).Select(f => f.Name).ToList();

    private static bool Overlaps(Claim claim, int start, int end) => claim.Start < end && start < claim.End;

    /// <summary>The line holding the span, cut to some text either side when the line is long.</summary>
    private static string LineAround(string text, int start, int end)
    {
        if (text.Length == 0 || end > text.Length) return "";
        var from = Math.Max(text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1, start - ContextChars);
        var to = text.IndexOf('\n', end) is var newline and >= 0 ? newline : text.Length;
        to = Math.Min(to, end + ContextChars);
        return (from > 0 && text[from - 1] != '\n' ? "…" : "") + text[from..to].Trim() + (to < text.Length && text[to] != '\n' ? "…" : "");
    }
}
