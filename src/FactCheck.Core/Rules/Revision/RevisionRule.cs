using FactCheck.Extraction;
using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.Revision;

/// <summary>
/// Flags a source whose later total is lower than its earlier one, beyond the tolerance: a named
/// claimant, or an outlet's own narration across its articles. Earlier and later are the days the
/// figures were given (statement or report), not a day their sentences name ("the June 24 implosion").
/// </summary>
internal sealed class RevisionRule(RuleDefinition definition, PairingSettings settings, Severity severity, MessageTemplate message) : IPairRule
{
    private readonly ComparablePairs _pairs = new(settings);

    public RuleDefinition Definition => definition;

    public RuleScope Scope { get; } = RuleScope.PairsOfOneMetricOf(settings.Metrics, settings.WindowDays, settings.PlaceRequiredFor, settings.Subjects);

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var (a, b) in _pairs.Candidates(claims))
        {
            if (!OneSource(a, b) || ComparablePairs.GivenOn(a) is not { } givenA || ComparablePairs.GivenOn(b) is not { } givenB || givenA == givenB) continue;
            // The explanation is written out only for a pair that is flagged.
            var (earlier, later) = givenA < givenB ? (a, b) : (b, a);
            if (!_pairs.IsSameThing(a, b) || !LowerLater(earlier, later)) continue;
            var conditions = Compare(a, b);
            yield return new Flag
            {
                RuleId = definition.Id,
                RuleKind = RevisionKind.KindName,
                Severity = severity,
                Message = message.Render(ComparablePairs.MessageValues(earlier, later, later.High <= 0 ? double.PositiveInfinity : earlier.Low / later.High)),
                Claims = [earlier, later],
                Conditions = conditions,
            };
        }
    }

    /// <summary>
    /// One source by <see cref="ComparablePairs.SameSource"/>: a named claimant, or an outlet's narration
    /// in two of its articles (an article's own figures, one against another, are no revision).
    /// </summary>
    private static bool OneSource(Claim a, Claim b) =>
        ComparablePairs.SameSource(a, b) && (a.Claimant != Claim.Unattributed || a.Publisher is not null && a.Document != b.Document);

    public IReadOnlyList<Condition> Compare(Claim a, Claim b)
    {
        var conditions = _pairs.SameThing(a, b);
        conditions.Insert(3, new("same source", $"{ComparablePairs.SourceOf(a)} / {ComparablePairs.SourceOf(b)}", OneSource(a, b)));
        var (givenA, givenB) = (ComparablePairs.GivenOn(a), ComparablePairs.GivenOn(b));
        var (earlier, later) = (givenA ?? DateOnly.MaxValue) <= (givenB ?? DateOnly.MaxValue) ? (a, b) : (b, a);
        conditions.Add(new("given on different days", $"{ComparablePairs.GivenOn(earlier):yyyy-MM-dd} / {ComparablePairs.GivenOn(later):yyyy-MM-dd}",
            givenA is not null && givenB is not null && givenA != givenB));
        var (overlap, inputs) = _pairs.Overlap(earlier, later);
        conditions.Add(new("later total below the earlier one", inputs, !overlap && later.High < earlier.Low));
        return conditions;
    }

    private bool LowerLater(Claim earlier, Claim later) => !_pairs.Overlaps(earlier, later) && later.High < earlier.Low;
}
