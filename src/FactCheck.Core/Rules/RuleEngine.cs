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
    public CheckResult Run(IEnumerable<Claim> claims)
    {
        var set = new ClaimSet(claims);
        // Rules are independent and only read the claims, so they run side by side; their findings
        // are merged in rule order, so when two rules find the same flag id the first rule's is kept.
        var outcomes = new (List<Flag> Flags, RuleFailure? Failure)[rules.Count];
        Parallel.For(0, rules.Count, i => outcomes[i] = Evaluate(rules[i], set));
        var flags = new Dictionary<string, Flag>();
        var failures = new List<RuleFailure>();
        foreach (var (found, failure) in outcomes)
        {
            foreach (var flag in found) flags.TryAdd(flag.Id, flag);
            if (failure is not null) failures.Add(failure);
        }
        return new CheckResult(flags.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToList(), failures);
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
