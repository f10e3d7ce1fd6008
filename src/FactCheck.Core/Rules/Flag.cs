using System.Security.Cryptography;
using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Rules;

public enum Severity
{
    Info,
    Low,
    Medium,
    High,
}

/// <summary>A discrepancy is raised for review; an agreement is reported as corroboration.</summary>
public enum FindingKind
{
    Discrepancy,
    Agreement,
}

/// <summary>One condition a rule evaluated for a finding, kept so `explain` can show the reasoning.</summary>
public sealed record Condition(string Name, string Inputs, bool Passed);

/// <summary>What a rule found about a set of claims.</summary>
public sealed record Flag
{
    public required string RuleId { get; init; }
    public required string RuleKind { get; init; }
    public required Severity Severity { get; init; }
    public FindingKind Kind { get; init; } = FindingKind.Discrepancy;
    public required string Message { get; init; }
    public required IReadOnlyList<Claim> Claims { get; init; }
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>Stable for the same rule and the same claims, in any order.</summary>
    public string Id => IdFor(RuleId, Claims.Select(c => c.Id));

    /// <summary>
    /// The same for this rule and these claims' places in the record (document, claimant, what was
    /// counted) whatever the figures say, so a verdict on earlier figures can be found and shown as stale.
    /// </summary>
    public string Lineage
    {
        get
        {
            var slots = Claims.Select(c => string.Join('/', c.Document, c.Metric, c.Subject, c.Side ?? "", c.Claimant, c.Unit));
            var key = RuleId + "|" + string.Join('|', slots.Order(StringComparer.Ordinal));
            return "l" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..11];
        }
    }

    public static string IdFor(string ruleId, IEnumerable<string> claimIds)
    {
        var key = ruleId + "|" + string.Join('|', claimIds.Order(StringComparer.Ordinal));
        return "f" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..11];
    }
}
