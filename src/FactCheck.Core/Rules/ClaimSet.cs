using FactCheck.Extraction;

namespace FactCheck.Rules;

/// <summary>
/// The claims a check runs over, indexed by metric so rules pair only claims that can match
/// rather than every pair.
/// </summary>
public sealed class ClaimSet
{
    private readonly Dictionary<string, List<Claim>> _byMetric = new(StringComparer.OrdinalIgnoreCase);

    public ClaimSet(IEnumerable<Claim> claims)
    {
        foreach (var claim in claims)
        {
            All.Add(claim);
            if (!_byMetric.TryGetValue(claim.Metric, out var list))
                _byMetric[claim.Metric] = list = new List<Claim>();
            list.Add(claim);
        }
    }

    public List<Claim> All { get; } = new();

    /// <summary>
    /// When set, only findings involving a claim it accepts are wanted (the others were found by an
    /// earlier check): a rule may skip relating claims it rejects with each other.
    /// </summary>
    public Func<Claim, bool>? Focus { get; init; }

    /// <summary>
    /// The claims of each sentence holding two or more, in the order they are written: what rules
    /// reading a sentence at a time (parts of a whole, conversions) go through, grouped once however
    /// many of them ask.
    /// </summary>
    public IReadOnlyList<List<Claim>> BySentence => _bySentence ??= DocumentRuns.Group(All, c => c.SentenceStart)
        .Where(sentence => sentence.Count > 1).Select(InWrittenOrder).ToList();

    // Rules run side by side; two groupings at once are wasted work, never a wrong answer.
    private volatile IReadOnlyList<List<Claim>>? _bySentence;

    private static List<Claim> InWrittenOrder(List<Claim> sentence)
    {
        for (var i = 1; i < sentence.Count; i++)
            if (sentence[i].Start < sentence[i - 1].Start) return sentence.OrderBy(c => c.Start).ToList();
        return sentence;
    }

    public IEnumerable<string> Metrics => _byMetric.Keys;

    public IReadOnlyList<Claim> WithMetric(string metric) =>
        _byMetric.TryGetValue(metric, out var list) ? list : [];
}
