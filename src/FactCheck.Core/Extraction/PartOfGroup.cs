namespace FactCheck.Extraction;

/// <summary>
/// Whether a figure counts part of a group the sentence counts or names elsewhere: "nine of them were
/// declared dead", "55 of 75 confirmed dead had been identified", "out of 275, 88 bodies have been
/// identified", "including 85 firefighters", "I saw how one man was wounded", "78 bodies have been
/// handed over", "three more people succumbed", "risen by three to 2,360". Such a figure is a subset or a change, never the
/// toll itself, so it is not set against other sources' totals. The words are rules/lexicon/numbers.json's.
/// </summary>
internal sealed partial class PartOfGroup(Lexicon lexicon)
{
    public bool IsPart(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        // "with my own eyes I saw how one man was wounded": a witness counts what was in sight.
        for (var k = 0; k < figure.FirstToken; k++)
            if (lexicon.Eyewitness.Match(tokens, k) is not null) return true;
        // "Rescuers found six bodies after combing some 200 km of waterway downstream": what one search found, in the simple past, is some
        // of the toll; "they have found the remains of 95 people" counts so far.
        if (FoundInOneSearch(tokens, figure)) return true;
        // "including 85 firefighters", "among them 12 children": a count given before holds this one.
        if (IntroducedAsPart(tokens, figure)) return true;
        // "78 bodies have been handed over", "10 other dead bodies have been identified": bodies processed, a subset of the toll.
        // Not the whole of a partitive: in "55 of 75 confirmed dead had been identified" the 75 is the toll.
        // "The remains of 26 victims were flown to their families": a casualty word before "of" names the figure's group, no part of it.
        var whole = figure.FirstToken > 0 && tokens[figure.FirstToken - 1].Lower == "of"
                    && !TriggerEndsAt(tokens, figure.FirstToken) && !TriggerEndsAt(tokens, figure.FirstToken - 1);
        for (int k = figure.EndToken, reach = figure.EndToken + SubsetPredicateReach; !whole && k < Math.Min(tokens.Count, reach); k++)
        {
            // "The bodies of 81 victims, including 50 children, of them 32 girls and 18 boys, remain unidentified": asides naming some
            // of the group stand between it and its predicate.
            if (tokens[k].Text == "," && AsidesOnPartEnd(lexicon, tokens, k + 1) is { } close)
            {
                k = close;
                reach = close + SubsetPredicateReach;
                continue;
            }
            if (tokens[k].Text is "," or ";" or ":" or "." || tokens[k].Lower == "and" || lexicon.ClauseOpeners.Contains(tokens[k].Lower)) break;
            // "12,323 buried in the rubble": a longer metric's phrase says what happened, not what was done with the dead.
            if (lexicon.SubsetPredicates.Match(tokens, k) is { } subset && !(lexicon.MetricTriggers.Match(tokens, k) is { } said && said.Length > subset.Length)) return true;
        }
        // "The collapse killed at least 132 and critically injured 19": the worst hurt, said in the verb right before the figure, are some
        // of the injured ("were among eight people killed" names the whole).
        for (var k = Math.Max(0, figure.FirstToken - 3); !whole && k < figure.FirstToken; k++)
            if (lexicon.SubsetPredicates.Match(tokens, k) is { } subset && k + subset.Length == figure.FirstToken && subset.Length > 1
                && lexicon.MetricTriggers.Match(tokens, figure.FirstToken - 1) is not null) return true;
        if (InBreakdown(tokens, figure, sentenceFigures)) return true;
        if (figure.Unit == "" && RestAfter(tokens, figure, sentenceFigures)) return true;
        if (InHeldArea(tokens, figure, sentenceFigures)) return true;
        if (InOtherPlaces(tokens, figure)) return true;
        var after = figure.EndToken;
        // "Nearly two-thirds of those killed -- 97 -- were women", "at least four were teenagers": a bare figure said to be
        // a kind of people describes who is among a count, it is not the count.
        if (IsAKindOfPeople(tokens, after)) return true;
        // "With three more people succumbing ..., the toll rose to 278", "Ten more bodies were recovered": an
        // increase, part of a toll. After another figure "more" means others: "146 died and 150 more were injured".
        // "500 km further west" is no increase.
        if (after < tokens.Count && !(figure.Unit != "" && tokens[after].Lower == "further") && (lexicon.Increments.Contains(tokens[after].Lower)
                                     || lexicon.EventIncrements.Contains(tokens[after].Lower) && lexicon.MetricTriggers.Match(tokens, after + 1) is not null)
                                 && !AfterAHeadCount(tokens, sentenceFigures, figure))
            return true;
        // "the official death toll ... has risen by three to 2,360": the change on the way to the level, not the level.
        // 'by more than 100 to "about 253"': the level may be quoted, or set off by a comma ('by more than 100, to "about 253"').
        var to = after < tokens.Count && tokens[after].Text == "," ? after + 1 : after;
        if (figure.FirstToken > 0 && tokens[figure.FirstToken - 1].Lower == "by" && to + 1 < tokens.Count && tokens[to].Lower == "to"
            && (StartsFigure(sentenceFigures, to + 1) || to + 2 < tokens.Count && tokens[to + 1].Text is "\"" or "“" && StartsFigure(sentenceFigures, to + 2)))
            return true;
        // "Death toll in five-alarm Bronx fire drops by two", "an increase of 12 from the initial tally of 27": how far a measure moved, not where it stands.
        if (figure.FirstToken >= 2 && tokens[figure.FirstToken - 1].Lower == "by" && MovedBy(tokens, figure.FirstToken - 2)) return true;
        if (figure.FirstToken >= 2 && tokens[figure.FirstToken - 1].Lower == "of" && lexicon.ChangeNouns.Contains(tokens[figure.FirstToken - 2].Lower)) return true;
        // "Among the missing are 18 foreign nationals": a sentence opening with "among" names some of a group.
        if (OpensAmong(tokens, figure, sentenceFigures)) return true;
        // "43 of the dead were in the resort city of Acapulco and five in the nearby township of Coyuca de Benitez": a figure that
        // leaves out the verb of a part before it is another part.
        if (ElidedAfter(tokens, figure, sentenceFigures) is { } sibling && IsPart(tokens, sibling, sentenceFigures)) return true;
        if (ListedAfterAPartOfThem(tokens, figure, sentenceFigures)) return true;
        if (MovedTheLevel(tokens, figure, sentenceFigures)) return true;
        // "Mayor says 17 died in NYC fire, 2 fewer than first reported": the difference from another figure.
        if (lexicon.Differences.Match(tokens, after) is not null) return true;
        // "nine of them", "four of whom", "55 of 75", "nine of the 11", "Eighteen out of 19". Not the level a measure moved to: "the death
        // toll ... has risen to 5,689 out of 15,935 cases" is the toll.
        if (after + 2 < tokens.Count && tokens[after].Lower == "out" && tokens[after + 1].Lower == "of"
            && !(figure.FirstToken > 0 && lexicon.Grammar.TollLinks.Contains(tokens[figure.FirstToken - 1]))) after++;
        if (after + 1 < tokens.Count && tokens[after].Lower == "of")
        {
            if (lexicon.PartOf.Contains(tokens[after + 1].Lower)) return true;
            var next = tokens[after + 1].Lower == "the" ? after + 2 : after + 1;
            if (StartsFigure(sentenceFigures, next)) return true;
            // "five of the victims died due to State agents": some of those a toll counts.
            if (next == after + 2 && next < tokens.Count && lexicon.TollGroups.Contains(tokens[next].Lower)) return true;
            // "24 of the people who were injured in the attack ... have been discharged", "of those who died": some of the people a
            // relative clause says a toll counts.
            if ((next == after + 2 || tokens[next].Lower == "those") && next + 1 < tokens.Count && (tokens[next].Lower == "those" || lexicon.Subjects.Match(tokens, next) is { } group && lexicon.PeopleSubjects.Contains(group.Value))
                && RelativeOfAToll(tokens, next + 1)) return true;
            // "Maui police have released the names of 55 of the dead", "12 of the injured": some of a toll counted elsewhere; "41 of the most
            // badly wounded": its modifiers between.
            var definite = next == after + 2;
            while (definite && next + 1 < tokens.Count && (tokens[next].Lower == "most" || tokens[next].Lower.EndsWith("ly", StringComparison.Ordinal))) next++;
            if (definite && next < tokens.Count && lexicon.MetricTriggers.Match(tokens, next) is { Value: var triggers, Length: var length }
                && triggers.Any(t => t.People && !t.OnlyMeasured) && (next + length == tokens.Count || !tokens[next + length].IsWord || lexicon.Grammar.BeForms.Contains(tokens[next + length])
                                                   || lexicon.Grammar.Auxiliaries.Contains(tokens[next + length]) || tokens[next + length].Lower is "remain" or "remained" or "remains")) return true;
        }
        // "1,659, out of which 1219 deaths are reported from Karachi whereas 10 deaths are reported from other
        // parts of Sindh": a figure set against a part, after "whereas" or "while", is the next part.
        // Not one of another measure: "claimed 72 lives, including 59 protesters, while more than 1,300 people were injured".
        foreach (var part in sentenceFigures)
        {
            if (part.EndToken > figure.FirstToken) break;
            if (IntroducedAsPart(tokens, part) && Joins(tokens, part.EndToken, figure.FirstToken) && !MeasureOfItsOwn(tokens, figure)) return true;
        }
        // "out of 275, 88 bodies", "of the 278 bodies, 177 have been identified": the group first, then the part.
        // Not "a toll of 288, then 275": the group needs "out of" or a definite "of the".
        foreach (var group in sentenceFigures)
        {
            if (group.EndToken > figure.FirstToken) break;
            var definite = group.FirstToken >= 2 && tokens[group.FirstToken - 1].Lower == "the" && tokens[group.FirstToken - 2].Lower == "of";
            var outOf = group.FirstToken >= 2 && tokens[group.FirstToken - 1].Lower == "of" && tokens[group.FirstToken - 2].Lower == "out"
                        || group.FirstToken >= 3 && definite && tokens[group.FirstToken - 3].Lower == "out";
            if ((definite || outOf) && CommaBetween(tokens, group.EndToken, figure.FirstToken)) return true;
        }
        return false;
    }

