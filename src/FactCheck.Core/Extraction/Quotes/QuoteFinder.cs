using System.Text.RegularExpressions;
using FactCheck.Ingestion;

namespace FactCheck.Extraction.Quotes;

/// <summary>
/// Finds quoted statements and who made them, as claims of metric "quote", so a rule can notice the
/// same speaker quoted in different words. A quote with no speaker is left out: it compares with nothing.
/// </summary>
internal sealed partial class QuoteFinder(Lexicon lexicon)
{
    private const int MinimumWords = 6;

    [GeneratedRegex(@"“(?<text>[^“”]+)”|""(?<text>[^""\n]+)""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^A quote from (?<speaker>.+)$")]
    private static partial Regex PullQuoteCredit();

    /// <summary>Whether a line may hold a quote: a quotation mark, or a pull quote's closing "»".</summary>
    public static bool MayHoldQuote(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny(QuoteMarks) >= 0;

    /// <summary>
    /// The quotes of one line (an index into the document's lines) and their speakers, from the line's
    /// attributions (token indices into <paramref name="tokens"/>) and the last person named so far.
    /// </summary>
    public void InLine(Document document, DocumentTokens tokenized, int l, List<Token> tokens, List<(Attribution Attribution, int At, bool DocumentAuthor)> attributions,
        ClaimantEntry? lastPerson,
        DocumentSection current, List<Claim> quotes)
    {
        var lines = tokenized.Lines;
        var (start, end) = lines[l];
        var line = document.Text.AsSpan(start, end - start);
        foreach (var match in Quoted().EnumerateMatches(line))
        {
            // Both forms are a quotation mark, the text, a quotation mark.
            var textStart = start + match.Index + 1;
            var quoteEnd = start + match.Index + match.Length - 1;
            if (WordCount(document.Text.AsSpan(textStart, quoteEnd - textStart)) < MinimumWords) continue;
            // "“All of this undermines our ability to do the job.” Robert Gallucci ... said": a quote closed by a full stop ends its
            // sentence, so the next sentence's speaker is not its own.
            var closed = document.Text.AsSpan(textStart, quoteEnd - textStart).TrimEnd().EndsWith(".");
            var speaker = Nearest(document.Text, attributions, textStart, quoteEnd, closed) ?? (HasPronoun(tokens) && lastPerson is { } person ? From(person) : null);
            if (speaker is not null) quotes.Add(QuoteClaim(document, textStart, quoteEnd, speaker, current));
        }
        // A pull quote: a line closed by "»" and credited on the next line ("A quote from Antony Blinken, ...").
        if (line.TrimEnd().EndsWith('»') && !line.Contains('«') && NextLine(document.Text, lines, l) is { } credit
            && PullQuoteCredit().Match(credit) is { Success: true } by)
        {
            var creditTokens = Tokenizer.Tokenize(by.Groups["speaker"].Value, 0, 0, by.Groups["speaker"].Length, lexicon.Words);
            var named = Enumerable.Range(0, creditTokens.Count).Select(k => lexicon.ClaimantAliases.Match(creditTokens, k)).FirstOrDefault(m => m is not null);
            var quoteEnd = start + line.TrimEnd().Length - 1;
            if (named is { } entry && WordCount(line) >= MinimumWords)
                quotes.Add(QuoteClaim(document, start, quoteEnd, From(entry.Value), current));
        }
    }

    /// <summary>
    /// The attribution nearest a quote's end, outside the quote: a source the quote itself names ("The Railways said
    /// that ...") is not its speaker, a document's author ("in a CBS News poll") says no quote, and a quote closed by a full
    /// stop (<paramref name="closed"/>) is spoken by no one named after it; nor is a quote whose sentence ends before the
    /// source ("Merkley said the delegation was “not here today to recommend ...,” when asked .... Myanmar officials have said").
    /// </summary>
    private Attribution? Nearest(string text, List<(Attribution Attribution, int At, bool DocumentAuthor)> attributions, int quoteStart, int quoteEnd, bool closed)
    {
        Attribution? nearest = null;
        var distance = int.MaxValue;
        foreach (var (attribution, at, documentAuthor) in attributions)
        {
            if (documentAuthor || attribution.Agentless || at >= quoteStart && at < quoteEnd || closed && at >= quoteEnd) continue;
            var d = Math.Abs(at - quoteEnd);
            // Read for a sentence's end only when nearer than the nearest so far: a one-line article holds many quotes and sources.
            if (d < distance && !(at >= quoteEnd && SentenceEndsBetween(text, quoteEnd + 1, at))) (nearest, distance) = (attribution, d);
        }
        return nearest;
    }

    /// <summary>A full stop, question or exclamation mark, then a space and a capital, in text[from..to); not an abbreviation's or an initial's stop ("Lt.-Gen.", "J. Smith").</summary>
    private bool SentenceEndsBetween(string text, int from, int to)
    {
        for (var k = from; k + 2 < to; k++)
        {
            if (text[k] is not ('.' or '?' or '!') || text[k + 1] != ' ' || !char.IsUpper(text[k + 2])) continue;
            var word = k;
            while (word > from && char.IsLetter(text[word - 1])) word--;
            var before = text[word..k];
            if (text[k] == '.' && (before.Length <= 1 || lexicon.Abbreviations.Contains(before) || lexicon.Titles.Contains(before))) continue;
            return true;
        }
        return false;
    }

    /// <summary>What <see cref="Quoted"/> needs in a line ("“", '"'), or a pull quote ("»").</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("“\"»");

    private static Attribution From(ClaimantEntry entry) =>
        entry.Family is null ? new Attribution(entry.Name, null, entry.Side, 0) : new Attribution(entry.Family, entry.Name, entry.Side, 0);

    private static Claim QuoteClaim(Document document, int start, int end, Attribution speaker, DocumentSection section)
    {
        var text = document.Text[start..end].Trim();
        return new Claim
        {
            Document = document.Path,
            Metric = Claim.QuoteMetric,
            Subject = "statement",
            Low = 0,
            High = 0,
            Qualifier = Claim.QuoteMetric,
            Unit = Claim.QuoteMetric,
            Claimant = speaker.Claimant,
            ClaimantBody = speaker.Body,
            AssertedOn = section.Date ?? document.Published,
            Start = start,
            End = end,
            SentenceStart = start,
            SentenceEnd = end,
            Sentence = text,
        };
    }

    private bool HasPronoun(List<Token> tokens) => tokens.Any(lexicon.Grammar.PersonalPronouns.Contains);

    /// <summary>Runs of characters between spaces.</summary>
    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) count++;
        return count;
    }

    private static string? NextLine(string text, List<(int Start, int End)> lines, int index)
    {
        for (var k = index + 1; k < lines.Count; k++)
            if (lines[k].End > lines[k].Start) return text[lines[k].Start..lines[k].End].Trim();
        return null;
    }
}
