namespace FactCheck.Extraction;

/// <summary>
/// A place named in a sentence: its tokens, the name a claim keeps ("eastern Ukraine", "Donetsk
/// region"), its precision, and whether it is only an adjective ("U.S. admissions"), which counts
/// when nothing else places the figure.
/// </summary>
internal sealed record PlaceMention(int FirstToken, int EndToken, string Name, string Precision, bool Adjective)
{
    /// <summary>A dateline: where the reporter filed from, which places a figure only when its sentence names no place.</summary>
    public bool Dateline { get; init; }

    /// <summary>Where the place's own words end, when the mention covers more (a dateline's agency and dash).</summary>
    public int? NameEnd { get; init; }

    /// <summary>Where a counted group comes from ("26 foreign nationals from Iran"), said as a demonym would be.</summary>
    public bool GroupOrigin { get; init; }

    /// <summary>Introduced as a place ("in Afghanistan", "the town of X"), not a name that acts ("Russia lost").</summary>
    public bool Located { get; set; }

    /// <summary>The names a plural place noun covers ("Grand Bahama", "Abaco" in "Grand Bahama and Abaco islands"), compared as a set.</summary>
    public IReadOnlyList<string>? Parts { get; init; }

    /// <summary>A possessive before a city it does not name: "America's largest city", "Ukraine's second city".</summary>
    public bool HoldsCity { get; init; }

    /// <summary>A possessive that says whose, not where: "Ukraine's pro-Moscow insurgents".</summary>
    public bool Whose { get; init; }

    /// <summary>An end of a route ("travelling from Silchar to Sealdah"): where something travelled between, not where it happened.</summary>
    public bool Route { get; set; }

    /// <summary>
    /// Named beside what the sentence is about, not as its setting: a reference point ("137 miles southwest of Kolkata"), a
    /// border ("which borders Uruguay"), an origin ("immigrants from Bangladesh") or one of a list ("AIIMS, Capital Hospital,
    /// SUM"). It may place its own sentence's figures; later sentences are not set there.
    /// </summary>
    public bool Aside { get; set; }

    /// <summary>Where a source is based, said between it and its verb ("X, which is based in England, said"): no figure's place.</summary>
    public bool SourceSite { get; set; }

    /// <summary>The scope of a comparison ("the second costliest storm in U.S. history"): it says where a story is only when nothing else has.</summary>
    public bool Scope { get; set; }
}

/// <summary>
/// Reads the places of a sentence: listed places (an ambiguous alias such as "Jordan" only after
/// "in", "at"...), places marked by a noun ("the town of Volnovakha", "Luhansk region", "Lenin
/// Square"), unlisted capitalized names after a locative preposition ("in Yenakiyeve"), a direction
/// kept with its place ("eastern Ukraine"). Datelines are <see cref="DatelineReader"/>'s.
/// </summary>
internal sealed partial class PlaceReader(Lexicon lexicon)
{
    private Places Places => lexicon.Places;

    /// <summary>Whether a sentence holds a slash, as a photo's credit does: most do not, and need no credit looked for.</summary>
    private static bool HasSlash(List<Token> tokens)
    {
        foreach (var token in tokens)
            if (token.Text == "/") return true;
        return false;
    }

    private const int HeadingWords = 4;

    /// <summary>"VICTORIA", "SOUTH AUSTRALIA": a line that is nothing but a listed place in capitals heads the lines after it.</summary>
    private PlaceMention? Heading(List<Token> tokens)
    {
        if (tokens.Count is 0 or > HeadingWords) return null;
        foreach (var token in tokens)
            if (!token.IsWord || token.Text.Length < 2 || token.Text.Any(char.IsLower)) return null;
        // A name alone on its line is that place even when it may name others ("VICTORIA").
        return Places.ByAliasIgnoringCase(SourcePhrase.Join(tokens, 0, tokens.Count)) is { } place
            ? new PlaceMention(0, tokens.Count, place.Name, place.Kind, false) { Located = true }
            : null;
    }

