namespace FactCheck.Rules;

/// <summary>How many discrepancies of each severity, and how many agreements, a check found.</summary>
public sealed record FindingTally(IReadOnlyDictionary<Severity, int> Discrepancies, int Agreements)
{
    public static FindingTally Of(IEnumerable<Flag> flags)
    {
        var discrepancies = new Dictionary<Severity, int>();
        var agreements = 0;
        foreach (var flag in flags)
        {
            if (flag.Kind == FindingKind.Agreement) agreements++;
            else discrepancies[flag.Severity] = discrepancies.GetValueOrDefault(flag.Severity) + 1;
        }
        return new FindingTally(discrepancies, agreements);
    }

    /// <summary>"12 discrepancies (2 high, 10 medium)".</summary>
    public string SeverityLine()
    {
        var total = Discrepancies.Values.Sum();
        var counts = Discrepancies.Where(c => c.Value > 0).OrderByDescending(c => c.Key)
            .Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}");
        return total switch
        {
            0 => "no discrepancies",
            1 => $"1 discrepancy ({string.Join(", ", counts)})",
            var n => $"{n} discrepancies ({string.Join(", ", counts)})",
        };
    }
}

/// <summary>Counts flags as a check finds them, without keeping them.</summary>
internal sealed class FindingCounter
{
    private readonly Dictionary<Severity, int> _discrepancies = [];
    private int _agreements;

    public void Count(Flag flag)
    {
        lock (_discrepancies)
        {
            if (flag.Kind == FindingKind.Agreement) _agreements++;
            else _discrepancies[flag.Severity] = _discrepancies.GetValueOrDefault(flag.Severity) + 1;
        }
    }

    public FindingTally Tally
    {
        get
        {
            lock (_discrepancies) return new FindingTally(new Dictionary<Severity, int>(_discrepancies), _agreements);
        }
    }
}
