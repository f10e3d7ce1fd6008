namespace FactCheck.Extraction;

/// <summary>Populations: how many live in a place, beside the figures of what happened there.</summary>
internal sealed partial class CountedGroupReader
{
    /// <summary>
    /// "a population of around 46 million", "a city of a half-million people", "the former Soviet republic of
    /// 46 million people", "its seven million-strong population": how many live in a place, not what an event counted. "the city of 47 C" names, as "the city
    /// of Karachi" does.
    /// </summary>
    public bool IsPopulation(List<Token> tokens, NumberMention mention)
    {
        // "of the Hong Kong's seven million-strong population": the noun right after the figure.
        if (mention.Unit == "" && mention.EndToken < tokens.Count && Grammar.PopulationHeads.Contains(tokens[mention.EndToken])) return true;
        if (mention.Unit == "" && PlacesOwnPeople(tokens, mention)) return true;
        // "the town of Paradise, population 27,000,": the noun set before the figure, opening an aside.
        if (mention.Unit == "" && mention.FirstToken >= 2 && Grammar.PopulationHeads.Contains(tokens[mention.FirstToken - 1])
            && tokens[mention.FirstToken - 2].Text is "," or "(") return true;
        var of = mention.FirstToken - 1;
        // "a city of a half-million people".
        if (of >= 2 && tokens[of].Lower == "a") of--;
        if (mention.Unit != "" || of < 1 || !Grammar.PopulationNouns.Contains(tokens[of - 1])) return false;
        var residents = mention.EndToken < tokens.Count && (lexicon.Places.ResidentNouns.Contains(tokens[mention.EndToken].Lower) || tokens[mention.EndToken].Lower == "people");
        // "the former Soviet republic with more than 18 million inhabitants": "with" and the people who live there.
        if (tokens[of].Lower == "with") return residents && lexicon.Places.ResidentNouns.Contains(tokens[mention.EndToken].Lower);
        // "the island of 1,600 residents", "the city of 12 million that is a major hub": after "the", only with the people who live
        // there named or a figure in millions, not a name ("the city of 47 C").
        return tokens[of].Lower == "of"
            && (of < 2 || tokens[of - 2].Lower != "the" || residents || mention.Low >= MillionsOfPeople && (mention.EndToken >= tokens.Count || !tokens[mention.EndToken].IsCapitalized));
    }

    private const double MillionsOfPeople = 1_000_000;

    /// <summary>
    /// "Nearly two million of Hong Kong's seven million people turned out", "Gaza's 2.3 million people": the people a listed place's
    /// possessive owns, in millions or as the whole a part is counted "of", are its population ("the town's 300 residents were evacuated" are
    /// what happened).
    /// </summary>
    private bool PlacesOwnPeople(List<Token> tokens, NumberMention mention)
    {
        var owner = mention.FirstToken - 1;
        if (owner < 0 || mention.EndToken >= tokens.Count || !(tokens[mention.EndToken].Lower == "people" || lexicon.Places.ResidentNouns.Contains(tokens[mention.EndToken].Lower))) return false;
        var text = tokens[owner].Text;
        if (!(text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)) || text.Length < 3) return false;
        var name = text[..^2];
        var first = owner;
        // "Hong Kong's": a name of up to three words.
        while (lexicon.Places.ByAliasIgnoringCase(name) is null && first > 0 && owner - first < 2 && tokens[first - 1] is { IsWord: true, IsCapitalized: true } before)
            (name, first) = (before.Text + " " + name, first - 1);
        if (lexicon.Places.ByAliasIgnoringCase(name) is null) return false;
        var part = first >= 2 && tokens[first - 1].Lower == "of" && (tokens[first - 2].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, first - 2) is not null);
        return part || mention.Low >= MillionsOfPeople;
    }
}
