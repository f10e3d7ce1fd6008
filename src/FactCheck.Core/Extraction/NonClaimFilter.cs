namespace FactCheck.Extraction;

/// <summary>
/// Says why a figure is not a claim: a clock time, a date or year, a duration (a period, not a
/// count), a name or identifier (Route 6, Hospital Number One), an age, a compound adjective
/// ("15-minute-long"), or an ordinal other than a day count or anniversary. Null when it is a claim.
/// </summary>
internal sealed partial class NonClaimFilter(Lexicon lexicon)
{
    private TimeWords Time => lexicon.Time;
    private Grammar Grammar => lexicon.Grammar;

    /// <summary>
    /// "the 137 officers dispatched to Itaewon", "out of the 275, 88 bodies": a count after "the", "those" or "these" that the
    /// document has already given is a reference back to it, however large (<see cref="Reason"/> takes small ones by themselves).
    /// </summary>
    public bool RepeatsEarlier(List<Token> tokens, NumberMention mention, IReadOnlyList<Claim> earlier)
    {
        var n = mention.FirstToken;
        // "the 75th anniversary": an ordinal is no count.
        if (n == 0 || tokens[n - 1].Lower is not ("the" or "those" or "these") || mention.Qualifier != "exact" || mention.Unit != ""
            || tokens[mention.NumberToken].Kind == TokenKind.Ordinal) return false;
        for (var c = earlier.Count - 1; c >= 0; c--)
            if (earlier[c].Low == mention.Low && earlier[c].High == mention.High && earlier[c].Qualifier == "exact") return true;
        return false;
    }

