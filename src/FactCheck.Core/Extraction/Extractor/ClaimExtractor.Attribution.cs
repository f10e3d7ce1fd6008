namespace FactCheck.Extraction.Extractor;

/// <summary>Which reporting construction of a sentence a figure falls under.</summary>
internal sealed partial class ClaimExtractor
{
    /// <summary>
    /// The attribution a figure falls under: the first reporting construction before it in its part of
    /// the sentence (what X said holds all that follows), unless a named source reported inside X's quoted
    /// words gave it; else the nearest after it ("..., the minister said"), not one inside a relative clause.
    /// A semicolon, a spaced dash or ", while" starts another part. Inside a quotation, the speaker after it.
    /// </summary>
    private Attribution? Governing(Attribution[] attributions, NumberMention mention, List<Token> tokens, OpenQuote quote)
    {
        if (attributions.Length == 0) return null;
        // "“... we estimate it in hundreds and hundreds ...,” Nuland said": what is quoted is the speaker's,
        // whoever the quote itself cites.
        if (quote.ClosingAfter(tokens, mention.FirstToken, mention.EndToken) is { } closing)
        {
            // "“The Railways on Saturday said that the number of deaths is 288 ...,” Pradeep Jena said": a source
            // the quotation names before the figure gave it; "we estimate" leaves it the speaker's.
            // "“While the government put attendance at 107,000 across Belgrade, an independent monitor said 325,000 ...”": the nearest.
            for (var a = attributions.Length - 1; a >= 0; a--)
                if (attributions[a] is var inner && inner.TokenIndex < mention.FirstToken && inner.SourceStart < inner.TokenIndex && NamedInsideQuote(inner, tokens, quote)
                    && !NewClause(tokens, inner.TokenIndex, mention.FirstToken))
                    return inner;
            foreach (var attribution in attributions)
                if (attribution.TokenIndex > closing && attribution.SourceStart > closing && !attribution.Agentless)
                {
                    // "Organisers ... have said the latest estimate was that “more than 800,000” people have taken to the streets, according
                    // to the PA news agency": words quoted inside a speaker's statement are the speaker's; the agency relays them.
                    if (IsPrefix(tokens, attribution) && SpeakerBeforeQuote(attributions, tokens, mention.FirstToken)) break;
                    return attribution;
                }
        }
        // "from 88,000 (according to the army) to 107,000 (according to the police) people": a source in brackets right after a figure
        // is that figure's own, whatever the sentence's verb says of the rest.
        foreach (var attribution in attributions)
            if (attribution.TokenIndex > mention.EndToken && tokens[attribution.TokenIndex - 1].Text == "(" && IsPrefix(tokens, attribution)
                && JustAfter(tokens, mention, attribution.TokenIndex - 1) && OnlySourceInBracket(tokens, attribution.TokenIndex))
                return attribution;
        var part = 0;
        // "Authorities have confirmed that 357 people have died — a report in the Economic Times put the toll at 370": a dash starts a part too.
        // "The demonstrators claimed there were 200,000 people out today - the police said more like 30-40,000": a spaced hyphen is a dash.
        // "..., although organisers put the figure closer to two million": so does a concession.
        for (var k = mention.FirstToken - 1; k > 0; k--)
            if (tokens[k].Text is ";" or "—" or "–" or "-" && (tokens[k].Text == ";" || tokens[k].SpaceBefore && k + 1 < tokens.Count && tokens[k + 1].SpaceBefore)
                || tokens[k - 1].Text == "," && (Grammar.Contrastives.Contains(tokens[k]) || Grammar.Concessives.Contains(tokens[k]))
                // "The organizers estimated over a million participants in the march, however, the authorities reported a number closer to
                // 170,000": an adverb set off between two clauses.
                || tokens[k - 1].Text == "," && Grammar.AsideAdverbs.Contains(tokens[k]) && k + 1 < mention.FirstToken && tokens[k + 1].Text == ","
                // "Crowd Solutions estimated some 130,000 participants while organizers put the number at some 150,000": a contrast with no
                // comma, after a figure of the first clause, when a source opens what follows it.
                || Grammar.Contrastives.Contains(tokens[k]) && SourceOpensAt(attributions, tokens, k + 1, mention.FirstToken) && NumberBefore(tokens, k))
            {
                part = k;
                break;
            }
        Attribution? after = null;
        Attribution? before = null;
        foreach (var attribution in attributions)
        {
            if (attribution.TokenIndex >= part && attribution.TokenIndex < mention.FirstToken)
            {
                if (InFrontedClause(tokens, part, attribution.TokenIndex, mention.FirstToken) || InSubordinateBefore(tokens, attribution)) continue;
                // "The flooding, which experts say is made worse by climate change, has killed 1,719 people": a relative clause closed
                // before the figure says nothing of it.
                if (InRelativeClause(tokens, attribution) && !OnlyPartsSetOff(tokens, attribution.TokenIndex, mention.FirstToken)) continue;
                // "Pradeep Jena said, “The Railways on Saturday said that the number of deaths is 288”": a named
                // source reported inside another's words gave the figure; "he said they estimate" stays the outer one's.
                if (before is null || attribution.SourceStart > before.TokenIndex && NamedInsideQuote(attribution, tokens, quote) && !quote.Inside(tokens, before.TokenIndex)
                    // "It was initially reported that 368 ... but the BBC reported this had been revised down to 164".
                    || before.Agentless && !attribution.Agentless
                    // "the police putting numbers at 3,000 with organisers saying 20,000": "with" and a source saying opens its own part.
                    || attribution.SourceStart > before.TokenIndex && WithSaying(tokens, attribution)
                    // "the Public Assembly Archive, an unofficial organisation estimating the number of protesters in Serbia, said between
                    // 275,000 and 325,000": a verb inside a later verb's subject is no verb of the sentence.
                    || attribution.SourceStart >= part && attribution.SourceStart < before.TokenIndex && !attribution.Agentless
                    // "At least 89 people remain missing, the regional judicial authorities said on Tuesday, and Prime Minister Pedro Sanchez
                    // said he was earmarking 10.6 billion euros": a source set off at its clause's close said what came before it; one a
                    // subordinator opens after a comma says its own clause.
                    || !attribution.Agentless && (ClausesApart(tokens, before, attribution) || OpensSubordinateClause(tokens, before, attribution))
                    // "Mr Hajizadeh estimated the death toll is still lower than the estimated number collected by the group Iran Human
                    // Rights, which has recorded that 416 protesters have been killed": a relative clause's own source says what its verb reports.
                    || attribution.SourceStart > before.TokenIndex && !attribution.Agentless && InRelativeClause(tokens, attribution)
                       && OnlyPartsSetOff(tokens, attribution.TokenIndex, mention.FirstToken))
                    before = attribution;
                continue;
            }
            // "There are about 300 offices ..., and advocates estimate ...": a later clause's verb and source
            // are not the figure's; a closing source with no verb (", the governor of the region, X.") still is.
            // "Six firefighters killed on duty have been identified, and another 66 wounded have been hospitalized, the fire
            // command center said": a source set off at the sentence's close says all of it.
            if (attribution.TokenIndex >= mention.EndToken && after is null && !attribution.Agentless && !InSourcePhrase(attribution, mention)
                && !HeadsAppositionSubject(tokens, attribution, mention)
                && !(char.IsLetter(tokens[attribution.TokenIndex].Text[0]) && NewClause(tokens, mention.EndToken, attribution.TokenIndex) && !Closing(tokens, attribution, NextClause(attributions, tokens, attribution)))
                && !InRelativeClause(tokens, attribution) && !InSubordinateClause(tokens, attribution, mention.EndToken, NextClause(attributions, tokens, attribution)) && !JoinedAfter(tokens, attribution, mention.EndToken)
                && !SaysItsOwn(tokens, attribution, mention.EndToken) && !OpensAQuotation(tokens, attribution)
                // "The attack killed 133 people, with Russia's Investigative Committee updating the death toll to at least 137": a source
                // "with" brings in says its own figure.
                && !WithSaying(tokens, attribution))
                after = attribution;
        }
        if (before is not null && InBackground(tokens, before.TokenIndex, mention.FirstToken))
            return after is not null ? Cited(attributions, after, tokens, tokens.Count) : null;
        // "The march drew 30,000 people, according to police, and 100,000 according to organisers": a prefix set after a figure is
        // that figure's own, not a later one's; so it is after a second figure set against the first a source gave ("the CGT claims 2.8
        // million demonstrators throughout France, against 1.27 million according to the Ministry of the Interior").
        if (before is not null && after is not null && IsPrefix(tokens, after) && JustAfter(tokens, mention, after.TokenIndex)
            && (IsPrefix(tokens, before) || SetAgainstAnEarlierFigure(tokens, before.TokenIndex, mention.FirstToken)))
            return Cited(attributions, after, tokens, tokens.Count);
        if (before is not null) return Cited(attributions, before, tokens, mention.FirstToken);
        if (after is not null) return Cited(attributions, after, tokens, tokens.Count);
        // "..., while organisers United for Peace and Justice estimate the crowd at more than 200,000": a part with a reporting verb of its own
        // whose source could not be read borrows none from the part before.
        if (ReportingVerbBetween(tokens, part, mention.FirstToken)) return null;
        for (var a = attributions.Length - 1; a >= 0; a--)
            if (attributions[a].TokenIndex < mention.FirstToken && !InFrontedClause(tokens, part, attributions[a].TokenIndex, mention.FirstToken) && !InSubordinateBefore(tokens, attributions[a])
                && !(InRelativeClause(tokens, attributions[a]) && PartOfGroup.CommaBetween(tokens, attributions[a].TokenIndex, mention.FirstToken))) return attributions[a];
        return null;
    }

