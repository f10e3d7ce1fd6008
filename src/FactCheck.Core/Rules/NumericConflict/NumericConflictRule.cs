using FactCheck.Extraction;
using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.NumericConflict;

/// <summary>Flags pairs of comparable figures from different sources that cannot both be right.</summary>
internal sealed class NumericConflictRule(RuleDefinition definition, NumericConflictSettings settings, MessageTemplate message) : IPairRule
{
    private readonly ComparablePairs _pairs = new(settings.Pairing);

    public RuleDefinition Definition => definition;

    public RuleScope Scope { get; } = RuleScope.PairsOfOneMetricOf(settings.Pairing.Metrics, settings.Pairing.WindowDays, settings.Pairing.PlaceRequiredFor, settings.Pairing.Subjects);

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var (a, b) in _pairs.Candidates(claims))
        {
            // The explanation is written out only for a pair that is flagged.
            if (!Passes(a, b)) continue;
            yield return FlagFor(a, b, Compare(a, b));
        }
    }

    /// <summary>Whether every condition of <see cref="Compare"/> passes.</summary>
    private bool Passes(Claim a, Claim b) =>
        DifferentSources(a, b) && NamedSourcesWhenInOneDocument(a, b) && AnchoredInTime(a, b) && _pairs.IsSameThing(a, b) && !_pairs.Overlaps(a, b)
        && !_pairs.IsRisingUpdate(a, b);

    private static bool DifferentSources(Claim a, Claim b) => !ComparablePairs.SameSource(a, b);

    /// <summary>
    /// An undated figure may be another year's event (two heatwaves in one city, two floods in one
    /// country): it is compared only with a figure about the same named kind of event, and not when
    /// both are outlets' own narration. Two undated figures of one report are of one time, the report's
    /// (a live blog's entries: the defence ministry's two dead pilots, the mayor's one). A rule with no
    /// time window (distances) compares figures whatever their date.
    /// </summary>
    private bool AnchoredInTime(Claim a, Claim b) =>
        !TimeMatters || !ComparablePairs.EitherUndated(a, b)
        || a.Event is not null && a.Event == b.Event && NamedNearby(a) && NamedNearby(b) && (a.Claimant != Claim.Unattributed || b.Claimant != Claim.Unattributed)
        || a.Document == b.Document && a.AssertedOn is null && b.AssertedOn is null;

    private bool TimeMatters => settings.Pairing.WindowDays is not null;

    /// <summary>
    /// An event named by the figure's sentence or its headline. One only the lede names is the story's,
    /// enough to keep two kinds of event apart, too far from an undated figure to say it is that event's.
    /// </summary>
    private static bool NamedNearby(Claim claim) => claim.EventFrom != Extraction.Provenance.Lede;

    private static bool NamedSourcesWhenInOneDocument(Claim a, Claim b) =>
        a.Document != b.Document || a.Claimant != Claim.Unattributed && b.Claimant != Claim.Unattributed
        || OwnDatedNarration(a) && b.Claimant != Claim.Unattributed || OwnDatedNarration(b) && a.Claimant != Claim.Unattributed;

    /// <summary>
    /// "Fierce fighting ... Friday in Mariupol killed seven people": the outlet's own count, dated and set in an event
    /// by its own sentence, stands against a named source's in the same report.
    /// </summary>
    private static bool OwnDatedNarration(Claim claim) =>
        claim.Claimant == Claim.Unattributed && claim.AsOfFrom == Extraction.Provenance.Sentence && claim.EventFrom == Extraction.Provenance.Sentence;

    /// <summary>Every condition the rule checks for a pair, in order, with its inputs and result.</summary>
    public IReadOnlyList<Condition> Compare(Claim a, Claim b)
    {
        var conditions = _pairs.SameThing(a, b);
        conditions.Insert(3, new("different sources", $"{ComparablePairs.SourceOf(a)} / {ComparablePairs.SourceOf(b)}",
            DifferentSources(a, b)));
        // Within one article, the outlet's own figures next to a quoted source usually describe different scopes.
        conditions.Insert(4, new("named sources when in one document", $"{a.Document} / {b.Document}", NamedSourcesWhenInOneDocument(a, b)));
        conditions.Insert(5, new("dated, or one named event and a named source", $"{a.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated"} {a.Event ?? "unnamed event"} {a.Claimant} / {b.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated"} {b.Event ?? "unnamed event"} {b.Claimant}",
            AnchoredInTime(a, b)));
        var (overlap, inputs) = _pairs.Overlap(a, b);
        conditions.Add(new("intervals disjoint after tolerance", inputs, !overlap));
        conditions.Add(_pairs.NotRisingUpdate(a, b));
        return conditions;
    }

    private Flag FlagFor(Claim first, Claim second, IReadOnlyList<Condition> conditions)
    {
        var floors = _pairs.BothFloors(first, second);
        var (lower, higher) = (floors ? first.Low <= second.Low : first.High <= second.Low) ? (first, second) : (second, first);
        // How many times larger the higher figure's nearest bound is than the lower figure's; of two floors, than the lower floor.
        var nearest = floors ? lower.Low : lower.High;
        var ratio = nearest <= 0 ? double.PositiveInfinity : higher.Low / nearest;
        return new Flag
        {
            RuleId = definition.Id,
            RuleKind = NumericConflictKind.KindName,
            // A figure nobody dated may be about another day: worth a look, never a finding (where days matter).
            // So is a missing list that shrank by a later report: people are found; and a figure days later that counts something narrower.
            Severity = TimeMatters && ComparablePairs.EitherUndated(first, second) || _pairs.IsShrinkingUpdate(first, second) || _pairs.IsNarrowerLater(first, second)
                ? Severity.Info : settings.SeverityFor(ratio),
            Message = message.Render(ComparablePairs.MessageValues(lower, higher, ratio)),
            Claims = [lower, higher],
            Conditions = conditions,
        };
    }
}
