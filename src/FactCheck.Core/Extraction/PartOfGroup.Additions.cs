namespace FactCheck.Extraction;

/// <summary>Figures added to a count given before or to a measure named after them: "Another 67 people died", "three bodies ..., adding to the toll".</summary>
internal sealed partial class PartOfGroup
{
    /// <summary>"Another 67 people died": an addition word right before the figure.</summary>
    public bool Added(List<Token> tokens, NumberMention figure)
    {
        for (var start = Math.Max(0, figure.FirstToken - 2); start < figure.FirstToken; start++)
            if (lexicon.Additions.Match(tokens, start) is { } addition && start + addition.Length == figure.FirstToken) return true;
        return false;
    }

    private const int AdditionReach = 15;
    private const int AddedMeasureReach = 4;

    /// <summary>"Officials said they pulled out three bodies from the debris on Saturday, adding to the already staggering toll": words after the
    /// figure, in its clause and before any other figure, that add it to a measure named a few words on.</summary>
    public bool AddsToAMeasure(List<Token> tokens, NumberMention figure)
    {
        for (var k = figure.EndToken; k < Math.Min(tokens.Count, figure.EndToken + AdditionReach) && tokens[k].Text is not ("." or ";") && tokens[k].Kind != TokenKind.Number; k++)
        {
            if (lexicon.AdditionsToAMeasure.Match(tokens, k) is not { Length: var length }) continue;
            for (var j = k + length; j < Math.Min(tokens.Count, k + length + AddedMeasureReach); j++)
                if (lexicon.Grammar.MeasureNouns.Contains(tokens[j])) return true;
            return false;
        }
        return false;
    }
}
