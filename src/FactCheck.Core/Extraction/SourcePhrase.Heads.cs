namespace FactCheck.Extraction;

/// <summary>A source phrase's capitalized head: an organisation's whole name, a person's without titles, the words that say whose a body is.</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>
    /// The end of an author's name before the document or outlet noun closing tokens[start..end) ("AFP news agency" is AFP), or
    /// <paramref name="end"/> when the words left would only say whose it is ("State-run Spanish television").
    /// </summary>
    private int WithoutDocumentNoun(List<Token> tokens, int start, int end)
    {
        var authorEnd = Words.WithoutStripped(tokens, start, end);
        // "Mogherini’s 15 December statement": the day it was made goes with the document.
        if (authorEnd < end && authorEnd - 1 > start && DateEndingAt(tokens, authorEnd - 1) is { } date && date > start) authorEnd = date;
        // "State television": who runs an outlet is no author of its own.
        return authorEnd < end && authorEnd > start && (lexicon.Sides.Match(tokens, authorEnd - 1) is { Length: 1 } || lexicon.Places.Adjectives.Match(tokens, authorEnd - 1) is { Length: 1 }
                                                         || Words.OutletOwners.Contains(tokens[authorEnd - 1].Lower))
            ? end : authorEnd;
    }

    /// <summary>A capitalized head: an organisation's whole name, a person's name without titles, or a surname seen in full before.</summary>
    private Attribution? Name(List<Token> tokens, int start, int end)
    {
        var first = end - 1;
        // "Ministry of the Interior and Safety": links, and an article after one, inside the name.
        while (first - 1 >= start && (tokens[first - 1].IsCapitalized || (Grammar.NameLinks.Contains(tokens[first - 1]) || tokens[first - 1].Lower == "and" || tokens[first - 1].Text == "&") && first - 2 >= start && tokens[first - 2].IsCapitalized
                                      || tokens[first - 1].Lower == "the" && first - 3 >= start && Grammar.NameLinks.Contains(tokens[first - 2]) && tokens[first - 3].IsCapitalized
                                      || (InitialStop(tokens, first - 1) || AbbreviationStop(tokens, first - 1)) && first - 2 >= start
                                      // "Channel 4 News": a short number inside an outlet's name.
                                      || first - 2 >= start && Words.InOutletName(tokens, first - 1))) first--;
        // "New York-based Human Rights Watch": where a body is based is no part of its name.
        for (var k = first; k < end - 1; k++)
            if (Grammar.SaysWhereFrom(tokens[k])) first = k + 1;
        // "White House Press Secretary Jay Carney": a title after the organisation's name, then the person who holds it.
        if (PersonAfterTitle(tokens, first, end) is { } holder) return new Attribution(Join(tokens, holder, end), null, null, start) { Person = true };
        for (var k = first; k < end; k++)
        {
            var word = tokens[k].Text;
            if (Words.OrganisationHeads.Contains(word) || word.EndsWith('s') && Words.OrganisationHeads.Contains(word.TrimEnd('s')))
                // "CBS said" after "a CBS News poll": the acronym stands for the name it was given with.
                return first == end - 1 && IsAcronym(word) && names.TryGetValue(word, out var named) ? new Attribution(named, null, null, start)
                    // "The French interior Ministry": a lone capitalized head keeps the words that say whose it is.
                    : first == end - 1 && first > start && !IsAcronym(word) && NamesWhose(tokens, start, first) ? new Attribution(Join(tokens, start, end), null, null, start)
                    : new Attribution(Join(tokens, first, WithoutDocumentNoun(tokens, first, end)), null, null, start);
        }
        // "Thai Lawyers for Human Rights said", "Physicians for Human Rights": a plural run before a link inside the name is an
        // organisation's, all of it, not a person's two last words; "S&P Global noted": so is a name an ampersand joins.
        for (var k = first + 1; k < end - 1; k++)
            if (Grammar.NameLinks.Contains(tokens[k]) && PluralNamedRun(tokens, first, k) || tokens[k].Text == "&") return new Attribution(Join(tokens, first, end), null, null, start);
        var person = first;
        while (person < end && (lexicon.Titles.Contains(tokens[person].Text) || tokens[person].Text.EndsWith("'s", StringComparison.Ordinal))) person++;
        if (CompanyWithPossessive(tokens, first, person, end)) return new Attribution(Join(tokens, first, end), null, null, start);
        // "Assistant Secretary ... Eurasian Affairs Victoria Nuland": a long run ends with the name, and a suffix ("Richard Bissen Jr").
        var suffix = end - person > 3 && lexicon.Abbreviations.Contains(tokens[end - 1].Text) ? 1 : 0;
        // "Sindh Health Minister Jam Mehtab Hussain Dahar": up to four capitalized words after the last title are all the name.
        if (NameAfterLastTitle(tokens, first, end) is { } nameStart) person = nameStart;
        else if (end - suffix - person - InitialStops(tokens, person, end) > 3)
        {
            person = end - suffix - 2;
            // "K. S. Anand" keeps its initials.
            if (tokens[person].Text == ".") person++;
            while (person >= 2 && InitialStop(tokens, person - 1)) person -= 2;
        }
        // "Shia Muslim Iran, which is locked in ..., says", "Saudi Arabia's regional rival Iran": a run ending in a country's name is that country.
        if (CountryEndingAt(tokens, person, end) is { } country) return new Attribution(country, null, null, start);
        if (end - person >= 2)
            // "according to Levine Cava" after "Miami-Dade County Mayor Daniella Levine Cava": the name in full.
            return new Attribution(names.TryGetValue(tokens[end - 1].Text, out var fuller) && EndsWithWords(fuller, tokens, person, end) ? fuller : Join(tokens, person, end),
                null, null, start) { Person = !PlaceName(tokens, person, end) };
        if (end - person != 1) return null;
        var single = tokens[person].Text;
        // "If confirmed, Azar also would ...": a word that opens sentences names no one.
        if (single.Length >= 2 && !lexicon.Titles.Contains(single) && !lexicon.Time.Weekdays.ContainsKey(single) && !lexicon.Time.Months.ContainsKey(single)
            && !Grammar.OpensSentence(single))
            // "Myanmar said" after "mostly Buddhist Myanmar": a country speaks for itself, whatever run ended in its name.
            return (names.TryGetValue(single, out var full) || firstWords.TryGetValue(single, out full)) && !IsCountryLike(single) && !lexicon.Places.IsCountry(single)
                ? new Attribution(full, null, null, start) { Person = !IsAcronym(single) }
                : new Attribution(single, null, null, start) { Person = !IsCountryLike(single) && !single.All(char.IsUpper) && !PlaceName(tokens, person, end) };
        return null;
    }

    /// <summary>Where the capitalized name closing tokens[start..end) starts when one of the two lowercase words before it is an outlet or
    /// document noun ("state news agency TASS", "broadcaster NTV", "the Russian state agency Tass"), else null.</summary>
    private int? OutletNamedBefore(List<Token> tokens, int start, int end)
    {
        var first = end;
        while (first - 1 > start && tokens[first - 1] is { IsWord: true, IsCapitalized: true }) first--;
        if (first == end || first <= start) return null;
        for (var k = first - 1; k >= Math.Max(start, first - 2) && tokens[k] is { IsWord: true, IsCapitalized: false }; k--)
            if (Words.OutletNouns.Contains(tokens[k].Lower) || Words.StrippedHead(tokens[k])) return first;
        return null;
    }

    /// <summary>"Los Angeles has recorded 2,700 arrests", "Texas has reported 89 deaths": a run that is all one listed place, no name a person
    /// shares ("Houston"), is that place speaking, no person.</summary>
    private bool PlaceName(List<Token> tokens, int from, int end) =>
        lexicon.Places.Aliases.Match(tokens, from) is { Value.Ambiguous: false } place && place.Length == end - from;

    /// <summary>The stop after a name's initial ("K. S. Anand").</summary>
    /// <summary>
    /// "The St. Lucie County Sheriff's Office": the stop of a listed abbreviation opening a name, not a title's ("Mr. Green") nor one
    /// closing a name ("RPX Corp."), whose stop may end the sentence.
    /// </summary>
    internal bool AbbreviationStop(List<Token> tokens, int k) =>
        k >= 1 && tokens[k] is { Text: ".", SpaceBefore: false } && lexicon.Abbreviations.Contains(tokens[k - 1].Text) && !lexicon.Titles.Contains(tokens[k - 1].Text)
        && (k == 1 || !tokens[k - 2].IsCapitalized || Grammar.Articles.Contains(tokens[k - 2]));

    private static bool InitialStop(List<Token> tokens, int k) => k >= 1 && tokens[k] is { Text: ".", SpaceBefore: false } && IsInitial(tokens[k - 1].Text);

    private static int InitialStops(List<Token> tokens, int start, int end)
    {
        var stops = 0;
        for (var k = start; k < end; k++)
            if (InitialStop(tokens, k)) stops++;
        return stops;
    }

    /// <summary>
    /// "Moody's Analytics", "McDonald's Corp": a possessive no place or known source writes, then one capitalized word no one was named by,
    /// is one organisation's name; "Russia's Gazprom", "Putin's spokesman", "Apple's Cook" after "Tim Cook" are not.
    /// </summary>
    private bool CompanyWithPossessive(List<Token> tokens, int first, int person, int end)
    {
        if (end - person != 1 || person - 1 < first || !tokens[person - 1].Text.EndsWith("'s", StringComparison.Ordinal)) return false;
        var owner = tokens[person - 1].Text[..^2];
        return !lexicon.Places.IsListed(owner) && lexicon.Places.ByAliasIgnoringCase(owner) is null && SingleWordClaimant(owner) is null
               && !names.ContainsKey(tokens[person].Text) && !firstWords.ContainsKey(tokens[person].Text) && !IsCountryLike(tokens[person].Text);
    }

    /// <summary>The listed country whose name ends tokens[from..end) after other words ("North Korea" is no "Korea" after "North"), or null.</summary>
    private string? CountryEndingAt(List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (lexicon.Places.Aliases.Match(tokens, k) is { Value: var place, Length: var length } && k + length == end)
                return k > from && place.Kind == PlacePrecision.Country ? place.Name : null;
        return null;
    }

    /// <summary>
    /// Where the name of a person starts after the last title of a capitalized run that names an organisation first ("White House
    /// Press Secretary Jay Carney"): two or three capitalized words, none of them an organisation's head; null if there is none.
    /// </summary>
    private int? PersonAfterTitle(List<Token> tokens, int first, int end)
    {
        var title = LastTitle(tokens, first, end);
        if (title < 0 || end - title - 1 is < 2 or > 3) return null;
        var organisation = false;
        for (var k = first; k < title; k++)
            organisation |= Words.OrganisationHeads.Contains(tokens[k].Text);
        for (var k = title + 1; k < end; k++)
            if (!tokens[k].IsCapitalized || Words.OrganisationHeads.Contains(tokens[k].Text) || tokens[k].Text.EndsWith("'s", StringComparison.Ordinal)) return null;
        return organisation ? title + 1 : null;
    }

    /// <summary>Whether tokens[start..end) hold a demonym that says whose a body is ("French").</summary>
    private bool NamesWhose(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (lexicon.Places.Adjectives.Match(tokens, k) is not null) return true;
        return false;
    }

    private bool IsCountryLike(string word)
    {
        var one = _word ??= [];
        one.Clear();
        Tokenizer.TokenizeInto(one, word, 0, 0, word.Length, lexicon.Words);
        return lexicon.Sides.Match(one, 0) is not null;
    }

    [ThreadStatic] private static List<Token>? _word;

    private bool IsWeekday(Token token) => token.IsCapitalized && lexicon.Time.Weekdays.ContainsKey(token.Text);

    /// <summary>
    /// Where a name of two to four capitalized words starts after the last title of a run ("Sindh Health Minister Jam Mehtab Hussain
    /// Dahar"), none of them an organisation's head; null if there is none.
    /// </summary>
    private int? NameAfterLastTitle(List<Token> tokens, int first, int end)
    {
        var title = LastTitle(tokens, first, end);
        if (title < 0 || end - title - 1 - InitialStops(tokens, title + 1, end) is < 2 or > 4) return null;
        for (var k = title + 1; k < end; k++)
            if (!InitialStop(tokens, k) && (!tokens[k].IsCapitalized || !tokens[k].IsWord || Words.OrganisationHeads.Contains(tokens[k].Text) || lexicon.Titles.Contains(tokens[k].Text))) return null;
        return title + 1;
    }

    /// <summary>The last title in tokens[first..end), or -1.</summary>
    private int LastTitle(List<Token> tokens, int first, int end)
    {
        var title = -1;
        for (var k = first; k < end; k++)
            if (lexicon.Titles.Contains(tokens[k].Text)) title = k;
        return title;
    }

    /// <summary>"Hurricane Melissa", "Cyclone Ditwah": an event's word, capitalized, then nothing but a name, no source's noun or organisation's head.</summary>
    private bool NamedEvent(List<Token> tokens, int start, int end)
    {
        if (start < 0 || end - start < 2 || end > tokens.Count || !tokens[start].IsCapitalized || lexicon.Events.Kinds.Match(tokens, start) is not { Length: 1 }) return false;
        for (var k = start + 1; k < end; k++)
            if (!tokens[k].IsCapitalized || Words.Nouns.Contains(tokens[k].Lower) || Words.OrganisationHeads.Contains(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>A listed town or region, which never speaks (a country may: "Ukraine, which ..., said").</summary>
    private bool IsPlace(Attribution source) => lexicon.Places.Named(source.Claimant) is { Kind: not PlacePrecision.Country };

    /// <summary>
    /// Whether the name starting at tokens[name], its titles aside, is what a preposition after a common noun takes ("the visit of
    /// President George Bush"), not a name after an office ("Secretary of State Antony Blinken").
    /// </summary>
    private bool ObjectOfPreposition(List<Token> tokens, int name, int headEnd)
    {
        var k = name - 1;
        while (k >= headEnd && lexicon.Titles.Contains(tokens[k].Text)) k--;
        return k > headEnd && Words.Postmodifiers.Contains(tokens[k].Lower) && tokens[k - 1] is { IsWord: true, IsCapitalized: false };
    }

    /// <summary>Whether tokens[k] joins two capitalized words of an organisation's name: after its head and link ("Ministry of the Interior and Safety"), or before its head ("Risk Reduction and Management Council").</summary>
    private bool InsideOrganisationName(List<Token> tokens, int k)
    {
        if (k < 3 || k + 1 >= tokens.Count || !tokens[k - 1].IsCapitalized || !tokens[k + 1].IsCapitalized) return false;
        // "the National Disaster Risk Reduction and Management Council", "House Ways and Means Committee": one or two capitalized words on
        // to the head. Not two names: "the Daily News and CNN" (a head before "and"), "the Daily Beast and The Wall Street Journal", "EIA
        // and Thomson Reuters data", "the Federal Reserve and Federal Deposit Insurance Corporation" (a name of its own after "and").
        var next = k + 1;
        while (next < tokens.Count && tokens[next].IsCapitalized && tokens[next].IsWord && !Words.OrganisationHeads.Contains(tokens[next].Text)) next++;
        var before = tokens[k - 1].Text;
        if (next < tokens.Count && next - k <= 3 && Words.OrganisationHeads.Contains(tokens[next].Text) && !Words.OrganisationHeads.Contains(before)
            && !before.All(char.IsUpper) && !Grammar.Articles.Contains(tokens[k + 1])) return true;
        for (var j = k - 2; j >= Math.Max(1, k - 5); j--)
        {
            if (!Grammar.NameLinks.Contains(tokens[j])) continue;
            var head = j - 1;
            // "Minister of Land and Environment Celso Correia": so does a title's office.
            return Words.OrganisationHeads.Contains(tokens[head].Text) || lexicon.Titles.Contains(tokens[head].Text);
        }
        return false;
    }
}
