namespace FactCheck.Extraction;

/// <summary>Where a source phrase runs and where its head ends: the tokens it takes, the times and initials it reads past.</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>Whether a token can be part of a source phrase: words, possessives, "U.S." and hyphens, not clause words.</summary>
    private bool Continues(List<Token> tokens, int k)
    {
        var token = tokens[k];
        // "Channel 4 News", "France 2 television": a short number inside an outlet's name.
        if (token.Kind == TokenKind.Number) return Words.InOutletName(tokens, k);
        // "Karen Clark & Co.": an ampersand between a name and an organisation's head.
        // "S&P Global", "Procter & Gamble": or between two capitalized words, a firm's name.
        if (token.Text == "&")
            return k > 0 && tokens[k - 1].IsCapitalized && k + 1 < tokens.Count
                   && (Words.OrganisationHeads.Contains(tokens[k + 1].Text) || lexicon.Abbreviations.Contains(tokens[k + 1].Text) || tokens[k + 1] is { IsWord: true, IsCapitalized: true });
        // "U.S. officials", "said Sen. Brian Schatz", "said K. S. Anand": a stop closing an abbreviation, a title or an initial;
        // "Post-Schar": a hyphen inside a name.
        if (token.Kind == TokenKind.Punctuation)
            return !token.SpaceBefore && (token.Text == "-" && k > 0 && tokens[k - 1].IsWord && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore
                                          || token.Text == "." && k > 0 && k + 1 < tokens.Count && tokens[k + 1].SpaceBefore && tokens[k + 1].IsWord
                && (tokens[k - 1].Text.Contains('.') || (lexicon.Titles.Contains(tokens[k - 1].Text) || IsInitial(tokens[k - 1].Text)
                                                         // "St. Lucie County": a listed abbreviation opening a name.
                                                         || AbbreviationStop(tokens, k)) && tokens[k + 1].IsCapitalized));
        // "the National Center for Scientific and Technical Research": "and" inside an organisation's name.
        if (Grammar.Coordinators.Contains(token) && InsideOrganisationName(tokens, k)) return true;
        // "WHO" is a name; "who" opens a clause.
        // "according to an updated estimate from ...": after an article, a reporting verb's form is an adjective; "according to figures
        // reported by the health ministry", "a list maintained by Red Crescent": before "by", a participle whose agent the phrase goes on to.
        // "killing at least one person, a toll officials said was likely to rise": a measure in lower case before a source is what it
        // speaks of, no part of it.
        if (!token.IsCapitalized && Grammar.MeasureNouns.Contains(token) && k + 1 < tokens.Count && tokens[k + 1].IsWord && Words.Nouns.Contains(tokens[k + 1].Lower)) return false;
        return token.IsWord && !(Words.Breaks.Contains(token.Lower) && !token.Text.All(char.IsUpper))
               && (lexicon.AttributionVerbs.Match(tokens, k) is null || k > 0 && Grammar.Articles.Contains(tokens[k - 1])
                   || k > 0 && token.Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[k - 1].IsWord
                   && lexicon.Time.AfterTheDay(tokens, k + 1, "by", Grammar.PointPrepositions, Grammar.MonthLeadIns) is not null
                   // "according to estimates by protest organizers": a document's noun spelt as a verb, before its author.
                   || Words.StrippedHead(token) && AgentFollows(tokens, k + 1));
    }

    /// <summary>Whether a capitalized word, not opening the sentence, stands in tokens[start..end).</summary>
    private static bool NamedBefore(List<Token> tokens, int start, int end)
    {
        for (var k = Math.Max(start, 1); k < end; k++)
            if (tokens[k].IsCapitalized) return true;
        return false;
    }

    /// <summary>Where a relative time ending at tokens[end] starts ("over the weekend", "last week"), or null.</summary>
    private int? RelativeTimeEndingAt(List<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 3); start <= end; start++)
            if (lexicon.Time.Relative.Match(tokens, start) is { Length: var length } && start + length - 1 == end) return start;
        return null;
    }

    /// <summary>Where a month and day ending at tokens[end] start ("Sept. 13", "September 13"), or null.</summary>
    private int? MonthDayEndingAt(List<Token> tokens, int end)
    {
        if (end < 1 || tokens[end].Kind != TokenKind.Number) return null;
        var month = tokens[end - 1].Text == "." && end >= 2 ? end - 2 : end - 1;
        return lexicon.Time.Months.ContainsKey(tokens[month].Lower) && tokens[month].IsCapitalized ? month : null;
    }

    /// <summary>"Mogherini’s 15 December statement", "the ministry's Dec. 15 report": the start of a date, day first or month first, ending at tokens[end].</summary>
    private int? DateEndingAt(List<Token> tokens, int end) =>
        MonthDayEndingAt(tokens, end)
        ?? (end >= 1 && tokens[end].IsCapitalized && lexicon.Time.Months.ContainsKey(tokens[end].Lower) && tokens[end - 1] is { Kind: TokenKind.Number, Text.Length: <= 2 } ? end - 1 : null);

    /// <summary>"K. S. Anand": one capital letter, a name's initial.</summary>
    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>Where the head of a phrase ends: at its first postmodifier, except inside a name ("Department of Homeland Security").</summary>
    private int HeadEnd(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var lower = tokens[k].Lower;
            // "Ministry of Health", "the Ministry of the Interior": a link inside an organisation's name, an article aside.
            var next = k + 1 < end && tokens[k + 1].Lower == "the" ? k + 2 : k + 1;
            // "The Centers for Disease Control": a plural head too.
            // "the Office for the Coordination of Humanitarian Affairs": a second link inside a name whose head came before the first; not
            // the place it serves ("the Ministry of Foreign Affairs of Paraguay").
            var insideName = Grammar.NameLinks.Contains(lower) && tokens[k - 1].IsCapitalized && next < end && tokens[next].IsCapitalized
                             && (IsOrganisationHead(tokens[k - 1].Text) || (NamedRunFromHead(tokens, start, k) || PluralNamedRun(tokens, start, k)) && lexicon.Places.Aliases.Match(tokens, next) is null);
            if ((Words.Postmodifiers.Contains(lower) || Words.InformedModifiers.Contains(lower)) && !insideName) return k;
            // "regions bordering Ukraine": a participle opens a modifier too; "damage assessments made by the Pacific Disaster Center": so
            // does any before its agent ("the latest count by officials" is the document's own "by").
            // "Catastrophe modelling agency Karen Clark & Co.", "the ruling party": not one before a source noun it describes.
            if (!tokens[k].IsCapitalized && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal))
                && lower.Length > 5 && !Words.Nouns.Contains(lower) && !(k + 1 < end && Words.Nouns.Contains(tokens[k + 1].Lower))) return k;
            if (tokens[k] is { IsWord: true, IsCapitalized: false } && k + 1 < end && tokens[k + 1].Lower == "by" && !Words.Nouns.Contains(lower)
                && !Words.StrippedHead(tokens[k])) return k;
        }
        return end;
    }

    private bool IsOrganisationHead(string word) =>
        Words.OrganisationHeads.Contains(word) || word.EndsWith('s') && Words.OrganisationHeads.Contains(word[..^1]);

    /// <summary>Whether tokens[start..link) is one capitalized run, its links and articles aside, that holds an organisation's head before its last word.</summary>
    private bool NamedRunFromHead(List<Token> tokens, int start, int link)
    {
        var head = false;
        for (var k = start; k < link; k++)
            if (tokens[k].IsCapitalized) head |= k < link - 1 && IsOrganisationHead(tokens[k].Text);
            else if (!Grammar.NameLinks.Contains(tokens[k]) && tokens[k].Lower != "the") return false;
        return head;
    }

    /// <summary>"Thai Lawyers for Human Rights", "Physicians for Human Rights": a capitalized run from the phrase's start ending in a plural, no title, before a link.</summary>
    private bool PluralNamedRun(List<Token> tokens, int start, int link)
    {
        for (var k = start; k < link; k++)
            if (!tokens[k].IsCapitalized || !tokens[k].IsWord || lexicon.Titles.Contains(tokens[k].Text)) return false;
        return link > start && tokens[link - 1].Text.Length > 3 && tokens[link - 1].Text.EndsWith('s');
    }

    /// <summary>A person's name closing a phrase, after any organisation or title words: "... Treasury Department Ramin Toloui".</summary>
    private static Attribution? PersonAtEnd(List<Token> tokens, int from, int end, SourceWords words, TitleWords titles, Places places, Grammar grammar)
    {
        var first = end;
        // "U.S. Senator John Smith" leaves out "U.S."; "P.K. Jena" keeps its initials.
        while (first - 1 >= from && tokens[first - 1].IsCapitalized && !words.OrganisationHeads.Contains(tokens[first - 1].Text)
               && (!tokens[first - 1].Text.Contains('.') || Tokenizer.IsInitials(tokens[first - 1].Text) && places.Aliases.Match(tokens, first - 1) is null)) first--;
        // "K. S. Anand": initials written apart, each with its stop.
        var initials = 0;
        while (first - 2 >= from && first < end && tokens[first - 1] is { Text: ".", SpaceBefore: false } && IsInitial(tokens[first - 2].Text)) (first, initials) = (first - 2, initials + 2);
        // "... Police Department Robert J. Contee": the given name before a middle initial (not before "H. Wood Thrasher", whose initial is the given name).
        if (initials == 2 && end - first == 3 && first - 1 >= from && tokens[first - 1] is { IsCapitalized: true, IsWord: true } given && !given.Text.Contains('.')
            && !words.OrganisationHeads.Contains(given.Text) && !titles.Contains(given.Text) && places.Aliases.Match(tokens, first - 1) is null) first--;
        // Titles lead a name ("Sheikh Hasina"), and end none but a surname ("Imran Sarwar Sheikh"); "And Gonzalo Ferre, president of
        // ...": a conjunction capitalized only by opening the sentence names no one.
        while (first < end - 1 && (titles.Contains(tokens[first].Text) || first == 0 && (grammar.Coordinators.Contains(tokens[first]) || grammar.Contrastives.Contains(tokens[first]))))
            first++;
        // "Rajkot Range IG Ashok Kumar Yadav": a title inside the run ends the office's words; the name is the two or more words after it.
        for (var k = end - 3; k > first; k--)
            if (titles.Contains(tokens[k].Text)) { first = k + 1; break; }
        // "UNICEF Deputy Representative in Lebanon Violet Speek-Warnery": the place a title is held in, before the holder's name.
        if (first >= 1 && first > from && places.Prepositions.Contains(tokens[first - 1].Lower) && places.Aliases.Match(tokens, first) is { Length: var placeLength }
            && end - (first + placeLength) >= 2 && tokens[first + placeLength].IsCapitalized)
            first += placeLength;
        // "U.S. Secretary of State Rex Tillerson", "Minister of State for Home Harsh Sanghavi": after a title's "of" or "for",
        // the office's own words come first.
        if (end - first - initials > 3 || end - first - initials == 3 && (first > from && tokens[first - 1].Lower is "of" or "for" || OfficeGoesOn(tokens, first, titles)))
            first = end - 2;
        if (end - first < 2 || places.Aliases.Match(tokens, first) is { } place && place.Length == end - first) return null;
        // "The Syrian Observatory for Human Rights, generally regarded as ...": words after an organisation's link are its name's tail.
        if (first >= 2 && first > from && grammar.NameLinks.Contains(tokens[first - 1]) && words.OrganisationHeads.Contains(tokens[first - 2].Text)) return null;
        return new Attribution(Join(tokens, first, end), null, null, first) { Person = true, SourceStart = first, SourceEnd = end };
    }

    /// <summary>"Minister of Land and Environment Celso Correia": "and" before the run joins another word of a title's office ("of Land").</summary>
    private static bool OfficeGoesOn(List<Token> tokens, int first, TitleWords titles)
    {
        if (first < 4 || tokens[first - 1].Lower != "and") return false;
        var k = first - 2;
        while (k > 0 && tokens[k].IsCapitalized) k--;
        return k > 0 && tokens[k].Lower is "of" or "for" && titles.Contains(tokens[k - 1].Text);
    }

    /// <summary>The "(" of a bracketed name of two to four capitalized words closing at tokens[close] after a capitalized word, or null.</summary>
    private static int? NameInBracketsOpening(List<Token> tokens, int close)
    {
        for (var k = close - 1; k >= Math.Max(1, close - 5); k--)
        {
            if (tokens[k].Text == "(") return close - k >= 3 && tokens[k - 1].IsCapitalized ? k : null;
            if (tokens[k] is not { IsWord: true, IsCapitalized: true }) return null;
        }
        return null;
    }
}