    /// <summary>The places of a sentence, leaving out tokens that are its sources' own words ("Moscow said").</summary>
    /// <remarks>The list is the thread's, refilled at the next call: a sentence's places are read before the next sentence's.</remarks>
    public List<PlaceMention> Find(List<Token> tokens, IReadOnlyList<Attribution> sources)
    {
        var found = _found ??= [];
        found.Clear();
        if (IsByline(tokens)) return found;
        if (Heading(tokens) is { } heading)
        {
            found.Add(heading);
            return found;
        }
        var titleCase = IsTitleCase(tokens);
        var credited = HasSlash(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized && !tokens[i].Word.MayStart(Places.Openers) || InSource(sources, tokens, i) || credited && InCredit(tokens, i)) continue;
            // "around Rs 15.6 crores", "about 188.6 million US dollars": a currency written in letters names no place.
            if (lexicon.CurrencyLetterSymbols.Match(tokens, i) is not null || lexicon.CurrencyWords.Match(tokens, i) is { Length: > 1 }) continue;
            var mention = LeadingSite(tokens, i, titleCase) ?? Marked(tokens, i) ?? Listed(tokens, i, titleCase) ?? HyphenatedPair(tokens, i) ?? Unlisted(tokens, i, titleCase) ?? Adjective(tokens, i);
            if (mention is null) continue;
            var before = mention.FirstToken - 1;
            // "in the centre of Crimea's capital Simferopol": a name after its place noun is introduced as the noun is.
            while (before >= 0 && (lexicon.Grammar.Articles.Contains(tokens[before]) || Places.IsDirection(tokens[before]) || HeldBy(tokens, before)
                                   || !tokens[before].IsCapitalized && Places.Nouns.Match(tokens, before) is { Length: 1 }
                                   || tokens[before].IsCapitalized && tokens[before].Text.EndsWith("'s", StringComparison.Ordinal))) before--;
            // "the Caribbean U.S. island territory", "Middle East peace talks": a part of the world before a noun says what kind, as an adjective.
            if (mention is { Adjective: false, Dateline: false } && PartOfTheWorld(mention) && BeforeANoun(tokens, mention.EndToken))
                mention = mention with { Adjective = true };
            if (before >= 0 && Places.Prepositions.Contains(tokens[before].Lower) || mention.Precision == PlacePrecision.Region && !mention.Adjective)
                mention.Located = true;
            // "the United States will provide Ukraine a loan of $1 billion": a country that acts says whose, weakly, as a demonym does; not the
            // last of a list a preposition opened ("The death toll in Turkey and Syria has exceeded 24,000").
            else if (mention is { Precision: PlacePrecision.Country, Adjective: false, Dateline: false } && Acts(tokens, mention.EndToken) && !EndsLocatedList(found, tokens, before))
                mention = mention with { Adjective = true };
            // "12 U.S. service members were killed", "13 US military soldiers": a country's name between a figure and what it counts says
            // whose they are, as a demonym would, not where they were.
            else if (mention is { Precision: PlacePrecision.Country, Adjective: false, Dateline: false } && AfterAFigure(tokens, mention.FirstToken)
                     && CountsPeople(tokens, mention.EndToken))
                mention = mention with { Adjective = true };
            // "Tehran has denounced the tragedy as a crime", "Washington accused Moscow": a capital that acts as a government does is its
            // country acting, not where anything happened. (A capital the verb takes, "warned Kyiv", is left a place: in a live blog it
            // would count towards the country the story keeps returning to.)
            else if (mention is { Precision: PlacePrecision.City, Adjective: false, Dateline: false } && Places.CountryWithCapital(mention.Name) is { } country
                     && ActsAsGovernment(tokens, mention.EndToken))
                mention = mention with { Name = country, Precision = PlacePrecision.Country, Adjective = true };
            // "a New Jersey man", "the Chicago man": where someone is from, said as a demonym would be.
            if (!mention.Adjective && Origin(tokens, mention)) mention = mention with { Adjective = true, Located = false };
            // "he told the US cable network", "Russian state television": where an outlet is from places nothing, not even as a demonym.
            else if (OutletAfter(tokens, mention.NameEnd ?? mention.EndToken)) mention = mention with { Adjective = true, Located = false, GroupOrigin = true };
            // "some 26 foreign nationals from Iran, China, Russia ...", "all students from Danwon High School in Ansan": where a
            // counted group comes from, with the rest of its list and where it lies, says who they are, not where anything happened.
            else if (!mention.Adjective && (GroupFrom(tokens, mention.FirstToken, mention.Precision == PlacePrecision.Country) || found.Count > 0 && ContinuesOrigin(found[^1], tokens, mention)))
                mention = mention with { Adjective = true, Located = false, GroupOrigin = true };
            mention = Coordinated(found, tokens, mention);
            found.Add(mention);
            i = mention.EndToken - 1;
        }
        MarkRoutes(found, tokens);
        DropParents(found, tokens);
        MarkAsides(found, tokens, sources);
        return found;
    }

    /// <summary>
    /// "wildfires in Maui, Hawaii", "Kansas City, Missouri": a listed place followed by a comma and the place it lies in
    /// is that place; the parent only says where it is. So does one after "in": "Officials in Castilla-La Mancha in central Spain".
    /// </summary>
    private void DropParents(List<PlaceMention> found, List<Token> tokens)
    {
        for (var k = found.Count - 1; k > 0; k--)
        {
            var (place, parent) = (found[k - 1], found[k]);
            if (parent.FirstToken != place.EndToken + 1 || tokens[place.EndToken].Text is not ("," or "in") || place.Adjective || parent.Adjective) continue;
            var (inner, outer) = (Places.PathOf(place.Name), Places.PathOf(parent.Name));
            if (inner.StartsWith(outer + " > ", StringComparison.Ordinal)) found.RemoveAt(k);
        }
    }

    /// <summary>Whether the word before a place, an article aside, is one of <paramref name="words"/>.</summary>
    private bool JustAfter(List<Token> tokens, int start, WordSet words)
    {
        var k = start - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        return k >= 0 && words.Contains(tokens[k]);
    }

    [ThreadStatic] private static List<PlaceMention>? _found;

    /// <summary>A headline in title case ("Earthquake in Morocco Leaves 296 Dead") says nothing by its capitals.</summary>
    internal static bool IsTitleCase(List<Token> tokens)
    {
        int words = 0, capitalized = 0;
        foreach (var token in tokens)
            if (token.IsWord && token.Text.Length > 3) { words++; if (token.IsCapitalized) capitalized++; }
        return words >= 3 && capitalized * 10 >= words * 8;
    }

    /// <summary>
    /// Whether a token is a source's own words ("Moscow said"); not when the source is a counted group
    /// ("71 percent of Alabama Republicans say"), whose place is the figure's.
    /// </summary>
    private static bool InSource(IReadOnlyList<Attribution> sources, List<Token> tokens, int k)
    {
        // Indexed: a foreach through the interface would allocate an enumerator for every token.
        for (var s = 0; s < sources.Count; s++)
            if (k >= sources[s].SourceStart && k < sources[s].SourceEnd)
                return !(sources[s].SourceStart > 0 && tokens[sources[s].SourceStart - 1].Lower == "of");
        return false;
    }

    /// <summary>"the town of Volnovakha", "the eastern city of Slovyansk", "Luhansk region", "Lenin Square".</summary>
    private PlaceMention? Marked(List<Token> tokens, int i)
    {
        if (Places.Nouns.Match(tokens, i) is { } noun && !tokens[i].IsCapitalized)
        {
            var of = i + noun.Length;
            if (of + 1 < tokens.Count && tokens[of].Lower == "of" && CapitalizedRun(tokens, of + 1) is var end && end > of + 1)
            {
                // "the Indonesian tourist island of Lombok Sunday": a day after the name is no part of it.
                while (end - 1 > of + 1 && (lexicon.Time.Weekdays.ContainsKey(tokens[end - 1].Text) || lexicon.Time.Months.ContainsKey(tokens[end - 1].Lower))) end--;
                // "the state of Rio Grande do Sul": a listed name runs through its lower-case words.
                var alias = Places.Aliases.Match(tokens, of + 1);
                if (alias is { } longer && of + 1 + longer.Length > end) end = of + 1 + longer.Length;
                var listed = alias is { } whole && whole.Length == end - of - 1 ? whole.Value : null;
                var name = SourcePhrase.Join(tokens, of + 1, end);
                // "the province of Herat", "the eastern region of Valencia": the region the gazetteer lists by the name and its noun
                // ("Herat province", "Valencia region"), not the city of that name.
                if (listed is not null && listed.Kind != noun.Value && noun.Value == PlacePrecision.Region && noun.Length == 1
                    && Places.ByAliasIgnoringCase(name + " " + tokens[i].Lower) is { Kind: PlacePrecision.Region } region)
                    return new PlaceMention(of + 1, end, region.Name, PlacePrecision.Region, false);
                return new PlaceMention(of + 1, end, name, listed?.Kind ?? noun.Value, false);
            }
            return null;
        }
        if (!tokens[i].IsCapitalized || IsNotPlace(tokens, i)) return null;
        var run = CapitalizedRun(tokens, i);
        // "Luhansk region", "Donetsk Oblast", "Lenin Square": a name and the noun of its kind.
        // "the deeply Republican state of Alabama" is Alabama, read at "state". A plural noun names places only after a list
        // ("Al-Haouz and Taroudant provinces"): "nine Republican districts" are none.
        if (run < tokens.Count && run - i <= 2 && Places.Nouns.Match(tokens, run) is { } kind && kind.Value is PlacePrecision.Region && !tokens[run].IsCapitalized
            && !(run + kind.Length + 1 < tokens.Count && tokens[run + kind.Length].Lower == "of" && tokens[run + kind.Length + 1].IsCapitalized)
            && !NamesNoPlace(tokens, i, run) && !(tokens[run].Lower.EndsWith('s') && !(i >= 2 && lexicon.Grammar.Coordinators.Contains(tokens[i - 1])))
            && !(run + kind.Length < tokens.Count && tokens[run + kind.Length].IsWord && !tokens[run + kind.Length].IsCapitalized && !Places.Prepositions.Contains(tokens[run + kind.Length].Lower) && lexicon.AttributionVerbs.Match(tokens, run + kind.Length) is null && tokens[run + kind.Length].Lower is not ("and" or "or" or "was" or "is" or "has" or "had" or "were" or "are")
                 // "The death toll in the Maule region rose to 40", "revised the death toll in the hard-hit Maule region down from 587": a verb
                 // or an adverb that moves a count follows a place too.
                 && !lexicon.Grammar.ChangeVerbs.Contains(tokens[run + kind.Length]) && !lexicon.Grammar.LevelVerbs.Contains(tokens[run + kind.Length])
                 && !lexicon.Grammar.ChangeAdverbs.Contains(tokens[run + kind.Length])))
            return new PlaceMention(i, run + kind.Length, SourcePhrase.Join(tokens, i, run + kind.Length), PlacePrecision.Region, false);
        if (RegionNamed(tokens, i, run) is { } named) return named;
        // "A study by Harvard University researchers": a site's name before its people, or after "by", names who did something, not where.
        if (run - 1 > i && Places.Nouns.Match(tokens, run - 1) is { Value: PlacePrecision.Site } && tokens[run - 1].IsCapitalized && LeadingSite(tokens, run - 1, false) is null
            && !(i > 0 && tokens[i - 1].Lower == "by") && !(run < tokens.Count && lexicon.Subjects.Match(tokens, run) is { } people && lexicon.PeopleSubjects.Contains(people.Value)))
            return new PlaceMention(i, run, SourcePhrase.Join(tokens, i, run), PlacePrecision.Site, false);
        return null;
    }

    /// <summary>A listed place, with a direction before it kept ("eastern Ukraine"); an ambiguous alias only after a preposition.</summary>
    private PlaceMention? Listed(List<Token> tokens, int i, bool titleCase)
    {
        var start = i;
        if (!tokens[i].IsCapitalized && Places.IsDirection(tokens[i]) && i + 1 < tokens.Count) i++;
        if (Places.Aliases.Match(tokens, i) is not { } alias) return null;
        // "Latin America", "New Yorker": part of a longer name is no place; "Alabama Republicans" is a group there.
        var end = i + alias.Length;
        // "In Luhansk Ukrainian border guards said": a demonym after it starts the next phrase.
        // "took to the streets of Hong Kong Sunday": a weekday after it is when, no part of a name.
        if (!titleCase && end < tokens.Count && tokens[end].IsCapitalized && !Places.Nouns.Match(tokens, end).HasValue && Places.Aliases.Match(tokens, end) is null
            && !lexicon.Time.Weekdays.ContainsKey(tokens[end].Lower)
            && !(lexicon.Subjects.Match(tokens, end) is { Length: 1 } && (end + 1 == tokens.Count || !tokens[end + 1].IsCapitalized))
            && !(Places.Adjectives.Match(tokens, end) is { } demonym && end + demonym.Length < tokens.Count && !tokens[end + demonym.Length].IsCapitalized)
            // "victims of the Christchurch Earthquake", "the Seoul Halloween crowd crush": a place naming its event; "a Berlin Christmas
            // market": or a site in it ("the collapsed Canterbury Television building" is an outlet's). Not an organisation's name before
            // its event ("the Jeju Air crash" is the airline's).
            && !(lexicon.Events.NamedAfter(tokens, end, 3, lexicon.Grammar.FunctionWords) && !lexicon.Sources.OrganisationHeads.Contains(tokens[end].Text))
            && !(end + 1 < tokens.Count && !tokens[end + 1].IsCapitalized && Places.Nouns.Match(tokens, end + 1) is { Value: PlacePrecision.Site }
                 && !lexicon.Sources.OutletNouns.Contains(tokens[end].Lower) && !lexicon.Sources.OrganisationHeads.Contains(tokens[end].Text))) return null;
        // "Hawaii's Maui Island": after a possessive a name starts afresh.
        if (!titleCase && i > 0 && tokens[i - 1].IsCapitalized && i == start && !IsSentenceStart(tokens, i - 1)
            && !tokens[i - 1].Text.EndsWith("'s", StringComparison.Ordinal)) return null;
        if (alias.Value.Ambiguous && !(start > 0 && Places.Prepositions.Contains(tokens[start - 1].Lower)) && !BesidePlaceOfItsKind(tokens, start, end, alias.Value.Kind)
            && !(alias.Length == 1 && Places.Homonyms(tokens[i].Text) is { } homonyms && homonyms.Any(h => BesidePlaceOfItsKind(tokens, start, end, h.Kind))))
            return null;
        // As written ("Kiev", "Slaviansk"), but an abbreviation is spelt out: "U.S." is the United States.
        var name = IsAbbreviation(tokens, i, end) ? alias.Value.Name : SourcePhrase.Join(tokens, start, end);
        var precision = start < i && alias.Value.Kind == PlacePrecision.Country ? PlacePrecision.Region : alias.Value.Kind;
        // "Odessa's city center", "Ukraine's east" place a figure; "Moscow's takeover" only says whose, weakly, as a demonym does.
        if (tokens[end - 1].Text.EndsWith("'s", StringComparison.Ordinal))
        {
            var placeFollows = end < tokens.Count && (Places.Nouns.Match(tokens, end) is not null || Places.IsDirection(tokens[end]) || PlaceNounAfterAdjectives(tokens, end));
            // "northeastern Japan's March 11 earthquake", "Nepal's floods": the place of the event it names.
            // "in South Korea's worst disaster in years": after a superlative the place is what the event is compared within.
            var eventFollows = !placeFollows && end < tokens.Count && !lexicon.Grammar.IsSuperlative(tokens[end])
                               && lexicon.Events.HappenedAfter(tokens, end, PossessiveEventReach, lexicon.Grammar.FunctionWords);
            return new PlaceMention(start, end, name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name, precision, !placeFollows && !eventFollows)
            {
                Whose = !placeFollows && !eventFollows, HoldsCity = placeFollows && precision != PlacePrecision.City && CityNounAfter(tokens, end),
            };
        }
        return new PlaceMention(start, end, name, precision, false);
    }

    // "Chile's worst outbreak": how far after a possessive place the event word may come.
    private const int PossessiveEventReach = 3;

    /// <summary>"America's largest city", "Ukraine's second city": a city noun within a few words, naming a city the place holds.</summary>
    private bool CityNounAfter(List<Token> tokens, int k)
    {
        for (var next = k; next < Math.Min(tokens.Count, k + 3); next++)
            if (Places.Nouns.Match(tokens, next) is { } noun) return noun.Value == PlacePrecision.City && !(next + noun.Length < tokens.Count && tokens[next + noun.Length].IsCapitalized);
        return false;
    }

    /// <summary>"Karachi's largest hospital", "Ukraine's second city": a place noun after a word or two that describe it.</summary>
    private bool PlaceNounAfterAdjectives(List<Token> tokens, int k)
    {
        for (var next = k; next < Math.Min(tokens.Count, k + 3); next++)
        {
            if (next > k && Places.Nouns.Match(tokens, next) is not null) return true;
            if (!tokens[next].IsWord || tokens[next].IsCapitalized || lexicon.Grammar.FunctionWords.Contains(tokens[next])) return false;
        }
        return false;
    }

    /// <summary>A token of a lower-case hyphenated adjective before a place: "government-controlled", "rebel-held" (a word or its parts).</summary>
    private static bool HeldBy(List<Token> tokens, int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && (tokens[k].Text.Contains('-') || k + 1 < tokens.Count && tokens[k + 1].Text == "-" && !tokens[k + 1].SpaceBefore
                                                         || k > 0 && tokens[k - 1].Text == "-" && !tokens[k - 1].SpaceBefore)
        || tokens[k].Text == "-" && !tokens[k].SpaceBefore && k > 0 && tokens[k - 1].IsWord;

    /// <summary>
    /// A word as place names are written: not an abbreviation or initial ("GDP", "R&amp;D", "PTAB"), not a
    /// compound adjective ("Democratic-leaning", "San Francisco-based").
    /// </summary>
    private static bool NameLike(string word)
    {
        if (word.Length < 2) return false;
        var lower = false;
        foreach (var c in word)
        {
            if (char.IsDigit(c)) return false;
            lower |= char.IsLower(c);
        }
        if (!lower) return false;
        var hyphen = word.IndexOf('-');
        return hyphen < 0 || hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    /// <summary>"in Medicare payments", "at NFL stadiums": a name before a plural noun describes the noun, it is no place.</summary>
    private bool Modifies(List<Token> tokens, int end)
    {
        if (end >= tokens.Count || !tokens[end].IsWord || tokens[end].IsCapitalized) return false;
        var next = tokens[end].Lower;
        return next.Length > 3 && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal) && lexicon.AttributionVerbs.Match(tokens, end) is null
               && !lexicon.Sources.Skipped.Contains(next) && !lexicon.Sources.Breaks.Contains(next) && !Places.Prepositions.Contains(next);
    }

    /// <summary>"U.S. admissions", "Crimean capital": a demonym adjective names a country, weakly.</summary>
    private PlaceMention? Adjective(List<Token> tokens, int i)
    {
        if (Places.Adjectives.Match(tokens, i) is not { } adjective) return null;
        // "Russian soldiers", "Ukrainian officials": the adjective says whose they are, not where.
        if (i + adjective.Length < tokens.Count && (lexicon.Subjects.Match(tokens, i + adjective.Length) is not null || lexicon.Sources.Nouns.Contains(tokens[i + adjective.Length].Lower)))
            return null;
        // "The dead include 176 Indians, 49 British, seven Portuguese": alone right after a figure, the adjective is the people counted
        // ("three Sri Lankan churches" are in Sri Lanka).
        if (i > 0 && (tokens[i - 1].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, i - 1) is { Length: 1 })
            && CountedGroupReader.EndsTheGroup(tokens, i + adjective.Length, lexicon))
            return null;
        return new PlaceMention(i, i + adjective.Length, adjective.Value.Name, adjective.Value.Kind, true);
    }

    private static bool IsAbbreviation(List<Token> tokens, int start, int end) =>
        end - start <= 2 && tokens[start].Text.Length <= 4 && tokens[start].Text.All(c => char.IsUpper(c) || c == '.');

    /// <summary>
    /// Whether a capitalized run before a region's noun names no place: number words and demonyms ("One Ukrainian state security
    /// officer"), a side, a month or title, or an organisation's head ("the Health Services department" is an office, no department of
    /// a country).
    /// </summary>
    private bool NamesNoPlace(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (lexicon.NumberWords.Match(tokens, k) is not null || Places.Adjectives.Match(tokens, k) is not null || lexicon.Sides.Match(tokens, k) is not null || IsNotPlace(tokens, k)
                || lexicon.Sources.OrganisationHeads.Contains(tokens[k].Text))
                return true;
        return false;
    }

    private bool IsNotPlace(List<Token> tokens, int k)
    {
        // "crowds of Afghans flocking to Kabul's airport": a people, not a place.
        if (Places.IsPeoplesPlural(tokens[k].Text) || lexicon.Demonyms.ContainsKey(tokens[k].Text)) return true;
        if (!tokens[k].Word.MayStart(lexicon.NotPlaceOpeners)) return false;
        var text = tokens[k].Text;
        return lexicon.Time.Months.ContainsKey(text) || lexicon.Time.Weekdays.ContainsKey(text) || lexicon.Titles.Contains(text)
               || lexicon.Grammar.OpensSentence(text);
    }

    private static bool IsSentenceStart(List<Token> tokens, int k) => k == 0 || tokens[k - 1].Text is "." or "\"" or "“" or ":" or "-" or "—";

    internal static int CapitalizedRun(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && tokens[end].IsCapitalized) end++;
        return end;
    }
}
