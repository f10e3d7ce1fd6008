namespace FactCheck.Extraction;

/// <summary>
/// Reads the noun phrase that is a reporting construction's source and says who it is: a listed
/// claimant ("Russia's defence ministry" speaks for Russia), an organisation's whole name ("the
/// National Disaster Agency"), a person's name without titles ("The mayor of Mariupol, Vadym
/// Boichenko"), an official source noun after a country ("Russian officials": Russia), a reference
/// back ("he", "the ministry"), or an unnamed source as written ("medical charities", "an adviser to
/// Ukraine's military": adviser). A phrase with none of these heads is no source: no fragments.
/// </summary>
internal sealed partial class SourcePhrase(Lexicon lexicon, Dictionary<string, string> names, Dictionary<string, string> firstWords)
{
    private const int LongestPhrase = 12;
    private SourceWords Words => lexicon.Sources;
    private Grammar Grammar => lexicon.Grammar;

    /// <summary>The source phrase ending at <paramref name="end"/> (the token before a verb), or null.</summary>
    public Attribution? Before(SourceContext context, int end, bool nested = false)
    {
        if (nested && end >= 2 && context.Tokens[end].Text == ")" && context.Tokens[end - 2].Text == "(") end -= 3;
        var tokens = context.Tokens;
        var k = end;
        while (k >= 0 && (Words.Skipped.Contains(tokens[k].Lower) || IsWeekday(tokens[k]))) k--;
        // "OCHA over the weekend announced", "The ministry last week said", "The last update by authorities on Sept. 13 said": a time
        // between the source and its verb.
        if (k >= 1 && (RelativeTimeEndingAt(tokens, k) ?? MonthDayEndingAt(tokens, k)) is { } time && time > 0)
            for (k = time - 1; k >= 0 && (Words.Skipped.Contains(tokens[k].Lower) || IsWeekday(tokens[k])); k--) { }
        // "The Iraqi High Commission for Human Rights—which operates under the national parliament—said": an aside set off by dashes.
        if (k >= 3 && DashAsideStart(tokens, k) is { } dash) k = dash - 1;
        // "The mayor of Mariupol, Vadym Boichenko, said": the name set off before the verb.
        var setOff = k >= 1 && tokens[k].Text == ",";
        if (setOff) k--;
        // "The police, however, estimated that only 31,000 turned out": an adverb set off between the source and its verb.
        var adverbSetOff = setOff && k >= 2 && Grammar.AsideAdverbs.Contains(tokens[k]) && tokens[k - 1].Text == ",";
        if (adverbSetOff) (k, setOff) = (k - 2, false);
        // "Li Tengchang, 38, said": the source's age, set off after the name.
        else if (setOff && k >= 2 && IsAge(tokens[k]) && tokens[k - 1].Text == "," && tokens[k - 2].IsWord) (k, setOff) = (k - 2, false);
        // "the OCHA, in its previous report, said": where the source said it, set off between the source and its verb.
        else if (setOff && StatementAsideStart(tokens, k) is { } statement) (k, setOff) = (statement - 1, false);
        // "the CGT, on behalf of the inter-union group, counted 500,000": on whose behalf, set off between the source and its verb.
        else if (setOff && OpenedAsideStart(tokens, k) is { } opened) (k, setOff) = (opened - 1, false);
        // "Another EU official, speaking on condition of anonymity, said", "Trump, speaking to reporters at the White House, said": how
        // the source spoke, set off between it and its verb.
        else if (setOff && SpeakingAsideStart(tokens, k) is { } speaking) (k, setOff) = (speaking - 1, false);
        // "updated data from the National Disaster Management Authority that said": the noun the relative pronoun stands for.
        else if (k >= 1 && Grammar.ThingRelatives.Contains(tokens[k]) && !tokens[k].IsCapitalized && tokens[k - 1].IsWord) k--;
        // "Saudi Arabia's regional rival Iran, which raised to 136 Saturday the number": set off before it; not after a list ("Guinea, Sierra
        // Leone and Liberia, which reported 600 new cases" are all three). "disputed by police, who said 55,000 attended": so "who".
        var relative = !setOff && k >= 2 && (Grammar.ThingRelatives.Contains(tokens[k]) || tokens[k].Lower == "who") && !tokens[k].IsCapitalized
                       && tokens[k - 1].Text == "," && tokens[k - 2].IsWord && !EndsAList(tokens, k - 2);
        if (relative) k -= 2;
        // "the Joint Committee on Taxation (JCT) estimated": the acronym repeats the name.
        if (k >= 2 && tokens[k].Text == ")" && tokens[k - 2].Text == "(") k -= 3;
        // "the Syrian Civil Defense (White Helmets) reported": a name it goes by, of a few capitalized words.
        else if (k >= 3 && tokens[k].Text == ")" && NameInBracketsOpening(tokens, k) is { } bracket) k = bracket - 1;
        // "Richard Bissen Jr. said": an abbreviation's full stop is part of the name.
        if (k >= 2 && tokens[k].Text == "." && !tokens[k].SpaceBefore && lexicon.Abbreviations.Contains(tokens[k - 1].Text)
            && (tokens[k - 2].IsCapitalized || tokens[k - 2].Text == "&")) k--;
        if (k < 0 || !tokens[k].IsWord) return null;
        // "Police arrested 12 people and said 40 were hurt", "Organizers at first had sought a permit ... but quickly said": a verb joined to
        // an earlier one, with no subject of its own, shares the one the sentence opens with.
        if (!nested && !setOff && k >= 2 && tokens[k].Lower is "and" or "but" && SharedSubject(context, k) is { } shared) return shared;
        var start = k;
        while (start - 1 >= 0 && k - start < LongestPhrase && Continues(tokens, start - 1)) start--;
        // "A police official who spoke on condition of anonymity said", "The Commissioner of Police in Benue who visited the scene on
        // Monday said": a relative clause, not set off, between the source and its verb.
        if (!nested && !setOff && start >= 2 && tokens[start - 1].Lower == "who" && tokens[start - 2].IsWord && Before(context, start - 2, nested: true) is { } related)
            return related;
        // "Amid conflicting reports ...": a preposition opening the sentence opens no source ("New York-based" is a name; "US intelligence"
        // is no "us").
        if (start == 0 && start < k && Grammar.FunctionWords.Contains(tokens[0]) && !Grammar.Articles.Contains(tokens[0]) && !IsAcronym(tokens[0].Text))
        {
            // "In this case the police are saying": the source's own article opens it after the opening phrase.
            if (!tokens[1].IsCapitalized) start = ArticleAfterOpening(tokens, k) ?? 1;
            // "In Luhansk Ukrainian border guards said", "In Paris the police headquarters announced": the place the sentence opens in, then
            // the source's own name or article; "In Lee County the sheriff said": a place no list holds, then the source's article.
            else if (lexicon.Places.Prepositions.Contains(tokens[0].Lower)
                     && (lexicon.Places.Aliases.Match(tokens, 1) is { Length: var length } && 1 + length < k && (tokens[1 + length].IsCapitalized || Grammar.Articles.Contains(tokens[1 + length]))
                         ? 1 + length : NamedRunThenArticle(tokens, k)) is { } opened) start = opened;
        }
        // "Hours earlier the ministry had given a provisional figure", "Meanwhile, the Red Cross said": a sentence's opening adverbial or
        // conjunction is no part of the source after it.
        if (start == 0 && OpeningAdverbialEnd(tokens, k) is { } adverbialEnd) start = adverbialEnd;
        // "with 80,052 reported injured the country's disaster agency said": the figure's words before the source's article are no part of it.
        if (ArticleAfterLooseWords(tokens, start, k) is { } article) start = article;
        // "Lee Gyeong-og, the vice minister of security, said"; "Dr. Imran Sheikh, head of the emergency department, reported":
        // a name set off before its title is the source.
        // "Harsh Sanghavi, Gujarat's home minister, however, put the death toll at seven": so after an adverb set off too.
        if ((setOff || adverbSetOff) && NameBeforeAside(context, k) is { } named) return named;
        // "An unclassified U.S. intelligence report, seen by Reuters on Thursday, estimated": the source before a passive aside and its agent.
        if (!nested && setOff && PassiveAsideStart(tokens, k) is { } passive && Before(context, passive - 1, nested: true) is { } reported)
            return reported;
        // "The Edhi ambulance service, which usually transports around 30 to 40 bodies daily to Karachi's city morgue, reported",
        // "The Libyan Red Crescent, a non-profit aid group whose volunteers helped evacuate residents, believes": the source before
        // an aside holding a relative clause, however long.
        // From the comma: "Chuck Canterbury, president of the Fraternal Order of Police, which represents ..., wrote" is Canterbury.
        // A place before the aside is where something is, not who speaks ("dams above Derna, a spokesperson for the ... Army that
        // controls eastern Libya, said").
        if (!nested && setOff && RelativeAsideStart(tokens, k) is { } opening && Before(context, opening, nested: true) is { } described && !IsPlace(described))
            return described;
        // "a spokesperson for the Libyan National Army that controls eastern Libya, said": the source before a relative clause set off
        // only at its end, not a name inside the clause.
        if (!nested && setOff && start >= 2 && Grammar.RelativePronouns.Contains(tokens[start - 1]) && tokens[start - 1].Lower != "whose" && tokens[start - 2].IsWord
            && Before(context, start - 2, nested: true) is { } restricted)
            return restricted;
        // "Diplomats in Indonesia, Pakistan and India have said", "Officials in Kiev and Moscow said": the last of a list of places
        // where the source is does not speak; the noun before the list does.
        if (!nested && PlaceListAfterSource(tokens, start, k + 1) is { } listOpening && Before(context, listOpening - 1, nested: true) is { } located)
            return located;
        // "The Sudan Doctors Committee, one of the protest groups, reported": an aside that picks the name out of a group describes it.
        if (!nested && setOff && OneOfAsideOpening(tokens, start) is { } oneOf && NameEndsAt(tokens, oneOf - 2)
            && Before(context, oneOf - 2, nested: true) is { } picked && !IsPlace(picked))
            return picked;
        // "RMS, a Moody's Analytics company, estimates": an aside opened by "a" describes the name before it, which speaks; "RMS, a risk
        // modeling and solutions provider, estimated": however its words are joined.
        // "The Congressional Budget Office (CBO), another nonpartisan research unit of Congress, said": the name's acronym may close it.
        if (!nested && setOff && IndefiniteAsideOpening(tokens, start) is { } indefinite && tokens[indefinite - 1].Text == "," && NameEndsAt(tokens, indefinite - 2)
            && Before(context, indefinite - 2, nested: true) is { } describedName && !IsPlace(describedName))
            // "Jonathan Williams, chief economist at the American Legislative Exchange Council, an organization of ..., said": the
            // name before the first aside.
            return describedName.Person ? describedName : NameBeforeAside(context, indefinite - 2) ?? describedName;
        if (Interpret(context, start, k + 1) is { } source)
        {
            // "Digital Design & Imaging Service in Falls Church, Virginia, estimated": the name before the place's preposition speaks.
            // "Dr Seemin Jamali, the head of the emergency department at state-run Jinnah Hospital said", "Stéphane Dujarric, spokesman for the UN
            // secretary-general told a regular briefing": so does a name before an unclosed role.
            var chosen = !nested && IsPlace(source) && PrepositionBeforePlace(tokens, start) is { } at && Before(context, at - 1, nested: true) is { } situated
                         && !IsPlace(situated)
                ? situated
                : !nested && !setOff && !source.Person && start >= 2 && tokens[start - 1].Text == ","
                  && (Grammar.Articles.Contains(tokens[start]) && DescribesARole(tokens, start + 1, k) || Words.PersonNouns.Contains(tokens[start].Lower) && DescribesARole(tokens, start, k))
                  && NameBeforeAside(context, k) is { Person: true } roleHolder
                    ? roleHolder
                    : Coordinated(context, start, k + 1, source) ?? source;
            // "Uvalde is now said to be the second-deadliest shooting ...", "The Tulsa based QT chain says no one was injured": a town that
            // reports is where the figure is, not who gives it (a region may have a government that speaks: "Nagorno-Karabakh said").
            // "Four deaths from Hurricane Melissa confirmed in Jamaica": a named storm is what happened, never who tells of it.
            return !nested && (!chosen.Person && lexicon.Places.Named(chosen.Claimant) is { Kind: PlacePrecision.City or PlacePrecision.Site, Ambiguous: false }
                               || NamedEvent(tokens, chosen.SourceStart, chosen.SourceEnd)) ? null : chosen;
        }
        // "Criticism has been strident from Saudi Arabia's regional rival Iran, which raised": no source opens the run; the name after its
        // last preposition may.
        if (relative && LastPrepositionBefore(tokens, start, k) is { } preposition && Interpret(context, preposition + 1, k + 1) is { } afterPreposition)
            return afterPreposition;
        // "the senior official, who requested anonymity, told": the source before its relative clause.
        if (setOff && start >= 2 && Grammar.RelativePronouns.Contains(tokens[start - 1]) && tokens[start - 2].Text == ",")
            return Before(context, start - 3, nested: true);
        // "the Congressional Budget Office (CBO), another research unit of Congress, said": the name before the aside.
        var aside = Grammar.Articles.Contains(tokens[start]) || tokens[start].Lower == "another" || tokens[start].IsCapitalized;
        if (setOff) return aside && start >= 2 && tokens[start - 1].Text == "," ? Before(context, start - 2, nested: true) : null;
        // "Dr Seemin Jamali, the head of the emergency department at state-run Jinnah Hospital said": an aside left unclosed.
        // "Tom Kiernan, Chief Executive of the American Wind Energy Association trade group said", "Andriy Senchenko, acting Deputy Head of
        // the ... Administration said": or opened by a title.
        return !nested && start >= 2 && tokens[start - 1].Text == "," && DescribesARole(tokens, start + 1, k)
               && (Grammar.Articles.Contains(tokens[start]) || TitleOpens(tokens, start, k + 1) || !tokens[start].IsCapitalized && TitleOpens(tokens, start + 1, k + 1))
            ? NameBeforeAside(context, k) : null;
    }

