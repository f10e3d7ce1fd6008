namespace FactCheck.Extraction;

/// <summary>Telephone numbers and codes written as bare digits: "0800 0961 233", "8330052468", "+33 1 43 17 56 46"; days in brackets.</summary>
internal sealed partial class NonClaimFilter
{
    /// <summary>Whether digit groups set one space apart run back from tokens[n] to one with a leading zero.</summary>
    private static bool GroupAfterLeadingZero(List<Token> tokens, int n)
    {
        for (var k = n - 1; k >= 0 && tokens[k].Kind == TokenKind.Number && tokens[k + 1].Start == tokens[k].End + 1; k--)
            if (LeadingZero(tokens[k])) return true;
        return false;
    }

    /// <summary>How many groups of digits joined by hyphens, no space, make up the run tokens[n] is in.</summary>
    private static int HyphenedGroups(List<Token> tokens, int n)
    {
        if (tokens[n].Kind != TokenKind.Number) return 0;
        var first = n;
        while (first >= 2 && tokens[first - 1] is { Text: "-", SpaceBefore: false } && tokens[first - 2].Kind == TokenKind.Number && !tokens[first].SpaceBefore) first -= 2;
        var last = n;
        while (last + 2 < tokens.Count && tokens[last + 1] is { Text: "-", SpaceBefore: false } && tokens[last + 2] is { Kind: TokenKind.Number, SpaceBefore: false }) last += 2;
        return (last - first) / 2 + 1;
    }

    private const int LongestBareCount = 7;

    /// <summary>Whether a number token is <paramref name="atLeast"/> digits or more, nothing else ("2719321", not "1,200,000").</summary>
    private static bool BareDigits(Token token, int atLeast)
    {
        if (token.Kind != TokenKind.Number || token.Text.Length < atLeast) return false;
        // A loop, not LINQ: every figure of every sentence is asked.
        foreach (var c in token.Text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool LongBareDigits(Token token) => BareDigits(token, LongestBareCount + 1);

    /// <summary>Whether tokens[n], five digits or more with no separator, follows a comma after a phone number or a code.</summary>
    private static bool ListedAfterCode(List<Token> tokens, int n)
    {
        for (var k = n; k >= 2 && BareDigits(tokens[k], 5) && tokens[k - 1].Text == "," && tokens[k - 2].Kind == TokenKind.Number; k -= 2)
            if (LeadingZero(tokens[k - 2]) || GroupAfterLeadingZero(tokens, k - 2) || LongBareDigits(tokens[k - 2])) return true;
        return false;
    }

    private const int LongestRelativeDay = 3;

    /// <summary>Whether a day named relative to the report's ("today", "this morning", "the day before") ends at tokens[end].</summary>
    private bool RelativeDayEndsAt(List<Token> tokens, int end)
    {
        for (var start = end; start >= Math.Max(0, end - LongestRelativeDay + 1); start--)
            if (Time.Relative.Match(tokens, start) is ({ Unit: "day" }, var length) && start + length - 1 == end) return true;
        return false;
    }

    private const int LongestDialledRun = 8;
    private const int MinimumDialledGroups = 3;

    /// <summary>
    /// "+33 1 43 17 56 46", "+33 (0)1 44 17 67 00", "(international code) + 33 1 43": digit groups, one space or a bracketed
    /// trunk zero apart, that run back from tokens[n] to a plus sign, an international number's.
    /// </summary>
    private static bool InternationalNumber(List<Token> tokens, int n)
    {
        var k = n;
        for (var steps = 0; k > 0 && steps < LongestDialledRun && (tokens[k].Kind == TokenKind.Number || tokens[k].Text is "(" or ")")
                            && tokens[k].Start - tokens[k - 1].End <= 1; steps++)
            k--;
        if (tokens[k].Text != "+" || k == n || tokens[k + 1].Kind != TokenKind.Number || tokens[k + 1].Text.Length > 3) return false;
        // "+12 to 40" is a change: a country code and at least two groups after it.
        var groups = 0;
        for (var j = k + 1; j < tokens.Count && (tokens[j].Kind == TokenKind.Number || tokens[j].Text is "(" or ")") && tokens[j].Start - tokens[j - 1].End <= 1; j++)
            if (tokens[j].Kind == TokenKind.Number) groups++;
        return groups >= MinimumDialledGroups;
    }

    private static bool LeadingZero(Token token) => token.Kind == TokenKind.Number && token.Text.Length > 1 && token.Text[0] == '0' && char.IsDigit(token.Text[1]);
}
