namespace FactCheck.Extraction;

/// <summary>The measure a figure is the value of, named before it: at the sentence's opening, or as the object of a cued verb.</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>
    /// The measure a sentence opens with, when the figure is its first: "The death toll from a catastrophic
    /// condominium collapse ... is expected to land", "The number of people killed ... could top 1,000": an
    /// article, then a measure noun and "of" with any trigger after its group, or up to two modifiers and a
    /// trigger ending in a measure noun ("death toll").
    /// </summary>
    /// <param name="cued">The measure is a cued verb's object and the figure its cue's: other figures between ("by more than 100 to
    /// about 253") take nothing from it.</param>
    /// <summary>"were at least 113", "were 12": a form of "be" right before the figure, or a word or two before it ("was estimated at").</summary>
    private bool BeLinked(List<Token> tokens, int figure)
    {
        var k = figure - 1;
        while (k > 0 && lexicon.Qualifiers.Match(tokens, k) is null && tokens[k].IsWord && !Grammar.BeForms.Contains(tokens[k]) && figure - k <= 2) k--;
        return k >= 0 && Grammar.BeForms.Contains(tokens[k]);
    }

    private (IReadOnlyList<MetricTrigger> Trigger, int End)? OpeningMeasure(List<Token> tokens, int bodyStart, int figure, bool cued = false)
    {
        // "SYDNEY, Australia – The death count ...": the sentence opens after its dateline.
        var start = bodyStart;
        // "Thus, the death toll in the terrorist attack increased to 140": a sentence adverb set off by a comma opens nothing.
        if (start + 2 < figure && tokens[start].IsWord && tokens[start + 1].Text == "," && lexicon.MetricTriggers.Match(tokens, start) is null) start += 2;
        // "With the latest victims, the death toll from state repression ... rose to 46": so does a short phrase a preposition opens.
        else if (!cued && start < figure && Grammar.FrontingPrepositions.Contains(tokens[start]) && FrontedPhraseEnd(tokens, start, figure) is { } comma) start = comma + 1;
        if (start < tokens.Count && Grammar.Articles.Contains(tokens[start])) start++;
        // "The number of people killed": any trigger names what the number counts.
        var numberOf = start + 2 < figure && Grammar.MeasureNouns.Contains(tokens[start]) && tokens[start + 1].Lower == "of";
        if (numberOf) start += 2;
        // "put the exact number of detainees at 99", "The total number of people killed": one word may describe the measure.
        else if (start + 3 < figure && tokens[start] is { IsWord: true, IsCapitalized: false } && !Grammar.FunctionWords.Contains(tokens[start])
                 && lexicon.MetricTriggers.Match(tokens, start) is null && Grammar.MeasureNouns.Contains(tokens[start + 1]) && tokens[start + 2].Lower == "of")
            (numberOf, start) = (true, start + 3);
        // "the number killed", "the number injured": a measure noun, then the participle that names what it counts.
        else if (start + 1 < figure && Grammar.MeasureNouns.Contains(tokens[start]) && tokens[start + 1].Lower.EndsWith("ed", StringComparison.Ordinal)
                 && lexicon.MetricTriggers.Match(tokens, start + 1) is { } participle)
            return !cued && FigureBefore(tokens, start + 1 + participle.Length, figure) ? null : (participle.Value, start + 1 + participle.Length);
        for (var k = start; k < Math.Min(figure, start + 3); k++)
        {
            // "The death toll from ...": otherwise only a measure's noun, not a verb ("The House voted to", "Killing the credit").
            if (lexicon.MetricTriggers.Match(tokens, k) is { } trigger)
            {
                // "The death count from New Zealand's massive earthquake": a trigger, then a measure noun.
                var end = k + trigger.Length < figure && Grammar.MeasureNouns.Contains(tokens[k + trigger.Length]) ? k + trigger.Length + 1 : k + trigger.Length;
                // "Belgium attacks toll revised down to 28": the toll of what happened to no one is a toll of people, the measure noun's own.
                if (end == k + trigger.Length + 1 && !trigger.Value.Any(t => t.People) && lexicon.MetricTriggers.Match(tokens, end - 1) is { } noun)
                    trigger = noun;
                // "The economic damage caused by Hurricane Ian ... could reach up to $75 billion": a sum's noun is its own measure.
                // "However, the number of dead is expected to rise as hundreds, possibly thousands, are still unaccounted for": a figure in a
                // clause of its own is not the measure's.
                // "Deaths in the United States and Canada blamed on Sandy ... were at least 113": a plural noun of what happened to people,
                // linked to the figure by "were", is a measure too; so is one a verb moves to it ("Fatalities in the quota reform protests in
                // Bangladesh have reached at least 39").
                // "Total deaths in Iran protests climb to 41": one word may describe them.
                var linkedDeaths = (k == start || k == start + 1 && tokens[start].IsWord && lexicon.NumberWords.Match(tokens, start) is null) && tokens[k].Lower.EndsWith('s') && trigger.Value.Any(t => t.People)
                                   && (BeLinked(tokens, figure) || TollRoseTo(tokens, figure));
                return (numberOf || Grammar.MeasureNouns.Contains(tokens[end - 1]) || NamesASum(trigger.Value) || linkedDeaths)
                       && (cued || !FigureBefore(tokens, end, figure) && !OpensItsClause(tokens, end, figure))
                    ? (trigger.Value, end) : null;
            }
            if (!tokens[k].IsWord || Grammar.FunctionWords.Contains(tokens[k])) return null;
        }
        return null;
    }

    private const int FrontedReach = 7;

    /// <summary>The comma that closes a phrase of words opening at <paramref name="start"/>, a few words on and well before the figure, or null.</summary>
    private static int? FrontedPhraseEnd(List<Token> tokens, int start, int figure)
    {
        for (var k = start + 1; k < Math.Min(figure - 2, start + FrontedReach); k++)
        {
            if (tokens[k].Text == ",") return k;
            if (!tokens[k].IsWord) return null;
        }
        return null;
    }

    /// <summary>
    /// "... is expected to rise as hundreds ...": the figure right after a word that opens a clause, past <paramref name="from"/>, is that
    /// clause's subject. So is one right after a comma that ends the measure's move with no level given: "Toll on Indonesia's Lombok rises,
    /// thousands wait for aid".
    /// </summary>
    private bool OpensItsClause(List<Token> tokens, int from, int figure) =>
        SubjectsOpener(tokens, from, figure) is { } k && (lexicon.ClauseOpeners.Contains(tokens[k].Lower) || MoveEndsAt(tokens, from, k));

    /// <summary>"Toll ... rises, thousands wait": the figure opens a clause after a measure's move that gave no level.</summary>
    private bool OpensAfterAMove(List<Token> tokens, int from, int figure) => SubjectsOpener(tokens, from, figure) is { } k && MoveEndsAt(tokens, from, k);

    /// <summary>The word before a figure, an approximator or an article aside, past <paramref name="from"/>, or null.</summary>
    private int? SubjectsOpener(List<Token> tokens, int from, int figure)
    {
        var k = figure - 1;
        while (k >= from && figure - k <= 2 && (Grammar.Approximators.Contains(tokens[k]) || Grammar.Articles.Contains(tokens[k]))) k--;
        return k >= from ? k : null;
    }

    /// <summary>A comma at tokens[comma] right after a verb of change past <paramref name="from"/> that gives no level ("rises,", not "rose to 40,").</summary>
    private bool MoveEndsAt(List<Token> tokens, int from, int comma)
    {
        if (tokens[comma].Text != ",") return false;
        for (var verb = comma - 1; verb >= from && tokens[verb].IsWord; verb--)
            if (Grammar.ChangeVerbs.Contains(tokens[verb])) return true;
            else if (tokens[verb].Lower is "to" or "at" or "by") return false;
        return false;
    }

    /// <summary>
    /// "Texas Governor Greg Abbott on Sunday said damage from Hurricane Harvey would exceed that of Katrina, likely reaching $150 billion": a
    /// measure opening the clause a reporting verb before the figure introduces is the figure's, as one opening the sentence is.
    /// </summary>
    private (IReadOnlyList<MetricTrigger> Trigger, int End)? ReportedMeasure(List<Token> tokens, int bodyStart, int figure)
    {
        for (var k = figure - 2; k > bodyStart; k--)
        {
            if (lexicon.AttributionVerbs.Match(tokens, k) is not { } verb) continue;
            var start = k + verb.Length;
            // "confirmed on Monday that the death toll ...": the day the source spoke stands between its verb and its clause.
            if (lexicon.Time.AfterTheDay(tokens, start, "that", Grammar.PointPrepositions, Grammar.MonthLeadIns) is { } that && that < figure) start = that + 1;
            // "Israel said the death toll from the Hamas attack had been revised to around 1,200": a verb the measure's own clause moves it
            // with opens no measure; the reporting verb before it may.
            if (start < figure && OpeningMeasure(tokens, start, figure) is { } measure) return measure;
        }
        return null;
    }

    /// <summary>
    /// "Sri Lanka has appealed for international assistance as the death toll from catastrophic floods and landslides triggered by Cyclone
    /// Ditwah climbed to 123, with 130 people still reported missing": a measure opening the clause a clause opener starts is the figure a
    /// verb moved it to, as one opening the sentence is.
    /// </summary>
    private (IReadOnlyList<MetricTrigger> Trigger, int End)? ClauseMeasure(List<Token> tokens, int bodyStart, int figure)
    {
        for (var k = figure - 2; k > bodyStart; k--)
        {
            if (tokens[k].Kind == TokenKind.Number || tokens[k].Text is "," or ";" or ":") return null;
            if (lexicon.ClauseOpeners.Contains(tokens[k].Lower)) return OpeningMeasure(tokens, k + 1, figure);
        }
        return null;
    }

    /// <summary>
    /// "Iran has revised down the number killed when an earthquake flattened the ancient Silk Road city of Bam in December to 26,271":
    /// the object of a cued verb whose cue takes the figure is the figure's measure, however long the words that follow it.
    /// </summary>
    private (IReadOnlyList<MetricTrigger> Trigger, int End)? CuedMeasure(List<Token> tokens, int figure)
    {
        // 'to "about 253"': the figure may be quoted.
        var cue = figure >= 1 && tokens[figure - 1].Text is "\"" or "“" ? figure - 2 : figure - 1;
        // "revised ... by more than 100 to about 253": the change the verb made is of its object too.
        if (cue < 2 || !(ClaimantResolver.Cue(tokens, cue) || tokens[cue].Lower == "by")) return null;
        for (var k = cue - 1; k >= Math.Max(0, figure - ClaimantResolver.CueReach); k--)
        {
            // "bringing the total number of deaths in the anti-government protests to 48": a verb that takes a measure to a level is cued by "to".
            if (!lexicon.Sources.CuedVerbs.ContainsKey(tokens[k].Lower) && !(Grammar.RaisingVerbs.Contains(tokens[k]) && tokens[cue].Lower == "to")) continue;
            var start = k + 1;
            while (start < figure && Grammar.ChangeAdverbs.Contains(tokens[start])) start++;
            return OpeningMeasure(tokens, start, figure, cued: true);
        }
        return null;
    }

    private const int GappedReach = 6;

    /// <summary>
    /// "raised the number of deaths to 190 and injuries to over 6,500", "put the death toll at 43 and the number of wounded at 120": after
    /// another figure and "and", a measure of its own right before "to" or "at" is the figure's; the verb is the first measure's, not its object.
    /// </summary>
    private (IReadOnlyList<MetricTrigger> Trigger, int End)? GappedMeasure(List<Token> tokens, int figure)
    {
        var link = figure - 1;
        for (var q = Math.Max(0, figure - 3); q < figure; q++)
            if (lexicon.Qualifiers.Match(tokens, q) is { } qualifier && q + qualifier.Length == figure) { link = q - 1; break; }
        if (link < 3 || tokens[link].Lower is not ("to" or "at")) return null;
        for (var k = link - 1; k >= Math.Max(1, link - GappedReach); k--)
        {
            if (tokens[k].Lower != "and") continue;
            if (!IsFigure(tokens, k - 1)) return null;
            if (OpeningMeasure(tokens, k + 1, link, cued: true) is { } measure && measure.End == link) return measure;
            // "injuries to over 6,500": a plural noun of what happened to people names its count alone; "placed the number of fatalities at
            // 63 and the injured at 293": so does an adjective the article makes a noun of them.
            var article = Grammar.Articles.Contains(tokens[k + 1]);
            var head = article ? k + 2 : k + 1;
            return lexicon.MetricTriggers.Match(tokens, head) is { } noun && head + noun.Length == link && (article || tokens[link - 1].Lower.EndsWith('s'))
                   && noun.Value.Any(t => t.People) ? (noun.Value, link) : null;
        }
        return null;
    }

    /// <summary>Whether a trigger names a sum ("damage", "losses"); a loop: this runs for every figure a sentence opens before.</summary>
    private static bool NamesASum(IReadOnlyList<MetricTrigger> triggers)
    {
        for (var t = 0; t < triggers.Count; t++)
            if (triggers[t].Money) return true;
        return false;
    }

    private const int EventPhraseReach = 5;

    /// <summary>Where the month of a day of the month at tokens[day] is ("Oct. 7", "October 7"), or null.</summary>
    private int? MonthBefore(List<Token> tokens, int day) =>
        Month(tokens, day - 1) ? day - 1 : day >= 2 && tokens[day - 1].Text == "." && Month(tokens, day - 2) ? day - 2 : null;

    /// <summary>
    /// "from student protests", "during anti-government protests", "in Christchurch mosque attacks", "from Nepal protest violence": a
    /// plural trigger or a word naming an event, no verb, a few words after a preposition that opens its phrase, no nearer than
    /// <paramref name="from"/>.
    /// </summary>
    private bool EventNamedInPhrase(List<Token> tokens, int trigger, int from)
    {
        var plural = tokens[trigger].Lower.EndsWith('s') && !tokens[trigger].Lower.EndsWith("ss", StringComparison.Ordinal);
        if (!plural && lexicon.Events.Kinds.Match(tokens, trigger) is null) return false;
        var reach = trigger - EventPhraseReach;
        for (var k = trigger - 1; k >= Math.Max(from, reach); k--)
        {
            // "from the Oct. 7 Hamas attack": the event's day is part of its name.
            if (tokens[k].Kind == TokenKind.Number && MonthBefore(tokens, k) is { } month)
            {
                reach -= k - month + 1;
                k = month;
                continue;
            }
            if (!tokens[k].IsWord) return false;
            if (lexicon.Places.Prepositions.Contains(tokens[k].Lower) || Grammar.DatePrepositions.Contains(tokens[k])) return true;
            if (Grammar.BeForms.Contains(tokens[k]) || Grammar.TollLinks.Contains(tokens[k]) || IsFigure(tokens, k)) return false;
        }
        return false;
    }

    /// <summary>"Of the 40 people taken to Christchurch Hospital, ...": the sentence opens with the whole a part is taken from.</summary>
    private static bool OpensAsAWhole(List<Token> tokens, int bodyStart, NumberMention mention)
    {
        var k = mention.FirstToken - 1;
        if (k > bodyStart && tokens[k].Lower == "the") k--;
        return k == bodyStart && tokens[k].Lower == "of";
    }

    /// <summary>Whether a verb of a measure moving links to the figure: "has risen to 33", "reached 151", "stands at 75".</summary>
    private bool TollRoseTo(List<Token> tokens, int figure)
    {
        var k = figure - 1;
        // "stood yesterday at 189", "rose on Sunday to 54": the day between the verb and its figure is no break.
        var days = 0;
        while (k >= 0 && (Grammar.TollLinks.Contains(tokens[k]) || DayWord(tokens, k)))
            if (DayWord(tokens, k--)) days++;
        var links = figure - 1 - k - days;
        return links >= 2 || links == 1 && tokens[figure - 1].Lower is var verb && (verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("es", StringComparison.Ordinal));
    }

    private bool DayWord(List<Token> tokens, int k) =>
        lexicon.Time.Weekdays.ContainsKey(tokens[k].Lower) || lexicon.Time.Relative.Match(tokens, k) is { Length: 1 };
}
