using System.Text.RegularExpressions;

namespace FactCheck.Rules.NumericConflict;

/// <summary>The validated settings of one numeric-conflict rule.</summary>
public sealed record NumericConflictSettings
{
    /// <summary>Metrics the rule compares; "*" means all.</summary>
    public required IReadOnlySet<string> Metrics { get; init; }
    public double? WindowDays { get; init; }
    public double Tolerance { get; init; }
    public double LowRatio { get; init; }
    public double MediumRatio { get; init; }
    public double HighRatio { get; init; }
    /// <summary>Periods that cover a short window ("in the past 24 hours"): not comparable with totals.</summary>
    public required IReadOnlyList<Regex> ShortPeriods { get; init; }
    public bool CompareShortPeriods { get; init; }
    /// <summary>Subjects whose counts describe single incidents ("4 people killed"): compared only at one named place.</summary>
    public IReadOnlySet<string> PlaceRequiredFor { get; init; } = new HashSet<string>();

    public bool Covers(string metric) => Metrics.Contains("*") || Metrics.Contains(metric);

    public bool IsShortPeriod(string? period) => period is not null && ShortPeriods.Any(p => p.IsMatch(period));

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

        var patterns = settings.Strings("shortPeriods", []);
        var shortPeriods = new List<Regex>();
        foreach (var pattern in patterns)
        {
            try
            {
                // User-supplied patterns run with a timeout so one catastrophic pattern cannot hang a check.
                shortPeriods.Add(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
            }
            catch (ArgumentException e)
            {
                throw settings.Error($"shortPeriods: invalid regular expression '{pattern}': {e.Message}");
            }
        }
        var metrics = settings.Strings("metrics");
        if (metrics.Count == 0) throw settings.Error("'metrics' must name at least one metric, or \"*\"");
        return new NumericConflictSettings
        {
            Metrics = metrics.ToHashSet(StringComparer.OrdinalIgnoreCase),
            WindowDays = settings.OptionalNumber("windowDays", min: 0),
            Tolerance = settings.Number("tolerance", 0.1, min: 0, max: 1),
            LowRatio = low,
            MediumRatio = medium,
            HighRatio = high,
            ShortPeriods = shortPeriods,
            CompareShortPeriods = settings.Boolean("compareShortPeriods", false),
            PlaceRequiredFor = settings.Strings("placeRequiredFor", []).ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
    }
}
