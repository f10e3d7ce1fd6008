using System.Text.Json;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>Metadata for one file, given in a sidecar manifest.json.</summary>
internal sealed record ManifestEntry(DateOnly? Published, string? Publisher, string? Title, string? Url = null);

/// <summary>
/// A manifest.json beside documents: {"file.txt": {"published": "2022-03-24", "publisher": "...", "title": "...", "url": "https://..."}}.
/// A broken manifest is reported and ignored; the documents are still read.
/// </summary>
internal static class Manifest
{
    public const string FileName = "manifest.json";
    private static readonly HashSet<string> KnownFields = ["published", "publisher", "title", "url"];

    public static IReadOnlyDictionary<string, ManifestEntry> Load(string directory, IWarningSink warnings)
    {
        var path = Path.Combine(directory, FileName);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(path)) return entries;
        // Read like any document: a pipe or device here must not hold the run up, nor an endless file fill memory.
        if (RegularFile.Problem(path, "ignored") is { } problem)
        {
            warnings.Warn(path, problem);
            return entries;
        }
        try
        {
            if (DocumentLimit.ReadFile(path, DocumentLimit.MaximumManifestBytes) is not { } bytes)
            {
                warnings.Warn(path, $"larger than {DocumentLimit.MaximumManifestBytes / (1024 * 1024)} MB; ignored");
                return entries;
            }
            using var json = JsonDocument.Parse(TextNormalizer.Decode(bytes).Text);
            if (json.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("the top level must be an object mapping file names to metadata");
            foreach (var file in json.RootElement.EnumerateObject())
                entries[file.Name] = Entry(path, file, warnings);
        }
        catch (JsonException e)
        {
            warnings.Warn(path, $"malformed manifest ignored: {e.Message}");
            entries.Clear();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Warn(path, $"cannot read ({e.Message}); ignored");
        }
        return entries;
    }

    private static ManifestEntry Entry(string path, JsonProperty file, IWarningSink warnings)
    {
        if (file.Value.ValueKind != JsonValueKind.Object) throw new JsonException($"entry '{file.Name}' must be an object");
        foreach (var field in file.Value.EnumerateObject())
            if (!KnownFields.Contains(field.Name))
                warnings.Warn(path, $"entry '{file.Name}': unknown field '{field.Name}' (known: {string.Join(", ", KnownFields)})");
        string? Text(string name) => file.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var publishedText = Text("published");
        var published = publishedText is null ? null : DateInference.ParseExact(publishedText);
        if (publishedText is not null && published is null)
            warnings.Warn(path, $"entry '{file.Name}': published '{publishedText}' is not a date (use YYYY-MM-DD)");
        return new ManifestEntry(published, Text("publisher"), Text("title"), Text("url"));
    }
}
