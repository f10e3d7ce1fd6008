namespace FactCheck.Ingestion;

/// <summary>One article of a collection (a CSV row or a JSONL line) before it becomes a document.</summary>
internal static class CollectionRecord
{
    public static readonly string[] TextFields = ["text", "content", "body"];
    public static readonly string[] UrlFields = ["url", "link"];

    public static Document? ToDocument(string path, int number, string? title, string? text, string? date,
        string? publisher, Diagnostics.IWarningSink warnings, string? url = null)
    {
        var location = $"{path}#{number}";
        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Warn(location, "no text field; skipped");
            return null;
        }
        var normalized = TextNormalizer.Normalize(text);
        var published = string.IsNullOrWhiteSpace(date) ? null : DateInference.ParseExact(date);
        if (!string.IsNullOrWhiteSpace(date) && published is null)
            warnings.Warn(location, $"date '{date.Trim()}' not understood; inferring from the text");
        return new Document
        {
            Path = location,
            Title = string.IsNullOrWhiteSpace(title) ? TextDocumentReader.FirstLine(normalized) : title.Trim(),
            Text = normalized,
            Published = published,
            DateSource = published is null ? DateSource.Unknown : DateSource.CollectionField,
            Publisher = string.IsNullOrWhiteSpace(publisher) ? null : publisher.Trim(),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
        };
    }
}
