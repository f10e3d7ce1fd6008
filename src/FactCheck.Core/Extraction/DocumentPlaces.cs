namespace FactCheck.Extraction;

/// <summary>
/// The places a document has named so far, for figures whose own sentence names none. A figure is
/// placed by, in turn: in a photo's caption, the place the caption named; the group the sentence before counted, for "N of them"; the country or city the story is about,
/// for the population of one it does not name; a place named in its sentence; the country of a national scope ("in the Senate");
/// the last city or region named, for "in the city", "across the state"; the place earlier sentences named
/// most often (the latest of equals); a demonym in its sentence ("U.S. admissions"), then an earlier one;
/// the dateline; the headline; a photo's caption. One instance per document.
/// </summary>
internal sealed partial class DocumentPlaces(PlaceReader reader, Places places, IReadOnlySet<string> parallelWords)
{
    private (PlaceMention Place, TextSpan Span)? _headline;
    private (PlaceMention Place, TextSpan Span)? _dateline;
    private (PlaceMention Place, TextSpan Span)? _carried;
    private (PlaceMention Place, TextSpan Span)? _carriedAdjective;
    // The first place a photo's caption named: where a picture was taken, for figures nothing else places; and the place the caption
    // being read named last, for its own later sentences ("... in Brussels, Belgium on Tuesday. Three explosions killed dozens of people").
    private (PlaceMention Place, TextSpan Span)? _caption, _inCaption;
    // How many sentences have had each place as their own, for choosing the one to carry.
    private readonly Dictionary<string, int> _times = new(StringComparer.Ordinal);
    // The last city and the last region named (a dateline's too), for "in the city", "across the state".
    private readonly Dictionary<string, (PlaceMention Place, TextSpan Span)> _latest = new(StringComparer.Ordinal);
    // The first place the lede's opening sentences set the story in, and how many body sentences have been read.
    private (PlaceMention Place, TextSpan Span)? _setting;
    private int _bodyRead;
    // The countries the document has named as where something is ("across parts of western Germany and Belgium", "in Bangladesh").
    private readonly HashSet<string> _locatedCountries = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the lede sets the story: its dateline, else the first place its opening sentences carry ("Balasore, June 4"
    /// under "187 bodies not identified yet, toll revised to 275"), for figures read before it that nothing else places.
    /// </summary>
    public (string Name, string Precision, string From, TextSpan Span)? Setting =>
        _setting is { } setting ? Placed(setting.Place, Provenance.Lede, setting.Span) : null;

    /// <summary>A new live-blog entry: places read in earlier entries no longer carry over.</summary>
    public void NewEntry()
    {
        (_carried, _carriedAdjective, _placedBefore, _placedInSentence, _scoped) = (null, null, null, null, null);
        _times.Clear();
        _latest.Clear();
    }

    /// <summary>
    /// "across Florida, Georgia, South Carolina, North Carolina, Virginia and Tennessee": a name two listed places share is the one that
    /// lies in the country of another place its sentence names, else in a country the document has placed something in or filed from;
    /// else the first listed. Replaced in the list as that place, by its listed name.
    /// </summary>
    public void ChooseHomonyms(List<PlaceMention> sentencePlaces)
    {
        for (var k = 0; k < sentencePlaces.Count; k++)
        {
            if (sentencePlaces[k] is not { Adjective: false } named || places.Homonyms(named.Name) is not { } entries) continue;
            var chosen = OneIn(entries, NeighbourCountries(sentencePlaces, named)) ?? OneIn(entries, DocumentCountries());
            if (chosen is not null && chosen.Name != named.Name) sentencePlaces[k] = named with { Name = chosen.Name, Precision = chosen.Kind };
        }
    }

    /// <summary>The one entry lying in one of the countries, or null when none or several do.</summary>
    private PlaceEntry? OneIn(IReadOnlyList<PlaceEntry> entries, IEnumerable<string> countries)
    {
        var set = countries.ToHashSet(StringComparer.Ordinal);
        PlaceEntry? found = null;
        foreach (var entry in entries)
        {
            if (places.CountryOf(entry.Name) is not { } country || !set.Contains(country)) continue;
            if (found is not null) return null;
            found = entry;
        }
        return found;
    }

    private IEnumerable<string> NeighbourCountries(List<PlaceMention> sentencePlaces, PlaceMention named)
    {
        foreach (var other in sentencePlaces)
            if (other != named && other.Name != named.Name && places.Homonyms(other.Name) is null && places.CountryOf(other.Name) is { } country)
                yield return country;
    }

    private IEnumerable<string> DocumentCountries()
    {
        foreach (var country in _locatedCountries) yield return country;
        if (_dateline is { } filed && places.CountryOf(filed.Place.Name) is { } from) yield return from;
    }

    /// <summary>
    /// Records a photo caption's places after its figures are placed: "People inspect the damage ... in Black River, Jamaica" says where
    /// the picture was taken, which places the story only when nothing else does.
    /// </summary>
    public void ReadCaption(List<PlaceMention> sentencePlaces, List<Token> tokens)
    {
        if (PlaceReader.MostSpecific(sentencePlaces) is not { Adjective: false, Dateline: false } place) return;
        _inCaption = (place, Span(tokens, place));
        _caption ??= _inCaption;
    }

    /// <summary>A new paragraph: a caption's places no longer place its sentences' figures.</summary>
    public void NewParagraph() => (_inCaption, _scoped) = (null, null);

    // The country a figure of this paragraph was placed in by its national scope or its national source.
    private (string Name, string Precision, string From, TextSpan Span)? _scoped;

    /// <summary>
    /// The country an earlier figure of this paragraph was placed in by its national scope or its national source, for a later count of
    /// what happened to people no place of its own places ("the protests widened to nearly 50 cities across the country ... Activists
    /// have reported that at least 10 people have died", after a sentence on Jakarta); null when none was.
    /// </summary>
    public (string Name, string Precision, string From, TextSpan Span)? ScopedInParagraph => _fellBack && _scoped is { } scoped ? scoped with { From = Provenance.Paragraph } : null;

    // Whether the last figure placed was placed by what came before its sentence, nothing in the sentence itself.
    private bool _fellBack;

    /// <summary>Records a sentence's places after its figures are placed; the headline's are kept apart.</summary>
    public void Read(List<PlaceMention> sentencePlaces, List<Token> tokens, bool headline, PlaceMention? dateline)
    {
        (_placedBefore, _placedInSentence) = (_placedInSentence, null);
        if (dateline is not null)
        {
            _dateline = (dateline, Span(tokens, dateline));
            _setting ??= _dateline;
        }
        if (!headline && dateline is null) _bodyRead++;
        foreach (var named in sentencePlaces)
        {
            if (named is { Located: true, Adjective: false, Dateline: false } && places.CountryOf(named.Name) is { } located) _locatedCountries.Add(located);
            if (Referable(named, tokens)) _latest[named.Precision] = (named, Span(tokens, named));
            RegisterParts(named);
            // "Plaza de Cibeles in Madrid overflowed with crowds": where the square is, for the figures later placed there.
            if (named.Precision == PlacePrecision.Site && !_sitePaths.ContainsKey(named.Name) && SentenceCity(sentencePlaces, named.Name) is { } city)
                _sitePaths[named.Name] = places.PathOf(city.Name) + " > " + named.Name;
        }
        if (PlaceReader.MostSpecific(sentencePlaces) is not { } place) return;
        if (headline) _headline ??= (place, Span(tokens, place));
        // "regional bureaus overseeing embassies in the Middle East and Asia", "a leading human rights advocate in the South American
        // nation": a part of the world, in no country, places its own sentence's figures and no others.
        else if (PartOfTheWorld(place)) return;
        // "according to Russian state television": where an outlet is from carries to no later sentence.
        else if (place.Adjective) { if (!place.GroupOrigin) _carriedAdjective = (place, Span(tokens, place)); }
        // "Harvey being the second costliest storm in U.S. history" after a lede set "in Texas": a comparison's scope does not move a
        // story away from where its lede set it.
        else if (place.Scope && _carried is { } story && _setting is { } lede && SamePlace(story.Place, lede.Place.Name)) return;
        else
        {
            // The place a document keeps returning to, not one it names in passing, carries over; of equals, the latest.
            if (_bodyRead <= Events.DocumentEvents.LedeSentences) _setting ??= (place, Span(tokens, place));
            var times = _times[place.Name] = _times.GetValueOrDefault(place.Name) + 1;
            if (_carried is not { } carried || times >= _times.GetValueOrDefault(carried.Place.Name)) _carried = (place, Span(tokens, place));
        }
    }

    /// <summary>
    /// The country the document is set in: its dateline's ("WASHINGTON (Reuters)" for "the Senate"), else that of
    /// the place it keeps returning to, else of its headline's place. A country the story talks about ("the country of 26
    /// million people") is the one it keeps returning to first, wherever the reporter filed from.
    /// </summary>
    private (string Name, string Precision, string From, TextSpan Span)? SettingCountry(bool carriedFirst = false)
    {
        (string Name, string Precision, string From, TextSpan Span)? Of((PlaceMention Place, TextSpan Span)? setting, string from)
        {
            if (setting is not { } found) return null;
            return places.CountryOf(found.Place.Name) is { } country ? (country, PlacePrecision.Country, from, found.Span) : null;
        }
        return carriedFirst
            ? Of(_carried, Provenance.Paragraph) ?? Of(_dateline, Provenance.Dateline) ?? Of(_headline, Provenance.Headline)
            : Of(_dateline, Provenance.Dateline) ?? Of(_carried, Provenance.Paragraph) ?? Of(_headline, Provenance.Headline);
    }

    /// <summary>A city or region named as such, a possessive's too ("Karachi's largest hospital"); not "southern Brazil", a part of a country.</summary>
    private bool Referable(PlaceMention place, List<Token> tokens) =>
        (!place.Adjective || place.Whose) && !place.Route && place.Precision is PlacePrecision.City or PlacePrecision.Region && !places.IsDirection(tokens[place.FirstToken]);

    private bool PartOfTheWorld(PlaceMention place) =>
        place.Precision == PlacePrecision.Region && places.Named(place.Name) is { In: null };

    /// <summary>Where a figure is, with where the place was read and its span in the document.</summary>
    /// <param name="speakerCountry">The country the figure's source is of, named in its words ("The Syrian Health Ministry"), when the
    /// figure's clause says "the country" (<see cref="PlaceReader.NamesTheCountry"/>): that one is meant; else null.</param>
    public (string Name, string Precision, string From, TextSpan Span)? For(List<PlaceMention> sentencePlaces, NumberMention figure, List<Token> tokens,
        PlaceSpeaker speaker = default)
    {
        var placed = Place(sentencePlaces, figure, tokens, speaker);
        _placedInSentence = placed ?? _placedInSentence;
        return placed;
    }

    // Where the current sentence's figures were placed, and the previous sentence's, for "About 8 percent of them".
    private (string Name, string Precision, string From, TextSpan Span)? _placedInSentence, _placedBefore;

    private (string Name, string Precision, string From, TextSpan Span)? Place(List<PlaceMention> sentencePlaces, NumberMention figure, List<Token> tokens,
        PlaceSpeaker speaker)
    {
        _fellBack = false;
        var own = reader.Choose(sentencePlaces, figure, tokens);
        if (own is null && _inCaption is { } captioned) return Placed(captioned.Place, Provenance.Caption, captioned.Span);
        // "14,412 people have died ... in the United States. About 8 percent of them were children": a part of the group the
        // sentence before counted is where that group is.
        if (own is null && _placedBefore is { } before && reader.OfThem(tokens, figure)) return before with { From = Provenance.Paragraph };
        // "the former Soviet republic of 46 million people, pulling it closer to Europe": the country the story is set in, when
        // the sentence names no place of that kind ("In Galesburg, Illinois, a city of 30,000" names its own).
        if (reader.PopulationOf(tokens, figure) is { } population && !NamesKind(sentencePlaces, population))
        {
            if (population == PlacePrecision.Country && SettingCountry(carriedFirst: true) is { } setting) return setting;
            // "a city of 8.5 million people": the city the document keeps returning to, else the one it named last.
            if (_carried is { } kept && kept.Place.Precision == population) return Placed(kept.Place, Provenance.Paragraph, kept.Span);
            if (_latest.TryGetValue(population, out var latest)) return Placed(latest.Place, Provenance.Paragraph, latest.Span);
        }
        // "The attack happened about 20 kilometres south of Donetsk", after a sentence placing the attack in
        // Volnovakha: a distance whose sentence names only the place it is measured from locates the place
        // the paragraph is about, when that is as precise.
        if (own is not null && _carried is { } about && reader.MeasuredFromPlace(sentencePlaces, figure, tokens) == own
            && !PlaceReader.LessSpecific(about.Place, own) && !SamePlace(about.Place, own.Name))
            return Placed(about.Place, Provenance.Paragraph, about.Span);
        if (own is { Adjective: false, Dateline: false } && reader.ScopedNationally(tokens, figure, own) && SettingCountry() is { } scope) return _scoped = scope;
        // "Tuesday's attack that killed eight people in America's largest city", after the lede placed it in New York City: the
        // city the document named in that place.
        if (own is { HoldsCity: true } && CityHeldBy(own) is { } held) return Placed(held.Place, Provenance.Paragraph, held.Span);
        // "including 1,5 thousand people in the capital": the capital of the country the story is set in, else of the country the sentence names.
        if (reader.InCapital(tokens, figure, own is { Adjective: false, Dateline: false } ? own : null)
            && (SettingCountry(carriedFirst: true) ?? (own is { Adjective: false, Dateline: false, Precision: PlacePrecision.Country } ? Placed(own, Provenance.Sentence, Span(tokens, own)) : null)) is { } home
            && places.Named(home.Name)?.Capital is { } capital)
            return (capital, PlacePrecision.City, home.From, home.Span);
        if (own is { Adjective: false, Dateline: false }) return Together(sentencePlaces, own, tokens) ?? Placed(own, Provenance.Sentence, Span(tokens, own));
        // "Republicans hold a slim 52-48 majority in the Senate", after "a rally in Pensacola": a national
        // body or scope puts the figure in the country the document is set in, not in a place named in passing.
        if (reader.NationalScope(tokens, figure) && SettingCountry() is { } country) return _scoped = country;
        // "The Syrian Health Ministry said ... the death toll in parts of the country controlled by the government": in a story on Turkey and
        // Syria, the country is the speaker's.
        if (speaker is { CountryMeant: true, Country: { } spoken }) return (spoken.Name, PlacePrecision.Country, Provenance.Sentence, spoken.Span);
        // "Edhi Welfare Organisation said their two morgues in the city had received more than 400 corpses": the city named last.
        if (reader.ReferredKind(tokens, figure) is { } kind)
        {
            // "$40 billion in damages in this impoverished country": the country the story is set in.
            if (kind == PlacePrecision.Country) return SettingCountry(carriedFirst: true);
            // "Some of Alabama's black leaders worry about ... a quarter of the state electorate": the sentence's own first.
            foreach (var named in sentencePlaces)
                if (named.Precision == kind && Referable(named, tokens)) return Placed(named, Provenance.Sentence, Span(tokens, named));
            if (_latest.TryGetValue(kind, out var latest)) return Placed(latest.Place, Provenance.Paragraph, latest.Span);
        }
        // "More than 3,900 Filipinos have been killed", in a story filed from Manila: a nation's people counted as such are counted
        // across it, not in the place inside it the story carries.
        if (reader.NationCounted(tokens, figure) is { } nation && (_carried ?? _dateline ?? _headline) is { } story
            && places.PathOf(story.Place.Name).StartsWith(places.PathOf(nation.Place.Name) + " > ", StringComparison.Ordinal))
            return (nation.Place.Name, nation.Place.Kind, Provenance.Sentence, new TextSpan(tokens[nation.Token].Start, tokens[nation.Token].End));
        // Nothing in the figure's sentence places it: what follows is what earlier sentences, the dateline or the headline say.
        _fellBack = true;
        if (_carried is { } carried) return Placed(carried.Place, Provenance.Paragraph, carried.Span);
        // "DONETSK, Ukraine — ... in the ranks of Ukraine's pro-Moscow insurgents as dozens turned in their weapons":
        // a possessive says whose; the dateline, inside that country, says where.
        if (own is { Whose: true } && _dateline is { } filed && Inside(filed.Place, own))
            return Placed(filed.Place, Provenance.Dateline, filed.Span);
        if (own is { Adjective: true }) return Placed(own, Provenance.Sentence, Span(tokens, own));
        if (_carriedAdjective is { } adjective) return Placed(adjective.Place, Provenance.Paragraph, adjective.Span);
        // "In France fifty thousand people are participating in the “yellow vests”", then "MOSCOW, 5 Jan — RIA Novosti.": an agency
        // filing from abroad; the country the headline names is where the story is.
        if (_headline is { Place.Precision: PlacePrecision.Country } abroad && (own is { Dateline: true } ? own : _dateline?.Place) is { } filedFrom
            && !SamePlace(filedFrom, abroad.Place.Name) && !Inside(filedFrom, abroad.Place) && places.IsListed(filedFrom.Name) && places.Named(abroad.Place.Name) is { Ambiguous: false })
            return Placed(abroad.Place, Provenance.Headline, abroad.Span);
        // "MANILA, Nov. 11 (UPI) -- The death toll from Typhoon Haiyan rose to 1,744" under "Death toll from Typhoon Haiyan rises to 1,744 in
        // Philippines": the capital a wire files from, in the country its headline names, is where the reporter was, not where the story is.
        if (_headline is { Place.Precision: PlacePrecision.Country } headlined && (own is { Dateline: true } ? own : _dateline?.Place) is { } filedIn
            && places.CountryWithCapital(filedIn.Name) is { } capitalOf && SamePlace(headlined.Place, capitalOf))
            return Placed(headlined.Place, Provenance.Headline, headlined.Span);
        if (own is { Dateline: true }) return Placed(own, Provenance.Dateline, Span(tokens, own));
        if (_dateline is { } dateline) return Placed(dateline.Place, Provenance.Dateline, dateline.Span);
        if (_headline is { } headline) return Placed(headline.Place, Provenance.Headline, headline.Span);
        if (_caption is { } pictured) return Placed(pictured.Place, Provenance.Caption, pictured.Span);
        return null;
    }

    /// <summary>The listed city a sentence names, other than <paramref name="site"/> itself, or null.</summary>
    private PlaceMention? SentenceCity(List<PlaceMention> sentencePlaces, string site)
    {
        foreach (var place in sentencePlaces)
            if (place is { Precision: PlacePrecision.City, Dateline: false, GroupOrigin: false } && places.IsListed(place.Name) && !SamePlace(place, site)) return place;
        return null;
    }

    // Unlisted sites and the listed city their sentence put them in.
    private readonly Dictionary<string, string> _sitePaths = new(StringComparer.Ordinal);

    /// <summary>
    /// A place's lineage, as pairing compares places ("India > Maharashtra > Mumbai"). A named site the
    /// lexicon does not list ("Elphinstone Road railway station") lies in the city the document is set
    /// in: its headline's, else its dateline's, else the city it keeps returning to; not a dateline's far from
    /// the place the story keeps returning to ("WASHINGTON (Reuters)" on "a blast at a Gaza hospital"), where
    /// it lies in that place.
    /// </summary>
    public string PathOf(string name, string precision, List<PlaceMention>? sentencePlaces = null)
    {
        if (_listPaths.TryGetValue(name, out var common)) return common;
        var path = places.PathOf(name);
        if (precision != PlacePrecision.Site || places.IsListed(name)) return path;
        // "on Avenida Paulista, in São Paulo", "Madrid's Plaza de Cibeles": a site lies in the listed city its sentence names, and stays
        // there for the rest of the document.
        if (_sitePaths.TryGetValue(name, out var sited)) return sited;
        if (sentencePlaces is not null && SentenceCity(sentencePlaces, name) is { } named) return _sitePaths[name] = places.PathOf(named.Name) + " > " + name;
        var dateline = _dateline is { } filed && _carried is { } story && !SamePlace(filed.Place, story.Place.Name) && !Inside(filed.Place, story.Place) ? null : _dateline;
        foreach (var setting in new[] { _headline, dateline, _carried })
            if (setting is { Place: { Precision: PlacePrecision.City } city } && !SamePlace(city, name))
                return places.PathOf(city.Name) + " > " + name;
        if (dateline is null && _carried is { Place: { Precision: PlacePrecision.Region, Adjective: false } region } && !SamePlace(region, name))
            return places.PathOf(region.Name) + " > " + name;
        return path;
    }

    /// <summary>
    /// Where a toll a source gives is counted when its sentence names no place. A national body counts in its country ("the National
    /// Police Agency said 503 people had been confirmed dead", after a paragraph on one town). A country's authorities count in theirs
    /// when the story has named it as a place and what it carries lies outside it ("Belgium has confirmed 27 casualties", after a
    /// paragraph on a German state, in a story on floods across Germany and Belgium; not "U.S. officials said 12 U.S. service members
    /// were killed" in a story set in Kabul). Null when neither holds.
    /// </summary>
    public (string Name, string Precision, string From, TextSpan Span)? SpeakersCountry(PlaceSpeaker speaker)
    {
        var next = (_carried ?? _dateline ?? _headline)?.Place;
        // "the National Police Agency said 503 people had been confirmed dead", after a paragraph on one town: a national body counts in its country.
        if (speaker.National && next is not { Precision: PlacePrecision.Country })
            return _scoped = speaker.Country is { } named ? (named.Name, PlacePrecision.Country, Provenance.Sentence, named.Span) : SettingCountry();
        // "Georgia Governor Brian Kemp": a name that is a country and something else says no country for sure.
        if (speaker.Country is not { } country || places.Named(country.Name) is { Ambiguous: true }) return null;
        // "COLOMBO: Sri Lankan authorities on Thursday revised the toll ... down to 253", "Sri Lanka lowers attacks toll to 253": where the
        // reporter filed from, or a headline, with nothing the story has returned to yet, keeps no government's toll in one city (an
        // organisation's, "the Thai Lawyers for Human Rights said", may be).
        // "Britain said at least 15 of its citizens were killed", with nothing placing the story, may count its nationals abroad.
        if (speaker.Government && _carried is null && InCountry(next, country.Name)) return (country.Name, PlacePrecision.Country, Provenance.Sentence, country.Span);
        if (!_locatedCountries.Contains(places.PathOf(country.Name))) return null;
        return InCountry(next, country.Name) ? null : (country.Name, PlacePrecision.Country, Provenance.Sentence, country.Span);
    }

    /// <summary>Whether a place is the country named or lies in it.</summary>
    private bool InCountry(PlaceMention? place, string country) =>
        place is not null && (SamePlace(place, country) || PathOf(place.Name, place.Precision).StartsWith(places.PathOf(country) + " > ", StringComparison.Ordinal));

    /// <summary>Whether the sentence names a place of that kind itself (or one of unknown kind, which may be).</summary>
    private static bool NamesKind(List<PlaceMention> sentencePlaces, string precision)
    {
        foreach (var place in sentencePlaces)
            if (!place.Adjective && !place.Dateline && (place.Precision == precision || place.Precision == PlacePrecision.Unknown)) return true;
        return false;
    }

    /// <summary>The last city named, else the place carried, when it lies in the given place.</summary>
    private (PlaceMention Place, TextSpan Span)? CityHeldBy(PlaceMention holder)
    {
        if (_latest.TryGetValue(PlacePrecision.City, out var city) && Inside(city.Place, holder)) return city;
        return _carried is { } carried && Inside(carried.Place, holder) ? carried : null;
    }

    /// <summary>Whether a place lies inside another ("Donetsk" in "Ukraine's").</summary>
    private bool Inside(PlaceMention place, PlaceMention around) =>
        !SamePlace(place, around.Name) && places.PathOf(place.Name).StartsWith(places.PathOf(around.Name) + " > ", StringComparison.Ordinal);

    /// <summary>Two names of one place ("Kiev", "Kyiv").</summary>
    private bool SamePlace(PlaceMention a, string b) => places.PathOf(a.Name) == places.PathOf(b);

    private static (string, string, string, TextSpan) Placed(PlaceMention place, string from, TextSpan span) => (place.Name, place.Precision, from, span);

    private static TextSpan Span(List<Token> tokens, PlaceMention place) => new(tokens[place.FirstToken].Start, tokens[(place.NameEnd ?? place.EndToken) - 1].End);
}

/// <summary>
/// What a figure's source says about where it counts: the country its words name ("The Syrian Health Ministry", "Bangladeshi
/// officials"), whether the figure's clause means that country ("the country"), whether it is a national body ("the National
/// Police Agency"), and whether it is the country's government itself ("Myanmar said", "Sri Lankan authorities").
/// </summary>
internal readonly record struct PlaceSpeaker((string Name, TextSpan Span)? Country, bool CountryMeant, bool National, bool Government = false);
