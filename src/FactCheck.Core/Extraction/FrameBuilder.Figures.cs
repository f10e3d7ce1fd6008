namespace FactCheck.Extraction;

/// <summary>Where the other figures of a sentence stand against the one being framed: whose verb or measure a trigger is.</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>
    /// "A stampede among thousands of people ... killed at least 60": a verb's object figure, past its qualifier, at tokens[k]; the verb
    /// is that figure's, not one's named before it.
    /// </summary>
    private bool ObjectFigureAt(List<Token> tokens, int k)
    {
        if (k < tokens.Count && lexicon.Qualifiers.Match(tokens, k) is { } qualifier) k += qualifier.Length;
        return k < tokens.Count && IsFigure(tokens, k);
    }

    private bool IsFigure(List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null || lexicon.Vague.Match(tokens, k) is not null;

    /// <summary>
    /// Another figure in tokens[from..to) ("with thousands more missing" too), not one joined to this by "and" ("19 children and six adults
    /// died" share the verb), nor one in an aside ("9,500 people, including 1,500 in the capital, took part").
    /// </summary>
    private bool FigureBetween(List<Token> tokens, int from, int to, HashSet<int> aside)
    {
        for (var k = from; k < to; k++)
        {
            if (aside.Contains(k)) continue;
            if (Grammar.Coordinators.Contains(tokens[k])) return false;
            if (IsFigure(tokens, k)) return !JoinedBefore(tokens, k, to);
        }
        return false;
    }

    /// <summary>
    /// "Among the 121 dead were 112 women and seven children": the figure at <paramref name="other"/> and its words, then "and",
    /// right before the figure at <paramref name="figure"/>: one list, sharing the words before it.
    /// </summary>
    private bool JoinedBefore(List<Token> tokens, int other, int figure)
    {
        if (figure - other < 2 || !Grammar.Coordinators.Contains(tokens[figure - 1])) return false;
        for (var k = other + 1; k < figure - 1; k++)
            if (!tokens[k].IsWord || IsFigure(tokens, k) || Grammar.Coordinators.Contains(tokens[k])) return false;
        return true;
    }
}