    private const int SubsetPredicateReach = 7;

    /// <summary>
    /// The comma closing an aside that opens at tokens[start] with a part marker or "of them" ("including 50 children,", "of them 32 girls
    /// and 18 boys,"), or null when the sentence or clause ends first.
    /// </summary>
    internal static int? AsideOnPartEnd(Lexicon lexicon, List<Token> tokens, int start)
    {
        if (start + 1 >= tokens.Count) return null;
        var opens = lexicon.PartMarkers.Match(tokens, start) is not null
                    || tokens[start].Lower == "of" && lexicon.PartOf.Contains(tokens[start + 1].Lower);
        if (!opens) return null;
        for (var k = start + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Text == ",") return k;
            if (tokens[k].Text is ";" or ":" or ".") return null;
        }
        return null;
    }

    /// <summary>The comma closing the last of the part asides that follow one another from tokens[start] on, or null.</summary>
    internal static int? AsidesOnPartEnd(Lexicon lexicon, List<Token> tokens, int start)
    {
        if (AsideOnPartEnd(lexicon, tokens, start) is not { } close) return null;
        while (AsideOnPartEnd(lexicon, tokens, close + 1) is { } next) close = next;
        return close;
    }

    /// <summary>
    /// "some 30 civilians had been killed -- seven Rohingyas, seven Hindus and 16 Rakhine Buddhists --", "four resettlement
    /// offices - three in Boise and one in Twin Falls": two or more figures listed after a spaced dash that closes a count's
    /// clause are that count's breakdown. Not a hyphen ("1950-53"), nor one figure after a dash ("228 votes -- two more").
    /// </summary>
    private bool InBreakdown(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        var dash = -1;
        for (var k = figure.FirstToken - 1; k >= Math.Max(1, figure.FirstToken - 20) && dash < 0; k--)
        {
            if (IsDash(tokens[k]) && !IsDash(tokens[k - 1])) dash = k;
            // "fewer than 50 fatalities — 26 “armed criminals” and 18 security officers": quotation marks around an item's words stay inside the list.
            else if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is not ("," or "\"" or "“" or "”" or "‘" or "’") && !IsDash(tokens[k])) return false;
        }
        if (dash < 0 || tokens[dash].Start == tokens[dash - 1].End) return false;
        var first = IsDash(tokens[dash + 1]) ? dash + 2 : dash + 1;
        if (first >= tokens.Count || tokens[first].Start == tokens[first - 1].End) return false;
        // The count closing the clause before the dash, with no other punctuation between them.
        NumberMention? count = null;
        foreach (var earlier in sentenceFigures)
            if (earlier.EndToken <= dash && earlier.Unit == "" && !earlier.IsOrdinal
                && !(earlier.EndToken < tokens.Count && lexicon.Durations.Contains(tokens[earlier.EndToken].Lower))) count = earlier;
        if (count is null) return false;
        for (var k = count.EndToken; k < dash; k++)
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
        // Two or more figures listed, the first right after the dash.
        if (!StartsFigure(sentenceFigures, first)) return false;
        var listed = 0;
        foreach (var part in sentenceFigures)
            if (part.FirstToken >= first && !ClosedBetween(tokens, first, part.FirstToken))
            {
                // "A sea of thousands - 60,000, according to local authorities, and 250,000 according to organizers -": figures larger
                // than the count say how many it was, no part of it.
                if (part.Low > count.High) return false;
                listed++;
            }
        return listed >= 2;
    }

    private static bool IsDash(Token token) => token.Text is "-" or "–" or "—";

    /// <summary>
    /// "The death toll in areas of Syria held by rebel forces rose to 2,168", "1,347 deaths in government-controlled parts of Syria": a
    /// figure placed in an area someone holds counts part of the country, set against none of its totals. The place is read between the
    /// figure before (or the clause's start) and this one, or right after this one's noun. "in government and opposition-held areas" is all.
    /// </summary>
    private bool InHeldArea(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        var from = 0;
        foreach (var earlier in sentenceFigures)
            if (earlier.EndToken <= figure.FirstToken) from = Math.Max(from, earlier.EndToken);
        for (var k = figure.FirstToken - 1; k > from; k--)
            if (tokens[k].Text is ";" || IsDash(tokens[k]) && tokens[k].SpaceBefore) { from = k + 1; break; }
        var to = figure.EndToken;
        while (to < tokens.Count && to < figure.EndToken + 2 && tokens[to] is { IsWord: true, IsCapitalized: false } && tokens[to].Lower != "in") to++;
        if (to < tokens.Count && tokens[to].Lower == "in")
        {
            to++;
            while (to < tokens.Count && to < figure.EndToken + 12 && tokens[to].Kind != TokenKind.Number && tokens[to].Text is not ("," or ";" or ".")) to++;
        }
        var grammar = lexicon.Grammar;
        for (var k = from; k < to; k++)
        {
            if (k == figure.FirstToken) k = figure.EndToken;
            if (k >= to) break;
            // "rebel-held areas", "the government-controlled Syria": a holder joined to its participle before an area or a country, not one of
            // two holders ("government and opposition-held"); "government-controlled Marinka" is a town, all of it; so is "Pakistan and the
            // Pakistani-controlled portion of Kashmir", a place and the area joined to it.
            var hyphen = tokens[k].Lower.LastIndexOf('-');
            if (hyphen > 0 && grammar.ControlParticiples.Contains(tokens[k].Lower[(hyphen + 1)..]) && InPhrase(tokens, from, k)
                && !(k >= 2 && grammar.Coordinators.Contains(tokens[k - 1])) && !(k >= 3 && grammar.Articles.Contains(tokens[k - 1]) && grammar.Coordinators.Contains(tokens[k - 2]))
                && k + 1 < tokens.Count
                && (grammar.AreaNouns.Contains(tokens[k + 1]) || lexicon.Places.Aliases.Match(tokens, k + 1) is { Value.Kind: PlacePrecision.Country }))
                return true;
            // "areas of Syria held by rebel forces", "parts of the country controlled by the government".
            if (grammar.AreaNouns.Contains(tokens[k]) && InPhrase(tokens, from, k))
                for (var j = k + 1; j < Math.Min(to, k + 6); j++)
                    if (grammar.ControlParticiples.Contains(tokens[j]) && j + 1 < tokens.Count && tokens[j + 1].Lower == "by") return true;
        }
        return false;
    }

    /// <summary>Whether "in" opens the phrase tokens[k] is in, a few words before it.</summary>
    private static bool InPhrase(List<Token> tokens, int from, int k)
    {
        for (var j = k - 1; j >= Math.Max(from, k - 4); j--)
            if (tokens[j].Lower == "in") return true;
        return false;
    }

    /// <summary>Whether a second dash or a full stop closes the list between two tokens.</summary>
    private static bool ClosedBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsDash(tokens[k]) || tokens[k].Text is "." or ";" or ":") return true;
        return false;
    }

    private bool IsAKindOfPeople(List<Token> tokens, int after)
    {
        var k = after;
        while (k < tokens.Count && tokens[k].Text is "-" or "–" or "—") k++;
        if (k + 1 >= tokens.Count || !lexicon.Grammar.BeForms.Contains(tokens[k]) || k == after && tokens[k].Lower is "is" or "was") return false;
        return lexicon.Subjects.Match(tokens, k + 1) is { } kind && lexicon.PeopleSubjects.Contains(kind.Value);
    }

    private bool IntroducedAsPart(List<Token> tokens, NumberMention figure) => IntroducedAsPart(lexicon, tokens, figure);

    /// <summary>
    /// "including 85 firefighters", "out of which 1219": a part marker right before the figure; "including 59 protesters, 10 prisoners, and
    /// three police officers": or before the first of a list the figure is in.
    /// </summary>
    internal static bool IntroducedAsPart(Lexicon lexicon, List<Token> tokens, NumberMention figure)
    {
        var first = figure.FirstToken;
        for (var item = 0; item <= ListedParts; item++)
        {
            for (var start = Math.Max(0, first - 3); start < first; start++)
                if (lexicon.PartMarkers.Match(tokens, start) is { } marker && start + marker.Length == first) return true;
            // "at least four people died, including two children, and six others were injured": a figure with a verb of its own is no item.
            if (item == 0 && !ItemEndsAfter(tokens, figure.EndToken) || PreviousListItem(lexicon, tokens, first) is not { } previous)
                return item == 0 && ListOpenedByMarker(lexicon, tokens, figure);
            first = previous;
        }
        return false;
    }

    /// <summary>The figure before one that follows "and" with no noun or verb of its own, only a place ("and five in ...", "and three from
    /// Grand Bahama"), or null.</summary>
    private NumberMention? ElidedAfter(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        if (figure.FirstToken < 1 || tokens[figure.FirstToken - 1].Lower != "and" || figure.EndToken >= tokens.Count
            || !lexicon.Places.Prepositions.Contains(tokens[figure.EndToken].Lower)) return null;
        NumberMention? before = null;
        foreach (var other in sentenceFigures)
            if (other.EndToken < figure.FirstToken) before = other;
        return before;
    }

    /// <summary>
    /// "177 of them have been discharged from hospitals, two have been referred to other medical institutions and 85 continue to undergo
    /// treatment": figures listed after a part "of them", in the same clause of the list, are its siblings.
    /// </summary>
    private bool ListedAfterAPartOfThem(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        if (figure.Unit != "" || figure.FirstToken < 1 || tokens[figure.FirstToken - 1].Text != "," && tokens[figure.FirstToken - 1].Lower != "and") return false;
        foreach (var other in sentenceFigures)
        {
            if (other.EndToken + 2 >= figure.FirstToken) break;
            // "of them", "of whom"; not "of those 2016 voters", whose "those" leads a noun.
            if (other.Unit != "" || tokens[other.EndToken].Lower != "of" || !lexicon.PartOf.Contains(tokens[other.EndToken + 1].Lower)
                || tokens[other.EndToken + 2] is { IsWord: true } && tokens[other.EndToken + 1].Lower is not ("them" or "whom")) continue;
            for (var k = other.EndToken + 2; k < figure.FirstToken; k++)
                if (tokens[k].Text is ";" or "." or ":") return false;
            return true;
        }
        return false;
    }

    /// <summary>
    /// A contrastive between two figures: "whereas", "while". Not "and": "seven officials, including two
    /// members of his circle, and 17 companies" goes back to the list the part was taken from.
    /// </summary>
    private bool Joins(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (lexicon.Grammar.Contrastives.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>"Thirty-four people died inside the stadium and the rest died in hospital": the rest of a count, no other figure between.</summary>
    private bool RestAfter(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        for (var k = figure.EndToken; k < tokens.Count; k++)
        {
            if (StartsFigure(sentenceFigures, k)) return false;
            if (lexicon.Remainders.Match(tokens, k) is not null) return true;
        }
        return false;
    }

    /// <summary>"146 died and 150 more were injured": after a bare count earlier in the sentence, "more" means others; after "three days", still an increase.</summary>
    private bool AfterAHeadCount(List<Token> tokens, IReadOnlyList<NumberMention> sentenceFigures, NumberMention figure)
    {
        foreach (var earlier in sentenceFigures)
        {
            if (ReferenceEquals(earlier, figure) || earlier.EndToken > figure.FirstToken) return false;
            var duration = earlier.EndToken < tokens.Count && lexicon.Durations.Contains(tokens[earlier.EndToken].Lower);
            // "Update, 10 p.m. Monday: Officials have released the names of 10 more victims": a clock time counts no one.
            var clock = earlier.EndToken < tokens.Count && lexicon.Time.ClockWords.Contains(tokens[earlier.EndToken].Lower.TrimEnd('.'));
            // "The Sudan Doctors Committee, one of the protest groups, reported eight more deaths": "one of" picks out, it counts no one.
            var oneOf = tokens[earlier.NumberToken].Lower == "one" && earlier.EndToken < tokens.Count && tokens[earlier.EndToken].Lower == "of";
            if (earlier.Unit == "" && !earlier.IsOrdinal && !duration && !clock && !oneOf && !LevelReached(tokens, earlier)) return true;
        }
        return false;
    }

    private static bool StartsFigure(IReadOnlyList<NumberMention> figures, int token)
    {
        foreach (var figure in figures)
            if (figure.FirstToken == token || figure.NumberToken == token) return true;
        return false;
    }

    /// <summary>"who were injured", "that died", "who had been killed": a relative pronoun, its auxiliaries, then a verb of a toll.</summary>
    private bool RelativeOfAToll(List<Token> tokens, int k)
    {
        if (k >= tokens.Count || !lexicon.Grammar.RelativePronouns.Contains(tokens[k])) return false;
        for (var j = k + 1; j < Math.Min(tokens.Count, k + 4); j++)
        {
            if (lexicon.MetricTriggers.Match(tokens, j) is { } trigger) return trigger.Value.Any(t => t.People);
            if (!lexicon.Grammar.Auxiliaries.Contains(tokens[j]) && !lexicon.Grammar.BeForms.Contains(tokens[j])) return false;
        }
        return false;
    }

    /// <summary>Whether a comma stands in tokens[from..to).</summary>
    internal static bool CommaBetween(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Text == ",") return true;
        return false;
    }

    /// <summary>Whether a metric trigger ends right before tokens[end] ("the remains of", "the bodies").</summary>
    private bool TriggerEndsAt(List<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 3); start < end; start++)
            if (lexicon.MetricTriggers.Match(tokens, start) is { } trigger && start + trigger.Length == end) return true;
        return false;
    }
}
