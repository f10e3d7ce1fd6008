using System.Globalization;

namespace FactCheck.Extraction;

/// <summary>The value of a number written in digits, its thousands grouped by commas or, as translated news writes them, by stops.</summary>
internal sealed partial class NumberRecognizer
{
    private double DigitsValue(List<Token> tokens, int j) =>
        double.Parse(StopGroupedThousands(tokens, j) ? tokens[j].Text.Replace(".", "") : tokens[j].Text.Replace(",", ""), CultureInfo.InvariantCulture);

    /// <summary>
    /// "more than 9.000 persons", "about 2.000 of them", "1.300 km": thousands grouped by a stop, as translated news writes them; not
    /// "2.125 percent", "$1.250 billion" or "1.125 million", where three decimals are a rate's or a sum's.
    /// </summary>
    private bool StopGroupedThousands(List<Token> tokens, int j)
    {
        var text = tokens[j].Text;
        var stop = text.IndexOf('.');
        if (stop is < 1 or > 3 || text[0] == '0' || (text.Length - stop) % 4 != 0) return false;
        for (var k = stop; k < text.Length; k += 4)
            if (text[k] != '.' || !char.IsAsciiDigit(text[k + 1]) || !char.IsAsciiDigit(text[k + 2]) || !char.IsAsciiDigit(text[k + 3])) return false;
        for (var k = 0; k < stop; k++)
            if (!char.IsAsciiDigit(text[k])) return false;
        if (text.Length - stop > 4) return true;
        if (j > 0 && (tokens[j - 1].Text is "$" or "€" or "£" or "¥" || lexicon.Units.Match(tokens, j - 1) is not null)) return false;
        return j + 1 >= tokens.Count || !(tokens[j + 1].IsWord && lexicon.Magnitudes.ContainsKey(tokens[j + 1].Lower) || lexicon.Units.Match(tokens, j + 1) is { Value: "percent" });
    }
}
