namespace FactCheck.Rules;

/// <summary>
/// Which claims one evaluation of a rule ever relates, so a check can hold a part of a large corpus
/// at a time rather than every claim at once (a million documents carry several million claims).
/// A rule that does not say relates any claims, and is given them all.
/// </summary>
public sealed class RuleScope
{
    private RuleScope(IReadOnlySet<string>? metrics, bool oneSentence, bool pairwise = false, double? windowDays = null, IReadOnlySet<string>? placedSubjects = null,
        IReadOnlySet<string>? subjects = null)
    {
        Metrics = metrics;
        Subjects = subjects;
        OneSentence = oneSentence;
        Pairwise = pairwise;
        WindowDays = windowDays;
        PlacedSubjects = placedSubjects ?? new HashSet<string>();
    }

    /// <summary>The rule may relate any two claims: it needs them all at once.</summary>
    public static readonly RuleScope AllClaims = new(null, false);

    /// <summary>The rule relates only claims of one sentence (or reads one claim at a time).</summary>
    public static readonly RuleScope Sentence = new(null, true);

    /// <summary>The rule relates only claims of one metric, among these ("*": any metric).</summary>
    public static RuleScope OneMetricOf(IEnumerable<string> metrics) =>
        new(metrics.ToHashSet(StringComparer.OrdinalIgnoreCase), false);

    /// <summary>
    /// The rule relates claims of one metric two at a time, and whether it flags a pair depends on the
    /// two claims and the other claims of their own documents, never on a third document: so a check
    /// over a grown store need only pair the new claims with the old ones, and keep the old pairs'
    /// flags. Two claims it flags have the same subject and unit, and are dated at most
    /// <paramref name="windowDays"/> apart, their as-of days overlapping when either is dated only to a
    /// month or a year (null: any time; an undated claim pairs with any). Of a subject among
    /// <paramref name="placedSubjects"/>, it flags two claims giving no side only at places of one
    /// country (the first place of their lineages, see <see cref="DaySpan.PlaceKey"/>), and never one
    /// giving a side with one giving none.
    /// </summary>
    /// A rule narrowed to what its figures count (<paramref name="subjects"/>, null for any) relates no other claims.
    public static RuleScope PairsOfOneMetricOf(IEnumerable<string> metrics, double? windowDays, IReadOnlySet<string>? placedSubjects = null,
        IReadOnlySet<string>? subjects = null) =>
        new(metrics.ToHashSet(StringComparer.OrdinalIgnoreCase), false, pairwise: true, windowDays, placedSubjects, subjects);

    public bool OneSentence { get; }

    /// <summary>See <see cref="PairsOfOneMetricOf"/>.</summary>
    public bool Pairwise { get; }

    /// <summary>How many days apart two claims a pairwise rule relates may be dated; null: any.</summary>
    public double? WindowDays { get; }

    /// <summary>The subjects a pairwise rule pairs by place (see <see cref="PairsOfOneMetricOf"/>); empty for the other scopes.</summary>
    public IReadOnlySet<string> PlacedSubjects { get; }

    /// <summary>The metrics a one-metric rule covers; null for the other scopes.</summary>
    public IReadOnlySet<string>? Metrics { get; }

    public bool IsOneMetric => Metrics is not null;

    public bool Covers(string metric) => Metrics is { } metrics && (metrics.Contains("*") || metrics.Contains(metric));

    /// <summary>What the claims a one-metric rule relates must count ("refugees"); null for any.</summary>
    public IReadOnlySet<string>? Subjects { get; }

    /// <summary>Whether the rule may relate the claim: of a metric it covers, counting what it compares.</summary>
    public bool Accepts(Extraction.Claim claim) => Covers(claim.Metric) && (Subjects is null || Subjects.Contains(claim.Subject));
}
