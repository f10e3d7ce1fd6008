using FactCheck.Extraction;

namespace FactCheck.Rules;

/// <summary>
/// The claims a check runs over, read in parts: every claim document by document, and the claims of
/// a few metrics at a time. Each read gives a document's claims together, in the order of its text.
/// </summary>
public interface IClaimParts
{
    /// <summary>Every claim, document by document.</summary>
    IEnumerable<Claim> All();

    /// <summary>How many claims each metric has.</summary>
    IReadOnlyDictionary<string, int> MetricCounts();

    /// <summary>The claims of these metrics, document by document.</summary>
    IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics);
}

/// <summary>Claims already in memory, read in parts the way a store gives them.</summary>
internal sealed class ClaimList(IReadOnlyList<Claim> claims) : IClaimParts
{
    public IEnumerable<Claim> All() => claims;

    public IReadOnlyDictionary<string, int> MetricCounts() =>
        claims.CountBy(c => c.Metric, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics)
    {
        var wanted = metrics.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return claims.Where(c => wanted.Contains(c.Metric));
    }
}
