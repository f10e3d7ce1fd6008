namespace FactCheck.Extraction;

/// <summary>Dates written in digits, which a number reader would otherwise take for figures.</summary>
internal sealed partial class NonClaimFilter
{
    /// <summary>"BILOXI, Miss. 8-30-05 (AP)", "11-14-2017": a month and a day read as a range, a hyphen and a year joined to them.</summary>
    private static bool HyphenatedDate(List<Token> tokens, NumberMention mention)
    {
        var end = mention.EndToken;
        // The year itself, read on its own after the range.
        var n = mention.NumberToken;
        if (n >= 4 && JoinedByHyphen(tokens, n) && JoinedByHyphen(tokens, n - 2) && YearDigits(tokens[n])
            && tokens[n - 2] is { Kind: TokenKind.Number, Text.Length: <= 2 } && tokens[n - 4] is { Kind: TokenKind.Number, Text.Length: <= 2 }) return true;
        if (end + 1 >= tokens.Count || tokens[end].Text != "-" || !JoinedByHyphen(tokens, end + 1) || !YearDigits(tokens[end + 1])) return false;
        return mention.Low is >= 1 and <= 12 && mention.High is >= 1 and <= 31 && mention.Unit == "";
    }

    /// <summary>
    /// "Updated: 27-08-2021 19:04 IST", "2024-11-01 | 10:34": tokens[n] is a day, a month or a year of a date written in digits joined by
    /// hyphens, the year first or last.
    /// </summary>
    private static bool NumericDate(List<Token> tokens, int n)
    {
        for (var first = Math.Max(0, n - 4); first <= n; first += 2)
        {
            if (first + 4 >= tokens.Count || !JoinedByHyphen(tokens, first + 2) || !JoinedByHyphen(tokens, first + 4)) continue;
            if (n != first && n != first + 2 && n != first + 4) continue;
            var (a, b, c) = (tokens[first], tokens[first + 2], tokens[first + 4]);
            if (FullYear(a) && DayOrMonth(b) && DayOrMonth(c) || DayOrMonth(a) && DayOrMonth(b) && FullYear(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// "last updated: Aug 26,2021": a day and a year after a month, with no space after the comma, read as digits grouped in thousands
    /// and one more digit; tokens[n] is either part.
    /// </summary>
    private bool DayRunIntoYear(List<Token> tokens, int n)
    {
        var grouped = n + 1 < tokens.Count && tokens[n + 1] is { Kind: TokenKind.Number, SpaceBefore: false } ? n : n - 1;
        if (grouped < 1 || grouped + 1 >= tokens.Count || tokens[grouped + 1] is not { Kind: TokenKind.Number, SpaceBefore: false } rest) return false;
        var text = tokens[grouped].Text;
        var comma = text.IndexOf(',');
        if (comma is < 1 or > 2 || text.Length - comma != 4 || !FullYear(text[(comma + 1)..] + rest.Text)) return false;
        var month = tokens[grouped - 1].Text == "." && grouped >= 2 ? tokens[grouped - 2] : tokens[grouped - 1];
        return Time.Months.ContainsKey(month.Lower);
    }

    private static bool FullYear(Token token) => FullYear(token.Text);

    private static bool FullYear(string digits) => digits.Length == 4 && digits.All(char.IsAsciiDigit) && digits[0] is '1' or '2';

    private static bool DayOrMonth(Token token) => token.Text.Length is 1 or 2 && token.Text.All(char.IsAsciiDigit) && int.Parse(token.Text) is >= 1 and <= 31;

    /// <summary>Whether tokens[k] is a number joined, with no space, by a hyphen to the number before it.</summary>
    private static bool JoinedByHyphen(List<Token> tokens, int k) =>
        k >= 2 && tokens[k] is { Kind: TokenKind.Number, SpaceBefore: false } && tokens[k - 1] is { Text: "-", SpaceBefore: false } && tokens[k - 2].Kind == TokenKind.Number;

    private static bool YearDigits(Token token) => token.Text.Length is 2 or 4 && token.Text.All(char.IsAsciiDigit);
}
