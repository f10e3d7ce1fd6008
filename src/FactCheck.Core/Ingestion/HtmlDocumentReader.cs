using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>HTML pages: only the text a reader sees, one line per block element.</summary>
internal sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "svg", "nav", "head", "iframe", "button", "form" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer",
          "blockquote", "pre", "figcaption", "table", "ul", "ol", "dd", "dt", "hr", "aside", "main" };

    public bool OneDocumentPerFile => true;

    public IEnumerable<Document> Read(string path, IWarningSink warnings)
    {
        if (DocumentLimit.ReadFile(path) is not { } bytes)
        {
            warnings.Warn(path, DocumentLimit.Problem);
            yield break;
        }
        var decoded = TextNormalizer.Decode(bytes);
        if (decoded.Replacements > 0)
            warnings.Warn(path, TextNormalizer.ReplacementProblem(decoded.Replacements, decoded.EncodingName));
        var html = HtmlNesting.Limit(decoded.Text, out var flattened);
        if (flattened)
            warnings.Warn(path, $"elements nested more than {HtmlNesting.MaximumDepth} deep; the deeper tags were ignored and their text kept");
        var page = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var builder = new StringBuilder();
        if (page.Body is not null) AppendVisibleText(page.Body, builder, depth: 0);
        var text = CollapseBlankLines(builder.ToString());
        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Warn(path, "no visible text; skipped");
            yield break;
        }
        var dateText = page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
                       ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var published = dateText is { Length: >= 10 } ? DateInference.ParseExact(dateText[..10]) : null;
        var title = page.Title?.Trim() is { Length: > 0 } t ? t : page.QuerySelector("h1")?.TextContent.Trim();
        yield return new Document
        {
            Path = path,
            Title = string.IsNullOrEmpty(title) ? TextDocumentReader.FirstLine(text) : title,
            Text = text,
            Published = published,
            DateSource = published is null ? DateSource.Unknown : DateSource.FrontMatter,
            Publisher = page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"),
            Url = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
        };
    }

    // Deeply nested markup must not overflow the stack: past this depth, text is taken flat.
    private const int MaximumDepth = 200;

    private static void AppendVisibleText(INode node, StringBuilder builder, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                builder.Append(textNode.Data.Replace('\n', ' '));
                continue;
            }
            if (child is not IElement element || Invisible.Contains(element.LocalName)) continue;
            var block = Blocks.Contains(element.LocalName);
            if (block) builder.Append('\n');
            if (depth < MaximumDepth) AppendVisibleText(element, builder, depth + 1);
            else builder.Append(element.TextContent.Replace('\n', ' '));
            if (block) builder.Append('\n');
        }
    }

    private static string CollapseBlankLines(string text)
    {
        var lines = text.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }
}