    public string? Reason(List<Token> tokens, NumberMention mention, IReadOnlyList<DateMention> dates)
    {
        foreach (var date in dates)
            if (mention.NumberToken >= date.FirstToken && mention.NumberToken < date.EndToken || DayListedWith(tokens, mention, date) || DayJoinedAfter(tokens, mention, date))
                return "date";
        var n = mention.NumberToken;
        var number = tokens[n];
        Token? before = n > 0 ? tokens[n - 1] : null;
        Token? after = mention.EndToken < tokens.Count ? tokens[mention.EndToken] : null;
        Token? afterNumber = n + 1 < tokens.Count ? tokens[n + 1] : null;

        if (mention.IsOrdinal) return OrdinalReason(tokens, mention);
        // "1. So far, 288 people have died ...": a numbered paragraph's number, split off as a sentence of its own, numbers a point.
        if (n == 0 && mention.Unit == "" && tokens.Count <= 2 && (tokens.Count == 1 || tokens[1].Text is "." or ")")) return "list number";
        // "3) Investigate the deaths of 5 protesters", "(2) Release all those detained", "1. **End the violence**: Stop police ...": a point's
        // number, closed by a bracket or a stop, opens its sentence.
        if (mention.Unit == "" && mention.High < 100 && (n == 0 || n == 1 && tokens[0].Text is "(" or "-" or "•")
            && (afterNumber is { Text: ")" } || n == 0 && afterNumber is { Text: ".", SpaceBefore: false } && n + 2 < tokens.Count && tokens[n + 2].SpaceBefore)) return "list number";
        // "the estimated 100,00 people": digits grouped wrongly before a noun are a typo, no figure to read; "26,5%" and "9,5 thousand"
        // are decimals written with a comma.
        if (afterNumber is { Text: ",", SpaceBefore: false } && n + 3 < tokens.Count && tokens[n + 2] is { Kind: TokenKind.Number, SpaceBefore: false } digits
            && digits.Text.Length is 2 or > 3 && digits.Text.All(char.IsDigit) && tokens[n + 3] is { IsWord: true }
            && lexicon.Units.Match(tokens, n + 3) is null && lexicon.NumberWords.Match(tokens, n + 3) is null)
            return "malformed number";
        // "a .308 Ruger rifle", "a .22-caliber pistol": a fraction written without its leading zero is a calibre, no count.
        if (n >= 1 && tokens[n - 1] is { Text: "." } point && !number.SpaceBefore && (n == 1 || point.SpaceBefore) && mention.FirstToken == n) return "calibre";
        if (afterNumber is { Text: ":", SpaceBefore: false } && n + 2 < tokens.Count && tokens[n + 2].Kind == TokenKind.Number)
            return "clock time";
        // "19:31": the minutes, after the hour's colon.
        if (before is { Text: ":" } && !number.SpaceBefore && n >= 2 && tokens[n - 2].Kind == TokenKind.Number) return "clock time";
        if (after is { Lower: var clock } && Time.ClockWords.Contains(clock.TrimEnd('.'))) return "clock time";
        if (IsClockWithStop(tokens, mention)) return "clock time";
        // "up to seven in the morning": an hour of the day.
        if (mention.High <= 12 && mention.Unit == "" && mention.EndToken + 2 < tokens.Count && tokens[mention.EndToken].Lower == "in" && tokens[mention.EndToken + 1].Lower == "the"
            && tokens[mention.EndToken + 2].Lower is "morning" or "afternoon" or "evening") return "clock time";
        // "Feb. 24" tokenizes as "Feb", ".", "24".
        var month = before is { Text: "." } && n >= 2 ? tokens[n - 2] : before;
        if (month is { Lower: var monthBefore } && Time.Months.ContainsKey(monthBefore) && mention.Low <= 31 && mention.Unit == "") return "date";
        if (after is { Lower: var monthAfter } && Time.Months.ContainsKey(monthAfter) && mention.Low <= 31 && mention.Unit == "") return "date";
        if (IsYear(tokens, mention)) return "year";
        // "On 1/20", "since 9/11", "4-1/2 months", "fell 14/32 in price", "his 21/2-year-old son": a date or a fraction.
        if (SlashedTo(tokens, mention.EndToken, +1) || SlashedTo(tokens, n - 1, -1)) return "date or fraction";
        if (HyphenatedDate(tokens, mention) || NumericDate(tokens, n) || DayRunIntoYear(tokens, n)) return "date";
        // "this Thursday (9)", "on Wednesday (8)", "on Monday morning (13)": the day of the month after its weekday, as Brazilian and
        // Portuguese outlets write it.
        // "this morning (21)", "yesterday (08)": so do Sri Lankan outlets after a day they name relative to the report's.
        if (before is { Text: "(" } && after is { Text: ")" } && n >= 2 && mention.Low <= 31 && mention.Unit == ""
            && (Time.Weekdays.ContainsKey(tokens[n - 2].Text) || n >= 3 && Time.DayParts.Contains(tokens[n - 2].Lower) && Time.Weekdays.ContainsKey(tokens[n - 3].Text)
                || RelativeDayEndsAt(tokens, n - 2)))
            return "date";
        // "between Sunday 11 and Monday 12", "on Tuesday 14.": the day of the month right after its weekday, with no noun counted after it.
        if (before is { IsCapitalized: true } weekday && Time.Weekdays.ContainsKey(weekday.Text) && mention.FirstToken == n && mention.Low <= 31 && mention.Unit == ""
            && (after is null or { IsWord: false } || after is { Lower: "and" or "to" or "through" } && mention.EndToken + 1 < tokens.Count && Time.Weekdays.ContainsKey(tokens[mention.EndToken + 1].Text)))
            return "date";
        // "at the hands of the police.[2]", "Reuters[3]": a reference mark, a bare number in square brackets set against the word before it.
        if (before is { Text: "[", SpaceBefore: false } && after is { Text: "]" } && mention.FirstToken == n && mention.Unit == "" && number.Kind == TokenKind.Number)
            return "reference mark";
        if (after is { } unit && (lexicon.Durations.Contains(unit.Lower) || IsDurationPossessive(unit)))
            return "duration";
        // "a 12-story building" describes; "a 200-strong rally" counts.
        if (after is { Text: "-" or "–", SpaceBefore: false } && mention.EndToken + 1 < tokens.Count && tokens[mention.EndToken + 1].IsWord
            && !lexicon.GroupSizeWords.Contains(tokens[mention.EndToken + 1].Lower))
            return "compound adjective";
        if (after is { IsWord: true, Lower: var hyphenated } && hyphenated.Contains('-') && lexicon.Durations.Contains(hyphenated.Split('-')[0])) return "duration";
        // "the 1.5 million-acre area" describes as "a 12-story building" does; "seven million-strong" counts, "a $25 million-plus loan" is money.
        if (mention.Unit == "" && mention.EndToken > n + 1 && tokens[mention.EndToken - 1] is { IsWord: true, Lower: var joined } && joined.IndexOf('-') is > 0 and var dash
            && lexicon.Magnitudes.ContainsKey(joined[..dash]) && !lexicon.GroupSizeWords.Contains(joined[(dash + 1)..]))
            return "compound adjective";
        if (IsName(tokens, mention)) return "name or identifier";
        // "Death Toll Exceeds 200 (UPDATE 2)", "... into mid-May /update 3": the number of a story's update, closing its bracket or line.
        if (before is { IsWord: true } tag && lexicon.UpdateTags.Contains(tag) && mention.FirstToken == n && after is null or { Text: ")" or "]" })
            return "name or identifier";
        // "Situation Report #1", "the #2 seed": a number written on "#" numbers or ranks something; it counts nothing.
        if (before is { Text: "#" } && mention.FirstToken == n && !number.SpaceBefore) return "name or identifier";
        if (ScaleReading(tokens, mention)) return "scale reading";
        if (MatchScore(tokens, mention)) return "match score";
        if (Distributed(tokens, mention)) return "rate";
        if (Speed(tokens, mention)) return "speed";
        if (EmergencyNumber(tokens, mention) || TelephoneNumber(tokens, mention)) return "phone number or code";
        // "call 0800 0961 233": no count is written with a leading zero; the digit groups after one belong to it.
        // "0870 1566 344": so do all the groups after it.
        if (LeadingZero(number) || GroupAfterLeadingZero(tokens, n) || InternationalNumber(tokens, n)) return "phone number or code";
        // "8330052468", "Airport control room numbers: 0483 2719493, 2719321": eight digits or more with no separator count nothing, nor
        // does a bare run of digits listed after a code.
        if (LongBareDigits(number) || ListedAfterCode(tokens, n)) return "phone number or code";
        // "2S1 Gvozdika", "401(k) accounts": a number joined to letters and digits, or to a bracketed letter, is a model or a code.
        if (afterNumber is { SpaceBefore: false, IsWord: true } code && code.Text.Any(char.IsDigit)
            || afterNumber is { Text: "(", SpaceBefore: false } && n + 3 < tokens.Count && tokens[n + 2] is { IsWord: true, Text.Length: 1, SpaceBefore: false }
                                                                  && tokens[n + 3] is { Text: ")", SpaceBefore: false })
            return "name or identifier";
        // "pic.twitter.com/64wSHuRAeH": digits right after a path's slash are part of a link.
        if (number.Kind == TokenKind.Number && n >= 2 && before is { Text: "/", SpaceBefore: false } && !number.SpaceBefore && tokens[n - 2].IsWord) return "link";
        // "1-800-273-8255", "called 9-1-1": three or more groups of digits joined by hyphens dial a number.
        if (HyphenedGroups(tokens, n) >= 3) return "phone number or code";
        // "the release by 42West", "7News reported": digits joined to a capitalised word are part of a name.
        // "according to local station 13WMAZ": so are digits joined to a run of capitals that is no unit.
        if (number.Kind == TokenKind.Number && afterNumber is { SpaceBefore: false, IsWord: true, IsCapitalized: true } glued && glued.Text.Length >= 3
            && (glued.Text.Skip(1).Any(char.IsLower) || mention.Unit == "" && glued.Text.All(char.IsUpper)) && !lexicon.Magnitudes.ContainsKey(glued.Lower)) return "name or identifier";
        // "Telegram channel “112”", "“112”: 150 people were killed": a number alone in quotation marks after a noun, or opening the
        // sentence, is named, not counted ('the toll reached "253"' counts).
        if (mention.FirstToken == n && number.Kind == TokenKind.Number && mention.EndToken == n + 1 && before is { Text: "“" or "\"" } && after is { Text: "”" or "\"" }
            && (n == 1 || tokens[n - 2] is { IsWord: true } named && !Grammar.FunctionWords.Contains(named) && !named.Lower.EndsWith("ed", StringComparison.Ordinal)))
            return "name or identifier";
        // "78 bodies have been recovered, and not 79 as reported yesterday", "the number of deaths is 275 and not 288": a figure set
        // right after another and denied corrects it; no one asserts it.
        if (CorrectedFigure(tokens, mention)) return "corrected figure";
        // "the “2 Stolba” checkpoint": a number opening a quoted name.
        if (before is { Text: "“" or "\"" or "‘" } && after is { IsCapitalized: true } && mention.EndToken + 1 < tokens.Count
            && tokens[mention.EndToken + 1].Text is "”" or "\"" or "’") return "name or identifier";
        if (InQuotedName(tokens, mention)) return "name or identifier";
        // "in the second half of this year", "the first quarter of 2018": part of a period, not a share of anything.
        if (mention.Unit == "percent" && mention.FirstToken == n && lexicon.Fractions.Match(tokens, n) is not null && n > 0 && lexicon.Ordinals.Match(tokens, n - 1) is not null)
            return "part of a period";
        // "after a year and a half of siege": the half of a duration, no share of anything counted.
        if (mention.Unit == "percent" && lexicon.Fractions.Match(tokens, n) is not null && mention.FirstToken >= 2 && tokens[mention.FirstToken - 1].Lower == "and"
            && lexicon.Durations.Contains(tokens[mention.FirstToken - 2].Lower)) return "duration";
        // "rail service to the southern half of the island": a part of a place, no share of anything counted.
        if (mention.Unit == "percent" && mention.FirstToken == n && lexicon.Fractions.Match(tokens, n) is not null && before is { } direction && lexicon.Places.IsDirection(direction))
            return "part of a place";
        // "struck at 03:57h local time (UTC +8)": a time zone's offset.
        if (n >= 2 && tokens[n - 1].Text is "+" or "-" or "−" && lexicon.Time.ClockWords.Contains(tokens[n - 2].Lower) && mention.FirstToken >= n - 1) return "time zone";
        // "The aircraft broke into two while landing", "cracked in two.": what something split into, with nothing counted after it.
        if (before is { Lower: "into" or "in" } && number.IsWord && mention.FirstToken == n && mention.Unit == "" && mention.Qualifier == "exact"
            && (after is not { IsWord: true } following || lexicon.ClauseOpeners.Contains(following.Lower) || Grammar.Coordinators.Contains(following) || Grammar.Contrastives.Contains(following)))
            return "division";
        if (afterNumber is { Lower: "s" or "'s", SpaceBefore: false }) return "decade";
        if (before is { Text: "'" or "’" } && afterNumber is { Lower: "s" }) return "decade";
        if (IsAge(tokens, mention) || AfterAgeWord(tokens, mention) || BracketedAge(tokens, mention)) return "age";
        // "Puerto Rico's new Hurricane Maria death toll is 46 times higher": how many times one figure is another, no count.
        if (mention.Unit == "" && lexicon.Ratios.Match(tokens, mention.EndToken) is not null) return "ratio";
        // "One resident described the disaster as a tsunami", "One woman gave birth": someone told of, no count, when a verb of no
        // metric follows ("One man was killed" counts).
        if (number.IsWord && number.Lower == "one" && mention.Qualifier == "exact" && mention.FirstToken == n && mention.EndToken == n + 1 && n + 2 < tokens.Count
            && after is { IsWord: true, IsCapitalized: false } person && !person.Lower.EndsWith('s') && lexicon.Subjects.Match(tokens, n + 1) is { Length: 1 }
            && tokens[n + 2] is { IsWord: true, IsCapitalized: false } verb2 && verb2.Lower.EndsWith("ed", StringComparison.Ordinal)
            && lexicon.MetricTriggers.Match(tokens, n + 2) is null && !Grammar.BeForms.Contains(verb2) && !Grammar.Auxiliaries.Contains(verb2))
            return "someone told of";
        // "..., said one woman", "“...,” said two witnesses": how many speak, after the verb put before them. Not the subject of what a
        // source set off before the verb says: "Police, however, said seven civilians were killed".
        if (before is { IsWord: true } verb && lexicon.Sources.Inverting.Contains(verb.Lower) && n >= 2 && tokens[n - 2].Text is "," or "”" or "\"" or "’"
            && mention.FirstToken == n && mention.Unit == "" && mention.Low <= 10 && after is { IsWord: true, IsCapitalized: false }
            && !(n + 2 < tokens.Count && (Grammar.BeForms.Contains(tokens[n + 2]) || Grammar.Auxiliaries.Contains(tokens[n + 2]) || lexicon.MetricTriggers.Match(tokens, n + 2) is not null)))
            return "count of speakers";
        if (number.IsWord && number.Lower == "one" && mention.EndToken == n + 1 && mention.Qualifier == "exact" && !CountsSomeone(tokens, n + 1) && !ParallelToFigure(tokens, n)
            && !Grammar.MeasuredBefore(tokens, n))
            return "pronoun 'one'";
        // "the canister similar to the one allegedly used to kill Pernalete": after "the", "one" with no counted noun stands for a thing
        // named before, however a verb of harm follows.
        if (number.IsWord && number.Lower == "one" && mention.EndToken == n + 1 && mention.Qualifier == "exact" && before is { Lower: "the" }
            && (after is null || lexicon.Subjects.Match(tokens, n + 1) is null && lexicon.MetricTriggers.Match(tokens, n + 1) is null))
            return "pronoun 'one'";
        // "tremors rating a 7 on the Japanese scale", "gave it a 9 out of 10": a bare figure after "a", with no noun, is a score.
        if (before is { Lower: "a" or "an" } && number.Kind == TokenKind.Number && mention.FirstToken == n && mention.Unit == ""
            && (after is not { } next || !next.IsWord && next.Text is not ("-" or "%") || next.Lower is "on" or "out"))
            return "score";
        // "seize one or both houses of Congress": a choice between one and all, no count.
        if (number.IsWord && number.Lower == "one" && mention.EndToken == n + 1 && n + 2 < tokens.Count && tokens[n + 1].Lower == "or" && tokens[n + 2].Lower is "both" or "all")
            return "pronoun 'one'";
        // "the two countries", "the 11 countries": a reference back to named things, not a count.
        // "the tens of victims" is no reference back: a vague quantity names nothing counted before.
        // "Those four were identified by friends": so does a demonstrative.
        if (before is { Lower: "the" or "those" or "these" } && mention.Low <= 20 && mention.Unit == "" && mention.FirstToken == n && mention.Qualifier != "vague" && !OutcomeFollows(tokens, mention.EndToken))
            return "definite reference";
        if (IsFamilyDetail(tokens, mention)) return "family detail";
        if (InCondition(tokens, mention.FirstToken)) return "condition";
        return null;
    }

