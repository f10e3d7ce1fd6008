namespace FactCheck.Rules;

/// <summary>
/// Which claims one evaluation of a rule ever relates, so a check can hold a part of a large corpus
/// at a time rather than every claim at once (a million documents carry several million claims).
/// A rule that does not say relates any claims, and is given them all.
/// </summary>
public sealed class RuleScope
{
    private RuleScope(IReadOnlySet<string>? metrics, bool oneSentence)
    {
        Metrics = metrics;
        OneSentence = oneSentence;
    }

    /// <summary>The rule may relate any two claims: it needs them all at once.</summary>
    public static readonly RuleScope AllClaims = new(null, false);

    /// <summary>The rule relates only claims of one sentence (or reads one claim at a time).</summary>
    public static readonly RuleScope Sentence = new(null, true);

    /// <summary>The rule relates only claims of one metric, among these ("*": any metric).</summary>
    public static RuleScope OneMetricOf(IEnumerable<string> metrics) =>
        new(metrics.ToHashSet(StringComparer.OrdinalIgnoreCase), false);

    public bool OneSentence { get; }

    /// <summary>The metrics a one-metric rule covers; null for the other scopes.</summary>
    public IReadOnlySet<string>? Metrics { get; }

    public bool IsOneMetric => Metrics is not null;

    public bool Covers(string metric) => Metrics is { } metrics && (metrics.Contains("*") || metrics.Contains(metric));
}
