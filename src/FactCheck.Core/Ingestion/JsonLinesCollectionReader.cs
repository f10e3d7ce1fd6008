using System.Text.Json;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>
/// An article collection as JSON Lines: one object per line with title, text (or content, body) and
/// date. A line that is not such an object (bad JSON, a key given twice, a string no UTF-16 text can
/// hold) is skipped with a warning naming its line; the others are read.
/// </summary>
internal sealed class JsonLinesCollectionReader : IDocumentReader
{
    public bool OneDocumentPerFile => false;

    public IEnumerable<Document> Read(string path, IWarningSink warnings)
    {
        var records = new RecordReader(path, quoted: false);
        var any = false;
        foreach (var (line, text) in records.Read())
        {
            any = true;
            var location = $"{path}#{line}";
            if (text is null)
            {
                warnings.Warn(location, DocumentLimit.Problem);
                continue;
            }
            var fields = Fields(text, out var problem);
            if (fields is null)
            {
                warnings.Warn(location, $"{problem}; line skipped");
                continue;
            }
            var body = CollectionRecord.TextFields.Select(fields.GetValueOrDefault).FirstOrDefault(t => t is not null);
            var document = CollectionRecord.ToDocument(path, line, fields.GetValueOrDefault("title"), body,
                fields.GetValueOrDefault("date") ?? fields.GetValueOrDefault("published"), fields.GetValueOrDefault("publisher"), warnings,
                CollectionRecord.UrlFields.Select(fields.GetValueOrDefault).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)));
            if (document is not null) yield return document;
        }
        if (records.Replacements > 0) warnings.Warn(path, TextNormalizer.ReplacementProblem(records.Replacements, records.EncodingName));
        if (!any) warnings.Warn(path, "no documents in the file");
    }

    /// <summary>The object's fields by lower-case name, or null with the reason the line cannot be one record.</summary>
    private static Dictionary<string, string?>? Fields(string line, out string problem)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var field in json.RootElement.EnumerateObject())
            {
                // Which of two values is meant cannot be known: a reader of JSON keeps either, so neither is kept.
                if (names.TryGetValue(field.Name, out var earlier))
                {
                    problem = earlier == field.Name ? $"key '{field.Name}' given twice"
                        : $"keys '{earlier}' and '{field.Name}' differ only in case";
                    return null;
                }
                names.Add(field.Name, field.Name);
                fields[field.Name.ToLowerInvariant()] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText();
            }
        }
        catch (JsonException e)
        {
            problem = $"invalid JSON ({e.Message.Split('.')[0]})";
            return null;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json parses "\ud800" but cannot give it as a string: half a surrogate pair is no text.
            problem = "a string holds a lone UTF-16 surrogate escape (such as \\ud800)";
            return null;
        }
        problem = "";
        return fields;
    }
}
