namespace FactCheck.Extraction;

/// <summary>Places a figure's sentence refers to without naming them: the country's scale ("in the Senate"), "the city", "this impoverished country".</summary>
internal sealed partial class PlaceReader
{
    /// <summary>Whether the figure's clause puts it at a country's scale: "a slim 52-48 majority in the Senate", "offices around the country".</summary>
    public bool NationalScope(List<Token> tokens, NumberMention figure)
    {
        var (from, to) = Clause(tokens, figure);
        for (var k = from; k < to; k++)
            if (Places.NationalScope.Match(tokens, k) is not null || ModifiedBody(tokens, k)) return true;
        return false;
    }

    /// <summary>"the Republican-led House", "the Democratic-controlled Senate": a national body with a hyphenated word on who holds it.</summary>
    private bool ModifiedBody(List<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Count || !lexicon.Grammar.Articles.Contains(tokens[k]) || !tokens[k + 1].Text.Contains('-')) return false;
        List<Token> plain = [tokens[k], .. tokens.GetRange(k + 2, Math.Min(3, tokens.Count - k - 2))];
        return Places.NationalScope.Match(plain, 0) is { } body && tokens[k + 1 + body.Length - 1].IsCapitalized;
    }

    /// <summary>
    /// "around 12.5 thousand people protested across the country, in Paris – 2.1 thousand": a national scope right after the
    /// figure, before any comma, or one word of it before the measure the figure is the value of ("the nationwide death toll"), is its
    /// place, whatever place the sentence names elsewhere; "nationwide", "across the country", not a body's name.
    /// </summary>
    public bool ScopedNationally(List<Token> tokens, NumberMention figure, PlaceMention own)
    {
        for (var k = figure.EndToken; k < tokens.Count && tokens[k].Text is not ("," or ";" or ":" or "—" or "–"); k++)
            // A national body ("the House of Delegates", "a Senate seat in Alabama") may be a state's: only words of extent count here.
            if (Places.NationalScope.Match(tokens, k) is { Length: var length } && !tokens[k].IsCapitalized && !tokens[k + length - 1].IsCapitalized)
                return own.EndToken <= figure.FirstToken || own.FirstToken >= k + length;
        // "With five deaths reported in North Carolina, the nationwide death toll from the storm is 105": a measure of national extent
        // whose value the figure is, in its clause, with the place the sentence names outside that measure's words.
        for (var k = figure.FirstToken - 1; k >= 0 && tokens[k].Text is not ("," or ";" or ":" or "—" or "–") && tokens[k].Kind != TokenKind.Number; k--)
            if (Places.NationalScope.Match(tokens, k) is { Length: 1 } && !tokens[k].IsCapitalized && MeasureWithin(tokens, k + 1))
                return own.EndToken <= k || own.FirstToken >= figure.EndToken;
        return false;
    }

    private const int ScopedMeasureReach = 3;

    /// <summary>Whether a measure noun ("toll", "count") stands within a few words from tokens[from] ("nationwide death toll").</summary>
    private bool MeasureWithin(List<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + ScopedMeasureReach); k++)
            if (lexicon.Grammar.MeasureNouns.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// Whether the figure's clause puts it "in the capital" nearer than the place the sentence names for it ("About 10,500 people
    /// protested across France, including 1,5 thousand people in the capital").
    /// </summary>
    public bool InCapital(List<Token> tokens, NumberMention figure, PlaceMention? own)
    {
        var (from, to) = Clause(tokens, figure);
        for (var k = Math.Max(from, 1); k < to; k++)
        {
            if (!Places.Prepositions.Contains(tokens[k - 1].Lower) || Places.CapitalReferences.Match(tokens, k) is not { } capital) continue;
            if (k + capital.Length + 1 < tokens.Count && tokens[k + capital.Length].Lower == "of") continue;
            // "The state of Morelos, just south of the capital, was hardest hit with 42 deaths": a capital a direction is taken from is a
            // reference point, not where the figure is.
            if (k >= 2 && tokens[k - 1].Lower == "of" && Places.IsDirection(tokens[k - 2])) continue;
            // "killing eight people in the capital Bangkok": the capital it names, read as a place of the sentence.
            if (k + capital.Length < tokens.Count && tokens[k + capital.Length].IsCapitalized) continue;
            // "about 9,5 thousand people, including 1,5 thousand people in the capital": the capital is the nearer figure's.
            if (NumberBetween(tokens, k, figure)) continue;
            return own is null || Distance(k, figure) < Distance(own.FirstToken, figure);
        }
        return false;
    }

    private static bool NumberBetween(List<Token> tokens, int k, NumberMention figure)
    {
        var (from, to) = k >= figure.EndToken ? (figure.EndToken, k) : (k, figure.FirstToken);
        for (var j = from; j < to; j++)
            if (tokens[j].Kind == TokenKind.Number) return true;
        return false;
    }

    private static int Distance(int k, NumberMention figure) => k >= figure.EndToken ? k - figure.EndToken : figure.FirstToken - k;

    /// <summary>
    /// The kind of place the figure's clause points back to after a preposition, "their two morgues in the city",
    /// "across the state", not "the city of Derna", which names its own; null when it points to none.
    /// </summary>
    public string? ReferredKind(List<Token> tokens, NumberMention figure)
    {
        var (from, to) = Clause(tokens, figure);
        for (var k = Math.Max(from, 1); k < to; k++)
        {
            if (!Places.Prepositions.Contains(tokens[k - 1].Lower)) continue;
            var (kind, after) = Places.References.Match(tokens, k) is { } reference ? (reference.Value, k + reference.Length) : Described(tokens, k, to);
            if (kind is null || after + 1 < tokens.Count && tokens[after].Lower == "of" && tokens[after + 1].IsCapitalized) continue;
            return kind;
        }
        // "the state's death toll from the storms had risen to 74": a possessive before the measure the figure is the value of.
        for (var k = from; k < to; k++)
            if (Places.PossessiveReferences.Match(tokens, k) is { } owner && MeasureWithin(tokens, k + owner.Length)) return owner.Value;
        return null;
    }

    /// <summary>"in parts of the country", "across the nation": a bare "the country" after a preposition in the figure's clause.</summary>
    public bool NamesTheCountry(List<Token> tokens, NumberMention figure)
    {
        var (from, to) = Clause(tokens, figure);
        for (var k = Math.Max(from, 1); k + 1 < to; k++)
            if (tokens[k].Lower == "the" && Places.Prepositions.Contains(tokens[k - 1].Lower) && lexicon.Grammar.CountryNouns.Contains(tokens[k + 1])) return true;
        return false;
    }

    /// <summary>
    /// "in this impoverished country", "in this eastern Chinese city", "in the southern state": a demonstrative or "the", up to three
    /// modifiers, then a noun for a country, city or region; the kind it refers back to and where the phrase ends.
    /// </summary>
    private (string? Kind, int End) Described(List<Token> tokens, int k, int to)
    {
        if (!lexicon.Grammar.Demonstratives.Contains(tokens[k]) && tokens[k].Lower != "the") return (null, k);
        for (var j = k + 1; j < Math.Min(to, k + 5); j++)
        {
            if (lexicon.Grammar.CountryNouns.Contains(tokens[j])) return j > k + 1 || tokens[k].Lower != "the" ? (PlacePrecision.Country, j + 1) : (null, k);
            // "the city" alone is the lexicon's own reference; a modifier before the noun makes "the" point back too ("in the coastal city").
            if (Places.Nouns.Match(tokens, j) is { Length: 1, Value: PlacePrecision.City or PlacePrecision.Region } noun)
                return j > k + 1 || tokens[k].Lower != "the" ? (noun.Value, j + 1) : (null, k);
            if (!tokens[j].IsWord || lexicon.Grammar.FunctionWords.Contains(tokens[j]) || tokens[j].IsCapitalized && Places.Adjectives.Match(tokens, j) is null) return (null, k);
        }
        return (null, k);
    }
}