    private bool IsDurationPossessive(Token token) => Grammar.DurationPossessives.Contains(token);

    /// <summary>A slash at <paramref name="slash"/> joined without spaces to a number on its far side.</summary>
    private static bool SlashedTo(List<Token> tokens, int slash, int direction)
    {
        var far = slash + direction;
        if (slash < 0 || far < 0 || far >= tokens.Count || tokens[slash].Text != "/" || tokens[far].Kind != TokenKind.Number) return false;
        return direction > 0 ? !tokens[slash].SpaceBefore && !tokens[far].SpaceBefore : !tokens[slash].SpaceBefore && !tokens[slash + 1].SpaceBefore;
    }

    private string? OrdinalReason(List<Token> tokens, NumberMention mention)
    {
        var next = mention.EndToken < tokens.Count ? tokens[mention.EndToken].Lower : "";
        if (next == "anniversary") return null;
        if (next == "day" && tokens.Any(t => Grammar.WarWords.Contains(t))) return null;
        return "ordinal";
    }

    private bool IsYear(List<Token> tokens, NumberMention mention)
    {
        var token = tokens[mention.NumberToken];
        if (token.Kind != TokenKind.Number || token.Text.Contains(',') || token.Text.Contains('.')) return false;
        if (mention.Low is < 1800 or > 2100 || mention.Unit != "" || mention.Qualifier != "exact") return false;
        // "in 2014" and "the 1991 borders" are years; "2000 new anti-tank weapons" counts things.
        return !DateReader.CountsAfter(lexicon, tokens, mention.EndToken);
    }

