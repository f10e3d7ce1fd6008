using FactCheck.Extraction;
using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.Revision;

/// <summary>Flags a claimant whose later total is lower than its earlier one, beyond the tolerance.</summary>
public sealed class RevisionRule(RuleDefinition definition, PairingSettings settings, Severity severity, MessageTemplate message) : IPairRule
{
    private readonly ComparablePairs _pairs = new(settings);

    public RuleDefinition Definition => definition;

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var (a, b) in _pairs.Candidates(claims))
        {
            if (a.Claimant != b.Claimant || a.Claimant == ComparablePairs.Unattributed || a.AssertedOn is null || b.AssertedOn is null) continue;
            // The explanation is written out only for a pair that is flagged.
            var (earlier, later) = a.AssertedOn <= b.AssertedOn ? (a, b) : (b, a);
            if (!(earlier.AssertedOn < later.AssertedOn) || !_pairs.IsSameThing(a, b) || !LowerLater(earlier, later)) continue;
            var conditions = Compare(a, b);
            yield return new Flag
            {
                RuleId = definition.Id,
                RuleKind = "revision",
                Severity = severity,
                Message = message.Render(ComparablePairs.MessageValues(earlier, later, later.High <= 0 ? double.PositiveInfinity : earlier.Low / later.High)),
                Claims = [earlier, later],
                Conditions = conditions,
            };
        }
    }

    public IReadOnlyList<Condition> Compare(Claim a, Claim b)
    {
        var conditions = _pairs.SameThing(a, b);
        conditions.Insert(3, new("same claimant", $"{a.Claimant} / {b.Claimant}", a.Claimant == b.Claimant && a.Claimant != ComparablePairs.Unattributed));
        var (earlier, later) = a.AssertedOn <= b.AssertedOn ? (a, b) : (b, a);
        conditions.Add(new("reported on different days", $"{earlier.AssertedOn:yyyy-MM-dd} / {later.AssertedOn:yyyy-MM-dd}",
            earlier.AssertedOn is not null && later.AssertedOn is not null && earlier.AssertedOn < later.AssertedOn));
        var (overlap, inputs) = _pairs.Overlap(earlier, later);
        conditions.Add(new("later total below the earlier one", inputs, !overlap && later.High < earlier.Low));
        return conditions;
    }

    private bool LowerLater(Claim earlier, Claim later) => !_pairs.Overlaps(earlier, later) && later.High < earlier.Low;
}
