namespace FactCheck.Extraction;

/// <summary>Counts of none: "no one died", "No civilians were killed", "no deaths were reported".</summary>
internal sealed partial class NumberRecognizer
{
    /// <summary>
    /// "no one died", "nobody was hurt": none of anyone; "No civilians were killed", "no deaths were reported": none of the people or
    /// casualties the noun right after names, when a death, an injury, a disappearance or an arrest is what did not happen. Not "no
    /// evidence", "no longer".
    /// </summary>
    /// <param name="skip">How many tokens to step past when there is no count: all of "no one", whose "one" is no figure ("no one has been
    /// pulled alive from the rubble"), else one.</param>
    private NumberMention? None(List<Token> tokens, int i, out int skip)
    {
        skip = 1;
        if (lexicon.NoneAlone.Match(tokens, i) is { Length: var alone })
        {
            skip = alone;
            return HappenedToPeopleAfter(tokens, i + alone) ? new NumberMention(i, i + alone, 0, 0, "exact", "") { NumberToken = i, IsNone = true } : null;
        }
        if (lexicon.NoneWords.Match(tokens, i) is not { Length: var length } || i + length >= tokens.Count) return null;
        var noun = i + length;
        // "no bodies of any terrorist suspects had been recovered": none found yet says nothing of how many died.
        var casualties = NoneTriggerAt(tokens, noun) && !lexicon.NoneOfBodies.Contains(tokens[noun].Lower);
        var people = lexicon.Subjects.Match(tokens, noun) is { Value: var group, Length: var nounLength } && lexicon.PeopleSubjects.Contains(group)
                     && HappenedToPeopleAfter(tokens, noun + nounLength)
                     || tokens[noun].IsCapitalized && lexicon.Demonyms.ContainsKey(tokens[noun].Text) && HappenedToPeopleAfter(tokens, noun + 1);
        return casualties || people ? new NumberMention(i, noun, 0, 0, "exact", "") { NumberToken = i, IsNone = true } : null;
    }

    private const int NoneVerbReach = 5;

    private bool NoneTriggerAt(List<Token> tokens, int k) =>
        lexicon.MetricTriggers.Match(tokens, k) is { Value: var triggers } && triggers.Any(t => t.People && lexicon.NoneMetrics.Contains(t.Metric));

    /// <summary>"no one died", "nobody had been injured": what happens to people is the verb right after, auxiliaries aside; not "no-one knows are missing".</summary>
    private bool HappenedToPeopleAfter(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + NoneVerbReach && tokens[k].IsWord; k++)
        {
            if (NoneTriggerAt(tokens, k)) return true;
            if (!lexicon.Grammar.Auxiliaries.Contains(tokens[k]) && !lexicon.Grammar.BeForms.Contains(tokens[k])) return false;
        }
        return false;
    }
}
