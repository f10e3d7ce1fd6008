using System.Collections.Concurrent;
using FactCheck.Extraction.Quotes;
using FactCheck.Ingestion;

namespace FactCheck.Extraction;

/// <summary>
/// The extraction pipeline: sentences → tokens → figures → (not a claim? drop) → frame and
/// claimant → claim. Stateless between documents and safe to call from several threads.
/// </summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    public const string Unattributed = "unattributed";

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private readonly Lexicon _lexicon;
    private readonly SentenceSplitter _sentences;
    private readonly NumberRecognizer _numbers;
    private readonly NonClaimFilter _filter;
    private readonly FrameBuilder _frames;
    private readonly QuoteFinder _quotes;
    private readonly ConcurrentDictionary<string, ClaimantEntry?> _fuzzyNames = new(StringComparer.Ordinal);

    public ClaimExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _sentences = new SentenceSplitter(lexicon.Abbreviations);
        _numbers = new NumberRecognizer(lexicon);
        _filter = new NonClaimFilter(lexicon);
        _frames = new FrameBuilder(lexicon);
        _quotes = new QuoteFinder(lexicon, _fuzzyNames);
    }

    public string Fingerprint => _lexicon.Fingerprint;

    public IReadOnlyList<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        var resolver = new ClaimantResolver(_lexicon, _fuzzyNames);
        using var tokenized = new DocumentTokens(document.Text, _sentences.Split(document.Text), _lexicon.Words);
        DocumentSection? section = null;
        foreach (var (span, tokens) in tokenized.Sentences)
        {
            var current = document.SectionAt(span.Start);
            if (section is not null && current != section) resolver.Reset();
            section = current;

            var attributions = resolver.Analyze(tokens);
            SentenceText? sentence = null;
            Frame? previous = null;
            foreach (var mention in _numbers.Find(tokens))
            {
                if (_filter.Reason(tokens, mention) is not null) continue;
                sentence ??= new SentenceText(document.Text, span);
                var attribution = attributions.MinBy(a => Distance(a.TokenIndex, mention));
                var frame = _frames.Build(tokens, mention, sentence, previous, attribution?.Side, resolver.Mentions);
                previous = frame;
                attribution = ForUnnamedSource(attribution, frame.Location);
                claims.Add(new Claim
                {
                    Document = document.Path,
                    Metric = frame.Metric,
                    Subject = frame.Subject,
                    Side = frame.Side,
                    Low = mention.Low,
                    High = mention.High,
                    Qualifier = mention.Qualifier,
                    Unit = frame.Unit,
                    Claimant = attribution?.Claimant ?? Unattributed,
                    ClaimantBody = attribution?.Body,
                    AssertedOn = AssertedOn(current.Date ?? document.Published, tokens),
                    Period = frame.Period,
                    Location = frame.Location,
                    Modality = frame.Modality,
                    Start = tokens[mention.FirstToken].Start,
                    End = tokens[mention.EndToken - 1].End,
                    SentenceStart = span.Start,
                    SentenceEnd = span.End,
                    Sentence = sentence.Text,
                });
            }
        }
        claims.AddRange(_quotes.Find(document, tokenized));
        return NumberOccurrences(claims);
    }

    /// <summary>"authorities said" about an event in eastern Ukraine: that country's authorities.</summary>
    private Attribution? ForUnnamedSource(Attribution? attribution, string? location)
    {
        if (attribution is null || location is null || !_lexicon.UnnamedSources.Contains(attribution.Claimant)) return attribution;
        var words = Tokenizer.Tokenize(location, 0, 0, location.Length, _lexicon.Words);
        for (var k = 0; k < words.Count; k++)
            if (_lexicon.ClaimantAliases.Match(words, k) is { } alias && !alias.Value.Person)
                return new Attribution(alias.Value.Family ?? alias.Value.Name, alias.Value.Family is null ? null : alias.Value.Name, alias.Value.Side, attribution.TokenIndex);
        return attribution;
    }

    private static int Distance(int tokenIndex, NumberMention mention) =>
        tokenIndex < mention.FirstToken ? mention.FirstToken - tokenIndex : Math.Max(0, tokenIndex - mention.EndToken);

    /// <summary>"on Wednesday" in an entry dated Thursday means the day before.</summary>
    private static DateOnly? AssertedOn(DateOnly? date, List<Token> tokens)
    {
        if (date is not { } day) return null;
        foreach (var token in tokens)
        {
            var weekday = Array.IndexOf(Weekdays, token.Text);
            if (weekday < 0) continue;
            var back = ((int)day.DayOfWeek - weekday + 7) % 7;
            return day.AddDays(-back);
        }
        return day;
    }

    /// <summary>Identical claims repeated in one document get distinct occurrence numbers, so distinct ids.</summary>
    private static List<Claim> NumberOccurrences(List<Claim> claims)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var key = claims[i].Id;
            if (seen.TryGetValue(key, out var count))
            {
                claims[i] = claims[i] with { Occurrence = count };
                seen[key] = count + 1;
            }
            else seen[key] = 1;
        }
        return claims;
    }
}
