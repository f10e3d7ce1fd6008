namespace FactCheck.Extraction.Extractor;

/// <summary>Figures of a headline or subheading that the paragraphs under it give again.</summary>
internal sealed partial class ClaimExtractor
{
    /// <summary>How far below its subheading a figure may be given again and still be the one the subheading announces.</summary>
    private const int SubheadingReach = 1500;

    /// <summary>
    /// "Stampede at religious shrine kills 12" set above "On January 1, 2022, Indian officials said that at least 12 people were killed":
    /// a subheading announces a figure the paragraphs under it give with its source, date and place. Its own copy has none of these,
    /// so it would be read as the story's and meet other events' figures; the paragraph's copy is kept instead.
    /// "kills 12" announces "at least 12 people were killed": the same least figure, however qualified.
    /// </summary>
    private static void DropSubheadingsGivenBelow(List<Claim> claims, string text, string title)
    {
        for (var c = claims.Count - 1; c >= 0; c--)
        {
            var heading = claims[c];
            if (!IsSubheading(text, heading.SentenceStart, heading.SentenceEnd, title)) continue;
            for (var d = c + 1; d < claims.Count; d++)
            {
                var below = claims[d];
                if (below.Start - heading.End > SubheadingReach) break;
                if (below.SentenceStart > heading.SentenceEnd && below.Metric == heading.Metric && below.Low == heading.Low)
                {
                    claims.RemoveAt(c);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "UN says 87,000 refugees arrive in Bangladesh from Myanmar" over "A total of 87,000 mostly Rohingya refugees have arrived in Bangladesh since
    /// violence erupted":
    /// a headline says in short what the text gives in full, so a figure the text gives again as a count so far is one in the headline too;
    /// a later, higher count so far is then an update of it, not a rival.
    /// </summary>
    private static void HeadlineTotalsGivenBelow(List<Claim> claims, string title)
    {
        if (title.Length == 0) return;
        for (var c = 0; c < claims.Count && claims[c].SentenceStart == 0; c++)
        {
            var heading = claims[c];
            if (heading.RunningTotal || !heading.Sentence.AsSpan().Trim().SequenceEqual(title.AsSpan().Trim())) continue;
            foreach (var below in claims)
                if (below.SentenceStart > heading.SentenceEnd && below is { RunningTotal: true, PartOfGroup: false } && below.Metric == heading.Metric
                    && below.Low == heading.Low && below.High == heading.High)
                {
                    claims[c] = heading with { RunningTotal = true };
                    break;
                }
        }
    }

    /// <summary>A line of its own inside the body, past the title, that ends with no sentence's closing mark.</summary>
    private static bool IsSubheading(string text, int start, int end, string title)
    {
        if (start == 0 || text[start - 1] != '\n') return false;
        var close = end;
        while (close < text.Length && text[close] is ' ' or '\t' or '\r') close++;
        if (close < text.Length && text[close] != '\n') return false;
        var line = text.AsSpan(start, end - start).Trim();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or '"' or '”' or ':' or ';' or ',' || !char.IsUpper(line[0])) return false;
        return !line.SequenceEqual(title.AsSpan().Trim());
    }
}
