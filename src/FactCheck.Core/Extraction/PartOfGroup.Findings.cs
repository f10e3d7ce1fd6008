namespace FactCheck.Extraction;

/// <summary>What one search found: "Rescuers found six bodies after combing some 200 km of waterway downstream".</summary>
internal sealed partial class PartOfGroup
{
    /// <summary>
    /// A verb of finding (numbers.json searchFinds) right before the figure, in the simple past: some of the toll. Not after an auxiliary
    /// or a form of "be" ("they have found the remains of 95 people" counts so far), nor a document's finding or a share ("The poll found
    /// 32 percent"). The mention starts at its qualifier ("found almost 30 bodies").
    /// </summary>
    private bool FoundInOneSearch(List<Token> tokens, NumberMention figure)
    {
        var verb = figure.FirstToken - 1;
        // "Rescue teams discovered the bodies of eight people on Thursday who had been trapped in a garage": the remains named before
        // the figure stand between the verb and it.
        if (verb >= 3 && tokens[verb].Lower == "of" && lexicon.MetricTriggers.Match(tokens, verb - 1) is { Length: 1 } && !tokens[verb - 1].IsCapitalized)
            verb = lexicon.Grammar.Articles.Contains(tokens[verb - 2]) ? verb - 3 : verb - 2;
        if (verb < 1 || figure.Unit != "" || !lexicon.SearchFinds.Contains(tokens[verb].Lower)) return false;
        var before = tokens[verb - 1];
        return !lexicon.Sources.StrippedHead(before) && !lexicon.Grammar.Auxiliaries.Contains(before) && !lexicon.Grammar.BeForms.Contains(before);
    }
}
