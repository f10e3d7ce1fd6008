using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

public enum TokenKind
{
    Word,
    Number,
    Ordinal,
    Symbol,
    Punctuation,
}

/// <summary>A token with its span in the document and whether white space precedes it.</summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind, bool SpaceBefore)
{
    public string Lower { get; } = LowerCase(Text);
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Most tokens are plain ASCII, and most of those are already lower case: no copy for them.</summary>
    private static string LowerCase(string text)
    {
        if (!Ascii.IsValid(text)) return text.ToLowerInvariant();
        if (!text.AsSpan().ContainsAnyInRange('A', 'Z')) return text;
        return string.Create(text.Length, text, static (lower, source) => Ascii.ToLower(source, lower, out _));
    }
}

/// <summary>Splits a sentence into words, numbers (with separators and decimals), ordinals, currency symbols and punctuation.</summary>
public static partial class Tokenizer
{
    // The alternatives are tried in this order at each position; TokenKindOf relies on it.
    [GeneratedRegex(@"(?:https?://|www\.|bit\.ly/)\S+|\d+(?:st|nd|rd|th)\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}(?:[\p{L}\p{Mn}\d]|['’](?=\p{L})|[.\-](?=[\p{L}\d]))*|US\$|[£$€₽₴%]|\S")]
    private static partial Regex TokenPattern();

    private const string CurrencyAndPercent = "£$€₽₴%";

    public static List<Token> Tokenize(string text, int offset, int start, int end)
    {
        var tokens = new List<Token>();
        var previousEnd = -1;
        // Matches are enumerated without allocating Match objects: they were most of what extraction allocated.
        foreach (var match in TokenPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var index = start + match.Index;
            var value = text.AsSpan(index, match.Length);
            tokens.Add(new Token(index + offset, index + match.Length + offset, TokenText(value), KindOf(value),
                previousEnd < 0 || index > previousEnd));
            previousEnd = index + match.Length;
        }
        return tokens;
    }

    /// <summary>
    /// Which alternative of the pattern matched, told from the matched text: a link starts with its
    /// prefix (no other alternative can), numbers and ordinals with a digit (an ordinal ends in its
    /// letters), words with a letter. "US$" never matches as a symbol: the word "US" comes first.
    /// A link is one opaque word: the digits inside it are not figures.
    /// </summary>
    private static TokenKind KindOf(ReadOnlySpan<char> value)
    {
        if (value.StartsWith("http://") || value.StartsWith("https://") || value.StartsWith("www.") || value.StartsWith("bit.ly/"))
            return TokenKind.Word;
        if (char.IsDigit(value[0])) return char.IsLetter(value[^1]) ? TokenKind.Ordinal : TokenKind.Number;
        if (char.IsLetter(value[0])) return TokenKind.Word;
        return value.Length == 1 && CurrencyAndPercent.Contains(value[0]) ? TokenKind.Symbol : TokenKind.Punctuation;
    }

    private static string TokenText(ReadOnlySpan<char> value)
    {
        var text = new string(value);
        return value.Contains('’') ? text.Replace('’', '\'') : text;
    }
}
