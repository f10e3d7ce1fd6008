using System.Text.Json;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>An article collection as JSON Lines: one object per line with title, text (or content, body) and date.</summary>
public sealed class JsonLinesCollectionReader : IDocumentReader
{
    public bool CanRead(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Document> Read(string path, IWarningSink warnings)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Dictionary<string, string?> fields;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("not a JSON object");
                fields = json.RootElement.EnumerateObject().ToDictionary(
                    p => p.Name.ToLowerInvariant(),
                    p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
            }
            catch (JsonException e)
            {
                warnings.Warn($"{path}#{number}", $"invalid JSON ({e.Message.Split('.')[0]}); line skipped");
                continue;
            }
            var text = CollectionRecord.TextFields.Select(fields.GetValueOrDefault).FirstOrDefault(t => t is not null);
            var document = CollectionRecord.ToDocument(path, number, fields.GetValueOrDefault("title"), text,
                fields.GetValueOrDefault("date") ?? fields.GetValueOrDefault("published"), fields.GetValueOrDefault("publisher"), warnings,
                CollectionRecord.UrlFields.Select(fields.GetValueOrDefault).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)));
            if (document is not null) yield return document;
        }
    }
}
