using FactCheck.Extraction;
using FactCheck.Extraction.Quotes;
using FuzzySharp;

namespace FactCheck.Rules.QuoteVariance;

/// <summary>Pairs one speaker's quotes and flags versions that say nearly, but not exactly, the same.</summary>
public sealed class QuoteVarianceRule(RuleDefinition definition, int minimum, int maximum, int lowBelow, MessageTemplate message) : IPairRule
{
    public RuleDefinition Definition => definition;

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var speaker in claims.WithMetric(QuoteFinder.Metric).GroupBy(Speaker))
        {
            var quotes = speaker.ToList();
            for (var i = 0; i < quotes.Count; i++)
                for (var j = i + 1; j < quotes.Count; j++)
                {
                    var conditions = Compare(quotes[i], quotes[j]);
                    if (conditions.All(c => c.Passed)) yield return FlagFor(quotes[i], quotes[j], conditions);
                }
        }
    }

    public IReadOnlyList<Condition> Compare(Claim a, Claim b)
    {
        var similarity = Similarity(a, b);
        return
        [
            new("both quotes", $"{a.Metric} / {b.Metric}", a.Metric == QuoteFinder.Metric && b.Metric == QuoteFinder.Metric),
            new("same speaker", $"{Speaker(a)} / {Speaker(b)}", Speaker(a) == Speaker(b)),
            new("separate passages", $"{a.Document}:{a.Start} / {b.Document}:{b.Start}", a.Document != b.Document || Math.Abs(a.Start - b.Start) > a.Sentence.Length),
            new("similar wording", $"{similarity} >= {minimum}", similarity >= minimum),
            new("not the same words", $"{similarity} < {maximum}", similarity < maximum),
            // One version quoting more of the same words is an excerpt, not a variance.
            new("words that differ", string.Join("; ", WordDifference.Between(a.Sentence, b.Sentence).Take(5).Select(d => $"{d.Before} → {d.After}")),
                WordDifference.Between(a.Sentence, b.Sentence).Count > 0),
        ];
    }

    private Flag FlagFor(Claim a, Claim b, IReadOnlyList<Condition> conditions)
    {
        var similarity = Similarity(a, b);
        var differences = WordDifference.Between(a.Sentence, b.Sentence);
        var shown = string.Join("; ", differences.Take(5).Select(d => $"“{d.Before}” → “{d.After}”"));
        return new Flag
        {
            RuleId = definition.Id,
            RuleKind = "quote-variance",
            Severity = similarity < lowBelow ? Severity.Low : Severity.Info,
            Message = message.Render(new Dictionary<string, string>
            {
                ["speaker"] = Speaker(a), ["differences"] = shown, ["similarity"] = similarity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["a.document"] = a.Document, ["b.document"] = b.Document,
                ["a.date"] = a.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated", ["b.date"] = b.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated",
            }),
            Claims = [a, b],
            Conditions = conditions,
        };
    }

    /// <summary>The person or body who spoke: "Antony Blinken" rather than his family, "United States".</summary>
    private static string Speaker(Claim quote) => quote.ClaimantBody ?? quote.Claimant;

    /// <summary>Partial ratio, so a short quote inside a longer version of the same words scores as the same.</summary>
    private static int Similarity(Claim a, Claim b) => Fuzz.PartialRatio(Normalized(a.Sentence), Normalized(b.Sentence));

    private static string Normalized(string text) =>
        string.Join(' ', new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
