using FactCheck.Extraction;
using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.Corroboration;

/// <summary>Pairs comparable figures from different documents whose intervals agree.</summary>
internal sealed class CorroborationRule(RuleDefinition definition, PairingSettings settings, MessageTemplate message) : IPairRule
{
    private readonly ComparablePairs _pairs = new(settings);

    public RuleDefinition Definition => definition;

    public RuleScope Scope { get; } = RuleScope.PairsOfOneMetricOf(settings.Metrics, settings.WindowDays, settings.PlaceRequiredFor, settings.Subjects);

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var (a, b) in _pairs.Candidates(claims))
        {
            // The explanation is written out only for a pair that is flagged.
            if (a.Document == b.Document || !_pairs.IsSameThing(a, b) || !_pairs.Overlaps(a, b, vagueIsFloor: false) || !FloorNear(a, b)) continue;
            var conditions = Compare(a, b);
            var (first, second) = a.Low <= b.Low ? (a, b) : (b, a);
            yield return new Flag
            {
                RuleId = definition.Id,
                RuleKind = CorroborationKind.KindName,
                Severity = Severity.Info,
                Kind = FindingKind.Agreement,
                Message = message.Render(ComparablePairs.MessageValues(first, second, 1)),
                Claims = [first, second],
                Conditions = conditions,
            };
        }
    }

    public IReadOnlyList<Condition> Compare(Claim a, Claim b)
    {
        var conditions = _pairs.SameThing(a, b);
        conditions.Insert(3, new("independent documents", $"{a.Document} / {b.Document}", a.Document != b.Document));
        var (overlap, inputs) = _pairs.Overlap(a, b, vagueIsFloor: false);
        conditions.Add(new("intervals agree within tolerance", inputs, overlap));
        conditions.Add(new("a floor near the other figure", $"{a.Low:0.##} / {b.Low:0.##}", FloorNear(a, b)));
        return conditions;
    }

    /// <summary>
    /// "At least 24" on 2 January and "more than 200" a week later, "at least 4" and 286: a floor agrees with a figure only near it, within
    /// the tolerance; two figures that merely fit under one open end say different things.
    /// </summary>
    private bool FloorNear(Claim a, Claim b)
    {
        if (!a.IsUnbounded && !b.IsUnbounded) return true;
        var (floor, other) = a.IsUnbounded && (!b.IsUnbounded || a.Low <= b.Low) ? (a, b) : (b, a);
        return other.Low <= floor.Low * (1 + settings.Tolerance);
    }
}
