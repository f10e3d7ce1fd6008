namespace FactCheck.Extraction;

/// <summary>Telephone numbers and codes written as bare digits: "0800 0961 233", "8330052468".</summary>
internal sealed partial class NonClaimFilter
{
    /// <summary>Whether digit groups set one space apart run back from tokens[n] to one with a leading zero.</summary>
    private static bool GroupAfterLeadingZero(List<Token> tokens, int n)
    {
        for (var k = n - 1; k >= 0 && tokens[k].Kind == TokenKind.Number && tokens[k + 1].Start == tokens[k].End + 1; k--)
            if (LeadingZero(tokens[k])) return true;
        return false;
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

    private static bool LeadingZero(Token token) => token.Kind == TokenKind.Number && token.Text.Length > 1 && token.Text[0] == '0' && char.IsDigit(token.Text[1]);
}
