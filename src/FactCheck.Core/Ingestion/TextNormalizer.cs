using System.Text;

namespace FactCheck.Ingestion;

/// <summary>
/// Decodes bytes to the text every later stage sees: BOM removed (UTF-8 or UTF-16), line ends as LF,
/// invalid UTF-8 replaced with U+FFFD and counted, so the same article saved differently hashes the same.
/// </summary>
public static class TextNormalizer
{
    public sealed record Decoded(string Text, int Replacements);

    public static Decoded Decode(byte[] bytes)
    {
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);
        }
        var replacements = text.Count(c => c == '\uFFFD');
        return new Decoded(Normalize(text), replacements);
    }

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
