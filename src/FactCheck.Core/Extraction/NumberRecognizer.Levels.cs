namespace FactCheck.Extraction;

/// <summary>"up to" a figure that is a measure's level, not a ceiling: "bringing the total body count up to 15", "Death toll from fires up to 208".</summary>
internal sealed partial class NumberRecognizer
{
    /// <summary>
    /// "up to" right after a measure, a verb of change, a measure that "is" up to it, or a headline's measure and its event; past an adverb
    /// of the toll's level between them ("the death toll was now up to 122").
    /// </summary>
    private bool RaisedTo(List<Token> tokens, int start, int length)
    {
        if (length != 2 || start == 0 || tokens[start].Lower != "up" || tokens[start + 1].Lower != "to") return false;
        var before = start - 1;
        var grammar = lexicon.Grammar;
        if (before > 0 && grammar.TollLinks.Contains(tokens[before]) && !grammar.PlaceOrTargetPrepositions.Contains(tokens[before]) && !grammar.MeasuredFrom.Contains(tokens[before]) && !grammar.BeForms.Contains(tokens[before])
            && !grammar.ChangeVerbs.Contains(tokens[before])) before--;
        return grammar.MeasureNouns.Contains(tokens[before]) || grammar.ChangeVerbs.Contains(tokens[before]) || MeasureIsUpTo(tokens, before)
               || MeasurePhraseBefore(tokens, before);
    }

    private const int MeasurePhraseReach = 5;

    /// <summary>
    /// "Death toll from fires up to 208": a headline's measure and the phrase naming its event, no verb, right before "up to". Not with a
    /// verb or a modal between them ("the toll from the floods could be up to 500" is a ceiling).
    /// </summary>
    private bool MeasurePhraseBefore(List<Token> tokens, int end)
    {
        for (var k = end; k >= Math.Max(1, end - MeasurePhraseReach); k--)
        {
            if (!tokens[k].IsWord || lexicon.Grammar.BeForms.Contains(tokens[k]) || lexicon.Grammar.Auxiliaries.Contains(tokens[k])) return false;
            // "a death toll of up to 90" is a ceiling: the preposition must open a phrase before "up to".
            if (lexicon.Places.Prepositions.Contains(tokens[k].Lower) || tokens[k].Lower is "from" or "of") return k < end && lexicon.Grammar.MeasureNouns.Contains(tokens[k - 1]);
        }
        return false;
    }

    private const int MeasureSubjectReach = 12;

    /// <summary>
    /// "The latest death count from the July 4 flash flood event in Texas is up to 129": a measure that is "up to" a figure, "is" or
    /// "was" with no modal, stands at it; "the toll could be up to 500" is a ceiling.
    /// </summary>
    private bool MeasureIsUpTo(List<Token> tokens, int be)
    {
        if (tokens[be].Lower is not ("is" or "was" or "are" or "were")) return false;
        for (var k = be - 1; k >= Math.Max(0, be - MeasureSubjectReach); k--)
        {
            if (tokens[k].Text is "," or ";") return false;
            if (lexicon.Grammar.MeasureNouns.Contains(tokens[k])) return true;
        }
        return false;
    }
}
