using System.Globalization;

namespace FactCheck.Bench;

/// <summary>One row of the results table: what was measured, the figure, and the target it is held against.</summary>
public sealed record Measurement(string Section, string What, string Value, string Target = "", bool? Met = null)
{
    public string Verdict => Met switch { true => "met", false => "MISSED", null => "" };
}

public static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Number(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
