namespace FactCheck.Extraction;

/// <summary>
/// Reads what a figure counts and whose they are, from the words after it: a listed noun ("soldiers",
/// "refugees"), a demonym ("five Argentines"), the first plural noun ("Five NATO warships"), with the
/// side an adjective, a possessive or the nearest claimant gives; and whether a tally counts seats.
/// </summary>
internal sealed partial class CountedGroupReader(Lexicon lexicon)
{
    private const int SubjectReach = 5;
    private Grammar Grammar => lexicon.Grammar;

    /// <summary>A group of people the words before <paramref name="before"/> say were killed or hurt: "their pilots killed", "soldiers were wounded".</summary>
    public string? NamedVictims(List<Token> tokens, int before)
    {
        for (var k = before - 2; k >= 0; k--)
        {
            if (lexicon.Subjects.Match(tokens, k) is not { } group || !lexicon.PeopleSubjects.Contains(group.Value)) continue;
            var verb = k + group.Length;
            while (verb < before && (Grammar.BeForms.Contains(tokens[verb]) || tokens[verb].Lower is "had" or "have" or "has")) verb++;
            if (verb < before && lexicon.MetricTriggers.Match(tokens, verb) is { } trigger && trigger.Value.Any(t => t.People)) return group.Value;
        }
        return null;
    }