    /// <summary>
    /// Whether the number at tokens[n] is one of a list that an identifier's plural opens ("sections 153, 154 and 175", "sections like 37
    /// and 38 (related to causing hurt), 304A (causing death by negligence) and 34"): numbers, commas, coordinators and bracketed glosses back to it.
    /// </summary>
    private bool IdentifiersListed(List<Token> tokens, int n)
    {
        var k = n - 1;
        while (k >= 0 && n - k <= MaxListedIdentifiers)
        {
            if (tokens[k].Text == ")")
            {
                var open = k - 1;
                while (open >= 0 && k - open <= MaxGloss && tokens[open].Text != "(") open--;
                if (open < 0 || tokens[open].Text != "(") return false;
                k = open - 1;
            }
            else if (tokens[k].Kind == TokenKind.Number || char.IsDigit(tokens[k].Text[0]) || !tokens[k].SpaceBefore && k > 0 && tokens[k - 1].Kind == TokenKind.Number
                     || tokens[k].Text == "," || lexicon.Grammar.Coordinators.Contains(tokens[k]) || tokens[k].Lower is "like" or "including") k--;
            else break;
        }
        // "30 to KMC hospitals, 20 to Sindh Government Hospital": the plural opens the list only with a number right after it.
        var opening = k + 1 < n && tokens[k + 1].Lower is "like" or "including" ? k + 2 : k + 1;
        if (k < 0 || n - k > MaxListedIdentifiers || !tokens[k].IsWord || tokens[k].Lower.Length < 4 || !tokens[k].Lower.EndsWith('s') || tokens[opening].Kind != TokenKind.Number) return false;
        return lexicon.LowerCaseIdentifiers.Contains(tokens[k].Lower[..^1]);
    }

