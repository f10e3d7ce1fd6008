using FactCheck.Extraction;
using FactCheck.Rules;

namespace FactCheck.Tests.Support;

/// <summary>The rules shipped in rules/, loaded once, and what they find in a pair of claims.</summary>
public static class ShippedRules
{
    public static readonly IReadOnlyList<IRule> All = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);

    /// <summary>The discrepancies the shipped rules flag between two claims.</summary>
    public static IEnumerable<Flag> Discrepancies(Claim a, Claim b) =>
        new RuleEngine(All).Run([a, b]).Flags.Where(f => f.Kind == FindingKind.Discrepancy);
}
