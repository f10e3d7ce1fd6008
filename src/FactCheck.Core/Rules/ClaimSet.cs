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

    public IEnumerable<string> Metrics => _byMetric.Keys;

    public IReadOnlyList<Claim> WithMetric(string metric) =>
        _byMetric.TryGetValue(metric, out var list) ? list : [];
}