    /// <summary>
    /// "The sister of the Uzbek immigrant accused of killing eight people in New York said", "The governors of three of the five Russian
    /// regions bordering Ukraine told": a figure in the words that say who the source is, between them and the verb, is the narration's.
    /// </summary>
    private static bool InSourcePhrase(Attribution attribution, NumberMention mention) =>
        attribution.SourceStart >= 0 && attribution.SourceStart <= mention.FirstToken && attribution.SourceStart < attribution.TokenIndex;

    /// <summary>
    /// "Two other senior Republicans, Senators John Cornyn and Roy Blunt, suggested ...": a figure heading the subject whose names
    /// are set off by commas before the verb counts the speakers; it is the narration's, like a figure in the source's own words.
    /// </summary>
    private bool HeadsAppositionSubject(List<Token> tokens, Attribution attribution, NumberMention mention)
    {
        if (attribution.SourceStart <= mention.EndToken || attribution.SourceStart > attribution.TokenIndex || tokens[attribution.TokenIndex - 1].Text != ",") return false;
        // The comma that opens the names: "Roy Blunt" is read from "John Cornyn and Roy Blunt".
        var names = attribution.SourceStart;
        while (names > mention.EndToken && tokens[names - 1].IsWord && (tokens[names - 1].IsCapitalized || tokens[names - 1].Lower == "and")) names--;
        if (names <= mention.EndToken || tokens[names - 1].Text != ",") return false;
        for (var k = mention.EndToken; k < names - 1; k++)
            if (!tokens[k].IsWord || _lexicon.AttributionVerbs.Match(tokens, k) is not null || Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k])) return false;
        // The figure opens its clause: only articles before it, back to the sentence's start or a comma.
        for (var k = mention.FirstToken - 1; k >= 0 && tokens[k].Text != ","; k--)
            if (!Grammar.Articles.Contains(tokens[k])) return false;
        return true;
    }

    /// <summary>
    /// "attended by a couple of hundred supporters ... because the group says Christianity is threatened": a source and its verb inside
    /// a clause a subordinator opens after the figure report that clause; a closing source set off by a comma ("... when the bridge
    /// collapsed, officials said") still says all of it.
    /// </summary>
    private bool InSubordinateClause(List<Token> tokens, Attribution attribution, int figureEnd, int nextClause)
    {
        if (attribution.SourceStart <= figureEnd || attribution.SourceStart > attribution.TokenIndex || Closing(tokens, attribution, nextClause)) return false;
        for (var k = figureEnd; k < attribution.SourceStart; k++)
            if (tokens[k].Lower != "as" && _lexicon.ClauseOpeners.Contains(tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>
    /// "The violence that engulfed Mozambique after the country's highest court confirmed the result has killed at least 21 people": a
    /// source a subordinator opens inside a relative clause on the sentence's subject says nothing of the figure the subject's verb gives.
    /// </summary>
    private bool InSubordinateBefore(List<Token> tokens, Attribution attribution)
    {
        var k = attribution.SourceStart - 1;
        if (k >= 1 && Grammar.Articles.Contains(tokens[k])) k--;
        if (k < 1 || !tokens[k - 1].IsWord || tokens[k].Lower == "as" || !_lexicon.ClauseOpeners.Contains(tokens[k].Lower)) return false;
        for (var r = k - 1; r > 0 && tokens[r].IsWord; r--)
            if (Grammar.ThingRelatives.Contains(tokens[r])) return true;
        return false;
    }

    /// <summary>
    /// "Tusk has said he will be pushing for a responsible use of sanctions ... following three people being killed in
    /// Kiev": a figure in a clause of what happened around the statement, opened after its verb and running to the
    /// figure unbroken, is the narration's.
    /// </summary>
    private bool InBackground(List<Token> tokens, int verb, int figure)
    {
        for (var k = figure - 1; k > verb + 1; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or "\"" or "“" or "”") return false;
            // "whose own Twitter following": a noun, not a clause.
            if (Grammar.BackgroundOpeners.Contains(tokens[k])) return !tokens[k - 1].IsCapitalized && !Grammar.Possessives.Contains(tokens[k - 1]);
        }
        return false;
    }

    /// <summary>
    /// "While Turkey declared three days of mourning ..., world leaders from dozens of countries": a verb inside a clause a
    /// subordinator opens before the main clause speaks for that clause only. Not "As Reuters reported, ...", an attribution.
    /// </summary>
    private bool InFrontedClause(List<Token> tokens, int part, int verb, int figure)
    {
        var first = part == 0 ? 0 : part + 1;
        // "And while Saudi officials previously said ..., an Associated Press count ... shows": a conjunction before the opener.
        if (first + 1 < verb && (Grammar.Coordinators.Contains(tokens[first]) || Grammar.Contrastives.Contains(tokens[first]) && !_lexicon.ClauseOpeners.Contains(tokens[first].Lower)))
            first++;
        if (first >= verb || tokens[first].Lower == "as" || !_lexicon.ClauseOpeners.Contains(tokens[first].Lower)) return false;
        for (var k = verb + 1; k < figure; k++)
            if (tokens[k].Text == ",") return true;
        return false;
    }

    /// <summary>
    /// "according to Reuters news agency, citing local police", "the Al Arabiya television channel said on Saturday citing the Lebanese
    /// Health Ministry": the source cited is the figure's origin.
    /// </summary>
    private Attribution Cited(Attribution[] attributions, Attribution chosen, List<Token> tokens, int before)
    {
        foreach (var next in attributions)
            if (next.TokenIndex > chosen.TokenIndex && next.TokenIndex < before && Grammar.CitingVerbs.Contains(tokens[next.TokenIndex])
                && (tokens[next.TokenIndex - 1].Text == "," || next.TokenIndex - chosen.TokenIndex <= CitingReach || OnlyTimeBetween(tokens, chosen.TokenIndex + 1, next.TokenIndex))
                && !NewClause(tokens, chosen.TokenIndex, next.TokenIndex))
                return next;
        return chosen;
    }

    /// <summary>"Trend reports on Oct. 15 citing the Azerbaijani General Prosecutor's Office": only a date's words between, however many.</summary>
    private bool OnlyTimeBetween(List<Token> tokens, int from, int to)
    {
        var time = _lexicon.Time;
        for (var k = from; k < to; k++)
            if (!(Grammar.DatePrepositions.Contains(tokens[k]) || time.Months.ContainsKey(tokens[k].Lower) || time.Weekdays.ContainsKey(tokens[k].Lower)
                  || time.DayParts.Contains(tokens[k].Lower) || tokens[k].Text == "." || tokens[k] is { Kind: TokenKind.Number, Text.Length: <= 2 }))
                return false;
        return true;
    }

    // From a reporting verb to a "citing" with no comma before it: its date between ("said on Saturday citing").
    private const int CitingReach = 4;

    /// <summary>A source named inside a quotation, not a pronoun ("The Railways said ..." within Jena's words; "we estimate" is the speaker's).</summary>
    private bool NamedInsideQuote(Attribution attribution, List<Token> tokens, OpenQuote quote) =>
        attribution.SourceStart >= 0 && quote.Inside(tokens, attribution.SourceStart) && !_lexicon.Sources.Pronouns.ContainsKey(tokens[attribution.SourceStart].Lower);

    /// <summary>
    /// "an explosion in Luhansk which separatists ... said was an air strike": a source inside a relative
    /// clause speaks about what the clause describes, not about a figure before it.
    /// </summary>
    private bool InRelativeClause(List<Token> tokens, Attribution attribution)
    {
        if (attribution.SourceStart < 0 || attribution.SourceStart > attribution.TokenIndex) return false;
        // "... to top Senate Democrat Chuck Schumer, who accused Trump of politicizing a national tragedy": the pronoun before the verb.
        var verb = attribution.TokenIndex - 1;
        while (verb > attribution.SourceStart && _lexicon.Sources.Skipped.Contains(tokens[verb].Lower)) verb--;
        if (verb > attribution.SourceStart && Grammar.RelativePronouns.Contains(tokens[verb]) && tokens[verb - 1].Text == ",") return true;
        var k = attribution.SourceStart - 1;
        while (k >= 0 && Grammar.Articles.Contains(tokens[k])) k--;
        // "despite what the government says": a free relative's source speaks of what it names.
        return k >= 0 && (Grammar.RelativePronouns.Contains(tokens[k]) || Grammar.FreeRelatives.Contains(tokens[k]));
    }

    /// <summary>
    /// "..., the fire command center under the ministry said on Thursday in a statement.": a source set off by a comma
    /// before its verb, with no figure after the verb, closes the sentence. "..., and advocates estimate several dozen
    /// are at risk" opens a clause of its own.
    /// </summary>
    /// <param name="end">Where a later clause with a source of its own begins: its figures are its own.</param>
    private bool Closing(List<Token> tokens, Attribution attribution, int end)
    {
        // "5,662 vehicles have been set on fire, and more than 1,000 buildings have been damaged, according to Le Parisien": a prefix set off at
        // the close says all of it, as a source and its verb do.
        // "Another 1,140 are missing, and 12,166 are injured, reports the Associated Press": so does a verb set off before its source.
        var prefixSetOff = (IsPrefix(tokens, attribution) || attribution.SourceStart > attribution.TokenIndex) && attribution.TokenIndex >= 1 && tokens[attribution.TokenIndex - 1].Text == ",";
        if (!prefixSetOff && (attribution.SourceStart < 1 || attribution.SourceStart > attribution.TokenIndex)) return false;
        var k = prefixSetOff ? attribution.TokenIndex - 1 : attribution.SourceStart - 1;
        while (k > 0 && Grammar.Articles.Contains(tokens[k])) k--;
        if (tokens[k].Text != ",") return false;
        // "..., the Civil Protection Agency said on Monday, Sep. 6 as it continued the rescue operation": a date's numbers are no figure.
        for (var j = attribution.TokenIndex + 1; j < end; j++)
            if (tokens[j].Kind == TokenKind.Number && !InADate(tokens, j) || _lexicon.NumberWords.Match(tokens, j) is not null) return false;
        return true;
    }

    /// <summary>A number next to a month's name ("Sep. 6", "6 September") or after a year's preposition ("in 2021").</summary>
    private bool InADate(List<Token> tokens, int j)
    {
        var before = j >= 2 && tokens[j - 1].Text == "." ? j - 2 : j - 1;
        return before >= 0 && (_lexicon.Time.Months.ContainsKey(tokens[before].Text) || _lexicon.Time.YearPrepositions.Contains(tokens[before].Text) && tokens[j].Text.Length == 4)
               || j + 1 < tokens.Count && _lexicon.Time.Months.ContainsKey(tokens[j + 1].Text);
    }

    /// <summary>Where the next attribution's clause begins, when ", and" (or another coordinator) sets it apart from this one's; else the sentence's end.</summary>
    private int NextClause(Attribution[] attributions, List<Token> tokens, Attribution attribution)
    {
        foreach (var next in attributions)
            if (next.SourceStart > attribution.TokenIndex && !next.Agentless && ClausesApart(tokens, attribution, next)) return next.SourceStart;
        return tokens.Count;
    }

    /// <summary>
    /// Whether a source set off by a comma after what it said ("..., the regional judicial authorities said on Tuesday,") and a later
    /// one are two clauses joined by a comma and a coordinator, the later source its clause's subject: "..., and Prime Minister Pedro
    /// Sanchez said ...".
    /// </summary>
    private bool ClausesApart(List<Token> tokens, Attribution first, Attribution later)
    {
        if (first.SourceStart < 2 || first.SourceStart > first.TokenIndex || later.SourceStart <= first.TokenIndex || later.SourceStart > later.TokenIndex) return false;
        var k = first.SourceStart - 1;
        while (k > 0 && Grammar.Articles.Contains(tokens[k])) k--;
        if (tokens[k].Text != ",") return false;
        k = later.SourceStart - 1;
        while (k > first.TokenIndex && Grammar.Articles.Contains(tokens[k])) k--;
        return k - 1 > first.TokenIndex && Grammar.Coordinators.Contains(tokens[k]) && tokens[k - 1].Text == ",";
    }

    /// <summary>
    /// "John Key said the Christchurch quake may be the country's worst disaster ever, as officials raised the toll yesterday to 145 dead":
    /// a source opening a clause a subordinator opens after a comma says that clause's figures.
    /// </summary>
    private bool OpensSubordinateClause(List<Token> tokens, Attribution first, Attribution later)
    {
        if (later.SourceStart <= first.TokenIndex || later.SourceStart > later.TokenIndex) return false;
        var k = later.SourceStart - 1;
        while (k > first.TokenIndex && Grammar.Articles.Contains(tokens[k])) k--;
        return k - 1 > first.TokenIndex && _lexicon.ClauseOpeners.Contains(tokens[k].Lower) && tokens[k - 1].Text == ",";
    }

    /// <summary>
    /// "Morbi bridge collapse: Death toll crosses 130, PM Modi says pained by tragedy", "Five people died, the mayor said he was saddened": a
    /// source after the figure's comma whose verb goes on to a clause of its own (a pronoun subject, a participle) says that, not the figure.
    /// Not after a phrase that opens the sentence and leans on the clause after it ("With nearly 100 Maui firefighters working around the
    /// clock ..., Maui Fire Department officials said they ...").
    /// </summary>
    private bool SaysItsOwn(List<Token> tokens, Attribution attribution, int figureEnd)
    {
        if (Grammar.FunctionWords.Contains(tokens[0]) || _lexicon.ClauseOpeners.Contains(tokens[0].Lower)
            || attribution.SourceStart <= figureEnd || attribution.SourceStart > attribution.TokenIndex || !PartOfGroup.CommaBetween(tokens, figureEnd, attribution.SourceStart)
            || _lexicon.AttributionVerbs.Match(tokens, attribution.TokenIndex) is not { Length: var length }) return false;
        var next = attribution.TokenIndex + length;
        return next < tokens.Count && tokens[next] is { IsWord: true, IsCapitalized: false } word
               && (Grammar.SubjectPronouns.Contains(word) || word.Lower.Length > 4 && word.Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// "In Sydney, where as many as 10,000 marchers turned out, organizer Mindy Freiband told the crowd: “...”": a verb whose words end,
    /// a few words on, in a colon and a quotation mark says the quotation, not what came before the source ("Twelve people died, police
    /// said: three in the city ..." still says the twelve).
    /// </summary>
    private static bool OpensAQuotation(List<Token> tokens, Attribution attribution)
    {
        if (attribution.SourceStart > attribution.TokenIndex) return false;
        for (var k = attribution.TokenIndex + 1; k < Math.Min(tokens.Count, attribution.TokenIndex + QuotationReach); k++)
        {
            if (tokens[k].Text == ":") return k + 1 < tokens.Count && tokens[k + 1].Text is "\"" or "“";
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    private const int QuotationReach = 5;

    /// <summary>"nearly 800 people were underground and authorities said most deaths ...": a source after "and" or "but" opens a clause of its own.</summary>
    private bool JoinedAfter(List<Token> tokens, Attribution attribution, int figureEnd)
    {
        if (attribution.SourceStart <= figureEnd || attribution.SourceStart > attribution.TokenIndex) return false;
        var k = attribution.SourceStart - 1;
        // "The official death count currently stands at 50 but Bahamian Prime Minister Hubert Minnis on Wednesday warned": the words of
        // a title before the name, capitalized, are the source's too.
        while (k > figureEnd && (Grammar.Articles.Contains(tokens[k]) || tokens[k] is { IsWord: true, IsCapitalized: true })) k--;
        // "but" never joins one subject: the clause it opens is another.
        if (Grammar.Contrastives.Contains(tokens[k])) return true;
        if (!Grammar.Coordinators.Contains(tokens[k])) return false;
        // The figure's own clause has its verb before the coordinator ("were underground"), with no comma between: "John McCain
        // and John Thune said" is one subject, "..., the Daily Beast and The Wall Street Journal reported" a closing source.
        var verbSeen = false;
        for (var j = figureEnd; j < k; j++)
        {
            if (tokens[j].Kind == TokenKind.Punctuation && tokens[j].Text is "," or ";" or "—" or "–" or "(") return false;
            verbSeen |= Grammar.BeForms.Contains(tokens[j]) || Grammar.Auxiliaries.Contains(tokens[j]);
        }
        return verbSeen;
    }

    private bool NewClause(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to && k + 1 < tokens.Count; k++)
            if (tokens[k].Text == ";" || tokens[k].Text == "," && (tokens[k + 1].Lower == "and" || Grammar.Contrastives.Contains(tokens[k + 1]))) return true;
        return false;
    }
}
