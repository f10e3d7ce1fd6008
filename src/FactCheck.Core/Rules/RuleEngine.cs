using FactCheck.Extraction;

namespace FactCheck.Rules;

public sealed record RuleFailure(string RuleId, string Error);

public sealed record CheckResult(IReadOnlyList<Flag> Flags, IReadOnlyList<RuleFailure> Failures);

/// <summary>
/// Runs every rule over the claims. A rule that throws (a bad regular expression, a timeout, a bug)
/// is reported with its id and the others still run.
/// </summary>
public sealed class RuleEngine(IReadOnlyList<IRule> rules)
{
    public CheckResult Run(IEnumerable<Claim> claims)
    {
        var set = new ClaimSet(claims);
        var flags = new Dictionary<string, Flag>();
        var failures = new List<RuleFailure>();
        foreach (var rule in rules)
        {
            try
            {
                foreach (var flag in rule.Evaluate(set))
                    flags.TryAdd(flag.Id, flag);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add(new RuleFailure(rule.Definition.Id, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return new CheckResult(flags.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToList(), failures);
    }
}
