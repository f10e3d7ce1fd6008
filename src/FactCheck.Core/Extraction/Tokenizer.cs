using System.Globalization;

namespace FactCheck.Extraction;

internal enum TokenKind
{
    Word,
    Number,
    Ordinal,
    Symbol,
    Punctuation,
}

/// <summary>A token with its span in the document and whether white space precedes it.</summary>
internal readonly record struct Token(int Start, int End, Word Word, TokenKind Kind, bool SpaceBefore)
{
    public Token(int start, int end, string text, TokenKind kind, bool spaceBefore) : this(start, end, new Word(text), kind, spaceBefore) { }

    public string Text => Word.Text;
    public string Lower => Word.Lower;
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Kind == TokenKind.Word && Word.Capitalized;
}

/// <summary>
/// Splits a sentence into words, numbers (with separators and decimals), ordinals, currency symbols
/// and punctuation. A hand-written scanner: this runs over every character of every document, and
/// the regular expression it replaced (kept in the tests as its specification, which the scanner
/// must match token for token) took a fifth of extraction's time.
/// </summary>
internal static class Tokenizer
{
    private const string CurrencyAndPercent = "£$€₽₴₹%";
    // Each starts with 'h', 'w' or 'b', which Scan checks first.
    private static readonly string[] LinkPrefixes = ["http://", "https://", "www.", "bit.ly/"];

    /// <summary>
    /// The tokens of text[start..end], their spans shifted by <paramref name="offset"/>; with a lexicon's
    /// word table, each token's word is shared and classified by that lexicon.
    /// </summary>
    public static List<Token> Tokenize(string text, int offset, int start, int end, WordTable? words = null)
    {
        var tokens = new List<Token>();
        TokenizeInto(tokens, text, offset, start, end, words);
        return tokens;
    }