    private const int MaxListedIdentifiers = 60;
    private const int MaxGloss = 12;

    private bool IsName(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        if (n == 0 || mention.FirstToken != n) return false;
        var before = tokens[n - 1];
        if (before.Lower == "number" || lexicon.Identifiers.Contains(before.Text)) return true;
        // "the elite unit 8200 said", "a category 4 storm": the same word in lower case, no plural noun after the number; "approving the
        // bill 81-14" is a vote's tally.
        if (before is { IsWord: true, IsCapitalized: false } && !mention.IsTally && lexicon.LowerCaseIdentifiers.Contains(before.Lower)
            && !(mention.EndToken < tokens.Count && tokens[mention.EndToken] is { IsWord: true, IsCapitalized: false } noun && noun.Lower.EndsWith('s')
                 // "Air India flight 171 is pictured": "is" and "was" are no plural nouns.
                 && !Grammar.BeForms.Contains(noun) && !Grammar.FunctionWords.Contains(noun))) return true;
        // "No. 2", "Sec. 5"
        if (before.Text == "." && n >= 2 && lexicon.Identifiers.Contains(tokens[n - 2].Text)) return true;
        // "IPC sections like 37 and 38, 304A and 34, and sections 153, 154 and 175 of the Railways Act": numbers listed after an identifier's plural.
        if (IdentifiersListed(tokens, n)) return true;
        if (!before.IsCapitalized || Time.Months.ContainsKey(before.Lower) || Time.Weekdays.ContainsKey(before.Text) || mention.Unit != "") return false;
        // "France 2 television said": a country's name opens an outlet's.
        if (lexicon.Sources.InOutletName(tokens, n) && mention.EndToken == n + 1) return true;
        if (lexicon.ClaimantAliases.Match(tokens, n - 1) is not null || lexicon.Sides.Match(tokens, n - 1) is not null) return false;
        Token? after = mention.EndToken < tokens.Count ? tokens[mention.EndToken] : null;
        // "FRANCE 24's reporter": a possessive number is a name.
        if (after is { Text: "'" or "’" } && mention.EndToken + 1 < tokens.Count && tokens[mention.EndToken + 1].Lower == "s") return true;
        if (after is { Text: var next } && (lexicon.Sides.Match(tokens, mention.EndToken) is not null || lexicon.Demonyms.ContainsKey(next))) return false;
        // "Earthquake in Morocco Leaves 296 Dead": in a title-case headline capitals say nothing.
        if (PlaceReader.IsTitleCase(tokens)) return false;
        // "A 5,000-strong crowd marched": the article opening the sentence is capitalised for that alone.
        if (n == 1 && Grammar.Articles.Contains(before) && after is { Text: "-" or "–", SpaceBefore: false }) return false;
        if (after is not { IsWord: true, IsCapitalized: false }) return true;
        // "on Rossiya 24 television", "a Boeing 737 jet": a short number inside a name, mid-sentence, before a noun.
        // "the S&P 500 has climbed": an initialism joined by "&" is a word of the name too.
        return n >= 2 && (tokens[n - 2].IsWord || tokens[n - 2].Text == "&" && !before.SpaceBefore) && !before.Text.EndsWith("'s", StringComparison.Ordinal) && tokens[n].Text.Length <= 4 && tokens[n].Text.All(char.IsDigit)
               && lexicon.Places.Aliases.Match(tokens, n - 1) is null && !lexicon.Titles.Contains(before.Text);
    }

