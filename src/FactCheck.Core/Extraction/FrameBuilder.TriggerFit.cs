namespace FactCheck.Extraction;

/// <summary>Whether a trigger near a figure is the figure's: its noun, its measure's group, a verb's object, one person's own death.</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>Whether a word is the noun right after the figure, an increment or "of" aside: "claimed 5,147 lives", "claims 14 more lives", "dozens of victims".</summary>
    private bool NounOf(List<Token> tokens, NumberMention mention, int k) =>
        k == mention.EndToken || k == mention.EndToken + 1 && (lexicon.Increments.Contains(tokens[mention.EndToken].Lower) || tokens[mention.EndToken].Lower == "of");

    /// <summary>
    /// "Since her death, thousands have been demonstrating": a singular noun after a person's possessive, in a phrase a preposition opens,
    /// happened to that one person; not "His death follows those of three friends who were run down", where it is the subject.
    /// </summary>
    private bool OnePersons(List<Token> tokens, int k, int length) =>
        k > 1 && length == 1 && !tokens[k].Lower.EndsWith('s') && lexicon.Sources.PossessivePronouns.TryGetValue(tokens[k - 1].Lower, out var whose) && whose == "person"
        && tokens[k - 2] is { IsWord: true } opener && (!opener.IsCapitalized || k == 2)
        && (Grammar.FunctionWords.Contains(opener.Lower) || opener.Lower.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// "232 people have lost vision", "5,000 people lost power", "3,000 workers lost their jobs": after the group, a verb that takes an
    /// object says what the group lost, not that it was lost ("Russia lost 15,000 troops", "12 fishermen were lost at sea").
    /// </summary>
    private bool ObjectAfter(List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k] is { IsWord: true, IsCapitalized: false } next
        && (Grammar.Possessives.Contains(next) || Grammar.Articles.Contains(next)
            || !Grammar.FunctionWords.Contains(next) && !next.Lower.EndsWith("ly", StringComparison.Ordinal) && lexicon.MetricTriggers.Match(tokens, k) is null);

    /// <summary>
    /// The group a measure whose value is the figure names, at <paramref name="k"/>: before it ("put the number of protesters at
    /// 240,000"), as its noun after a measure's "of" ("their figure of 1.03 million participants"), or as the noun of a figure a
    /// counting verb takes ("The CGT thus declared to have counted 3.5 million demonstrators").
    /// </summary>
    private bool GroupOfItsMeasure(List<Token> tokens, NumberMention mention, int k) =>
        k < mention.FirstToken ? k >= 2 && tokens[k - 1].Lower == "of" && Grammar.MeasureNouns.Contains(tokens[k - 2])
        : NounOf(tokens, mention, k) && mention.FirstToken >= 2
          && (tokens[mention.FirstToken - 1].Lower == "of" && Grammar.MeasureNouns.Contains(tokens[mention.FirstToken - 2]) || CountedBySource(tokens, mention));

    /// <summary>Whether a verb that reports a figure as its object takes this one: "the prefecture counted 14,800 demonstrators".</summary>
    private bool CountedBySource(List<Token> tokens, NumberMention mention) =>
        mention.FirstToken > 0 && lexicon.Sources.CountingVerbs.Contains(tokens[mention.FirstToken - 1].Lower)
        // "According to the Interior Ministry, there were about 107,000 people": so is a head count a source gives as there.
        || mention.FirstToken > 1 && tokens[mention.FirstToken - 1].Lower is "were" or "was" && tokens[mention.FirstToken - 2].Lower == "there";

    /// <summary>"four from China", "one each from France": "from" right after the figure, or after its "each".</summary>
    private static bool FromAfter(List<Token> tokens, NumberMention mention)
    {
        var k = mention.EndToken;
        if (k < tokens.Count && tokens[k].Lower == "each") k++;
        return k < tokens.Count && tokens[k].Lower == "from";
    }

    /// <summary>
    /// "170 to Civil", "in Taroudant (271)", "higher than the 99 reported earlier": no noun of its own follows the
    /// figure, as one does in "600 new cases", "two existing refugee camps", "34 of the 100 Senate seats".
    /// </summary>
    private bool NamesNothingAfter(List<Token> tokens, NumberMention mention)
    {
        if (mention.EndToken < tokens.Count && tokens[mention.EndToken].Lower == "of") return false;
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + 3); k++)
        {
            if (!tokens[k].IsWord || IsFigure(tokens, k)) return true;
            var word = tokens[k].Lower;
            // "30 to KMC hospitals": a noun after a preposition is not the figure's.
            if (lexicon.Places.Prepositions.Contains(word)) return true;
            if (!tokens[k].IsCapitalized && word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !Grammar.FunctionWords.Contains(tokens[k]))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "the number of missing, more than 300, suggesting the final victim count will likely hit 1,000": a measure
    /// named between the figure before and this one is this one's, not the elided one of a list.
    /// </summary>
    private bool MeasureSinceLastFigure(List<Token> tokens, int figure)
    {
        for (var k = figure - 1; k >= 0 && !IsFigure(tokens, k); k--)
            if (Grammar.MeasureNouns.Contains(tokens[k])) return true;
        return false;
    }
}