    /// <summary>As <see cref="Tokenize"/>, adding the tokens to a list the caller provides (and may reuse).</summary>
    public static void TokenizeInto(List<Token> tokens, string text, int offset, int start, int end, WordTable? words = null)
    {
        var span = text.AsSpan(0, end);
        var previousEnd = -1;
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(span[i])) { i++; continue; }
            var (length, kind) = Scan(span, i);
            var spelling = span.Slice(i, length);
            var word = words?.Get(spelling) ?? new Word(Text(spelling));
            tokens.Add(new Token(i + offset, i + length + offset, word, kind, previousEnd < 0 || i > previousEnd));
            previousEnd = i + length;
            i += length;
        }
    }

    /// <summary>The token starting at <paramref name="i"/> (not white space): its length and kind.</summary>
    private static (int Length, TokenKind Kind) Scan(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        // A link is one opaque word: the digits inside it are not figures.
        if (c is 'h' or 'w' or 'b')
            foreach (var prefix in LinkPrefixes)
                if (text[i..].StartsWith(prefix, StringComparison.Ordinal) && i + prefix.Length < text.Length && !char.IsWhiteSpace(text[i + prefix.Length]))
                    return (WhileNotSpace(text, i + prefix.Length) - i, TokenKind.Word);

        if (char.IsDigit(c))
        {
            var digits = WhileDigit(text, i);
            if (OrdinalSuffixAt(text, digits)) return (digits + 2 - i, TokenKind.Ordinal);
            var end = digits;
            // "3,89,000", "14,50,000": lakh grouping, as South Asian news writes figures: pairs of digits, then the last three.
            if (digits - i <= 2 && IndianGroupsEnd(text, digits) is var lakhs && lakhs > digits) return (lakhs - i, TokenKind.Number);
            // "7,000" and "1,234,567": groups of exactly three digits after one to three.
            if (digits - i <= 3)
                while (end + 3 < text.Length && text[end] == ',' && char.IsDigit(text[end + 1]) && char.IsDigit(text[end + 2]) && char.IsDigit(text[end + 3]))
                    end += 4;
            // "1.300.000": two or more groups of three digits after stops, thousands as translated news writes them.
            if (end == digits && digits - i <= 3 && StopGroupsEnd(text, digits) is var grouped && grouped - digits >= 8) return (grouped - i, TokenKind.Number);
            if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1])) end = WhileDigit(text, end + 1);
            return (end - i, TokenKind.Number);
        }
        if (char.IsLetter(c)) return (WordEnd(text, i) - i, TokenKind.Word);
        return (1, CurrencyAndPercent.Contains(c) ? TokenKind.Symbol : TokenKind.Punctuation);
    }

    /// <summary>The end of ",dd" groups then one ",ddd" after a figure's first digits, no digit after; else where they end.</summary>
    private static int IndianGroupsEnd(ReadOnlySpan<char> text, int end)
    {
        var k = end;
        while (k + 3 < text.Length && text[k] == ',' && char.IsDigit(text[k + 1]) && char.IsDigit(text[k + 2]) && text[k + 3] == ',') k += 3;
        if (k == end || k + 3 >= text.Length || text[k] != ',' || !char.IsDigit(text[k + 1]) || !char.IsDigit(text[k + 2]) || !char.IsDigit(text[k + 3])
            || k + 4 < text.Length && char.IsDigit(text[k + 4]))
            return end;
        return k + 4;
    }

    private static int StopGroupsEnd(ReadOnlySpan<char> text, int end)
    {
        while (end + 3 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]) && char.IsDigit(text[end + 2]) && char.IsDigit(text[end + 3])
               && (end + 4 == text.Length || !char.IsDigit(text[end + 4])))
            end += 4;
        return end;
    }

    /// <summary>Letters, marks and digits, with an apostrophe before a letter and a period, hyphen or underscore before a letter or digit.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        var k = i + 1;
        while (k < text.Length)
        {
            var c = text[k];
            if (char.IsLetter(c) || char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) k++;
            else if (c is '\'' or '’' && k + 1 < text.Length && char.IsLetter(text[k + 1])) k++;
            // "Chile‘s two main newspapers": an opening quotation mark typed for the apostrophe of a possessive.
            else if (c == '‘' && k + 1 < text.Length && text[k + 1] == 's' && (k + 2 == text.Length || !char.IsLetterOrDigit(text[k + 2]))) k += 2;
            // "e19b_floods_12bn.txt", "@some_user_2": an underscore joins a file name or handle, never prose.
            else if (c is '.' or '-' or '_' && k + 1 < text.Length && (char.IsLetter(text[k + 1]) || char.IsDigit(text[k + 1])) && !(c == '.' && k - 2 >= i && RunTogetherStop(text, k))) k++;
            else break;
        }
        // "P.K. Jena", "U.S. troops": initials keep their last full stop, so a name runs on past them, and their possessive ("the U.N.'s
        // migration agency").
        if (k < text.Length && text[k] == '.' && DottedCapitals(text[i..k]))
        {
            k++;
            if (k + 1 < text.Length && text[k] is '\'' or '’' && text[k + 1] == 's' && (k + 2 == text.Length || !char.IsLetterOrDigit(text[k + 2]))) k += 2;
        }
        return k;
    }

    /// <summary>
    /// "the worst Bangladesh has seen in 122 years.At least five people have died", "Mong Kok.Photograph by ...": a full stop between a
    /// lower-case word and a capitalized one, with no space, is two sentences a page ran together, not one word ("sdna.gr" stays one).
    /// </summary>
    internal static bool RunTogetherStop(ReadOnlySpan<char> text, int stop) =>
        stop >= 2 && stop + 2 < text.Length && text[stop] == '.' && char.IsLower(text[stop - 1]) && char.IsLower(text[stop - 2])
        && char.IsUpper(text[stop + 1]) && char.IsLower(text[stop + 2]);

    /// <summary>"P.K.", "U.S.": a word of initials, each capital letter followed by a full stop.</summary>
    internal static bool IsInitials(string word) => word.Length >= 4 && word[^1] == '.' && DottedCapitals(word.AsSpan(0, word.Length - 1));

    /// <summary>"P.K", "U.S": capital letters each followed by a full stop, the last one's still to come.</summary>
    internal static bool DottedCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (var k = 0; k < word.Length; k++)
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.') return false;
        return true;
    }

    /// <summary>"1st", "22nd", "3rd", "4th" ending at a word boundary.</summary>
    private static bool OrdinalSuffixAt(ReadOnlySpan<char> text, int k) =>
        k + 1 < text.Length
        && text.Slice(k, 2) is "st" or "nd" or "rd" or "th"
        && (k + 2 == text.Length || !IsBoundaryWordChar(text[k + 2]));

    // What a regular expression's \b counts as a word character.
    private static bool IsBoundaryWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation
        || c is '\u200D' or '\u200C';

    private static int WhileDigit(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && char.IsDigit(text[k])) k++;
        return k;
    }

    private static int WhileNotSpace(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && !char.IsWhiteSpace(text[k])) k++;
        return k;
    }

    /// <summary>A token's text: as written, with a curly apostrophe made straight (an opening mark inside a word too).</summary>
    internal static string Text(ReadOnlySpan<char> value)
    {
        var text = new string(value);
        if (value.Length > 1 && value.Contains('‘')) text = text.Replace('‘', '\'');
        return value.Contains('’') ? text.Replace('’', '\'') : text;
    }
}
