namespace FactCheck.Extraction;

/// <summary>A relative clause on the counted noun, or a definite whole a part is of, up to the main verb that says what happened to the figure's group.</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>
    /// A relative clause right after the figure and its noun, or a definite whole the figure is part of, up to the main verb: an auxiliary
    /// or a form of "be" past the clause's own verb, with a trigger of what happened to people (no mere handling, "were identified") right
    /// after it: "Two protesters who sustained critical injuries during clashes have died". Null when there is none.
    /// </summary>
    private (int Start, int End)? RelativeClauseOnNoun(List<Token> tokens, NumberMention mention)
    {
        // "almost everyone aboard except two who were rescued have perished": the main verb is the whole's, not the exception's.
        if (mention.FirstToken > 0 && Grammar.Exceptives.Contains(tokens[mention.FirstToken - 1])) return null;
        // "Three of the 45,000 police officers deployed overnight were injured": a definite whole after the part describes its own group;
        // "141 of the 179 people killed have tentatively been identified", "Eight of the dead remain unidentified": even when what the
        // part's verb says is a mere handling.
        // "Three of the injured died in hospital", "two of the 181 passengers and crew aboard survived": or a verb in the past.
        if (WholeAfterPart(tokens, mention) is { } whole) return UpToTheMainVerb(tokens, mention.EndToken, whole, handling: true) ?? UpToAPastVerb(tokens, mention.EndToken, whole - 1);
        for (var r = mention.EndToken; r < Math.Min(tokens.Count, mention.EndToken + 3); r++)
        {
            if (!tokens[r].IsWord) return null;
            if (!Grammar.RelativePronouns.Contains(tokens[r])) continue;
            var j = r + 1;
            while (j < tokens.Count && (Grammar.BeForms.Contains(tokens[j]) || Grammar.Auxiliaries.Contains(tokens[j]))) j++;
            return UpToTheMainVerb(tokens, r, j + 1) ?? UpToAPastVerb(tokens, r, j + 1);
        }
        return null;
    }

    /// <summary>
    /// "Seven people who were injured in the crisis died Saturday night": from <paramref name="start"/> to a main verb in the past tense with
    /// no auxiliary, a trigger of what happened to people right after the relative clause's last noun; null when there is none.
    /// </summary>
    private (int Start, int End)? UpToAPastVerb(List<Token> tokens, int start, int from)
    {
        for (var j = from + 1; j < tokens.Count && tokens[j].Text is not ("," or ";" or ":" or "." or "–" or "—"); j++)
            if (tokens[j] is { IsWord: true, IsCapitalized: false } verb && verb.Lower.EndsWith("ed", StringComparison.Ordinal)
                && tokens[j - 1] is { IsWord: true, IsCapitalized: false } noun && !Grammar.FunctionWords.Contains(noun) && !Grammar.Articles.Contains(noun)
                && lexicon.MetricTriggers.Match(tokens, j) is { } trigger && trigger.Value.Any(t => t.People && !t.CountedNoun))
                return (start, j);
        return null;
    }

    /// <summary>
    /// From <paramref name="start"/> to the main verb: an auxiliary or a form of "be" from <paramref name="from"/> on, before the clause
    /// ends, with a trigger of what happened to people right after it; null when there is none.
    /// </summary>
    private (int Start, int End)? UpToTheMainVerb(List<Token> tokens, int start, int from, bool handling = false)
    {
        for (var j = from; j < tokens.Count && tokens[j].Text is not ("," or ";" or ":" or "." or "–" or "—"); j++)
        {
            if (!Grammar.BeForms.Contains(tokens[j]) && !Grammar.Auxiliaries.Contains(tokens[j]) && !(handling && Grammar.LinkingVerbs.Contains(tokens[j]))) continue;
            for (var main = j + 1; main < Math.Min(tokens.Count, j + 4); main++)
                if (lexicon.MetricTriggers.Match(tokens, main) is { } trigger
                    && trigger.Value.Any(t => t.People && !t.CountedNoun || handling && t.Metric == "count" && !DescribedAs(tokens, main + trigger.Length))) return (start, j);
            return null;
        }
        return null;
    }

    /// <summary>"two of the dead were identified as police officers": what the part was, not what was done with it.</summary>
    private static bool DescribedAs(List<Token> tokens, int k) => k < tokens.Count && tokens[k].Lower == "as";

    /// <summary>
    /// Where the definite whole after a part ends its opening: "of the 179", "out of the 160", "of those killed", "of the dead"; past the
    /// whole's figure or its word of what happened. Null when the figure is no part of a definite whole.
    /// </summary>
    private int? WholeAfterPart(List<Token> tokens, NumberMention mention)
    {
        var k = mention.EndToken;
        if (k < tokens.Count && tokens[k].Lower == "out") k++;
        if (k + 2 >= tokens.Count || tokens[k].Lower != "of" || tokens[k + 1].Lower is not ("the" or "those")) return null;
        if (IsFigure(tokens, k + 2)) return k + 3;
        return lexicon.MetricTriggers.Match(tokens, k + 2) is { } what && what.Value.Any(t => t.People && !t.CountedNoun) ? k + 2 + what.Length : null;
    }
}
