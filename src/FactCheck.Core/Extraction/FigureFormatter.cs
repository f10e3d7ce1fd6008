using System.Globalization;

namespace FactCheck.Extraction;

/// <summary>Writes a claim's figure the way a reader would: "7,000–15,000", "nearly 9,000", "more than 3.6 million".</summary>
public static class FigureFormatter
{
    public static string Format(Claim claim)
    {
        if (claim.Unit == Claim.QuoteMetric) return Excerpt(claim.Sentence);
        var number = claim.Qualifier switch
        {
            "range" => Range(claim.Low, claim.High),
            "more than" or "at least" or "over" => $"{claim.Qualifier} {Number(claim.Low)}",
            "up to" or "fewer than" or "less than" => $"{claim.Qualifier} {Number(claim.High)}",
            "nearly" or "almost" or "close to" => $"{claim.Qualifier} {Number(claim.High)}",
            "exact" => Number(claim.Low),
            "vague" => claim.Sentence.Length >= claim.End - claim.SentenceStart && claim.Start >= claim.SentenceStart
                ? claim.Sentence[(claim.Start - claim.SentenceStart)..(claim.End - claim.SentenceStart)]
                : $"{Number(claim.Low)}–{Number(claim.High)}",
            _ when claim.IsUnbounded => $"{claim.Qualifier} {Number(claim.Low)}",
            _ => $"{claim.Qualifier} {Number((claim.Low + claim.High) / 2)}",
        };
        return claim.Unit switch
        {
            "people" or "count" or "" => number,
            "percent" => number + "%",
            "day" => "day " + number,
            "year" => number + " years",
            _ => $"{number} {claim.Unit}",
        };
    }

    /// <summary>The opening words of a quote: “Come with Ukrainian symbols to support…”.</summary>
    private static string Excerpt(string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return "“" + string.Join(' ', words.Take(6)) + (words.Length > 6 ? "…" : "") + "”";
    }

    /// <summary>
    /// "7,000–15,000", "3 million–4 million". A low end below a million before a high end in words would
    /// borrow its scale ("5–76.24 million" reads as 5 million upwards), so that high end is written in digits.
    /// </summary>
    private static string Range(double low, double high) =>
        low < 1e6 && high >= 1e6 && !double.IsPositiveInfinity(high) ? $"{Number(low)}–{Digits(high)}" : $"{Number(low)}–{Number(high)}";

    /// <summary>1,300 / 3.6 million / 1.5 billion: large round numbers in words, as news writes them.</summary>
    public static string Number(double value)
    {
        if (double.IsPositiveInfinity(value)) return "∞";
        foreach (var (scale, word) in new[] { (1e12, "trillion"), (1e9, "billion"), (1e6, "million") })
            if (Math.Abs(value) >= scale)
                return (value / scale).ToString("0.##", CultureInfo.InvariantCulture) + " " + word;
        return Digits(value);
    }

    private static string Digits(double value) =>
        Math.Round(value, 2).ToString(value == Math.Floor(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
}
