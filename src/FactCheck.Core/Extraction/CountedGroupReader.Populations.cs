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
}
