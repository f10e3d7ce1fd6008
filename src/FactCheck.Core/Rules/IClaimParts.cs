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

    /// <summary>How many claims each metric has; with <paramref name="metrics"/>, each of those (any case) that has claims.</summary>
    IReadOnlyDictionary<string, int> MetricCounts(IReadOnlyCollection<string>? metrics = null);

    /// <summary>The claims of these metrics, document by document.</summary>
    IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics);

    /// <summary>Every claim of these documents, document by document.</summary>
    IEnumerable<Claim> OfDocuments(IReadOnlyCollection<string> documents);

    /// <summary>
    /// The claims of each span's metric, subject and unit whose as-of days (<see cref="Claim.AsOfDays"/>)
    /// meet the span, and the undated claims of those; each with the claims of its document that repeat
    /// its figure (same metric, subject, claimant and low bound), so rules see the repeats they count
    /// once as a full read shows them. Document by document.
    /// </summary>
    IEnumerable<Claim> Near(IReadOnlyCollection<DaySpan> spans);
}

/// <summary>
/// The claims of a metric (any case), subject and unit whose as-of days meet the days from
/// <see cref="From"/> to <see cref="To"/>; with <see cref="DayDated"/>, only those dated to a day or a
/// week (not to a month or a year only); with <see cref="Places"/>, only those whose
/// <see cref="PlaceKey"/> is one of them.
/// </summary>
public sealed record DaySpan(string Metric, string Subject, string Unit, DateOnly From, DateOnly To, bool DayDated = false, IReadOnlySet<string>? Places = null)
{
    /// <summary>
    /// Where a rule pairing a subject by place (<see cref="RuleScope.PlacedSubjects"/>) may pair a claim:
    /// "" for a claim giving a side, else the first place of its lineage (or the place it names), null
    /// for a side-less claim with no place, which such a rule pairs with nothing.
    /// </summary>
    public static string? PlaceKey(Claim claim) =>
        claim.Side is not null ? "" : (claim.PlacePath ?? claim.Location) is { } place ? PlaceRoot(place) : null;

    /// <summary>The first place of a lineage ("Ukraine" of "Ukraine > Kyiv"); a place without one is its own.</summary>
    public static string PlaceRoot(string place)
    {
        var separator = place.IndexOf(" > ", StringComparison.Ordinal);
        return separator < 0 ? place : place[..separator];
    }

    /// <summary>The earliest first day of a claim meeting the span, by the as-of precision's length (a year spans 365 days after its first).</summary>
    public DateOnly EarliestFirstDay(string asOfPrecision) => asOfPrecision switch
    {
        AsOfPrecision.Week => Earlier(6),
        // A span of claims dated to a day or a week meets no other: the earliest of those, the lower bound a read starts from.
        AsOfPrecision.Month => DayDated ? Earlier(6) : Earlier(30),
        AsOfPrecision.Year => DayDated ? Earlier(6) : Earlier(365),
        _ => From,
    };

    private DateOnly Earlier(int days) => From.DayNumber < days ? DateOnly.MinValue : From.AddDays(-days);

    public bool Meets(Claim claim) =>
        string.Equals(claim.Metric, Metric, StringComparison.OrdinalIgnoreCase) && claim.Subject == Subject && claim.Unit == Unit
        && (claim.AsOfDays is not { } days
            || days.First <= To.DayNumber && days.Last >= From.DayNumber && !(DayDated && IsCoarse(claim.AsOfPrecision)))
        && (Places is null || PlaceKey(claim) is { } key && Places.Contains(key));

    /// <summary>Dated to a month or a year only.</summary>
    public static bool IsCoarse(string asOfPrecision) => asOfPrecision is AsOfPrecision.Month or AsOfPrecision.Year;
}

/// <summary>Claims already in memory, read in parts the way a store gives them.</summary>
internal sealed class ClaimList(IReadOnlyList<Claim> claims) : IClaimParts
{
    public IEnumerable<Claim> All() => claims;

    public IReadOnlyDictionary<string, int> MetricCounts(IReadOnlyCollection<string>? metrics = null) =>
        (metrics is null ? claims : OfMetrics(metrics)).CountBy(c => c.Metric, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics)
    {
        var wanted = metrics.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return claims.Where(c => wanted.Contains(c.Metric));
    }

    public IEnumerable<Claim> OfDocuments(IReadOnlyCollection<string> documents)
    {
        var wanted = documents.ToHashSet(StringComparer.Ordinal);
        return claims.Where(c => wanted.Contains(c.Document));
    }

    public IEnumerable<Claim> Near(IReadOnlyCollection<DaySpan> spans)
    {
        var ofMetrics = OfMetrics(spans.Select(s => s.Metric).Distinct(StringComparer.OrdinalIgnoreCase).ToList()).ToList();
        var hits = ofMetrics.Where(c => spans.Any(s => s.Meets(c))).Select(Repeat).ToHashSet();
        return ofMetrics.Where(c => hits.Contains(Repeat(c)));
    }

    private static (string, string, string, string, double) Repeat(Claim c) => (c.Document, c.Metric, c.Subject, c.Claimant, c.Low);
}
