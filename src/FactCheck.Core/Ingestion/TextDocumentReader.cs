using System.Text.RegularExpressions;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>
/// Plain text and Markdown. A leading front matter block (between "---" lines), or header lines
/// such as "published:", "Title:", "Date:", "Source:", "URL:", give metadata and are not part of the document's text.
/// </summary>
internal sealed partial class TextDocumentReader : IDocumentReader
{
    [GeneratedRegex(@"^(?<key>[A-Za-z_]+)\s*:\s*(?<value>.*)$")]
    private static partial Regex MetadataLine();

    public bool OneDocumentPerFile => true;

    public IEnumerable<Document> Read(string path, IWarningSink warnings)
    {
        if (DocumentLimit.ReadFile(path) is not { } bytes)
        {
            warnings.Warn(path, DocumentLimit.Problem);
            yield break;
        }
        if (TextNormalizer.LooksBinary(bytes))
        {
            warnings.Warn(path, "looks like a binary file, not text; skipped");
            yield break;
        }
        var decoded = TextNormalizer.Decode(bytes);
        if (decoded.Replacements > 0)
            warnings.Warn(path, TextNormalizer.ReplacementProblem(decoded.Replacements, decoded.EncodingName));
        var (metadata, text) = SplitFrontMatter(decoded.Text);
        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Warn(path, "empty document; skipped");
            yield break;
        }

        DateOnly? published = null;
        if (metadata.TryGetValue("published", out var value))
        {
            published = PublicationDate(value);
            if (published is null) warnings.Warn(path, $"front matter publication date '{value}' is not a date (use YYYY-MM-DD); ignored");
        }
        yield return new Document
        {
            Path = path,
            Title = metadata.GetValueOrDefault("title") ?? FirstLine(text),
            Text = text,
            Published = published,
            DateSource = published is null ? DateSource.Unknown : DateSource.FrontMatter,
            Publisher = metadata.GetValueOrDefault("publisher"),
            Url = metadata.GetValueOrDefault("url") ?? metadata.GetValueOrDefault("link"),
        };
    }

    internal static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } line
            ? (line.Length > 200 ? line[..200] : line)
            : "";

    private static (Dictionary<string, string> Metadata, string Text) SplitFrontMatter(string text)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var close = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (close > 0)
            {
                foreach (var line in text[4..close].Split('\n'))
                    if (MetadataLine().Match(line.TrimEnd('\r')) is { Success: true } m)
                        Add(metadata, m.Groups["key"].Value, m.Groups["value"].Value.Trim().Trim('"'));
                var after = text.IndexOf('\n', close + 4);
                return (metadata, after < 0 ? "" : text[(after + 1)..]);
            }
        }
        // Scraped news often opens with header lines: "Title: ...", "Date: 2019-08-18", "Source: ...", "URL: ...".
        var start = 0;
        while (start < text.Length)
        {
            var lineEnd = text.IndexOf('\n', start);
            var line = lineEnd < 0 ? text[start..] : text[start..lineEnd];
            if (MetadataLine().Match(line.TrimEnd('\r')) is not { Success: true } m || !HeaderKeys.TryGetValue(m.Groups["key"].Value, out var key)) break;
            metadata.TryAdd(key, m.Groups["value"].Value.Trim().Trim('"'));
            start = lineEnd < 0 ? text.Length : lineEnd + 1;
        }
        return (metadata, text[start..]);
    }

    /// <summary>
    /// A front matter key under the name the reader knows: "date:" (as Jekyll and Hugo write it) is "published:", "source:" the
    /// publisher. A key spelt as the reader knows it wins over another spelling, wherever it stands.
    /// </summary>
    private static void Add(Dictionary<string, string> metadata, string key, string value)
    {
        if (!HeaderKeys.TryGetValue(key, out var known)) metadata[key] = value;
        else if (string.Equals(key, known, StringComparison.OrdinalIgnoreCase)) metadata[known] = value;
        else metadata.TryAdd(known, value);
    }

    /// <summary>A date, alone or opening a timestamp ("2017-06-15T10:00:00+01:00", "2017-06-15 10:00").</summary>
    private static DateOnly? PublicationDate(string value) =>
        DateInference.ParseExact(value) ?? (value.Length > 10 && value[10] is 'T' or ' ' ? DateInference.ParseExact(value[..10]) : null);

    /// <summary>Header keys of scraped plain-text news, and the metadata each gives.</summary>
    private static readonly Dictionary<string, string> HeaderKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["published"] = "published", ["date"] = "published", ["title"] = "title", ["headline"] = "title",
        ["source"] = "publisher", ["publisher"] = "publisher", ["url"] = "url", ["link"] = "url", ["author"] = "author", ["byline"] = "author",
    };
}
