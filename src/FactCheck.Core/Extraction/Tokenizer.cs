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
    public string Lower { get; } = Text.ToLowerInvariant();
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
}

/// <summary>Splits a sentence into words, numbers (with separators and decimals), ordinals, currency symbols and punctuation.</summary>
public static partial class Tokenizer
{
    [GeneratedRegex(@"(?<url>(?:https?://|www\.|bit\.ly/)\S+)|(?<ordinal>\d+(?:st|nd|rd|th)\b)|(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<word>\p{L}(?:[\p{L}\p{Mn}\d]|['’](?=\p{L})|[.\-](?=[\p{L}\d]))*)|(?<symbol>US\$|[£$€₽₴%])|(?<punct>\S)")]
    private static partial Regex TokenPattern();

    public static List<Token> Tokenize(string text, int offset, int start, int end)
    {
        var tokens = new List<Token>();
        var previousEnd = -1;
        for (var match = TokenPattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            // A link is one opaque word: the digits inside it are not figures.
            var kind = match.Groups["url"].Success ? TokenKind.Word
                : match.Groups["ordinal"].Success ? TokenKind.Ordinal
                : match.Groups["number"].Success ? TokenKind.Number
                : match.Groups["word"].Success ? TokenKind.Word
                : match.Groups["symbol"].Success ? TokenKind.Symbol
                : TokenKind.Punctuation;
            tokens.Add(new Token(match.Index + offset, match.Index + match.Length + offset, match.Value.Replace('’', '\''), kind,
                previousEnd < 0 || match.Index > previousEnd));
            previousEnd = match.Index + match.Length;
        }
        return tokens;
    }
}
