using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Extraction.Evaluation;

/// <summary>The gold annotations of one document: its claims and the numbers that are not claims.</summary>
public sealed record GoldFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    /// <summary>The document's path, relative to the folder `eval` runs in.</summary>
    public required string Document { get; init; }
    public required IReadOnlyList<GoldClaim> Claims { get; init; }
    [JsonPropertyName("not_claims")] public IReadOnlyList<GoldNotClaim> NotClaims { get; init; } = [];

    // Strict: a misspelt field ("locaton") is an error, not a silently missing annotation.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter<Modality>(allowIntegerValues: false) },
    };

    /// <summary>Reads a gold file and, given the document text, places each claim's and not-claim's span in it.</summary>
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
        var spans = new SpanLocator(path, gold.Document, documentText);
        var claims = gold.Claims.Select(claim =>
        {
            var (start, end) = spans.Find(claim.Text, claim.Occurrence);
            return claim with { Start = start, End = end };
        });
        var notClaims = gold.NotClaims.Select(notClaim =>
        {
            var (start, end) = spans.Find(notClaim.Text, notClaim.Occurrence);
            return notClaim with { Start = start, End = end };
        });
        return gold with { Claims = claims.ToList(), NotClaims = notClaims.ToList() };
    }

    /// <summary>
    /// Finds the Nth match of some words: occurrence counts from 0, each search starting one
    /// character after the previous match, so overlapping matches count.
    /// </summary>
    private sealed class SpanLocator(string path, string document, string text)
    {
        public (int Start, int End) Find(string words, int occurrence)
        {
            var at = -1;
            for (var i = 0; i <= occurrence; i++)
            {
                at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
                if (at < 0) throw new InvalidDataException($"{path}: '{words}' (occurrence {occurrence}) is not in {document}");
            }
            return (at, at + words.Length);
        }
    }
}
