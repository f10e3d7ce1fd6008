namespace FactCheck.Extraction;

/// <summary>A nation's people counted as such: across the nation, not in the city a story is filed from.</summary>
internal sealed partial class PlaceReader
{
    [ThreadStatic] private static List<Token>? _singular;

    /// <summary>
    /// "More than 3,900 Filipinos have been killed", "A total of 246 Texans lost their lives", "millions of Americans": a listed
    /// people's plural right after the figure (or its "of"), naming the people counted rather than describing a noun after it
    /// ("405 Chinese passengers", "Ukrainian pilots"), gives the country or region they are the people of, and where that word stands;
    /// null otherwise.
    /// </summary>
    public (PlaceEntry Place, int Token)? NationCounted(List<Token> tokens, NumberMention figure)
    {
        var k = figure.EndToken;
        if (k < tokens.Count && tokens[k].Lower == "of") k++;
        if (k >= tokens.Count || tokens[k] is not { IsWord: true, IsCapitalized: true } people || people.Text.Length <= 4 || !people.Text.EndsWith('s')) return null;
        var singular = _singular ??= [];
        singular.Clear();
        Tokenizer.TokenizeInto(singular, people.Text, 0, 0, people.Text.Length - 1, lexicon.Words);
        if (Places.Adjectives.Match(singular, 0) is not { Length: 1, Value: var place } || place.Kind is not (PlacePrecision.Country or PlacePrecision.Region))
            return null;
        // "Ukrainians living abroad", "Syrians who fled": the people named are where the words after them say, not in their nation.
        var next = k + 1;
        if (next < tokens.Count && tokens[next] is { IsWord: true } after
            && (after.IsCapitalized || lexicon.Subjects.Match(tokens, next) is not null || lexicon.Grammar.RelativePronouns.Contains(after)
                || after.Lower.EndsWith("ing", StringComparison.Ordinal)))
            return null;
        return (place, k);
    }
}
