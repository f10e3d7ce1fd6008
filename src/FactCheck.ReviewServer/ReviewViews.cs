using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.ReviewServer;

/// <summary>A claim as the page shows it: who, what, the event it is about, and its sentence inside its paragraph.</summary>
/// <param name="Event">What happened, where and when, as read for the claim: why two figures are taken for one event.</param>
/// <param name="SentenceStart">Offsets into <paramref name="Paragraph"/>, so the page can highlight without parsing.</param>
public sealed record ClaimView(
    string Id, string Claimant, string? Date, string Figure, string Metric, string Subject, string Event, string Document, string DocumentTitle,
    string Paragraph, int SentenceStart, int SentenceEnd, int FigureStart, int FigureEnd);

public sealed record ConditionView(string Name, string Inputs, bool Passed);

public sealed record VerdictView(string Flag, string Verdict, string? Note, string Reviewer, string At);

public sealed record FlagView(
    string Id, string Rule, string Severity, string Message, string Verdict, bool Stale,
    IReadOnlyList<ClaimView> Claims, IReadOnlyList<ConditionView> Conditions, IReadOnlyList<VerdictView> History);

/// <summary>Builds the page's views from the store; document text is passed through as data, never as markup.</summary>
internal sealed class ReviewViews(IDocumentStore documents, IVerdictLog verdictLog, IReadOnlyDictionary<string, string> titles)
{
    /// <summary>Paragraphs longer than this are cut around the sentence: the whole document is a link away.</summary>
    private const int MaximumParagraph = 1600;

    private readonly Dictionary<string, string?> _texts = [];

    public FlagView View(StoredFlag stored) => new(
        stored.Flag.Id, stored.Flag.RuleId, stored.Flag.Severity.ToString().ToLowerInvariant(), stored.Flag.Message,
        stored.Verdict, stored.Stale,
        stored.Flag.Claims.Select(Claim).ToList(),
        stored.Flag.Conditions.Select(c => new ConditionView(c.Name, c.Inputs, c.Passed)).ToList(),
        verdictLog.VerdictHistory(stored.Flag).Select(v => new VerdictView(v.FlagId, v.Verdict, v.Note, v.Reviewer,
            v.RecordedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).ToList());

    private ClaimView Claim(Claim claim)
    {
        var (paragraph, offset) = ParagraphAround(claim);
        return new ClaimView(
            claim.Id, claim.Claimant, claim.AssertedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FigureFormatter.Format(claim), claim.Metric, claim.Side is null ? claim.Subject : $"{claim.Side} {claim.Subject}",
            EventDescription.Of(claim), claim.Document, titles.GetValueOrDefault(claim.Document, claim.Document),
            paragraph, claim.SentenceStart - offset, claim.SentenceEnd - offset, claim.Start - offset, claim.End - offset);
    }

    /// <summary>The paragraph holding the claim's sentence, and where it starts in the document.</summary>
    private (string Text, int Offset) ParagraphAround(Claim claim)
    {
        if (!_texts.TryGetValue(claim.Document, out var text)) _texts[claim.Document] = text = documents.DocumentText(claim.Document);
        if (text is null || claim.SentenceEnd > text.Length || claim.SentenceStart < 0)
            return (claim.Sentence, claim.SentenceStart);

        // A line is a paragraph: readers keep paragraphs one per line, and the sentence is always whole.
        var start = claim.SentenceStart == 0 ? -1 : text.LastIndexOf('\n', claim.SentenceStart - 1);
        start = start < 0 ? 0 : start + 1;
        var end = text.IndexOf('\n', claim.SentenceEnd);
        if (end < 0) end = text.Length;
        start = Math.Max(start, claim.SentenceStart - MaximumParagraph / 2);
        end = Math.Min(end, Math.Max(claim.SentenceEnd, claim.SentenceStart + MaximumParagraph));
        return (text[start..end], start);
    }
}
