using System.Text.Json;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Reports;

namespace FactCheck.Review;

/// <summary>
/// Reviewed flags as schema.org ClaimReview JSON-LD, for publishing: one review per reviewed claim
/// (a sentence of one document), whatever number of decided flags it is in. Flags still unreviewed,
/// awaiting follow-up or stale are not published. The claim's appearance is its article's URL; a
/// document without one is named in a warning and its reviews carry no appearance, never a local path.
/// </summary>
public static class ClaimReviewExport
{
    private static readonly Dictionary<string, (int Rating, string Name)> Ratings = new()
    {
        ["confirmed"] = (2, "Disputed by other sources"),
        ["explained"] = (3, "Differs for an explained reason"),
        ["dismissed"] = (4, "Consistent with other sources"),
    };

    public static void Write(IReadOnlyList<ReportedFlag> flags, ILookup<string, VerdictEntry> history, string publisher,
        IReadOnlyDictionary<string, string?> urls, ClaimAuthor authors, IWarningSink warnings, Stream output)
    {
        // A stale verdict was about other figures: publishing it would misstate what was checked.
        var decided = flags.Where(f => !f.Stale && Ratings.ContainsKey(f.Verdict))
            .Select(f => (Flag: f, Decision: history[f.Flag.Id].Last())).ToList();
        var reviews = decided
            .SelectMany(d => d.Flag.Flag.Claims.Select(claim => (Claim: claim, d.Flag, d.Decision)))
            .GroupBy(r => (r.Claim.Document, r.Claim.SentenceStart, r.Claim.SentenceEnd))
            .OrderBy(g => g.Key.Document, StringComparer.Ordinal).ThenBy(g => g.Key.SentenceStart);
        var unlinked = new SortedSet<string>(StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var review in reviews)
        {
            var claim = review.First().Claim;
            var url = urls.GetValueOrDefault(claim.Document);
            if (!IsWebAddress(url)) unlinked.Add(claim.Document);
            // The most disputing verdict stands for the claim: disputed by one source is disputed.
            var rating = review.Select(r => Ratings[r.Flag.Verdict]).MinBy(r => r.Rating);
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ClaimReview");
            json.WriteString("datePublished", review.Max(r => r.Decision.RecordedAt).ToString("yyyy-MM-dd"));
            json.WriteString("claimReviewed", claim.Sentence.Trim());
            WriteAuthor(json, "Organization", publisher);
            WriteItemReviewed(json, claim, IsWebAddress(url) ? url : null, authors);
            json.WriteStartObject("reviewRating");
            json.WriteString("@type", "Rating");
            json.WriteNumber("ratingValue", rating.Rating);
            json.WriteNumber("worstRating", 1);
            json.WriteNumber("bestRating", 5);
            json.WriteString("alternateName", rating.Name);
            json.WriteEndObject();
            json.WriteString("reviewBody", string.Join(" ", review.DistinctBy(r => r.Flag.Flag.Id)
                .Select(r => r.Decision.Note ?? r.Flag.Flag.Message).Distinct(StringComparer.Ordinal)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        foreach (var document in unlinked)
            warnings.Warn(document, "no URL known (give it as 'url:' in front matter, in manifest.json, or a url column); its ClaimReviews have no appearance");
    }

    private static void WriteItemReviewed(Utf8JsonWriter json, Claim claim, string? url, ClaimAuthor authors)
    {
        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        // An unattributed figure is the article's own: its publisher, when known, made the claim.
        var author = claim.Claimant == Claim.Unattributed ? claim.Publisher : claim.ClaimantBody ?? claim.Claimant;
        if (author is not null)
            WriteAuthor(json, claim.Claimant == Claim.Unattributed ? ClaimAuthor.Organization : authors.TypeOf(author), author);
        if (claim.AssertedOn is { } date) json.WriteString("datePublished", date.ToString("yyyy-MM-dd"));
        if (url is not null)
        {
            json.WriteStartObject("appearance");
            json.WriteString("@type", "CreativeWork");
            json.WriteString("url", url);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteAuthor(Utf8JsonWriter json, string type, string name)
    {
        json.WriteStartObject("author");
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    /// <summary>Only an absolute http(s) address is published: a file path or a script URL must never reach a page.</summary>
    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
