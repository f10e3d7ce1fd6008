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
        if (k >= tokens.Count || !IsFigure(tokens, k)) return false;
        // "with 13 people still missing three weeks after the blasts": a length of time is no object.
        var after = k + (lexicon.NumberWords.Match(tokens, k)?.Length ?? 1);
        return !(after < tokens.Count && lexicon.Durations.Contains(tokens[after].Lower));
    }

    private bool IsFigure(List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null || lexicon.Vague.Match(tokens, k) is not null;

    /// <summary>Another figure in tokens[from..to), outside an aside, joined by "and" or not.</summary>
    private bool AnyFigureBetween(List<Token> tokens, int from, int to, HashSet<int> aside)
    {
        for (var k = from; k < to; k++)
            if (!aside.Contains(k) && IsFigure(tokens, k)) return true;
        return false;
    }

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

    /// <summary>
    /// "15 deaths", "37 injuries": the noun right after the figure is what happened, and what was counted is people. Not a participle after
    /// a figure that counted a group earlier in the sentence: "At least 12 US service members killed, 15 injured" counts service members twice.
    /// </summary>
    private bool CountsPeopleByWhatHappened(List<Token> tokens, NumberMention mention, Frame? previous) =>
        lexicon.MetricTriggers.Match(tokens, mention.EndToken) is { } happened && happened.Value.Any(t => t.People && !t.OnlyBefore)
        && !(previous is { Unit: "people" } && tokens[mention.EndToken].Lower.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"out of 275", "of the 278": a whole, whose noun the part after it gives.</summary>
    private static bool WholeOfAPart(List<Token> tokens, NumberMention mention)
    {
        var k = mention.FirstToken - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        return k >= 0 && tokens[k].Lower == "of";
    }

    /// <summary>
    /// Tokens of an aside after the figure: between dashes ("4.3 million children – more than half ... –
    /// have had to leave"), or between commas opened by a part marker ("about 9,500 people, including
    /// 1,500 in the capital, took part"). The verb after it is the figure's.
    /// </summary>
    private HashSet<int> Parenthetical(List<Token> tokens, NumberMention mention)
    {
        var aside = new HashSet<int>();
        var open = -1;
        for (var k = mention.EndToken; k < tokens.Count; k++)
        {
            // "At least five passengers and three railway staffers - the locomotive pilot ... - were killed": a spaced hyphen is a dash;
            // "over 33 million -- one in every seven Pakistanis -- have been affected": so are two hyphens, typed for one.
            var doubled = tokens[k].Text == "-" && k + 1 < tokens.Count && tokens[k + 1] is { Text: "-", SpaceBefore: false };
            if (tokens[k].Text is not ("–" or "—") && !doubled && !(tokens[k].Text == "-" && tokens[k].SpaceBefore && k + 1 < tokens.Count && tokens[k + 1].SpaceBefore)) continue;
            var close = doubled ? k + 1 : k;
            if (open < 0) { open = k; k = close; continue; }
            for (var j = open; j <= close; j++) aside.Add(j);
            return aside;
        }
        for (var k = mention.EndToken; k < Math.Min(tokens.Count - 1, mention.EndToken + 4); k++)
        {
            if (tokens[k].Text != ",") continue;
            // "The bodies of 81 victims, including 50 children, of them 32 girls and 18 boys, remain unidentified": asides one after another.
            if (PartOfGroup.AsidesOnPartEnd(lexicon, tokens, k + 1) is { } last)
            {
                for (var j = k; j <= last; j++) aside.Add(j);
                break;
            }
            // "About a dozen women, who had been in the building when it was seized, were evacuated": a relative clause too.
            if (!Grammar.RelativePronouns.Contains(tokens[k + 1])) break;
            for (var close = k + 1; close < tokens.Count && tokens[close].Text is not ("." or ";"); close++)
            {
                if (tokens[close].Text != ",") continue;
                for (var j = k; j <= close; j++) aside.Add(j);
                break;
            }
            break;
        }
        return aside;
    }

    /// <summary>Whether toll links lead from <paramref name="from"/> straight to a figure before <paramref name="before"/>: "toll rises to 288".</summary>
    private bool LinksToFigure(List<Token> tokens, int from, int before)
    {
        var k = from;
        while (k < before && Grammar.TollLinks.Contains(tokens[k])) k++;
        if (k == from || k >= before || tokens[k].Kind != TokenKind.Number && lexicon.NumberWords.Match(tokens, k) is null) return false;
        // "the number of deaths is 275 and not 288": figures joined by "and" share their measure.
        for (var j = k + 1; j < before; j++)
            if (Grammar.Coordinators.Contains(tokens[j])) return false;
        return true;
    }

    /// <summary>"attack suspects", "protest leaders": an event's word before a plural noun, as its modifier.</summary>
    private bool ModifiesPluralNoun(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || lexicon.Events.Kinds.Match(tokens, k) is not { Length: 1 }) return false;
        var next = tokens[k + 1];
        return next.IsWord && char.IsLower(next.Text[0]) && next.Lower.Length > 3 && next.Lower.EndsWith('s') && !next.Lower.EndsWith("ss", StringComparison.Ordinal)
               && !Grammar.FunctionWords.Contains(next);
    }

    /// <summary>"displaced" in "40 displaced Rohingya Muslims", "injured" in "200 injured people": a one-word participle right before a noun.</summary>
    private bool AttributiveParticiple(List<Token> tokens, int k, int length)
    {
        if (length != 1 || k + 1 >= tokens.Count) return false;
        var word = tokens[k].Lower;
        var next = tokens[k + 1];
        // "150 injured Saturday when masked gunmen stormed": a day after it is when, not whom.
        return (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) && next.IsWord && !Grammar.FunctionWords.Contains(next)
               && !lexicon.Places.Prepositions.Contains(next.Lower) && lexicon.MetricTriggers.Match(tokens, k + 1) is null
               && !lexicon.Time.Weekdays.ContainsKey(next.Lower) && !lexicon.Time.Months.ContainsKey(next.Lower) && lexicon.Time.Relative.Match(tokens, k + 1) is null;
    }

    private const int InfinitiveObjectModifiers = 2;

    /// <summary>
    /// "Thousands of rescuers raced to evacuate residents from deadly flooding": a verb of an infinitive after the figure, whose object is
    /// a group of people of its own, is done to that group, not to the figure's ("More than 5,000 people were forced to evacuate" still is).
    /// </summary>
    private bool InfinitiveOnAnotherGroup(List<Token> tokens, NumberMention mention, int k, int length)
    {
        if (k <= mention.EndToken || tokens[k - 1].Lower != "to") return false;
        var obj = k + length;
        while (obj < tokens.Count && obj - (k + length) < InfinitiveObjectModifiers && lexicon.Subjects.Match(tokens, obj) is null
               && (Grammar.Articles.Contains(tokens[obj]) || Grammar.Possessives.Contains(tokens[obj]) || tokens[obj] is { IsWord: true, IsCapitalized: false })) obj++;
        return obj < tokens.Count && lexicon.Subjects.Match(tokens, obj) is { Value: var group } && lexicon.PeopleSubjects.Contains(group);
    }
}
