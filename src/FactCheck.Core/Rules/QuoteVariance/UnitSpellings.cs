using System.Text.Json;

namespace FactCheck.Rules.QuoteVariance;

/// <summary>
/// The one-word spellings of each unit in rules/lexicon/units.json ("kilometres", "km"): the same
/// word to a quote, so "23 kilometres" and "23 km" are one wording, not a variance.
/// </summary>
internal static class UnitSpellings
{
    /// <summary>Every one-word spelling, lower case, mapped to its unit's name; empty when the rules folder has no units lexicon.</summary>
    public static IReadOnlyDictionary<string, string> Load(string rulesFile)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rulesFile))!, "lexicon", "units.json");
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return spellings;
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!json.RootElement.TryGetProperty("units", out var units) || units.ValueKind != JsonValueKind.Object) return spellings;
        foreach (var unit in units.EnumerateObject())
            foreach (var surface in unit.Value.EnumerateArray().Select(s => s.GetString()).OfType<string>())
                if (!surface.Contains(' ')) spellings.TryAdd(surface.ToLowerInvariant(), unit.Name);
        return spellings;
    }
}
