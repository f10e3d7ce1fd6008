using System.Text;

namespace FactCheck.Ingestion;

/// <summary>
/// Decodes bytes to the text every later stage sees: BOM removed (UTF-8 or UTF-16), line ends as LF,
/// invalid sequences replaced with U+FFFD and counted, so the same article saved differently hashes the same.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The text, and how many invalid byte sequences of <paramref name="EncodingName"/> were replaced.</summary>
    public sealed record Decoded(string Text, int Replacements, string EncodingName);

    public static Decoded Decode(byte[] bytes)
    {
        // Counted as they are replaced: a U+FFFD the file itself contains is text, not an error.
        var replacements = new CountingReplacement();
        var (encoding, name, offset) = EncodingOf(bytes, replacements);
        // One decoding pass: GetString would count its bytes first and meet every invalid sequence twice.
        var chars = new char[encoding.GetMaxCharCount(bytes.Length - offset)];
        var text = new string(chars, 0, encoding.GetChars(bytes, offset, bytes.Length - offset, chars, 0));
        return new Decoded(Normalize(text), replacements.Count, name);
    }

    /// <summary>The encoding a file's first bytes name (UTF-16 by its BOM, else UTF-8) and the BOM's length.</summary>
    internal static (Encoding Encoding, string Name, int BomLength) EncodingOf(ReadOnlySpan<byte> start, CountingReplacement replacements)
    {
        var (codePage, name, offset) = start switch
        {
            [0xFF, 0xFE, ..] => (1200, "UTF-16", 2),
            [0xFE, 0xFF, ..] => (1201, "UTF-16", 2),
            [0xEF, 0xBB, 0xBF, ..] => (65001, "UTF-8", 3),
            _ => (65001, "UTF-8", 0),
        };
        return (Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, replacements), name, offset);
    }

    /// <summary>The warning a reader gives for a file in which invalid sequences were replaced.</summary>
    public static string ReplacementProblem(int replacements, string encodingName) =>
        $"{replacements} invalid {encodingName} sequences replaced with U+FFFD";

    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>Many NUL bytes mean a binary file, not text in an unexpected encoding.</summary>
    public static bool LooksBinary(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)) return false;
        var sample = Math.Min(bytes.Length, 8000);
        for (var i = 0; i < sample; i++)
            if (bytes[i] == 0) return true;
        return false;
    }
}