    /// <summary>"the 17 killed", "the 298 people on board were killed": a metric word soon after makes a definite figure a count.</summary>
    private bool OutcomeFollows(List<Token> tokens, int from)
    {
        // "The 13 victims of the metro blast included 10 Belgians": a toll's own group is what happened, too.
        if (from < tokens.Count && lexicon.TollGroups.Contains(tokens[from].Lower)) return true;
        for (var k = from; k < Math.Min(tokens.Count, from + 5); k++)
            if (lexicon.MetricTriggers.Match(tokens, k) is { } trigger && trigger.Value.Any(t => t.Anywhere)) return true;
        return false;
    }

    /// <summary>"a mother of two", "her two sisters": a detail of someone's life.</summary>
    private bool IsFamilyDetail(List<Token> tokens, NumberMention mention)
    {
        var n = mention.FirstToken;
        if (mention.Low > 12 || mention.Unit != "") return false;
        if (n >= 2 && tokens[n - 1].Lower == "of" && Grammar.Parents.Contains(tokens[n - 2])) return true;
        return n >= 1 && Grammar.Possessives.Contains(tokens[n - 1])
               && mention.EndToken < tokens.Count && lexicon.Kin.Contains(tokens[mention.EndToken].Lower.TrimEnd('\''));
    }

