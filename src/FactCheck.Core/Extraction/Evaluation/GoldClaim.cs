using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Extraction.Evaluation;

/// <summary>
/// One hand-annotated claim. The span is given by its words ("nearly 9,000") and, when those words
/// occur more than once in the document, which occurrence (0 = first).
/// </summary>
public sealed record GoldClaim
{
    public required string Text { get; init; }
    public int Occurrence { get; init; }
    public required string Metric { get; init; }
    public required string Subject { get; init; }
    public string? Side { get; init; }
    public required double Low { get; init; }
    /// <summary>Null for an open upper bound ("more than 3.5 million").</summary>
    public double? High { get; init; }
    public required string Qualifier { get; init; }
    public required string Claimant { get; init; }
    public string? Period { get; init; }
    public string? Note { get; init; }

    [JsonIgnore] public int Start { get; init; }
    [JsonIgnore] public int End { get; init; }
}

/// <summary>The gold annotations of one document.</summary>
public sealed record GoldFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    /// <summary>The document's path, relative to the folder `eval` runs in.</summary>
    public required string Document { get; init; }
    public required IReadOnlyList<GoldClaim> Claims { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a gold file and, given the document text, places each claim's span in it.</summary>
    public static GoldFile Load(string path, string? documentText)
    {
        GoldFile gold;
        try
        {
            gold = JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: empty gold file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        if (documentText is null) return gold;
        var placed = gold.Claims.Select(claim =>
        {
            var at = -1;
            for (var i = 0; i <= claim.Occurrence; i++)
            {
                at = documentText.IndexOf(claim.Text, at + 1, StringComparison.Ordinal);
                if (at < 0) throw new InvalidDataException($"{path}: '{claim.Text}' (occurrence {claim.Occurrence}) is not in {gold.Document}");
            }
            return claim with { Start = at, End = at + claim.Text.Length };
        }).ToList();
        return gold with { Claims = placed };
    }
}