    /// <summary>A word for a majority in the tally's clause: up to eight words before it, three after.</summary>
    public bool SeatMajorityNear(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.FirstToken - 1; k >= Math.Max(0, mention.FirstToken - 8) && tokens[k].Text is not ("," or ";"); k--)
            if (lexicon.SeatMajorities.Contains(tokens[k].Lower)) return true;
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + 3) && tokens[k].Text is not ("," or ";"); k++)
            if (lexicon.SeatMajorities.Contains(tokens[k].Lower)) return true;
        return false;
    }

    /// <param name="unread">Set when words after the figure name what it counts in a way not read ("left millions without power",
    /// modifiers cut short by a name or a list with no noun found after them): the figure is no ellipsis of the one before.</param>
    public (string? Subject, string? Side) Read(List<Token> tokens, NumberMention mention, Frame? previous,
        string? claimantSide, IReadOnlyList<(int Index, ClaimantEntry Entry)> claimants, out bool unread)
    {
        unread = false;
        string? side = null;
        var possessive = false;
        // "15 to 20 cars with flags and people inside", "three teams of Western journalists": the first
        // plural noun after the figure is what it counts, before any listed noun further on.
        var head = mention.Unit == "" ? HeadNounRightAfter(tokens, mention.EndToken) : -1;
        // "Iran raised to 464 on Saturday the number of its nationals killed": the measure follows its value.
        if (mention.Unit == "" && MeasureAfter(tokens, mention) is { } of
            && GroupNumbered(tokens, of + 1, tokens.Count, () => SideOfNearestClaimant(claimants, mention.FirstToken) ?? claimantSide) is { } shifted)
            return shifted;
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + SubjectReach); k++)
        {
            var token = tokens[k];
            if (k == head && lexicon.Subjects.Match(tokens, k) is null && !lexicon.Demonyms.ContainsKey(token.Text)) return (token.Lower, side);
            if (lexicon.Demonyms.TryGetValue(token.Text, out var demonym))
            {
                // "6,600 Rohingya homes", "270,000 Rohingya refugees": a people's name that is also its adjective, before a plural
                // noun, says whose; "270,000 Rohingya have sought refuge" counts the people.
                if (demonym.Adjective && PluralNounAt(tokens, k + 1)) { side ??= demonym.Side; continue; }
                return (demonym.Subject, side ?? demonym.Side);
            }
            if (lexicon.Subjects.Match(tokens, k) is { } subject)
            {
                // "ten police stations", "40 police cars": a people noun before a plural noun of things modifies it ("police chiefs" are people).
                var next = k + subject.Length;
                if (next < tokens.Count && !(lexicon.Subjects.Match(tokens, next) is { } thing && lexicon.PeopleSubjects.Contains(thing.Value)) && PluralNounAt(tokens, next)
                    && !lexicon.Sources.Nouns.Contains(tokens[next].Lower) && !Grammar.FunctionWords.Contains(tokens[next]))
                {
                    k = next - 1;
                    continue;
                }
                if (token.Lower == "others" && previous is not null) return (previous.Subject, previous.Side);
                if (possessive && side is null) side = SideOfNearestClaimant(claimants, mention.FirstToken) ?? claimantSide;
                // "Russia lost about 15,000 troops", "Russia moved 15 transport planes": a side's forces belong to the country named before them.
                if (side is null) side = SideOfForces(subject.Value, tokens, mention.FirstToken, claimants);
                // "The dead also included 138 people from Indonesia": people from a country are its people.
                if (side is null && lexicon.PeopleSubjects.Contains(subject.Value)) side = OriginAt(tokens, k + subject.Length);
                return (subject.Value, side);
            }
            if (lexicon.Sides.Match(tokens, k) is { } named) { side = named.Value; k += named.Length - 1; continue; }
            // "nearly 200 Dutch citizens", "five Argentines": any country's people, by the gazetteer's demonyms.
            if (token.IsCapitalized && CountryDemonym(tokens, k) is { } people)
            {
                if (people.Noun) return ("people", side ?? people.Side);
                side ??= people.Side;
                continue;
            }
            if (Grammar.Possessives.Contains(token)) { possessive = true; continue; }
            // "as dozens turned in their weapons": a vague quantity right before its verb is the subject; the verb's object is no noun of it.
            if (k == mention.EndToken && mention.Qualifier == "vague" && token is { IsWord: true, IsCapitalized: false } && token.Lower.EndsWith("ed", StringComparison.Ordinal)) break;
            // "over 280 Saturday as rescuers in eastern India continued": another clause's noun.
            if (lexicon.ClauseOpeners.Contains(token.Lower)) break;
            // "The death toll has risen to 66 and 640 houses have been destroyed": a measure's value counts what the measure does, not the
            // noun of a figure joined after it.
            if (k > mention.EndToken && token.Kind == TokenKind.Number && Grammar.MeasuredBefore(tokens, mention.FirstToken)) break;
            // "The death toll rose to 50 in the attacks": a bare figure's next phrase is where or in what it was counted, not its noun.
            if (k == mention.EndToken && Grammar.SitePrepositions.Contains(token)) break;
            // "400-500 [soldiers]": an editor's brackets, like quotation marks, leave the noun the figure's.
            if (token.Text is "'" or "\"" or "“" or "”" or "‘" or "’" or "[" or "]") continue;
            if (token.Kind == TokenKind.Punctuation && token.Text != "-" || lexicon.MetricTriggers.Match(tokens, k) is not null) break;
        }
        // "5,689 out of 15,935 cases", "55 of the oceanfront complex's 136 units": a part counts what its whole does.
        if (mention.Unit == "" && mention.Qualifier != "vague" && WholeAfter(tokens, mention.EndToken) is { } whole && UnlistedNoun(tokens, whole, out _) is { } counted)
            return Grammar.MeasuredBefore(tokens, mention.FirstToken) ? (null, side) : (counted, side);
        // "Hundreds remain missing", "dozens who were brought to hospitals": a vague quantity with no "of" is itself the
        // noun, and means people; "millions", "billions" alone are as often money ("spending millions on the ads").
        // "Hundreds of civilians have been killed, hundreds more injured": "more" counts what the figure before did.
        if (mention.Unit == "" && mention.Qualifier == "vague" && !(mention.EndToken < tokens.Count && (tokens[mention.EndToken].Lower == "of" || Grammar.CountedPremodifiers.Contains(tokens[mention.EndToken]))))
        {
            unread = true;
            return mention.Low < 1e6 ? ("people", side) : (null, null);
        }
        // An unlisted noun right after the figure ("31 seats") is still what was counted.
        if (mention.Unit == "" && UnlistedNoun(tokens, mention.EndToken, out unread) is { } noun) return (noun, side);
        // "a city of 500,000": people, though no noun says so.
        if (IsPopulation(tokens, mention)) return ("people", side);
        if (mention.Unit == "" && GroupMeasured(tokens, mention.FirstToken, () => SideOfNearestClaimant(claimants, mention.FirstToken) ?? claimantSide) is { } measured)
            return measured;
        // "The dead include 176 Indians, 49 British, seven Portuguese": a people's adjective alone after the figure is its people; so is
        // one person's before a verb or a preposition ("one Canadian was killed", "one American with minor injuries").
        if (mention.Unit == "" && side is not null && (NationalityAlone(tokens, mention.EndToken) || mention is { Low: 1, High: 1 } && OnePersonOfANation(tokens, mention.EndToken)))
            return ("people", side);
        // A side belongs to a counted group; "15 percent of Russian capacity" has none. "... and 35 from Tunisia": an elliptical
        // figure's people come from the country after it.
        return (null, mention.Unit == "" ? OriginAt(tokens, mention.EndToken) : null);
    }


    /// <summary>
    /// Where the noun of the whole a partitive names after the figure starts ("out of 15,935 cases", "of the complex's 136
    /// units", "of the island's 11 million people"), or null: only an article or a possessive stands before its number.
    /// </summary>
    private int? WholeAfter(List<Token> tokens, int k)
    {
        if (k + 1 < tokens.Count && tokens[k].Lower == "out" && tokens[k + 1].Lower == "of") k += 2;
        else if (k < tokens.Count && tokens[k].Lower == "of") k++;
        else return null;
        for (var end = Math.Min(tokens.Count, k + 4); k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                var before = tokens[k - 1];
                if (!(before.Lower == "of" || Grammar.Articles.Contains(before) || before.Text.EndsWith("'s", StringComparison.Ordinal))) return null;
                k++;
                while (k < tokens.Count && lexicon.Magnitudes.ContainsKey(tokens[k].Lower)) k++;
                return k;
            }
            if (!tokens[k].IsWord || tokens[k].IsCapitalized && !Grammar.Articles.Contains(tokens[k])) return null;
        }
        return null;
    }

    /// <summary>
    /// A group named by the measure the figure is the value of: "the refugee cap to 50,000", "a troop
    /// ceiling of 8,600", "the number of Americans with health insurance would fall by 13 million". The
    /// measure is read back from the figure over its links ("to", "of", "fell by") in the figure's clause.
    /// "the number of its citizens who died" counts the owner's own people: <paramref name="ownersSide"/> says whose.
    /// </summary>
    private (string Subject, string? Side)? GroupMeasured(List<Token> tokens, int figure, Func<string?> ownersSide)
    {
        var k = MeasureBefore(tokens, figure);
        if (k == figure - 1) return null;
        // "the refugee cap to 50,000": a group noun right before the measure.
        if (k >= 1 && (Grammar.MeasureNouns.Contains(tokens[k]) || lexicon.Limits.Contains(tokens[k])) && Group(tokens, k - 1) is { } modifier) return modifier;
        // "the number of Americans with health insurance would fall by 13 million": "number of" a group, up the clause.
        for (var m = k; m >= Math.Max(1, figure - 20); m--)
        {
            // "the estimated number of Rohingya who fled ... on Aug. 25 had risen from 164,000": a date's day is no other figure.
            if (tokens[m].Kind == TokenKind.Number && m >= 2 && tokens[m - 1].Text == "." && lexicon.Time.Months.ContainsKey(tokens[m - 2].Lower)) { m -= 2; continue; }
            if (tokens[m].Kind == TokenKind.Number && lexicon.Time.Months.ContainsKey(tokens[m - 1].Lower)) { m--; continue; }
            if (tokens[m].Kind == TokenKind.Punctuation && tokens[m].Text != "-" || tokens[m].Kind == TokenKind.Number) return null;
            if (tokens[m].Lower == "of" && Grammar.MeasureNouns.Contains(tokens[m - 1]) && m + 1 < figure) return GroupNumbered(tokens, m + 1, figure, ownersSide);
        }
        return null;
    }

    /// <summary>
    /// The group after "the number of": a listed one past a premodifier ("the number of confirmed cases had reached 21,614"), else
    /// an unlisted plural noun there. After a possessive ("the number of its pilgrims killed"), the group is the owner's.
    /// </summary>
    private (string Subject, string? Side)? GroupNumbered(List<Token> tokens, int k, int figure, Func<string?> ownersSide)
    {
        var possessive = k + 1 < figure && Grammar.Possessives.Contains(tokens[k]);
        if (possessive) k++;
        if (k + 1 < figure && Grammar.CountedPremodifiers.Contains(tokens[k])) k++;
        // "the number of Egyptian dead had risen to over 600", "the number of Egyptian pilgrims who died": a country's adjective says whose.
        if (k + 1 < figure && tokens[k].IsCapitalized && CountryDemonym(tokens, k) is { Noun: false } country)
            return GroupNumbered(tokens, k + 1, figure, ownersSide) is { } named ? (named.Subject, named.Side ?? country.Side)
                : lexicon.MetricTriggers.Match(tokens, k + 1) is { } happened && happened.Value.Any(t => t.People) ? ("people", country.Side) : null;
        if (Group(tokens, k) is { } group) return possessive && group.Side is null ? (group.Subject, ownersSide()) : group;
        var word = tokens[k];
        return word is { IsWord: true, IsCapitalized: false } && !Grammar.FunctionWords.Contains(word) && word.Lower.Length > 3 && word.Lower.EndsWith('s')
               && !word.Lower.EndsWith("ss", StringComparison.Ordinal) && lexicon.MetricTriggers.Match(tokens, k) is null
            ? (word.Lower, null)
            : null;
    }

    /// <summary>
    /// Where the "of" is of a measure written after the value it was raised or lowered to ("raised to 136 Saturday the number
    /// of its people who died"), past a day said between them; null if none follows.
    /// </summary>
    private int? MeasureAfter(List<Token> tokens, NumberMention mention)
    {
        if (mention.FirstToken == 0 || tokens[mention.FirstToken - 1].Lower != "to") return null;
        var k = mention.EndToken;
        if (k < tokens.Count && tokens[k].Lower == "on") k++;
        if (k < tokens.Count && lexicon.Time.Weekdays.ContainsKey(tokens[k].Lower)) k++;
        return k + 2 < tokens.Count && Grammar.Articles.Contains(tokens[k]) && Grammar.MeasureNouns.Contains(tokens[k + 1]) && tokens[k + 2].Lower == "of" ? k + 2 : null;
    }

    /// <summary>Where the measure a figure is the value of ends: back from the figure over its links ("to", "of", "fell by").</summary>
    private int MeasureBefore(List<Token> tokens, int figure)
    {
        var k = figure - 1;
        while (k >= 0 && (Grammar.TollLinks.Contains(tokens[k]) || tokens[k].Lower is "by" or "from")) k--;
        // "a smaller annual refugee quota this year of 45,000": a time said inside the measure's phrase.
        for (var start = Math.Max(0, k - 3); start < k; start++)
            if (lexicon.Time.Relative.Match(tokens, start) is { } time && start + time.Length == k + 1) return start - 1;
        return k;
    }

    /// <summary>
    /// A figure that is a limit's value: "the refugee cap to 50,000", "a cap of 45,000", "the 110,000
    /// ceiling", "an event that had permission to host about 5,000". It says how many may be, not how many were.
    /// </summary>
    public bool IsLimit(List<Token> tokens, NumberMention mention)
    {
        if (mention.EndToken < tokens.Count && lexicon.Limits.Contains(tokens[mention.EndToken])) return true;
        if (mention.FirstToken > 0 && lexicon.CapacityVerbs.Contains(tokens[mention.FirstToken - 1])) return true;
        var k = MeasureBefore(tokens, mention.FirstToken);
        return k >= 0 && k < mention.FirstToken - 1 && lexicon.Limits.Contains(tokens[k]);
    }

    private (string Subject, string? Side)? Group(List<Token> tokens, int k)
    {
        if (lexicon.Subjects.Match(tokens, k) is { Length: 1 } subject) return (subject.Value, null);
        // "refugee cap": a modifier is singular, and names its group as the plural does.
        if (lexicon.SubjectNames.Contains(tokens[k].Lower + "s")) return (tokens[k].Lower + "s", null);
        if (lexicon.Demonyms.TryGetValue(tokens[k].Text, out var demonym)) return (demonym.Subject, demonym.Side);
        return tokens[k].IsCapitalized && CountryDemonym(tokens, k) is { Noun: true } people ? ("people", people.Side) : null;
    }

    /// <summary>
    /// An unlisted counted noun: among the lowercase words right after the figure, the first plural
    /// ("200,000 plug-in vehicles", "325,000 law enforcement officers"), else the first word.
    /// </summary>
    private string? UnlistedNoun(List<Token> tokens, int start, out bool unread)
    {
        unread = false;
        var words = new List<string>();
        var whose = false;
        var headIsTrigger = false;
        // "Eight of the attackers were killed": a partitive's group, a plural noun after its article.
        if (start + 2 < tokens.Count && tokens[start].Lower == "of" && Grammar.Articles.Contains(tokens[start + 1]) && PluralNounAt(tokens, start + 2)
            && tokens[start + 2].Text.IndexOfAny(['\'', '’']) < 0) start += 2;
        // "dozens of government buildings": after a vague quantity's "of", the noun follows its modifiers.
        else if (start < tokens.Count && tokens[start].Lower == "of") start++;
        // "two separate health care bills": the noun closes up to four words of modifiers.
        var k = start;
        for (; k < Math.Min(tokens.Count, start + 4); k++)
        {
            var token = tokens[k];
            // "two New Zealand mosques", "three Florida counties": a place's name before a plural noun says where they are.
            if (words.Count == 0 && token.IsCapitalized && lexicon.Places.Aliases.Match(tokens, k) is { Length: var placeLength } && PluralNounAt(tokens, k + placeLength))
            {
                k += placeLength - 1;
                continue;
            }
            // "600 new cases", "30 other countries".
            if (k == start && Grammar.CountedPremodifiers.Contains(token)) continue;
            // "seven Russian government officials": whose they are, before what they are.
            if (words.Count == 0 && token.IsCapitalized && (lexicon.Sides.Match(tokens, k) is not null || lexicon.Places.Adjectives.Match(tokens, k) is not null))
            {
                whose = true;
                continue;
            }
            // "from the 537,000 figure given at the weekend": a measure's noun says what the figure is, not what it counts ("16 total
            // claims" is a modifier before its noun).
            // "the toll of 1,000 rose": a measure's verb counts nothing either.
            // "the death toll rose to 42 one day after the tragedy": another figure's number word starts its own phrase.
            // "Eighteen out of 19 killed people are civilians": "out of" opens a partitive, as "of" does.
            if (!token.IsWord || token.IsCapitalized && !TitleCasePlural(tokens, k, words.Count) || Grammar.FunctionWords.Contains(token) || Grammar.TollLinks.Contains(token)
                || k == start && token.Lower == "out" && k + 1 < tokens.Count && tokens[k + 1].Lower == "of"
                // "has risen to 57 late on Thursday night", "1,000 early Sunday": a word leading a time says when, not who.
                || k == start && Grammar.MonthLeadIns.Contains(token) && k + 1 < tokens.Count
                   && (Grammar.PointPrepositions.Contains(tokens[k + 1]) || tokens[k + 1].IsCapitalized || lexicon.Time.DayParts.Contains(tokens[k + 1].Lower))
                // "increased by four overnight to 69,146", "rose to 40 yesterday": so does a time itself.
                || k == start && (lexicon.Time.DayParts.Contains(token.Lower) || lexicon.Time.Relative.Match(tokens, k) is not null)
                || Grammar.MeasureNouns.Contains(token) && !PluralNounAt(tokens, k + 1) || k == start && k > 0 && tokens[k - 1].Kind == TokenKind.Number && lexicon.NumberWords.Match(tokens, k) is not null)
                break;
            // "around 13,200 active members": a trigger that names the group heads the phrase, the words before it only describe it
            // ("800,000 livestock killed" is livestock).
            if (lexicon.MetricTriggers.Match(tokens, k) is { } trigger)
            {
                headIsTrigger = words.Count > 0 && trigger.Value.Any(t => t.CountedNoun);
                break;
            }
            // "thousands rallied", "about 1,000 gathered": a verb, not a counted noun; "three towed howitzers", "two outgoing mortar
            // rounds": a participle before a plural noun modifies it.
            if (words.Count == 0 && (token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal)))
            {
                if (PluralNounAt(tokens, k + 1) || k + 2 < tokens.Count && tokens[k + 1] is { IsWord: true, IsCapitalized: false } && !Grammar.FunctionWords.Contains(tokens[k + 1])
                    && PluralNounAt(tokens, k + 2)) continue;
                if (k == start) break;
            }
            // "five heavily armed ...", "43 northeast of ...": adverbs and directions count nothing.
            if (token.Lower.EndsWith("ly", StringComparison.Ordinal) || lexicon.Places.IsDirection(token)) continue;
            // "two more victim's names": a possessive modifies the noun after it.
            if (token.Lower.EndsWith("'s", StringComparison.Ordinal) || token.Lower.EndsWith("’s", StringComparison.Ordinal)) continue;
            words.Add(token.Lower);
        }
        if (words.FirstOrDefault(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) is { } plural) return plural;
        // "Thousands of ethnic Rohingya", "thousands of army, navy and air force troops", "foreign search and rescue
        // specialists": words cut short by a name or a list modify a noun further on, not what was counted.
        if (words.Count > 0 && k < tokens.Count && (tokens[k].IsCapitalized || Grammar.Coordinators.Contains(tokens[k]) || tokens[k].Text == "," && InList(tokens, k)))
        {
            // "two current House members", "army, navy and air force troops": the head further on, past names and the list.
            if (HeadPastModifiers(tokens, k, out var eventWord) is { } head) return head;
            // "two current House members": the head is an event word, which names the metric, and the group is as usual.
            unread = !eventWord;
            return null;
        }
        // "five heavily armed and ...": a participle with no noun after it counts nothing; "the 20 trillion U.S. national debt": nor
        // does a modifier after whose it is; "pegged the official death toll ... at 222 even as the search ...": nor an adverb that
        // leads the clause after it.
        if (words.Count == 1 && k < tokens.Count && lexicon.ClauseOpeners.Contains(tokens[k].Lower)) return null;
        return whose || headIsTrigger ? null : words.FirstOrDefault(w => !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>
    /// The noun that heads a phrase continued at tokens[k] past capitalized modifiers and a list ("House members", "navy and air
    /// force troops"): a listed group, else a plural; null at a clause word or punctuation first.
    /// </summary>
    private string? HeadPastModifiers(List<Token> tokens, int k, out bool eventWord)
    {
        eventWord = false;
        for (var end = Math.Min(tokens.Count, k + 6); k < end; k++)
        {
            var token = tokens[k];
            var word = token.Lower;
            var plural = word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
            // "civilian ships": a singular word with a noun after it modifies that noun.
            var last = k + 1 >= tokens.Count || !(tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && !Grammar.FunctionWords.Contains(tokens[k + 1]));
            if (token.IsWord && lexicon.Subjects.Match(tokens, k) is { } listed && (plural || last || listed.Length > 1)) return listed.Value;
            // "ethnic Rohingya Muslims": the plural that closes a run of names is the noun ("once Jones is seated" is none).
            if (token.IsWord && token.IsCapitalized && plural && tokens[k - 1].IsCapitalized && tokens[k - 1].IsWord && !(k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)) return word;
            if (token.Text == "," || Grammar.Coordinators.Contains(token) || token.IsCapitalized && token.IsWord) continue;
            eventWord = token.IsWord && lexicon.MetricTriggers.Match(tokens, k) is not null;
            if (!token.IsWord || Grammar.FunctionWords.Contains(token) || eventWord) return null;
            if (plural) return word;
        }
        return null;
    }

    /// <summary>"army, navy and air force troops": the comma at tokens[k] goes on a list of modifiers, not a clause.</summary>
    private bool InList(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && (tokens[k + 2].Text == "," || Grammar.Coordinators.Contains(tokens[k + 2]));

    /// <summary>
    /// Where the plural noun that heads the words right after a figure is ("Five NATO warships", "20
    /// trains carrying"), past capitalized and hyphenated modifiers; -1 when a function word, a metric
    /// word or punctuation comes first.
    /// </summary>
    private int HeadNounRightAfter(List<Token> tokens, int start)
    {
        for (var k = start; k < Math.Min(tokens.Count, start + 4); k++)
        {
            var token = tokens[k];
            if (!token.IsWord || Grammar.FunctionWords.Contains(token) || lexicon.MetricTriggers.Match(tokens, k) is not null) return -1;
            if (token.IsCapitalized || token.Lower.Contains('-')) continue;
            var word = token.Lower;
            // "about 60 gunmen": plurals in -men too.
            var plural = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal)
                         || word.Length > 4 && word.EndsWith("men", StringComparison.Ordinal);
            // "Seven Boston area hospitals": a name's common noun before the plural head modifies it too.
            if (!plural && k > start && tokens[k - 1].IsCapitalized && !lexicon.Demonyms.ContainsKey(tokens[k - 1].Text) && CountryDemonym(tokens, k - 1) is null && k + 1 < tokens.Count && PluralNounAt(tokens, k + 1) && lexicon.Subjects.Match(tokens, k) is null) continue;
            return word.Length > 3 && plural && !word.Contains('\'') && !word.Contains('’') ? k : -1;
        }
        return -1;
    }

    /// <summary>A listed subject or a lowercase plural noun at tokens[k] ("refugees", "homes"; not "have", "was").</summary>
    private bool PluralNounAt(List<Token> tokens, int k)
    {
        if (k >= tokens.Count) return false;
        if (lexicon.Subjects.Match(tokens, k) is not null) return true;
        var word = tokens[k].Lower;
        return tokens[k] is { IsWord: true, IsCapitalized: false } && word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
               && !word.EndsWith("ous", StringComparison.Ordinal) && lexicon.MetricTriggers.Match(tokens, k) is null;
    }

    /// <summary>"Helene Has Killed at Least 60 People in 5 States": in a title-case headline, a capitalized plural right after the figure is its noun.</summary>
    private bool TitleCasePlural(List<Token> tokens, int k, int wordsBefore) =>
        wordsBefore == 0 && tokens[k].Lower.Length > 3 && tokens[k].Lower.EndsWith('s') && lexicon.Places.Aliases.Match(tokens, k) is null
        && lexicon.ClaimantAliases.Match(tokens, k) is null && PlaceReader.IsTitleCase(tokens);
}
