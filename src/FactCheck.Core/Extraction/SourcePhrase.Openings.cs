namespace FactCheck.Extraction;

/// <summary>Where a source phrase read back from its verb opens: past a list, a place the sentence opens in, or loose words of the figure's clause.</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>Whether the name ending at tokens[last] is the last of a list: a coordinator or a comma before its capitalized run.</summary>
    private bool EndsAList(List<Token> tokens, int last)
    {
        var k = last;
        while (k > 0 && tokens[k].IsCapitalized) k--;
        return Grammar.Coordinators.Contains(tokens[k]) || tokens[k].Text == ",";
    }

    /// <summary>
    /// The preposition opening a list of places that ends with the place tokens[start..end) and follows a source noun ("Diplomats in
    /// Indonesia, Pakistan and India"), or null.
    /// </summary>
    private int? PlaceListAfterSource(List<Token> tokens, int start, int end)
    {
        if (!IsPlaceName(tokens, start, end)) return null;
        var j = start - 1;
        var listed = false;
        while (j >= 2 && (Grammar.Coordinators.Contains(tokens[j]) || tokens[j].Text == ","))
        {
            var nameStart = j - 1;
            while (nameStart > 0 && tokens[nameStart - 1].IsCapitalized) nameStart--;
            if (!IsPlaceName(tokens, nameStart, j)) return null;
            (listed, j) = (true, nameStart - 1);
        }
        return listed && j >= 1 && lexicon.Places.Prepositions.Contains(tokens[j].Lower) && tokens[j - 1].IsWord
               && (!tokens[j - 1].IsCapitalized || j == 1) && Words.Nouns.Contains(tokens[j - 1].Lower) ? j : null;
    }

    /// <summary>
    /// The preposition before the place tokens[start..] names, past a place it belongs to set off by a comma ("in Falls Church,
    /// Virginia"), when a word comes before it; null otherwise.
    /// </summary>
    private int? PrepositionBeforePlace(List<Token> tokens, int start)
    {
        var j = start - 1;
        if (j >= 2 && tokens[j].Text == ",")
        {
            var nameStart = j;
            while (nameStart > 0 && tokens[nameStart - 1].IsCapitalized) nameStart--;
            if (nameStart == j) return null;
            j = nameStart - 1;
        }
        return j >= 1 && tokens[j] is { IsWord: true, IsCapitalized: false } && lexicon.Places.Prepositions.Contains(tokens[j].Lower) && tokens[j - 1].IsWord ? j : null;
    }

    private bool IsPlaceName(List<Token> tokens, int start, int end) =>
        start < end && tokens[start].IsCapitalized && lexicon.Places.Aliases.Match(tokens, start) is { } place && start + place.Length == end;

    /// <summary>The last preposition in tokens(start..k) with a name or an article after it.</summary>
    private int? LastPrepositionBefore(List<Token> tokens, int start, int k)
    {
        for (var j = k - 1; j > start; j--)
            if (tokens[j] is { IsWord: true, IsCapitalized: false } && lexicon.Places.Prepositions.Contains(tokens[j].Lower)
                && (tokens[j + 1].IsCapitalized || Grammar.Articles.Contains(tokens[j + 1]))
                // "The figure was disputed by police, who said": a passive's agent.
                || tokens[j].Lower == "by" && (tokens[j + 1].IsCapitalized || Grammar.Articles.Contains(tokens[j + 1]) || Words.Nouns.Contains(tokens[j + 1].Lower)))
                return j;
        return null;
    }

    /// <summary>
    /// An article in tokens(start..k] after lower-case words that name no source and end in no preposition ("injured the country's
    /// disaster agency"), where the source opens; null when the words before it belong to the source ("head of the department"). A
    /// sentence adverb not set off opens none either: "however police said 338,000 people were counted".
    /// </summary>
    private int? ArticleAfterLooseWords(List<Token> tokens, int start, int k)
    {
        if (start < k && Grammar.AsideAdverbs.Contains(tokens[start])) return start + 1;
        for (var j = start; j <= k; j++)
        {
            if (j == start || !Grammar.Articles.Contains(tokens[j]))
            {
                if (tokens[j] is not { IsWord: true, IsCapitalized: false } || Words.Nouns.Contains(tokens[j].Lower) || Grammar.FunctionWords.Contains(tokens[j])) return null;
                continue;
            }
            return j > start && !Grammar.FunctionWords.Contains(tokens[j - 1]) && j < k ? j : null;
        }
        return null;
    }

    /// <summary>
    /// The last article in tokens[2..k] ("In this case the police"), where an unnamed source opens after a phrase a preposition opened
    /// the sentence with ("With one of the largest Muslim populations in the United States, estimated by" names no source).
    /// </summary>
    private int? ArticleAfterOpening(List<Token> tokens, int k)
    {
        if (tokens[k].IsCapitalized || !Words.Nouns.Contains(tokens[k].Lower)) return null;
        for (var j = k - 1; j >= 2; j--)
            if (Grammar.Articles.Contains(tokens[j])) return j;
        return null;
    }

    /// <summary>The capitalized run ending in a possessive at tokens[end - 1] ("the BBC's", "CNN’s"), without its "'s"; null for any other phrase.</summary>
    private Attribution? PossessiveName(List<Token> tokens, int start, int end)
    {
        var last = tokens[end - 1];
        if (!last.IsCapitalized || !(last.Text.EndsWith("'s", StringComparison.Ordinal) || last.Text.EndsWith("’s", StringComparison.Ordinal)) || last.Text.Length < 4)
            return null;
        var first = end - 1;
        while (first > start && tokens[first - 1].IsCapitalized && !Grammar.OpensSentence(tokens[first - 1].Text)) first--;
        var name = Join(tokens, first, end);
        return new Attribution(name[..^2], null, null, first) { SourceStart = first };
    }

    /// <summary>
    /// Where the source opens after an adverbial opening the sentence: a conjunction or an aside adverb ("But", "Meanwhile"), a relative day
    /// or a weekday ("Today", "Monday"), a time a plural unit counts back ("Hours earlier", "Two days ago"), when an article or a name follows
    /// it before <paramref name="k"/>; else null. (A preposition opening the sentence, "On Monday", is read before this.)
    /// </summary>
    private int? OpeningAdverbialEnd(List<Token> tokens, int k)
    {
        if (k < 1 || !tokens[0].IsCapitalized) return null;
        var end = 0;
        if (Grammar.Contrastives.Contains(tokens[0]) || Grammar.Coordinators.Contains(tokens[0]) || Grammar.AsideAdverbs.Contains(tokens[0])
            || Grammar.EarlierStatements.Contains(tokens[0]) || IsWeekday(tokens[0])) end = 1;
        else if (lexicon.Time.Relative.Match(tokens, 0) is { Length: var relative }) end = relative;
        else
        {
            // "Hours earlier", "Two days ago": a number word may count the unit.
            var unit = lexicon.NumberWords.Match(tokens, 0) is { Length: 1 } ? 1 : 0;
            if (unit + 1 < tokens.Count && tokens[unit] is { IsWord: true } plural && plural.Lower.EndsWith('s') && lexicon.Time.Ago.Contains(tokens[unit + 1].Lower))
                end = unit + 2;
        }
        if (end == 0) return null;
        if (end < k && tokens[end].Text == ",") end++;
        return end < k && (tokens[end].IsCapitalized || Grammar.SourceDeterminers.Contains(tokens[end])) ? end : null;
    }

    /// <summary>Where the article after a capitalized run of at most three words from tokens[1] stands, before <paramref name="k"/>; or null.</summary>
    private int? NamedRunThenArticle(List<Token> tokens, int k)
    {
        var run = 1;
        while (run < k && run <= 3 && tokens[run] is { IsWord: true, IsCapitalized: true }) run++;
        return run > 1 && run < k && tokens[run] is { IsCapitalized: false } article && Grammar.Articles.Contains(article) ? run : null;
    }

    private Attribution? PersonAtEnd(List<Token> tokens, int from, int end) => PersonAtEnd(tokens, from, end, Words, lexicon.Titles, lexicon.Places, Grammar);
}
