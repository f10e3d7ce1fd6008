namespace FactCheck.Extraction;

/// <summary>How far a count moved on the way to its level: "drops by two", ", up by 5,046", "rose to 13 after three bodies were found".</summary>
internal sealed partial class PartOfGroup
{
    /// <summary>Before "by": a verb of change, itself or with its adverb ("drops by two", "went up by one"), the measure it moved
    /// ("raised the toll by three"), or the adverb alone after a comma ("19,509, up by 5,046 from Wednesday's 14,463").</summary>
    private bool MovedBy(List<Token> tokens, int k)
    {
        var grammar = lexicon.Grammar;
        if (grammar.ChangeVerbs.Contains(tokens[k])) return true;
        // "One official raised the toll by three", "lowered its estimate by 12": the measure a verb moved, named between them.
        if (grammar.MeasureNouns.Contains(tokens[k]))
            for (var j = k - 1; j >= Math.Max(0, k - 3) && tokens[j].IsWord; j--)
                if (grammar.ChangeVerbs.Contains(tokens[j])) return true;
        return grammar.ChangeAdverbs.Contains(tokens[k]) && k >= 1 && (grammar.ChangeVerbs.Contains(tokens[k - 1]) || tokens[k - 1].Text == ",");
    }

    /// <summary>
    /// "The death toll rose to 13 after three bodies were found on a walking trail": a figure in a clause that says why a count moved to
    /// the level just before it ("after", "as", "when"; not a contrast) counts what moved it, when it counts what the level does.
    /// </summary>
    private bool MovedTheLevel(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        NumberMention? level = null;
        foreach (var other in sentenceFigures)
            if (other.EndToken <= figure.FirstToken) level = other;
        if (level is null || !LevelReached(tokens, level)) return false;
        var grammar = lexicon.Grammar;
        var opener = false;
        for (var k = level.EndToken; k < figure.FirstToken; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || grammar.Contrastives.Contains(tokens[k]) || grammar.Concessives.Contains(tokens[k])
                || grammar.UnmarkedContrastives.Contains(tokens[k])) return false;
            opener |= lexicon.ClauseOpeners.Contains(tokens[k].Lower);
        }
        return opener && Counted(tokens, figure.EndToken, figure.EndToken + MovedReach) is { } moved && Counted(tokens, 0, level.FirstToken) == moved;
    }

    private const int MovedReach = 4;

    /// <summary>The metric of the first word in tokens[from..to) that names what happened to people ("death toll", "bodies"), or null.</summary>
    private string? Counted(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < Math.Min(to, tokens.Count); k++)
            if (lexicon.MetricTriggers.Match(tokens, k) is { Value: var triggers } && triggers.FirstOrDefault(t => t.People) is { } trigger) return trigger.Metric;
        return null;
    }

    /// <summary>"has risen to 91 as two more people succumbed": the level a count moved to; "more" after it is what moved it.</summary>
    private bool LevelReached(List<Token> tokens, NumberMention figure)
    {
        var k = figure.FirstToken - 1;
        if (k < 0) return false;
        if (lexicon.Grammar.LevelVerbs.Contains(tokens[k])) return true;
        return k >= 1 && (tokens[k].Lower == "to" && lexicon.Grammar.ChangeVerbs.Contains(tokens[k - 1]) || tokens[k].Lower == "at" && lexicon.Grammar.LevelVerbs.Contains(tokens[k - 1]));
    }
}