    private const int OldestAge = 120;

    /// <summary>A plain whole number a person's age can be: "38" in "Li Tengchang, 38, said".</summary>
    private static bool IsAge(Token token) =>
        token is { Kind: TokenKind.Number, Text.Length: <= 3 } && token.Text.All(char.IsDigit) && int.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture) < OldestAge;

    /// <summary>
    /// "Aid workers and state officials said": two unnamed sources joined by "and" speak together, kept as
    /// written. A named or listed source keeps its own name.
    /// </summary>
    private Attribution? Coordinated(SourceContext context, int start, int end, Attribution second)
    {
        var tokens = context.Tokens;
        // "..., civic and aid groups said", "federal and state officials said": two modifiers share the source's noun.
        // "(HOUSTON) — County and city officials": a dateline's dash opens the sentence's body as its start does.
        var opens = start == 2 || start > 2 && (tokens[start - 3].Text is "—" or "–" or ":" || tokens[start - 3].Text == "-" && tokens[start - 3].SpaceBefore);
        if (start >= 2 && tokens[start - 1].Lower == "and" && tokens[start - 2] is { IsWord: true } modifier && !Words.Nouns.Contains(modifier.Lower)
            && (!modifier.IsCapitalized || opens && lexicon.Places.Aliases.Match(tokens, start - 2) is null && lexicon.ClaimantAliases.Match(tokens, start - 2) is null)
            && !Grammar.FunctionWords.Contains(modifier) && (opens || tokens[start - 3].Text == "," || Grammar.Articles.Contains(tokens[start - 3]))
            // "More than 200 people were injured in the attacks and officials said": what happened ends the clause before, no modifier.
            && lexicon.MetricTriggers.Match(tokens, start - 2) is null
            && !second.Person && second.SourceStart == start && !tokens[second.SourceEnd - 1].IsCapitalized)
            return second with { Claimant = Join(tokens, start - 2, second.SourceEnd), SourceStart = start - 2 };
        if (start < 2 || tokens[start - 1].Lower != "and" || !Words.Nouns.Contains(tokens[start - 2].Lower) || tokens[start - 2].IsCapitalized
            || second.Person || second.SourceStart < 0 || !IsWords(second.Claimant, tokens, second.SourceStart, Words.WithoutStripped(tokens, second.SourceStart, second.SourceEnd)))
            return null;
        var first = start - 2;
        while (first - 1 >= 0 && start - first < LongestPhrase && Continues(tokens, first - 1)) first--;
        while (first < start - 2 && (Grammar.Articles.Contains(tokens[first]) || Grammar.Quantifiers.Contains(tokens[first]))) first++;
        if (Interpret(context, first, start - 1) is not { } one || one.Person || one.SourceStart < 0
            || !IsWords(one.Claimant, tokens, one.SourceStart, Words.WithoutStripped(tokens, one.SourceStart, one.SourceEnd)))
            return null;
        return second with { Claimant = Join(tokens, one.SourceStart, second.SourceEnd), SourceStart = one.SourceStart, Noun = second.Noun };
    }

    /// <summary>The source phrase starting at <paramref name="start"/> (after "according to", or "said" inverted), or null.</summary>
    /// <param name="beforePredicate">The phrase is a subject's agent, its clause's verb still to come ("The death toll of 312 reported by
    /// state media was far below"): it ends at a form of "be" or an auxiliary.</param>
    public Attribution? After(SourceContext context, int start, bool beforePredicate = false)
    {
        var tokens = context.Tokens;
        var end = start;
        // "according to reports", "..., says reports": a source noun spelt as a verb, alone, is the phrase's noun.
        if (start < tokens.Count && tokens[start].IsWord && Words.Nouns.Contains(tokens[start].Lower) && lexicon.AttributionVerbs.Match(tokens, start) is not null
            && (start + 1 == tokens.Count || !Continues(tokens, start + 1) && !AgentFollows(tokens, start + 1)))
            return Interpret(context, start, start + 1);
        // "according to an updated estimate from the N.C. Office of State Budget": a source noun spelt as a verb, after the phrase's
        // first word, is its noun.
        while (end < tokens.Count && end - start < LongestPhrase && (Continues(tokens, end) || end > start && tokens[end].IsWord && Words.Nouns.Contains(tokens[end].Lower))
               && !(end > start && Grammar.SourcePhraseEnds.Contains(tokens[end]))
               // "Four deaths were confirmed by the Government yesterday": a time closing the phrase is when the source spoke ("a report
               // released on Tuesday by the Congressional Budget Office" goes on past it).
               && !(end > start && TimeClosesPhrase(tokens, end))
               && !(beforePredicate && (Grammar.BeForms.Contains(tokens[end]) || Grammar.Auxiliaries.Contains(tokens[end])))) end++;
        if (end > start && NameSetOffAfterRole(tokens, start, end) is { } holder) return holder;
        return end > start ? Interpret(context, start, end) : null;
    }

    /// <summary>"according to estimates by protest organizers": "by" and a name, an article or a source noun name who made the document.</summary>
    private bool AgentFollows(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Lower == "by" && (tokens[k + 1].IsCapitalized || Grammar.Articles.Contains(tokens[k + 1]) || Words.Nouns.Contains(tokens[k + 1].Lower)
                                                            || k + 2 < tokens.Count && Words.Nouns.Contains(tokens[k + 2].Lower));

    /// <summary>Whether a relative time or a weekday starts at tokens[k] and nothing that continues a source phrase follows it.</summary>
    private bool TimeClosesPhrase(List<Token> tokens, int k)
    {
        var length = lexicon.Time.Relative.Match(tokens, k) is { Length: var relative } ? relative : IsWeekday(tokens[k]) ? 1 : 0;
        return length > 0 && (k + length >= tokens.Count || !tokens[k + length].IsWord);
    }

    /// <summary>Who the phrase tokens[start..end) names, by its head: the words before any "of", "to", "in" ...</summary>
    private Attribution? Interpret(SourceContext context, int start, int end)
    {
        var tokens = context.Tokens;
        // "with an AFP journalist estimating": the noun phrase inside a leading preposition.
        while (start < end - 1 && Grammar.SourcePrepositions.Contains(tokens[start])) start++;
        var phraseStart = start;
        // "her son told Reuters"; "according to her" keeps its pronoun.
        while (start < end - 1 && (Grammar.SourceDeterminers.Contains(tokens[start])
                               || Words.Skipped.Contains(tokens[start].Lower) || IsWeekday(tokens[start]))) start++;
        // "according to U.S.-based Human Rights Activists News Agency": where a body is based is no part of it.
        if (start + 3 < end && Grammar.SaysWhereFromAfterInitials(tokens, start)) start += 3;
        if (start >= end) return null;
        // "Two of those people, who declined to be named, said", "one of the officials said": some of a group are that group.
        if (start + 1 < end && (start > phraseStart && tokens[start].Lower == "of"
                                || tokens[start + 1].Lower == "of" && (tokens[start].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, start) is { Length: 1 })))
            return Interpret(context, tokens[start].Lower == "of" ? start + 1 : start + 2, end);
        var headEnd = HeadEnd(tokens, start, end);
        if (OfficialOfCountry(tokens, start, headEnd, end) is { } official) return official;
        Attribution? found = null;
        if (headEnd - start == 1 && Words.Pronouns.TryGetValue(tokens[start].Lower, out var kind))
            return context.Resolve(kind, null, null) is { } earlier ? earlier with { SourceStart = start, SourceEnd = headEnd } : null;
        // "Secretary of State Antony Blinken said": a listed person closing the phrase; not one a preposition takes ("Organisers of
        // today's demonstration against the visit of President George Bush claimed").
        foreach (var (index, entry) in context.Mentions)
            if (index >= headEnd && index < end && entry.Person && !ObjectOfPreposition(tokens, FirstNameAt(tokens, index, entry), headEnd))
                return ClaimantResolver.From(entry, index) with { SourceStart = index, SourceEnd = end, Noun = null };
        // "representative of the U.S. Treasury Department Ramin Toloui said": the person closing the phrase.
        // "said the minister from Place Beauvau": a square or a street the head speaks from is no person.
        // "The office of President Lenín Moreno, however, said": an office speaks for its holder, and "it" may point back to it.
        if (headEnd < end && PersonAtEnd(tokens, headEnd, end) is { } person && !ObjectOfPreposition(tokens, person.SourceStart, headEnd) && !NameTail(tokens, person.SourceStart)
            && !lexicon.Places.LeadingSiteNouns.Contains(tokens[person.SourceStart].Text))
            return OrganisationHead(tokens[headEnd - 1]) ? person with { Person = false } : person;
        // "a report released on Tuesday by the Congressional Budget Office": the report's author.
        // "according to Gun Violence Archive statistics reported by NBC News": a document whose author is named before it is that author's.
        if (headEnd < end && Words.StrippedHead(tokens[headEnd - 1]) && !NamedBefore(tokens, start, headEnd - 1) && Agent(context, start, headEnd, end) is { } agent) return agent;
        // "a Reuters analysis", "Department of Homeland Security data", "the CBS poll", "a Maui County news release": the author
        // named before the document.
        var authorEnd = Words.StrippedHead(tokens[headEnd - 1]) ? WithoutDocumentNoun(tokens, start, headEnd) : headEnd;
        // "Official Chinese figures show", "according to official Iranian figures": the government of the country named.
        if (authorEnd < headEnd && authorEnd > start && OfficialCountry(tokens, start, authorEnd) is { } government)
            return government with { SourceStart = start, SourceEnd = authorEnd, TokenIndex = start, Noun = tokens[headEnd - 1].Lower };
        // "according to the BBC's tally": a name's possessive before the document is its author.
        if (authorEnd < headEnd && authorEnd > start && PossessiveName(tokens, start, authorEnd) is { } owner)
            return owner with { SourceEnd = authorEnd, TokenIndex = start, Noun = tokens[headEnd - 1].Lower };
        // "according to an updated Interior ministry toll": an unnamed source before the document.
        if (authorEnd < headEnd && authorEnd > start && tokens[authorEnd - 1] is { IsCapitalized: false } authorHead && Words.Nouns.Contains(authorHead.Lower) && !Words.PersonNouns.Contains(authorHead.Lower)
            && !Words.StrippedHead(authorHead) && Unnamed(context, start, authorEnd, bare: false) is { } unnamedAuthor)
            return unnamedAuthor with { SourceStart = start, SourceEnd = authorEnd, TokenIndex = start, Noun = tokens[headEnd - 1].Lower };
        // "Early estimates say", "Various estimates placed": a word that opens sentences names no author.
        if (authorEnd < headEnd && authorEnd > start && tokens[authorEnd - 1].IsCapitalized && !Grammar.OpensSentence(tokens[start].Text) && !Grammar.SaysWhereFrom(tokens[authorEnd - 1])
            && !tokens[headEnd - 1].IsCapitalized && !CoveredByAlias(context, start, authorEnd) && Name(tokens, start, authorEnd) is { } author)
            return author with { SourceStart = start, SourceEnd = authorEnd, TokenIndex = start, Noun = tokens[headEnd - 1].Lower };
        var head = tokens[headEnd - 1];
        // "Myanmar state TV said": an outlet noun in capitals after who runs it is that outlet, with whose it is.
        if (head.IsCapitalized && headEnd - start >= 2 && Words.OutletNouns.Contains(head.Text) && Words.OutletOwners.Contains(tokens[headEnd - 2].Lower))
            return new Attribution(Join(tokens, start, headEnd), null, null, start) { SourceStart = start, SourceEnd = headEnd, TokenIndex = start, Noun = head.Lower };
        // "Russia's state news agency TASS", "the Russian state agency Tass": the outlet named after its noun speaks, not its country;
        // it is no person a later "he" means ("according to news website Kompas. ... he was quoted by Kompas as saying").
        if (head.IsCapitalized && OutletNamedBefore(tokens, start, headEnd) is { } outletName && Name(tokens, outletName, headEnd) is { } outlet)
            return outlet with { SourceStart = start, SourceEnd = headEnd, TokenIndex = start, Noun = head.Lower, Person = false };
        // "the Washington Post-Schar School poll": an organisation's name holding a listed alias is that
        // organisation; "Ukraine's Defense Ministry" is the possessor's.
        if (head.IsCapitalized && !Possessive(tokens, start, headEnd) && OrganisationName(tokens, start, headEnd) && Name(tokens, start, headEnd) is { } organisation && !CoveredByAlias(context, start, headEnd))
            return organisation with { SourceStart = start, SourceEnd = headEnd, TokenIndex = start };
        if (Listed(context, phraseStart, headEnd) is { } listed)
            found = ClaimantResolver.From(listed, start);
        // "The Chief Secretary also said": a title alone, as "the interior minister" is, stands for the person
        // the document gave it to ("Odisha Chief Secretary Pradeep Jena"), once the document is read.
        else if (head.IsCapitalized && start > 0 && tokens[start - 1].Lower == "the" && AllTitles(tokens, start, headEnd))
            found = new Attribution(Join(tokens, start, headEnd).ToLowerInvariant(), null, null, start) { Person = true };
        // "Kerala's Chief Minister said", "the state's Director General of Police said": a title alone after a possessive is the
        // possessor's office, as "Kerala's chief minister" is.
        else if (head.IsCapitalized && headEnd - start >= 2 && ClaimantResolver.IsPossessive(tokens[start].Text) && AllTitles(tokens, start + 1, headEnd))
            found = new Attribution(Join(tokens, start, start + 1) + " " + Join(tokens, start + 1, headEnd).ToLowerInvariant(), null, null, start) { Person = true };
        // "Death Toll Estimated At 1400": a title-case subheading's measure is what is estimated, no one who estimates it.
        else if (head.IsCapitalized && !(headEnd - start <= 2 && Grammar.MeasureNouns.Contains(head)) && Name(tokens, start, headEnd) is { } name)
            found = name;
        else if (!head.IsCapitalized && RoleHolder(context, start, headEnd, end) is { } holder)
            return holder;
        else if (!head.IsCapitalized && Words.Nouns.Contains(head.Lower))
            found = Unnamed(context, start, headEnd, bare: headEnd == end);
        // "people familiar with the matter": a head that knows is a source, named by what it knows.
        else if (!head.IsCapitalized && headEnd < end && Words.InformedModifiers.Contains(tokens[headEnd].Lower))
            return new Attribution(Join(tokens, start, end), null, null, start) { SourceStart = start, SourceEnd = end, TokenIndex = start, Noun = head.Lower, Informed = true };
        return found is null ? null : found with { SourceStart = start, SourceEnd = headEnd, TokenIndex = start, Noun = head.Lower, Modifiers = HeadModifiers(tokens, start, headEnd) };
    }

    private bool AllTitles(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!lexicon.Titles.Contains(tokens[k].Text)) return false;
        return true;
    }

    private bool OrganisationName(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].IsCapitalized && (Words.OrganisationHeads.Contains(tokens[k].Text) || tokens[k].Text.Contains('-') && tokens[k].Text.Split('-').Any(Words.OrganisationHeads.Contains))) return true;
        return false;
    }

    private static bool Possessive(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].Text.EndsWith("'s", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether a listed alias spans the whole capitalized name ending the phrase ("Russian Defence Ministry").</summary>
    private bool CoveredByAlias(SourceContext context, int start, int end)
    {
        foreach (var (index, _) in context.Mentions)
            if (index >= start && index < end && lexicon.ClaimantAliases.Match(context.Tokens, index) is { } alias && index + alias.Length >= end)
                return true;
        return false;
    }

    private Attribution? Agent(SourceContext context, int start, int from, int end)
    {
        // "a report released on Tuesday by the Congressional Budget Office", "a report in the Economic Times", "data from the Disaster Authority",
        // "an updated tally of the Ministry of the Interior".
        for (var k = from; k < end - 1; k++)
            // "figures from Human Rights Watch", "the estimates of Iran Human Rights": or a name right after "from" or "of".
            if (context.Tokens[k].Lower == "by" || k == from && k + 2 < end && context.Tokens[k + 1].Lower == "the"
                && (context.Tokens[k].Lower == "from" || context.Tokens[k].Lower == "of" && !AuthorNamedBefore(context.Tokens, start, from)
                    || context.Tokens[k].Lower == "in" && context.Tokens[k + 2].IsCapitalized)
                || k == from && context.Tokens[k].Lower is "from" or "of" && context.Tokens[k + 1].IsCapitalized && !AuthorNamedBefore(context.Tokens, start, from)
                // "data from hospitals across the country": or a source's noun without its article.
                || k == from && context.Tokens[k].Lower == "from" && !context.Tokens[k + 1].IsCapitalized && Words.Nouns.Contains(context.Tokens[k + 1].Lower))
                return Interpret(context, k + 1, end) is { } author ? author with { Noun = context.Tokens[from - 1].Lower } : null;
        return null;
    }

    /// <summary>
    /// "the Reuters review of the State Department data": a name before the document noun is its author; what follows "of" is what it read.
    /// Only the phrase's own words count: "According to the estimate of the government of Bangladesh" names the government.
    /// </summary>
    private bool AuthorNamedBefore(List<Token> tokens, int start, int documentEnd)
    {
        for (var k = documentEnd - 2; k >= start && k >= documentEnd - 4 && tokens[k].IsWord; k--)
            if (tokens[k].IsCapitalized && !Grammar.Articles.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>Tokens as written: a space only where the text had one.</summary>
    internal static string Join(List<Token> tokens, int start, int end)
    {
        if (end - start == 1) return tokens[start].Text;
        // One builder per thread: names and places are joined for most sentences.
        var text = _joined ??= new System.Text.StringBuilder();
        text.Clear();
        for (var k = start; k < end; k++)
        {
            if (k > start && tokens[k].SpaceBefore) text.Append(' ');
            text.Append(tokens[k].Text);
        }
        return text.ToString();
    }

    [ThreadStatic] private static System.Text.StringBuilder? _joined;
}
