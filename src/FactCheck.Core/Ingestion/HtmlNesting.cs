using System.Text;

namespace FactCheck.Ingestion;

/// <summary>
/// Caps how deeply HTML elements nest before the page reaches the parser. The HTML parsing algorithm
/// looks up the stack of open elements on most start tags, so each tag costs the current depth and
/// 100,000 nested divs take minutes. Browsers cap the tree depth too (Chromium at 512). Past the cap
/// the tags are dropped and their text kept, each dropped tag leaving a line break so that blocks
/// stay apart. Pages within the cap are returned untouched.
/// </summary>
internal static class HtmlNesting
{
    public const int MaximumDepth = 512;

    // Elements that never hold children, or whose end tag may be left out (a new <p> closes the last):
    // neither deepens the tree the way an unclosed <div> does, so they are not counted.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp",
    };

    // Their content is text up to the matching end tag, not markup.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext" };

    /// <summary>The page with the tags past <paramref name="maximumDepth"/> dropped (<paramref name="flattened"/>: any were).</summary>
    public static string Limit(string html, out bool flattened, int maximumDepth = MaximumDepth)
    {
        flattened = DeepestNesting(html, maximumDepth) > maximumDepth;
        return flattened ? Flatten(html, maximumDepth) : html;
    }

    /// <summary>The deepest nesting of counted elements, stopping early once past <paramref name="stopAbove"/>.</summary>
    internal static int DeepestNesting(string html, int stopAbove = int.MaxValue)
    {
        int depth = 0, deepest = 0;
        foreach (var tag in Tags(html))
        {
            depth = Math.Max(0, depth + tag.DepthChange);
            deepest = Math.Max(deepest, depth);
            if (deepest > stopAbove) break;
        }
        return deepest;
    }

    private static string Flatten(string html, int maximumDepth)
    {
        var output = new StringBuilder(html.Length);
        int depth = 0, copiedTo = 0;
        foreach (var tag in Tags(html))
        {
            var deepestOfTag = tag.DepthChange > 0 ? depth + 1 : depth;
            depth = Math.Max(0, depth + tag.DepthChange);
            if (tag.DepthChange == 0 || deepestOfTag <= maximumDepth) continue;
            output.Append(html, copiedTo, tag.Start - copiedTo).Append("<br>");
            copiedTo = tag.End;
        }
        return output.Append(html, copiedTo, html.Length - copiedTo).ToString();
    }

    private readonly record struct Tag(int Start, int End, int DepthChange);

    private static IEnumerable<Tag> Tags(string html)
    {
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0 && position + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                position = SkipPast(html, position + 4, "-->");
                continue;
            }
            var closing = html[position + 1] == '/';
            var nameStart = position + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                position++;
                continue;
            }
            var end = EndOfTag(html, nameEnd);
            var name = html[nameStart..nameEnd];
            var selfClosing = html[end - 2] == '/';
            var counted = !NotNesting.Contains(name) && !selfClosing;
            yield return new Tag(position, end, !counted ? 0 : closing ? -1 : 1);
            position = end;
            if (!closing && RawText.Contains(name))
            {
                var endTag = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                position = endTag < 0 ? html.Length : endTag;
            }
        }
    }

    /// <summary>Just past the '>' that ends a tag, skipping attribute values quoted after '='.</summary>
    private static int EndOfTag(string html, int position)
    {
        var quote = '\0';
        var afterEquals = false;
        for (; position < html.Length; position++)
        {
            var c = html[position];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            if (c == '>') return position + 1;
            if (c is '"' or '\'' && afterEquals) quote = c;
            if (!char.IsWhiteSpace(c)) afterEquals = c == '=';
        }
        return html.Length;
    }

    private static int SkipPast(string html, int position, string marker)
    {
        var found = html.IndexOf(marker, position, StringComparison.Ordinal);
        return found < 0 ? html.Length : found + marker.Length;
    }
}
