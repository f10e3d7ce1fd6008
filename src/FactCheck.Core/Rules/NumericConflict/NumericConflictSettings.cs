using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.NumericConflict;

/// <summary>The validated settings of one numeric-conflict rule: which claims to pair, and how severity grows.</summary>
internal sealed record NumericConflictSettings
{
    public required PairingSettings Pairing { get; init; }
    public double LowRatio { get; init; }
    public double MediumRatio { get; init; }
    public double HighRatio { get; init; }

    public Severity SeverityFor(double ratio) =>
        ratio >= HighRatio ? Severity.High : ratio >= MediumRatio ? Severity.Medium : ratio >= LowRatio ? Severity.Low : Severity.Info;

    public static NumericConflictSettings Read(RuleSettings settings)
    {
        var severity = settings.Object("severity");
        var low = severity.Number("low", min: 1);
        var medium = severity.Number("medium", min: 1);
        var high = severity.Number("high", min: 1);
        severity.RejectUnknownFields();
        if (!(low <= medium && medium <= high))
            throw settings.Error($"severity ratios must rise: low ({low}) <= medium ({medium}) <= high ({high})");
        return new NumericConflictSettings
        {
            Pairing = PairingSettings.Read(settings, defaultTolerance: 0.1),
            LowRatio = low,
            MediumRatio = medium,
            HighRatio = high,
        };
    }
}
