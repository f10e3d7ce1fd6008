using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>
/// A check of changed documents pairs their claims only with the old claims a pairwise rule can pair
/// them with (by date, and by place where the rules pair a subject by place), and finds the flags a
/// full check finds for them.
/// </summary>
public sealed class RuleRunOfChangedDocumentsTests
{
    private static readonly Lazy<IReadOnlyList<IRule>> Shipped = new(() => new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules));

    /// <summary>Claims in memory; keeps what the reads near changed claims gave.</summary>
    private sealed class RecordingParts(IReadOnlyList<Claim> claims) : IClaimParts
    {
        private readonly ClaimList _claims = new(claims);

        public List<Claim> ReadNear { get; } = [];

        public IEnumerable<Claim> All() => _claims.All();
        public IReadOnlyDictionary<string, int> MetricCounts(IReadOnlyCollection<string>? metrics = null) => _claims.MetricCounts(metrics);
        public IEnumerable<Claim> OfMetrics(IReadOnlyCollection<string> metrics) => _claims.OfMetrics(metrics);
        public IEnumerable<Claim> OfDocuments(IReadOnlyCollection<string> documents) => _claims.OfDocuments(documents);

        public IEnumerable<Claim> Near(IReadOnlyCollection<DaySpan> spans)
        {
            var near = _claims.Near(spans).ToList();
            ReadNear.AddRange(near);
            return near;
        }
    }

    /// <summary>People killed: a subject the shipped rules pair only at one place.</summary>
    private static Claim Killed(string claimant, double figure, string document, string? place, string? side = null) =>
        Some.Claim(claimant, figure, figure, subject: "people", side: side, document: document, qualifier: "exact")
            with { PlacePath = place, Location = place?.Split(" > ")[^1] };

    [Test]
    public void ChangedDocument_IsPairedOnlyWithOldClaimsAtItsPlace_AndGetsTheFlagsAFullCheckFinds()
    {
        Claim[] claims =
        [
            Killed("Ministry", 40, "a.txt", "Ukraine > Kharkiv"),
            Killed("Police", 12, "b.txt", "Ukraine > Kharkiv"),
            Killed("Observatory", 90, "c.txt", "Syria > Aleppo"),
            Killed("Army", 35, "d.txt", null, side: "Ukrainian"),
            Killed("Governor", 400, "new.txt", "Ukraine > Kharkiv"),
        ];
        var engine = new RuleEngine(Shipped.Value);
        var parts = new RecordingParts(claims);

        var run = engine.Start(parts, ["new.txt"]);
        var rechecked = run.Flags.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var full = engine.Run(claims).Flags;
        var expected = full.Where(f => f.Claims.Any(c => c.Document == "new.txt") || !run.CarriedRuleIds.Contains(f.RuleId))
            .Select(f => f.Id).Order(StringComparer.Ordinal).ToList();

        Assert.That(full.Where(f => f.Claims.Any(c => c.Document == "new.txt")), Is.Not.Empty, "the new figure conflicts with the old ones at its place");
        Assert.That(rechecked, Is.EqualTo(expected));
        Assert.That(parts.ReadNear.Select(c => c.Document).Distinct().Order(), Is.EqualTo(new[] { "a.txt", "b.txt", "new.txt" }),
            "not the claims at another country's place, nor one giving a side");
    }

    [Test]
    public void PlaceKey_IsEmptyForASide_ElseTheFirstPlaceOfTheLineage_ElseThePlaceNamed()
    {
        Assert.That(DaySpan.PlaceKey(Killed("Army", 35, "a.txt", "Ukraine > Kharkiv", side: "Ukrainian")), Is.EqualTo(""));
        Assert.That(DaySpan.PlaceKey(Killed("Police", 12, "a.txt", "Ukraine > Kharkiv > Izium")), Is.EqualTo("Ukraine"));
        Assert.That(DaySpan.PlaceKey(Killed("Police", 12, "a.txt", null) with { Location = "Kharkiv" }), Is.EqualTo("Kharkiv"));
        Assert.That(DaySpan.PlaceKey(Killed("Police", 12, "a.txt", null)), Is.Null);
    }

    [Test]
    public void DaySpanWithPlaces_MeetsOnlyClaimsAtThem()
    {
        var day = new DateOnly(2022, 3, 23);
        var span = new DaySpan("killed", "people", "people", day, day, Places: new HashSet<string> { "Ukraine" });

        Assert.That(span.Meets(Killed("Police", 12, "a.txt", "Ukraine > Kharkiv")), Is.True);
        Assert.That(span.Meets(Killed("Observatory", 90, "a.txt", "Syria > Aleppo")), Is.False);
        Assert.That(span.Meets(Killed("Army", 35, "a.txt", "Ukraine > Kharkiv", side: "Ukrainian")), Is.False);
        Assert.That(span.Meets(Killed("Police", 12, "a.txt", null)), Is.False);
        Assert.That((span with { Places = null }).Meets(Killed("Observatory", 90, "a.txt", "Syria > Aleppo")), Is.True);
    }
}
