using FactCheck.Ingestion;

namespace FactCheck.Extraction.Extractor;

internal sealed partial class ClaimExtractor
{
    /// <summary>
    /// The dates sentence s names, read once its first figure needs them: none from its dateline ("Paris, (UrduPoint / APP - 13th
    /// Jan, 2019 ) :Around 84,000 protesters turned out ... on Saturday" was filed that day, which the document already says), and
    /// those pointing back ("that day") given the day they point to.
    /// </summary>
    private List<DateMention> SentenceDates(DocumentTokens tokenized, int s, Document document, DocumentSection section, DateOnly? written, PlaceMention? dateline)
    {
        var tokens = tokenized.Sentences[s].Tokens;
        var filedOn = document.DateSource == DateSource.Url && written == document.Published;
        var dates = _dates.Find(tokens, written, filedOn);
        if (dateline is not null) WithoutDateline(dates, dateline);
        if (dates.Exists(d => d.PointsBack)) _dates.PointBack(dates, tokens, EarlierInSection(tokenized, s, document, section), written, filedOn);
        return dates;
    }

    private static void WithoutDateline(List<DateMention> dates, PlaceMention dateline)
    {
        // A loop, not RemoveAll: a lambda capturing the dateline would allocate for every sentence with figures.
        for (var d = dates.Count - 1; d >= 0; d--)
            if (dates[d].FirstToken < dateline.EndToken) dates.RemoveAt(d);
    }

    /// <summary>The sentences before sentence s in its section, nearest first, the headline aside.</summary>
    private static IEnumerable<List<Token>> EarlierInSection(DocumentTokens tokenized, int s, Document document, DocumentSection section)
    {
        for (var k = s - 1; k >= 0; k--)
        {
            var (span, tokens) = tokenized.Sentences[k];
            if (document.SectionAt(span.Start) != section || IsHeadline(document, span)) yield break;
            yield return tokens;
        }
    }

    /// <summary>The document's first sentence when it is its title.</summary>
    private static bool IsHeadline(Document document, SentenceSpan span) =>
        span.Start == 0 && document.Title.Length > 0 && document.Text.AsSpan(0, Math.Min(document.Text.Length, span.End)).Trim().SequenceEqual(document.Title.AsSpan().Trim());

    /// <summary>"As of late Wednesday, Civil Protection announced ...", "By Friday, ...": the sentence opens with the time its figure is dated to.</summary>
    private bool OpensWithItsTime(List<Token> tokens, int bodyStart, AsOfDate asOf)
    {
        if (asOf.Span is not { } span || bodyStart >= tokens.Count || _lexicon.Time.StandingAt.Match(tokens, bodyStart) is not { } opener) return false;
        var after = bodyStart + opener.Length;
        return after < tokens.Count && span.Start <= tokens[after].Start && span.Start >= tokens[bodyStart].Start;
    }
}
