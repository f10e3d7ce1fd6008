namespace FactCheck.Extraction;

/// <summary>What stands right around a figure: its own noun, a verb of its own or before it, a bare measure before it, an event named as the subject.</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>
    /// "157 bridges damaged": a participle within a few words after the figure, with no metric of its own; not a compound adjective
    /// ("two self-propelled howitzers ... were missing").
    /// </summary>
    private bool OwnPredicate(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + 4); k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
            if (k < mention.EndToken + 3 && tokens[k].Lower.Length > 4 && !tokens[k].Lower.Contains('-') && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) && lexicon.Subjects.Match(tokens, k) is null)
                return lexicon.MetricTriggers.Match(tokens, k) is null;
            // "because nearly 300 people had told authorities they weren't planning to evacuate": a reporting verb after an auxiliary.
            if (k > mention.EndToken && k < mention.EndToken + 3 && Grammar.Auxiliaries.Contains(tokens[k - 1]) && lexicon.AttributionVerbs.Match(tokens, k) is not null)
                return lexicon.MetricTriggers.Match(tokens, k) is null;
            // "where some 750 people had been staying": a progressive after its auxiliaries.
            // Not a part of a group named before it: "23 of those were trespassing".
            if (k > mention.EndToken && tokens[mention.EndToken].Lower != "of" && tokens[k].Lower.Length > 5 && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)
                && (Grammar.BeForms.Contains(tokens[k - 1]) || Grammar.Auxiliaries.Contains(tokens[k - 1])))
                return lexicon.MetricTriggers.Match(tokens, k) is null;
        }
        return false;
    }

    private const int ModifiedPredicateReach = 8;

    /// <summary>
    /// 'after around 3,600 patients displaying "neurotoxic symptoms" flooded into three hospitals': the figure's own past-tense verb
    /// after its noun and a participle's phrase (quotes and all), within a few lower-case words.
    /// </summary>
    private bool OwnPredicateAfterModifiers(List<Token> tokens, NumberMention mention)
    {
        var participle = false;
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + ModifiedPredicateReach); k++)
        {
            if (tokens[k].Text is "\"" or "“" or "”") continue;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || Grammar.FunctionWords.Contains(tokens[k]) && !participle) return false;
            var word = tokens[k].Lower;
            if (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal)) participle = true;
            else if (participle && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && lexicon.Subjects.Match(tokens, k) is null)
                return lexicon.MetricTriggers.Match(tokens, k) is null;
        }
        return false;
    }

    /// <summary>"30 cases": a plural noun right after the figure that no list names and no trigger is, so no group of people.</summary>
    private bool OwnThingNoun(List<Token> tokens, NumberMention mention)
    {
        var k = mention.EndToken;
        if (k >= tokens.Count || tokens[k] is not { IsWord: true, IsCapitalized: false } || Grammar.FunctionWords.Contains(tokens[k])) return false;
        var word = tokens[k].Lower;
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
               && lexicon.MetricTriggers.Match(tokens, k) is null && lexicon.Subjects.Match(tokens, k) is null;
    }

    /// <summary>
    /// A figure right after a reporting verb, naming nothing after it: "the police are saying at least 750,000", "Police estimates suggested
    /// there were less than 200,000".
    /// </summary>
    private bool ReportedBare(List<Token> tokens, NumberMention mention)
    {
        var verb = mention.FirstToken - 1;
        while (verb > 0 && (tokens[verb].Lower is "there" or "that" || Grammar.BeForms.Contains(tokens[verb]))) verb--;
        // "The Ministry of the Interior has counted 480,000 on its side": a phrase a preposition opens may follow, or another clause ("The
        // U.N.'s migration agency estimated up to 400 while Greece declined to speculate").
        return verb >= 0 && verb < mention.FirstToken && lexicon.AttributionVerbs.Match(tokens, verb) is not null && NamesNothingAfter(tokens, mention)
               && (mention.EndToken >= tokens.Count || !tokens[mention.EndToken].IsWord || lexicon.Places.Prepositions.Contains(tokens[mention.EndToken].Lower)
                   || Grammar.Contrastives.Contains(tokens[mention.EndToken]));
    }

    /// <summary>
    /// "The latest count is 764", "a higher tally, of 38", "the total stood at 759", "police put the number closer to 500,000": a measure
    /// noun alone right before the figure, past its links or the qualifier the figure opens with.
    /// </summary>
    private bool BareMeasureJustBefore(List<Token> tokens, NumberMention mention)
    {
        var figure = mention.FirstToken;
        var k = figure - 1;
        while (k >= 0 && (Grammar.TollLinks.Contains(tokens[k]) || tokens[k].Text == ",")) k--;
        return (k < figure - 1 || mention.FirstToken < mention.NumberToken) && k >= 0 && Grammar.MeasureNouns.Contains(tokens[k]) && lexicon.MetricTriggers.Match(tokens, k) is null
               && !(k > 0 && lexicon.MetricTriggers.Match(tokens, k - 1) is not null);
    }

    /// <summary>
    /// "Thousands of trees have been uprooted and livestock has also been badly affected": "and" or "but", then a subject of its
    /// own (a word or two, no figure) and its auxiliary, opens a clause whose verb is not the figure's.
    /// </summary>
    private bool SubjectJoinedBetween(List<Token> tokens, int from, int to)
    {
        // The figure's own predicate comes first: "2,200 special forces units and airborne troops had been deployed" is one subject.
        var verbSeen = false;
        for (var k = from; k < to; k++)
        {
            verbSeen |= Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k]);
            if (!verbSeen || !Grammar.Coordinators.Contains(tokens[k]) && !Grammar.Contrastives.Contains(tokens[k])) continue;
            for (var j = k + 2; j < Math.Min(to, k + 4); j++)
            {
                if (Grammar.BeForms.Contains(tokens[j]) || Grammar.Auxiliaries.Contains(tokens[j]))
                    return tokens[k + 1].IsWord && !Grammar.FunctionWords.Contains(tokens[k + 1]) && !IsFigure(tokens, k + 1);
                if (!tokens[j].IsWord || IsFigure(tokens, j)) break;
            }
        }
        return false;
    }

    /// <summary>
    /// A coordinator, then within a few words a subject pronoun and a verb before the figure ("..., and earlier this week they blew up three
    /// bridges"): the figure is that clause's, unless the verb reports ("its dead, but we estimate it in hundreds").
    /// </summary>
    private bool PronounClauseBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!Grammar.Coordinators.Contains(tokens[k]) && !Grammar.Contrastives.Contains(tokens[k])) continue;
            for (var j = k + 1; j < Math.Min(to - 1, k + 5); j++)
                // "but we estimate it in hundreds": a reporting verb passes the trigger's measure on.
                if (Grammar.SubjectPronouns.Contains(tokens[j])) return lexicon.AttributionVerbs.Match(tokens, j + 1) is null;
                else if (!tokens[j].IsWord || IsFigure(tokens, j)) break;
        }
        return false;
    }

    /// <summary>A figure among the few words before a trigger, none before <paramref name="from"/>: its subject ("16 people have died"), or the later figure whose noun it is ("11 passengers and six crew members").</summary>
    private bool FigureJustBefore(List<Token> tokens, int trigger, int from = 0)
    {
        for (var k = trigger - 1; k >= Math.Max(from, trigger - 4); k--)
            if (IsFigure(tokens, k)) return true;
            else if (!tokens[k].IsWord) return false;
        return false;
    }

    /// <summary>A form of "be" or an auxiliary within a few words after the figure ("dozens of communities are", "12 are in hospital").</summary>
    private bool OwnVerbAfter(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + 4); k++)
            if (Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k])) return true;
            else if (!tokens[k].IsWord || lexicon.MetricTriggers.Match(tokens, k) is not null) return false;
        return false;
    }

    /// <summary>"40 displaced Rohingya Muslims were killed", "... killed in attack": a verb or a trigger past a figure's participle and noun, in its clause.</summary>
    private bool VerbPastItsNoun(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.EndToken + 1; k < Math.Min(tokens.Count, mention.EndToken + 1 + VerbPastNounReach); k++)
            if (!tokens[k].IsWord) return false;
            else if (Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k]) || lexicon.MetricTriggers.Match(tokens, k) is not null) return true;
        return false;
    }

    private const int VerbPastNounReach = 5;

    /// <summary>"and authorities said", "but police say": a coordinator, then a reporting verb within a few words.</summary>
    private bool StatementJoinedBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!Grammar.Coordinators.Contains(tokens[k]) && !Grammar.Contrastives.Contains(tokens[k])) continue;
            for (var verb = k + 1; verb < Math.Min(to, k + 5); verb++)
                if (lexicon.AttributionVerbs.Match(tokens, verb) is not null) return true;
        }
        return false;
    }

    private bool ClauseOpensBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (lexicon.ClauseOpeners.Contains(tokens[k].Lower) || AndThat(tokens, k)) return true;
        return false;
    }

    /// <summary>"and that" at tokens[k]: a second clause a verb of saying takes, its own subject and verb after it.</summary>
    private static bool AndThat(List<Token> tokens, int k) => k >= 1 && tokens[k].Lower == "that" && tokens[k - 1].Lower == "and";

    /// <summary>
    /// "sought refuge in Bangladesh, where two existing refugee camps are bursting": a clause opened right after a comma, or a second
    /// "that" clause joined by "and" ("said there were multiple fatalities and that three men and one woman are in custody"). Not
    /// one that repeats the verb before it: "At least three protesters died in the violence, as did at least three police officers".
    /// </summary>
    private bool ClauseSetOffBetween(List<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 1); k < to && k + 1 < tokens.Count; k++)
            if ((tokens[k - 1].Text == "," && lexicon.ClauseOpeners.Contains(tokens[k].Lower) || AndThat(tokens, k))
                && !Grammar.Auxiliaries.Contains(tokens[k + 1]) && !Grammar.BeForms.Contains(tokens[k + 1]))
                return true;
        return false;
    }

    /// <summary>"nearly 300 people missing": a trigger right after another figure and its noun is that figure's.</summary>
    private bool FollowsFigure(List<Token> tokens, int k, HashSet<int> aside) =>
        k >= 1 && (IsFigure(tokens, k - 1) || k >= 2 && tokens[k - 1].IsWord && !aside.Contains(k - 1) && IsFigure(tokens, k - 2));

    /// <summary>The plain lower-case noun right before a figure that stands alone in brackets ("cases (10,306)"), or null.</summary>
    private int? BracketedAfter(List<Token> tokens, NumberMention mention)
    {
        var noun = mention.FirstToken - 2;
        if (noun < 0 || tokens[mention.FirstToken - 1].Text != "(" || mention.EndToken >= tokens.Count || tokens[mention.EndToken].Text != ")") return null;
        var word = tokens[noun];
        return word.IsWord && !word.IsCapitalized && !Grammar.FunctionWords.Contains(word) && word.Lower.Length > 3 && word.Lower.EndsWith('s') ? noun : null;
    }

    /// <summary>
    /// The article or possessive a noun at <paramref name="k"/> takes, right before it or before up to three modifiers ("the edges of the
    /// crowd", "guarding a pro-Ukraine rally"); -1 if none after <paramref name="after"/>.
    /// </summary>
    private int DeterminedBefore(List<Token> tokens, int k, int after)
    {
        for (var j = k - 1; j > after && j >= k - 4; j--)
        {
            if (Grammar.Articles.Contains(tokens[j]) || Grammar.Possessives.Contains(tokens[j])) return j;
            if (!(tokens[j].IsWord || tokens[j].Text == "-") || Grammar.FunctionWords.Contains(tokens[j]) || lexicon.MetricTriggers.Match(tokens, j) is not null) return -1;
        }
        return -1;
    }

    /// <summary>A figure in tokens[from..figure), outside an aside set off by two commas ("The death toll ..., once feared to be well
    /// more than 100 people, is expected to land between 95 and 99").</summary>
    /// <summary>Whether the number at tokens[number] follows "by" (a qualifier between allowed) and "to" the figure right after it.</summary>
    private bool ByOnTheWayTo(List<Token> tokens, int number, int figure)
    {
        if (number + 2 != figure || tokens[number + 1].Lower != "to") return false;
        var k = number - 1;
        for (var start = Math.Max(0, number - 3); start < number; start++)
            if (lexicon.Qualifiers.Match(tokens, start) is { } qualifier && start + qualifier.Length == number) { k = start - 1; break; }
        return k >= 0 && tokens[k].Lower == "by";
    }

    private bool FigureBefore(List<Token> tokens, int from, int figure)
    {
        for (var k = from; k < figure; k++)
        {
            if (tokens[k].Text == ",")
            {
                var close = k + 1;
                while (close < figure && tokens[close].Text is not ("," or ";" or ".")) close++;
                if (close < figure && tokens[close].Text == ",") { k = close; continue; }
            }
            // "more than doubled in 24 hours": a duration counts nothing.
            if (k + 1 < figure && lexicon.Durations.Contains(tokens[k + 1].Lower)) continue;
            // "The latest death count from the July 4 flash flood event": nor does a day of a month.
            // "the Oct. 7 Hamas attack": an abbreviated month keeps its stop.
            if (tokens[k].Kind == TokenKind.Number && (Month(tokens, k - 1) || Month(tokens, k + 1) || k >= 2 && tokens[k - 1].Text == "." && Month(tokens, k - 2))) continue;
            // "The official death toll from the storm jumped by nearly 1200 to 5209": how far the measure moved on its way to the figure.
            // "has risen by three to 15": so does a number in words.
            if ((tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is { Length: 1 }) && ByOnTheWayTo(tokens, k, figure)) continue;
            // "in Tuesday’s devastating 6.2 magnitude earthquake", "from the 7.8-magnitude earthquake": a reading on a scale counts nothing.
            if (tokens[k].Kind == TokenKind.Number && (k + 1 < figure && lexicon.ScaleWords.Match(tokens, k + 1) is not null || k > 0 && lexicon.ScaleWords.Match(tokens, k - 1) is not null
                                                       || k + 2 < figure && tokens[k + 1] is { Text: "-", SpaceBefore: false } && lexicon.ScaleWords.Match(tokens, k + 2) is not null)) continue;
            if (tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null || lexicon.Vague.Match(tokens, k) is not null) return true;
        }
        return false;
    }

    private bool Month(List<Token> tokens, int k) => k >= 0 && k < tokens.Count && tokens[k].IsCapitalized && lexicon.Time.Months.ContainsKey(tokens[k].Lower);

    /// <summary>
    /// A word naming an event before the figure, after an article or before a relative pronoun: the subject of the figure's verb ("The
    /// protests claimed 19 lives", "demonstrations that claimed at least 19 lives").
    /// </summary>
    private bool EventAsSubject(List<Token> tokens, int k, NumberMention mention) =>
        k < mention.FirstToken && k > 0 && lexicon.Events.Kinds.Match(tokens, k) is { } named
        && (Grammar.Articles.Contains(tokens[k - 1]) || k + named.Length < mention.FirstToken && Grammar.ThingRelatives.Contains(tokens[k + named.Length]));

    /// <summary>Whether a trigger that fits, a verb and no noun naming the group, ends right before the figure ("rescued 30", "to assist around 130,000").</summary>
    private bool VerbRightBefore(List<Token> tokens, NumberMention mention, Func<MetricTrigger, bool> fits)
    {
        for (var start = Math.Max(0, mention.FirstToken - 3); start < mention.FirstToken; start++)
            if (lexicon.MetricTriggers.Match(tokens, start) is { } trigger && start + trigger.Length == mention.FirstToken && !tokens[start].IsCapitalized
                && lexicon.Subjects.Match(tokens, start) is null && trigger.Value.Any(t => fits(t) && !t.CountedNoun))
                return true;
        return false;
    }

    /// <summary>Whether a relative pronoun stands in tokens[from..to): "of the roughly 2,000 people who were forced from their homes" is the whole's own verb.</summary>
    private bool RelativeBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Grammar.RelativePronouns.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>Whether tokens[k] stands between two commas in tokens[from..to), no other punctuation of a clause's end between them.</summary>
    private static bool SetOffByCommas(List<Token> tokens, int from, int k, int to)
    {
        var opened = false;
        for (var j = k - 1; j >= from && !opened; j--)
            if (tokens[j].Text == ",") opened = true;
            else if (tokens[j].Text is ";" or ":" or "." or "—" or "–") return false;
        if (!opened) return false;
        for (var j = k + 1; j < to; j++)
            if (tokens[j].Text == ",") return true;
            else if (tokens[j].Text is ";" or ":" or "." or "—" or "–") return false;
        return false;
    }

    /// <summary>A contrasting word ("while", "but") in tokens[from..to).</summary>
    private bool ContrastBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Grammar.Contrastives.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>A trigger of what happened to people within a few words after the figure, auxiliaries between: "of whom 30 died", "12 were killed".</summary>
    private bool OwnTriggerAfter(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + 3); k++)
        {
            // "claimed 72 lives, including 59 protesters, 10 prisoners": a plural noun right after the part names who, not what happened.
            if (k == mention.EndToken && tokens[k] is { IsWord: true, IsCapitalized: false } noun && noun.Lower.EndsWith('s') && !noun.Lower.EndsWith("ss", StringComparison.Ordinal)
                && lexicon.MetricTriggers.Match(tokens, k) is { Length: 1 }) continue;
            if (lexicon.MetricTriggers.Match(tokens, k) is { } trigger && trigger.Value.Any(t => t.People && !t.CountedNoun)) return true;
            if (!Grammar.BeForms.Contains(tokens[k]) && !Grammar.Auxiliaries.Contains(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>Whether a form of "be" or an auxiliary stands in tokens[from..to).</summary>
    private bool VerbFormBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k])) return true;
        return false;
    }

    private const int NoneOfReach = 8;

    /// <summary>
    /// "Prime Minister Manuel Valls said none of the 144 passengers and six crew members survived": "none of" before the figure in its clause
    /// and a verb of surviving after it count those who died.
    /// </summary>
    private bool NoneSurvived(List<Token> tokens, NumberMention mention)
    {
        var none = false;
        for (var k = mention.FirstToken - 1; k >= 1 && k >= mention.FirstToken - NoneOfReach && !none; k--)
            if (tokens[k].Text is "," or ";" or ":") return false;
            else none = tokens[k].Lower == "of" && tokens[k - 1].Lower == "none";
        if (!none) return false;
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + NoneOfReach); k++)
            if (Grammar.SurvivalVerbs.Contains(tokens[k])) return true;
            else if (tokens[k].Text is "," or ";" or ":") return false;
        return false;
    }
}
