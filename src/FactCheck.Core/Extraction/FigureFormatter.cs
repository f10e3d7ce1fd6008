using System.Globalization;

namespace FactCheck.Extraction;

/// <summary>Writes a claim's figure the way a reader would: "7,000–15,000", "nearly 9,000", "more than 3.6 million".</summary>
public static class FigureFormatter
{
    public static string Format(Claim claim)
    {
        if (claim.Unit == Quotes.QuoteFinder.Metric) return Excerpt(claim.Sentence);
        var number = claim.Qualifier switch
        {
            "range" => $"{Number(claim.Low)}–{Number(claim.High)}",
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

    /// <summary>1,300 / 3.6 million / 1.5 billion: large round numbers in words, as news writes them.</summary>
    public static string Number(double value)
    {
        if (double.IsPositiveInfinity(value)) return "∞";
        foreach (var (scale, word) in new[] { (1e12, "trillion"), (1e9, "billion"), (1e6, "million") })
            if (Math.Abs(value) >= scale)
                return (value / scale).ToString("0.##", CultureInfo.InvariantCulture) + " " + word;
        return Math.Round(value, 2).ToString(value == Math.Floor(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
    }
}
