using System.Text.Json;
using FactCheck.Store;

namespace FactCheck.Review;

/// <summary>
/// Reviewed flags as schema.org ClaimReview JSON-LD, for publishing: one review per claim of a
/// decided flag. Flags still unreviewed or awaiting follow-up are not published.
/// </summary>
public static class ClaimReviewExport
{
    private static readonly Dictionary<string, (int Rating, string Name)> Ratings = new()
    {
        ["confirmed"] = (2, "Disputed by other sources"),
        ["explained"] = (3, "Differs for an explained reason"),
        ["dismissed"] = (4, "Consistent with other sources"),
    };

    public static void Write(IReadOnlyList<StoredFlag> flags, ILookup<string, VerdictEntry> history, string publisher, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var flag in flags)
        {
            // A stale verdict was about other figures: publishing it would misstate what was checked.
            if (flag.Stale || !Ratings.TryGetValue(flag.Verdict, out var rating)) continue;
            var decision = history[flag.Flag.Id].Last();
            foreach (var claim in flag.Flag.Claims)
            {
                json.WriteStartObject();
                json.WriteString("@context", "https://schema.org");
                json.WriteString("@type", "ClaimReview");
                json.WriteString("datePublished", decision.RecordedAt.ToString("yyyy-MM-dd"));
                json.WriteString("claimReviewed", claim.Sentence.Trim());
                json.WriteStartObject("author");
                json.WriteString("@type", "Organization");
                json.WriteString("name", publisher);
                json.WriteEndObject();
                json.WriteStartObject("itemReviewed");
                json.WriteString("@type", "Claim");
                json.WriteStartObject("author");
                json.WriteString("@type", claim.ClaimantBody is null ? "Organization" : "Person");
                json.WriteString("name", claim.ClaimantBody ?? claim.Claimant);
                json.WriteEndObject();
                if (claim.AssertedOn is { } date) json.WriteString("datePublished", date.ToString("yyyy-MM-dd"));
                json.WriteStartObject("appearance");
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", claim.Document);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("reviewRating");
                json.WriteString("@type", "Rating");
                json.WriteNumber("ratingValue", rating.Rating);
                json.WriteNumber("worstRating", 1);
                json.WriteNumber("bestRating", 5);
                json.WriteString("alternateName", rating.Name);
                json.WriteEndObject();
                json.WriteString("reviewBody", decision.Note ?? flag.Flag.Message);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }
}