    /// <summary>Inside a condition ("if more than two senators vote no, ..."): from the conditional word to the next comma.</summary>
    private bool InCondition(List<Token> tokens, int figure)
    {
        for (var k = figure - 1; k >= 0; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "—" or "–") return false;
            if (lexicon.Conditionals.Match(tokens, k) is { } conditional && k + conditional.Length <= figure) return true;
        }
        return false;
    }

    /// <summary>"at 11.15", "around 14.45": an hour and minutes written with a stop.</summary>
    private bool IsClockWithStop(List<Token> tokens, NumberMention mention)
    {
        var token = tokens[mention.NumberToken];
        if (token.Kind != TokenKind.Number || mention.Unit != "" || token.Text.Length is not (4 or 5)) return false;
        var dot = token.Text.IndexOf('.');
        if (dot < 1 || token.Text.Length - dot != 3 || mention.Low >= 24 || (mention.Low * 100 % 100) >= 60) return false;
        var k = mention.NumberToken - 1;
        while (k >= 0 && Grammar.Approximators.Contains(tokens[k])) k--;
        return k >= 0 && Grammar.ClockPrepositions.Contains(tokens[k]);
    }

    /// <summary>"three in Boise and one in Twin Falls": "one" after "and", in the same frame as the figure before it, counts as that figure does.</summary>
    private bool ParallelToFigure(List<Token> tokens, int one)
    {
        if (one < 3 || one + 1 >= tokens.Count || !Grammar.Coordinators.Contains(tokens[one - 1])) return false;
        // "two at Kathmandu Medical College, and one at Tribhuvan Teaching Hospital": a serial comma before the "and".
        var before = tokens[one - 2].Text == "," ? one - 3 : one - 2;
        for (var k = before; k >= Math.Max(0, before - 6); k--)
        {
            if (tokens[k].Text is "." or ";" or ",") return false;
            if (tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null)
                return k + 1 < one - 1 && tokens[k + 1].IsWord && tokens[k + 1].Lower == tokens[one + 1].Lower;
        }
        return false;
    }

    /// <summary>"one pilot", "one killed", "One Ukrainian state security officer": "one" counting a person or an outcome, not the pronoun.</summary>
    private bool CountsSomeone(List<Token> tokens, int next)
    {
        if (next >= tokens.Count) return false;
        // "one killed", not "one carrying fuel": a word that names a metric only before its figure says nothing after it.
        if (lexicon.MetricTriggers.Match(tokens, next) is { } outcome && outcome.Value.Any(t => !t.OnlyBefore)) return true;
        for (var k = next; k < Math.Min(tokens.Count, next + 4); k++)
        {
            if (lexicon.Subjects.Match(tokens, k) is not null) return tokens[k].Lower != "others";
            // "one pilot was killed"
            if (k > next && lexicon.MetricTriggers.Match(tokens, k) is { } trigger && trigger.Value.Any(t => t.People && t.Anywhere)
                && !lexicon.Time.MonthAt(tokens, k, Grammar.MonthLeadIns)) return true;
            if (!tokens[k].IsWord || tokens[k].Lower == "of" || Grammar.Articles.Contains(tokens[k]) || Grammar.RelativePronouns.Contains(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>
    /// "The Saturday protest, named „15 for 15,” referred to both the date ... and the number of victims": a figure inside a short
    /// quotation that a naming word ("named", "called the", "dubbed") gives is part of a name.
    /// </summary>
    private bool InQuotedName(List<Token> tokens, NumberMention mention)
    {
        var opening = mention.FirstToken - 1;
        while (opening >= 0 && mention.FirstToken - opening <= QuotedNameWords && !IsOpeningQuote(tokens[opening])) opening--;
        if (opening < 1 || mention.FirstToken - opening > QuotedNameWords) return false;
        var closing = mention.EndToken;
        while (closing < tokens.Count && closing - opening <= QuotedNameWords + 1 && tokens[closing].Text is not ("”" or "\"" or "“")) closing++;
        if (closing >= tokens.Count || closing - opening > QuotedNameWords + 1) return false;
        var naming = opening - 1;
        if (naming >= 1 && Grammar.Articles.Contains(tokens[naming])) naming--;
        return Grammar.NamingWords.Contains(tokens[naming]);
    }

    private const int QuotedNameWords = 6;

    private static bool IsOpeningQuote(Token token) => token.Text is "“" or "\"" or "„" or "«";
}
