namespace FactCheck.Extraction;

/// <summary>Which of two places a sentence names a figure is at: the one it is given at, its own phrase's, the more precise, the nearer.</summary>
internal sealed partial class PlaceReader
{
    private bool Better(PlaceMention a, PlaceMention b, NumberMention figure, List<Token> tokens)
    {
        if (a.Dateline != b.Dateline) return !a.Dateline;
        if (a.Adjective != b.Adjective) return !a.Adjective;
        // "58 fatalities in the town of Petropolis and 19 in Sumidouro": the place the figure itself is given at.
        var (boundA, boundB) = (GivenAt(tokens, a, figure), GivenAt(tokens, b, figure));
        if (boundA != boundB) return boundA;
        // "one of dozens of localities in the hard-hit region of Valencia, where 92 people died": the place a "where" clause opens on.
        var (whereA, whereB) = (WhereClauseOn(tokens, a, figure), WhereClauseOn(tokens, b, figure));
        if (whereA != whereB) return whereA;
        // "16 troops died ... in the town of Volnovakha, in addition to one soldier killed in another attack in the region of
        // Luhansk": a place in the figure's own phrase outranks one in the phrase of another figure.
        if (OwnPhrase(tokens, a, figure) && InAnotherFiguresPhrase(tokens, b, figure)) return true;
        if (OwnPhrase(tokens, b, figure) && InAnotherFiguresPhrase(tokens, a, figure)) return false;
        if (a.Located != b.Located) return a.Located;
        // "at least 44 in the Caribbean", "in the U.S. stood at 31": a part of the world is no narrower than a country; the nearer decides.
        var (sa, sb) = (Rank(a), Rank(b));
        if (sa != sb) return sa < sb;
        return Distance(a, figure) < Distance(b, figure);
    }

    /// <summary>Whether a noun follows: a word that is no function word, verb of being, auxiliary, reporting verb or past form in "-ed".</summary>
    private bool BeforeANoun(List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].IsWord && !lexicon.Grammar.FunctionWords.Contains(tokens[k]) && !lexicon.Grammar.BeForms.Contains(tokens[k])
        && !lexicon.Grammar.Auxiliaries.Contains(tokens[k]) && lexicon.AttributionVerbs.Match(tokens, k) is null
        && !tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal);

    private int Rank(PlaceMention place) => PartOfTheWorld(place) ? Specificity[PlacePrecision.Country] : Specificity[place.Precision];

    /// <summary>A listed region that lies in no country ("the Caribbean", "eastern Caribbean", "the Middle East").</summary>
    private bool PartOfTheWorld(PlaceMention place) =>
        place.Precision == PlacePrecision.Region && Places.Named(Places.PathOf(place.Name)) is { Kind: PlacePrecision.Region, In: null };

    /// <summary>
    /// "19 in Sumidouro", "seven patients at Jinnah Hospital Karachi", "58 fatalities in the town of Petropolis": a place
    /// right after the figure, or its noun, and "in" or "at".
    /// </summary>
    private bool GivenAt(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        var k = place.FirstToken - 1;
        while (k > figure.EndToken && (lexicon.Grammar.Articles.Contains(tokens[k]) || tokens[k].Lower == "of" || Places.IsDirection(tokens[k])
                                       || Places.Nouns.Match(tokens, k) is { Length: 1 } && !tokens[k].IsCapitalized || Places.ProximityWords.Contains(tokens[k].Lower)
                                       // "80 deaths at two Cairo hospitals": how many sites there.
                                       || tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is { Length: 1 }
                                       // "gathered in Madrid's Plaza de Cibeles": the city that holds the site.
                                       || tokens[k].IsCapitalized && (tokens[k].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[k].Text.EndsWith("’s", StringComparison.Ordinal)))) k--;
        if (k <= figure.EndToken - 1 || !lexicon.Grammar.SitePrepositions.Contains(tokens[k])) return false;
        if (k == figure.EndToken || k == figure.EndToken + 1 && tokens[figure.EndToken].IsWord && !tokens[figure.EndToken].IsCapitalized) return true;
        // "five men died in nearby Majske Poljane", "12 people were killed in Petrinja", "10 bodies were found in Cuba": the verb of what
        // happened to them, then the place.
        if (k > figure.EndToken + 3 || lexicon.MetricTriggers.Match(tokens, k - 1) is not { Length: 1 } && !PassiveVerbBefore(tokens, k)) return false;
        for (var between = figure.EndToken; between < k; between++)
            if (!tokens[between].IsWord || tokens[between].IsCapitalized) return false;
        return true;
    }

    /// <summary>A participle after a verb of being right before tokens[k] ("were found", "were recovered"), no function word.</summary>
    private bool PassiveVerbBefore(List<Token> tokens, int k) =>
        k >= 2 && tokens[k - 1] is { IsWord: true, IsCapitalized: false } participle && !lexicon.Grammar.FunctionWords.Contains(participle)
        && lexicon.Grammar.BeForms.Contains(tokens[k - 2]);

    private const int WhereClauseReach = 4;

    /// <summary>A place right before ", where" and, a few words on, the figure; or before the place that says where it lies ("in Postville, Iowa, where").</summary>
    private static bool WhereClauseOn(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        var comma = place.EndToken;
        if (comma + 1 < figure.FirstToken && tokens[comma].Text == "," && tokens[comma + 1].IsCapitalized)
            for (var k = comma + 1; k < figure.FirstToken && tokens[k].IsCapitalized; k++)
                if (tokens[k + 1].Text == ",") { comma = k + 1; break; }
        var where = comma + 1;
        return where < figure.FirstToken && tokens[comma].Text == "," && tokens[where].Lower == "where" && figure.FirstToken - where <= WhereClauseReach;
    }

    /// <summary>A place introduced after the figure, in its phrase: no comma, bracket or other figure between.</summary>
    private static bool OwnPhrase(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        if (!place.Located || place.Adjective || place.FirstToken < figure.EndToken) return false;
        for (var k = figure.EndToken; k < place.FirstToken; k++)
            if (tokens[k].Text is "," or ";" or "(" or ")" or "—" or "–" || IsFigure(tokens[k])) return false;
        return true;
    }

    /// <summary>
    /// A place set off from the figure by a comma and another figure: after that figure ("..., and a $25 million loan on a tower
    /// in Chicago"), or before the figure and after one ("16 troops died ... in Volnovakha, in addition to one soldier").
    /// </summary>
    private static bool InAnotherFiguresPhrase(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        var (from, to) = place.EndToken <= figure.FirstToken ? (place.EndToken, figure.FirstToken) : (figure.EndToken, place.FirstToken);
        var comma = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text is "," or ";") comma = true;
            else if (comma && place.FirstToken >= figure.EndToken && IsFigure(tokens[k])) return true;
        }
        if (!comma || place.FirstToken >= figure.EndToken) return false;
        for (var k = place.FirstToken - 1; k >= 0; k--)
            if (IsFigure(tokens[k])) return true;
        return false;
    }

    /// <summary>Digits that are no year: another figure of the sentence.</summary>
    private static bool IsFigure(Token token) =>
        token.Kind == TokenKind.Number && token.Text.All(char.IsDigit) && !(token.Text.Length == 4 && token.Text[0] is '1' or '2');

    private static int Distance(PlaceMention place, NumberMention figure) =>
        place.EndToken <= figure.FirstToken ? figure.FirstToken - place.EndToken : place.FirstToken - figure.EndToken;
}
