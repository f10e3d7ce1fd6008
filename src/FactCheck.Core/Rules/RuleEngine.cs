using FactCheck.Extraction;

namespace FactCheck.Rules;

public sealed record RuleFailure(string RuleId, string Error);

public sealed record CheckResult(IReadOnlyList<Flag> Flags, IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>What was found: counted from <see cref="Flags"/>, or from the store when the stored findings were reused.</summary>
    public FindingTally Tally { get; init; } = FindingTally.Of(Flags);

    /// <summary>
    /// Nothing changed since the last complete check, so its stored findings stand: <see cref="Flags"/>
    /// is empty and <see cref="Tally"/> counts the stored ones.
    /// </summary>
    public bool Reused { get; init; }
}

/// <summary>
/// Runs every rule over the claims. A rule that throws (a bad regular expression, a timeout, a bug)
/// is reported with its id and the others still run.
/// </summary>
public sealed class RuleEngine(IReadOnlyList<IRule> rules)
{
    /// <summary>
    /// Claims a check holds at once for the rules that compare within one metric (a larger metric is
    /// read alone); the rules of one sentence get whole documents up to 20,000 claims, or this if fewer.
    /// </summary>
    public int ClaimsPerPart { get; init; } = 250_000;

    /// <summary>Every flag, in id order, over claims already in memory.</summary>
    public CheckResult Run(IEnumerable<Claim> claims)
    {
        var run = Start(new ClaimList(claims as IReadOnlyList<Claim> ?? claims.ToList()));
        var flags = run.Flags.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        return new CheckResult(flags, run.Failures);
    }

    /// <summary>
    /// The flags over claims read part by part, as they are found: a caller that stores them as they
    /// come never holds every claim, nor every flag, at once.
    /// </summary>
    public RuleRun Start(IClaimParts claims) => new(rules, claims, ClaimsPerPart);
}

/// <summary>
/// One check in progress. Rules relating claims of one sentence go through the claims document by
/// document; rules comparing within one metric, through a few metrics at a time; any other rule gets
/// every claim at once. Within a part, rules run side by side, and their flags come in rule order, the
/// first of two equal flag ids kept. A rule that fails keeps its flags up to the failure and does not run
/// on later parts.
/// </summary>
public sealed class RuleRun
{
    private const int ClaimsPerDocumentBatch = 20_000;
    private readonly IReadOnlyList<IRule> _rules;
    private readonly IClaimParts _claims;
    private readonly int _claimsPerPart;
    private readonly Dictionary<IRule, RuleFailure> _failures = [];
    private readonly FindingCounter _tally = new();

    internal RuleRun(IReadOnlyList<IRule> rules, IClaimParts claims, int claimsPerPart)
    {
        (_rules, _claims, _claimsPerPart) = (rules, claims, claimsPerPart);
        Flags = Find();
    }

    /// <summary>The flags, found as they are enumerated; enumerate once.</summary>
    public IEnumerable<Flag> Flags { get; }

    /// <summary>The rules that failed, in rule order; complete once <see cref="Flags"/> has been enumerated.</summary>
    public IReadOnlyList<RuleFailure> Failures => _rules.Where(_failures.ContainsKey).Select(r => _failures[r]).ToList();

    /// <summary>What was found so far; complete once <see cref="Flags"/> has been enumerated.</summary>
    public FindingTally Tally => _tally.Tally;

    private IEnumerable<Flag> Find()
    {
        var bySentence = _rules.Where(r => r.Scope.OneSentence).ToList();
        // The pass through every document counts the metrics too, sparing the parts' planning a read of its own.
        Dictionary<string, int>? metricCounts = null;
        if (bySentence.Count > 0)
        {
            metricCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var batch in DocumentBatches(_claims.All(), Math.Min(ClaimsPerDocumentBatch, _claimsPerPart)))
            {
                foreach (var claim in batch) metricCounts[claim.Metric] = metricCounts.GetValueOrDefault(claim.Metric) + 1;
                foreach (var flag in Evaluate(bySentence, new ClaimSet(batch))) yield return flag;
            }
        }

        // Keeping the compared claims during that pass, to spare small corpora a second read, raised the
        // peak at a million documents by more than that read costs (1,117 to 1,359 MB on SQLite).
        var byMetric = _rules.Where(r => r.Scope.IsOneMetric).ToList();
        if (byMetric.Count > 0)
            foreach (var metrics in MetricParts(byMetric, metricCounts ?? _claims.MetricCounts()))
            {
                var part = new ClaimSet(_claims.OfMetrics(metrics));
                foreach (var flag in Evaluate(byMetric, part)) yield return flag;
            }

        var whole = _rules.Where(r => r.Scope == RuleScope.AllClaims).ToList();
        if (whole.Count > 0)
            foreach (var flag in Evaluate(whole, new ClaimSet(_claims.All()))) yield return flag;
    }

    /// <summary>Whole documents, about <paramref name="size"/> claims at a time.</summary>
    private static IEnumerable<List<Claim>> DocumentBatches(IEnumerable<Claim> claims, int size)
    {
        var batch = new List<Claim>();
        foreach (var claim in claims)
        {
            if (batch.Count >= size && claim.Document != batch[^1].Document)
            {
                yield return batch;
                batch = [];
            }
            batch.Add(claim);
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>The metrics some rule compares, grouped so each group holds about the claims a part may.</summary>
    private List<List<string>> MetricParts(IReadOnlyList<IRule> byMetric, IReadOnlyDictionary<string, int> counts)
    {
        var parts = new List<List<string>>();
        var current = new List<string>();
        var held = 0;
        foreach (var (metric, count) in counts.Where(m => byMetric.Any(r => r.Scope.Covers(m.Key))).OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (current.Count > 0 && held + count > _claimsPerPart)
            {
                parts.Add(current);
                (current, held) = ([], 0);
            }
            current.Add(metric);
            held += count;
        }
        if (current.Count > 0) parts.Add(current);
        return parts;
    }

    /// <summary>The rules over one part, side by side; their flags merged in rule order.</summary>
    private List<Flag> Evaluate(IReadOnlyList<IRule> rules, ClaimSet part)
    {
        var running = rules.Where(r => !_failures.ContainsKey(r)).ToList();
        var outcomes = new (List<Flag> Flags, RuleFailure? Failure)[running.Count];
        Parallel.For(0, running.Count, i => outcomes[i] = Evaluate(running[i], part));
        var flags = new Dictionary<string, Flag>();
        for (var i = 0; i < running.Count; i++)
        {
            foreach (var flag in outcomes[i].Flags) flags.TryAdd(flag.Id, flag);
            if (outcomes[i].Failure is { } failure) _failures[running[i]] = failure;
        }
        var found = flags.Values.ToList();
        foreach (var flag in found) _tally.Count(flag);
        return found;
    }

    /// <summary>A rule's flags, or what went wrong: its flags up to the failure are kept, as they were when rules ran one by one.</summary>
    private static (List<Flag>, RuleFailure?) Evaluate(IRule rule, ClaimSet set)
    {
        var found = new List<Flag>();
        try
        {
            foreach (var flag in rule.Evaluate(set)) found.Add(flag);
            return (found, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A timeout's message does not say which pattern: the rule's file and the pattern do.
            return (found, new RuleFailure(rule.Definition.Id, e is System.Text.RegularExpressions.RegexMatchTimeoutException timeout
                ? $"{rule.Definition.File}: pattern '{timeout.Pattern}' took longer than {timeout.MatchTimeout.TotalSeconds:0.#} s on one sentence"
                : $"{e.GetType().Name}: {e.Message}"));
        }
    }
}
