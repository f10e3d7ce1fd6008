using FactCheck.Extraction;
using FuzzySharp;

namespace FactCheck.Rules.QuoteVariance;

/// <summary>Pairs one speaker's quotes and flags versions that say nearly, but not exactly, the same.</summary>
internal sealed class QuoteVarianceRule(RuleDefinition definition, int minimum, int maximum, int lowBelow, MessageTemplate message,
    IReadOnlyDictionary<string, string> unitSpellings) : IPairRule
{
    /// <summary>A variance changes a few words; more than this share of the shorter quote is another statement.</summary>
    private const double MostChangedShare = 0.5;
    private const int LongestChange = 5;

    public RuleDefinition Definition => definition;

    // Not pairwise: a phrase shared by very many of a speaker's quotes is skipped, so one new quote can
    // change which old pairs are compared. A check over a grown store runs this rule over every quote.
    public RuleScope Scope { get; } = RuleScope.OneMetricOf([Claim.QuoteMetric]);

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var speaker in claims.WithMetric(Claim.QuoteMetric).GroupBy(Speaker))
        {
            var quotes = speaker.Select(q => (Claim: q, Text: Normalized(Spoken(q)))).ToList();
            foreach (var (i, j) in SharingPhrases(quotes.Select(q => q.Text).ToList()))
            {
                var similarity = Fuzz.PartialRatio(quotes[i].Text, quotes[j].Text);
                if (similarity < minimum || similarity >= maximum) continue;
                var conditions = Compare(quotes[i].Claim, quotes[j].Claim, similarity);
                if (conditions.All(c => c.Passed)) yield return FlagFor(quotes[i].Claim, quotes[j].Claim, similarity);
            }
        }
    }

    public IReadOnlyList<Condition> Compare(Claim a, Claim b) => Compare(a, b, Similarity(a, b));

    /// <summary>
    /// Pairs of quotes sharing at least two three-word phrases: two versions of one statement always
    /// do, and comparing only these keeps a prolific speaker's hundreds of quotes near-linear.
    /// Phrases shared by very many quotes ("we are going") say nothing and are skipped.
    /// </summary>
    private static IEnumerable<(int, int)> SharingPhrases(IReadOnlyList<string> texts)
    {
        var byPhrase = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var words = texts[i].Split(' ');
            foreach (var phrase in Enumerable.Range(0, Math.Max(0, words.Length - 2)).Select(k => $"{words[k]} {words[k + 1]} {words[k + 2]}").Distinct())
            {
                if (!byPhrase.TryGetValue(phrase, out var list)) byPhrase[phrase] = list = new List<int>();
                list.Add(i);
            }
        }
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in byPhrase.Values.Where(l => l.Count is > 1 and <= CommonPhrase))
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++)
                    shared[(list[x], list[y])] = shared.GetValueOrDefault((list[x], list[y])) + 1;
        return shared.Where(p => p.Value >= 2).Select(p => p.Key).OrderBy(p => p);
    }

    private const int CommonPhrase = 50;

    private List<Condition> Compare(Claim a, Claim b, int similarity)
    {
        var differences = WordDifference.Between(Spoken(a), Spoken(b), unitSpellings);
        var shorter = Math.Min(Words(Spoken(a)), Words(Spoken(b)));
        var changed = differences.Sum(d => Math.Max(Words(d.Before), Words(d.After)));
        var mostChanged = MostChangedShare * shorter;
        var longest = differences.Select(d => Math.Max(Words(d.Before), Words(d.After))).DefaultIfEmpty().Max();
        return
        [
            new("both quotes", $"{a.Metric} / {b.Metric}", a.Metric == Claim.QuoteMetric && b.Metric == Claim.QuoteMetric),
            new("same speaker", $"{Speaker(a)} / {Speaker(b)}", Speaker(a) == Speaker(b)),
            new("separate passages", $"{a.Document}:{a.Start} / {b.Document}:{b.Start}", a.Document != b.Document || Math.Abs(a.Start - b.Start) > a.Sentence.Length),
            new("similar wording", $"{similarity} >= {minimum}", similarity >= minimum),
            new("not the same words", $"{similarity} < {maximum}", similarity < maximum),
            // One version quoting more of the same words is an excerpt, not a variance.
            new("words that differ", Describe(differences), differences.Count > 0),
            // Long stretches of different words make another statement that shares a phrase.
            // The changed words of both versions are counted, so they can outnumber the shorter quote's words.
            new("only a few words differ",
                $"{changed} words changed, at most {Math.Floor(mostChanged):0} allowed (half the shorter quote's {shorter}); longest change {longest} of at most {LongestChange}",
                changed <= mostChanged && longest <= LongestChange),
        ];
    }

    private Flag FlagFor(Claim a, Claim b, int similarity) => new()
    {
        RuleId = definition.Id,
        RuleKind = QuoteVarianceKind.KindName,
        Severity = similarity < lowBelow ? Severity.Low : Severity.Info,
        Message = message.Render(new Dictionary<string, string>
        {
            ["speaker"] = Speaker(a), ["differences"] = Describe(WordDifference.Between(Spoken(a), Spoken(b), unitSpellings)),
            ["similarity"] = similarity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["a.document"] = a.Document, ["b.document"] = b.Document,
            ["a.date"] = a.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated", ["b.date"] = b.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated",
        }),
        Claims = [a, b],
        Conditions = Compare(a, b, similarity),
    };

    /// <summary>Each change once, with how often it is made: “support” → “defend” (3 times).</summary>
    private static string Describe(IReadOnlyList<(string Before, string After)> differences) =>
        string.Join("; ", differences.GroupBy(d => d).Take(5)
            .Select(g => $"“{g.Key.Before}” → “{g.Key.After}”" + (g.Count() > 1 ? $" ({g.Count()} times)" : "")));

    /// <summary>The person or body who spoke: "Antony Blinken" rather than his family, "United States".</summary>
    private static string Speaker(Claim quote) => quote.ClaimantBody ?? quote.Claimant;

    /// <summary>Partial ratio, so a short quote inside a longer version of the same words scores as the same.</summary>
    private static int Similarity(Claim a, Claim b) => Fuzz.PartialRatio(Normalized(Spoken(a)), Normalized(Spoken(b)));

    /// <summary>
    /// The quote's words as spoken: "All of them [the Egyptians] died because of heat" without the words an editor put in square
    /// brackets, which no speaker said.
    /// </summary>
    private static string Spoken(Claim quote)
    {
        var text = quote.Sentence;
        if (!text.Contains('[')) return text;
        var spoken = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (depth == 0) spoken.Append(c);
        }
        return spoken.ToString();
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Normalized(string text) =>
        string.Join(' ', new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
