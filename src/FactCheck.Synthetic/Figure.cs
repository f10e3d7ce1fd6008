using System.Globalization;

namespace FactCheck.Synthetic;

/// <summary>How a figure is worded; each maps to the interval rules/lexicon/numbers.json gives it.</summary>
public enum FigureStyle
{
    Exact,
    About,
    Nearly,
    MoreThan,
    AtLeast,
    UpTo,
    Range,
    Between,
}

/// <summary>A figure as written, with the interval the words allow (High is infinite for "more than").</summary>
public sealed record Figure(FigureStyle Style, double Value, double Upper)
{
    public double Low => Style switch
    {
        FigureStyle.About or FigureStyle.Nearly => Value * 0.95,
        FigureStyle.UpTo => 0,
        _ => Value,
    };

    public double High => Style switch
    {
        FigureStyle.About => Value * 1.05,
        FigureStyle.MoreThan or FigureStyle.AtLeast => double.PositiveInfinity,
        FigureStyle.Range or FigureStyle.Between => Upper,
        _ => Value,
    };

    public string Text => Style switch
    {
        FigureStyle.Exact => Number(Value),
        FigureStyle.About => "about " + Number(Value),
        FigureStyle.Nearly => "nearly " + Number(Value),
        FigureStyle.MoreThan => "more than " + Number(Value),
        FigureStyle.AtLeast => "at least " + Number(Value),
        FigureStyle.UpTo => "up to " + Number(Value),
        FigureStyle.Range => Number(Value) + " to " + Number(Upper),
        FigureStyle.Between => "between " + Number(Value) + " and " + Number(Upper),
        _ => throw new InvalidOperationException(Style.ToString()),
    };

    /// <summary>"7,000", "498", "1.2 million": as a newsroom writes it.</summary>
    public static string Number(double value) =>
        value >= 1_000_000
            ? (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + " million"
            : value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Rounds to the two or three significant digits reported figures usually have.</summary>
    public static double Round(double value, int digits)
    {
        if (value < 10) return Math.Max(1, Math.Round(value));
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - (digits - 1));
        return Math.Round(value / scale) * scale;
    }
}
