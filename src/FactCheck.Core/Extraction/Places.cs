using System.Text.Json.Serialization;

namespace FactCheck.Extraction;

/// <summary>A place of rules/lexicon/places.json: its name, kind (precision) and the place it lies in.</summary>
internal sealed record PlaceEntry(string Name, string Kind, string? In, bool Ambiguous)
{
    /// <summary>A country's capital city, by its listed name ("the capital" in a story set in the country), else null.</summary>
    public string? Capital { get; init; }
}

internal sealed record PlacesFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required PlaceFileEntry[] Places { get; init; }
    public required Dictionary<string, string[]> Nouns { get; init; }
    /// <summary>Words before a place: an unlisted capitalized name after one of them is taken as a place ("in Yenakiyeve").</summary>
    public string[] Prepositions { get; init; } = [];
    /// <summary>Nouns whose "of" introduces a place: "residents of Bolorne".</summary>
    public string[] ResidentNouns { get; init; } = [];
    /// <summary>Words that narrow a place and stay with it: "eastern Ukraine", "central Kiev".</summary>
    public string[] Directions { get; init; } = [];
    /// <summary>Words, case-sensitive, that put a figure at the scale of a whole country: "the Senate", "national debt", "around the country".</summary>
    public string[] NationalScope { get; init; } = [];
    /// <summary>Words that make a name a natural feature of its own ("Lake Victoria", "Sugandha River"), not the place a word of it names.</summary>
    public string[] FeatureNouns { get; init; } = [];
    /// <summary>Words between a preposition and a name that say how near it lies ("in nearby Majske Poljane").</summary>
    public string[] ProximityWords { get; init; } = [];
    /// <summary>Words that make a source a national body ("the National Police Agency", "federal officials").</summary>
    public string[] NationalBodyWords { get; init; } = [];
    /// <summary>Head nouns of such a body, lower case ("agency", "council"); not "hospital" in "Liaquat National Hospital".</summary>
    public string[] NationalBodyHeads { get; init; } = [];
    /// <summary>Heads that make a body national with no such word ("the interior ministry", "the presidency"), lower case.</summary>
    public string[] NationalHeads { get; init; } = [];
    /// <summary>Words that make such a body a province's or a town's ("the provincial health ministry", "the state government").</summary>
    public string[] LocalBodyWords { get; init; } = [];
    /// <summary>Words that point back to the last place of a kind the document named: "in the city", "across the state".</summary>
    public Dictionary<string, string[]> References { get; init; } = [];
    /// <summary>Possessives that point back to the last place of a kind, or the story's country, before a measure: "the state's death toll".</summary>
    public Dictionary<string, string[]> PossessiveReferences { get; init; } = [];
    /// <summary>Words that point to the capital of the country a story is set in: "in the capital".</summary>
    public string[] CapitalReferences { get; init; } = [];
    /// <summary>Site nouns written before the name, as Spanish, Portuguese, French and Italian do: "Plaza de Cibeles", "Avenida Paulista".</summary>
    public string[] LeadingSiteNouns { get; init; } = [];
    /// <summary>Lower-case words inside such a name: "de", "del", "dos".</summary>
    public string[] SiteNameParticles { get; init; } = [];
    /// <summary>Nouns, capitalized, that end a region's name wherever it stands: "Kerr County", "Herat Province", "Washington County".</summary>
    public string[] RegionNameEnds { get; init; } = [];
    /// <summary>Phrases right after a place that add others to it: "and other regions", "and elsewhere".</summary>
    public string[] OtherPlaces { get; init; } = [];
    /// <summary>Nouns, lower case, ending the name of a place that takes in the dead or the hurt: "hospital", "morgue".</summary>
    public string[] IntakeSites { get; init; } = [];
}

internal sealed record PlaceFileEntry
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? In { get; init; }
    public required string[] Aliases { get; init; }
    public string[] Adjectives { get; init; } = [];
    public bool Ambiguous { get; init; }
    public string? Capital { get; init; }
}

/// <summary>
/// The place vocabulary: aliases and demonym adjectives to places, the nouns that mark a kind of
/// place ("the town of X", "X region", "Lenin Square"), and each place's parent, for "is Kiev in
/// Ukraine" questions. Checked when loaded: kinds are known and every parent is listed.
/// </summary>
internal sealed class Places
{
    private static readonly HashSet<string> Kinds = [PlacePrecision.Site, PlacePrecision.City, PlacePrecision.Region, PlacePrecision.Country];

    internal PhraseIndex<PlaceEntry> Aliases { get; private init; } = null!;
    internal PhraseIndex<PlaceEntry> Adjectives { get; private init; } = null!;
    internal PhraseIndex<string> Nouns { get; private init; } = null!;
    /// <summary>The plurals of the one-word place nouns ("counties", "cities", "provinces"): a count of places, never of people.</summary>
    internal IReadOnlySet<string> PluralNouns { get; private init; } = null!;
    internal IReadOnlySet<string> Prepositions { get; private init; } = null!;
    internal IReadOnlySet<string> ResidentNouns { get; private init; } = null!;
    internal IReadOnlySet<string> Directions { get; private init; } = null!;
    internal IReadOnlySet<string> LeadingSiteNouns { get; private init; } = null!;
    internal IReadOnlySet<string> SiteNameParticles { get; private init; } = null!;
    internal IReadOnlySet<string> RegionNameEnds { get; private init; } = null!;
    internal PhraseIndex<bool> NationalScope { get; private init; } = null!;
    internal PhraseIndex<bool> OtherPlaces { get; private init; } = null!;
    internal IReadOnlySet<string> IntakeSites { get; private init; } = null!;
    internal IReadOnlySet<string> FeatureNouns { get; private init; } = null!;
    internal IReadOnlySet<string> ProximityWords { get; private init; } = null!;
    internal IReadOnlySet<string> NationalBodyWords { get; private init; } = null!;
    internal IReadOnlySet<string> NationalBodyHeads { get; private init; } = null!;
    internal IReadOnlySet<string> NationalHeads { get; private init; } = null!;
    internal IReadOnlySet<string> LocalBodyWords { get; private init; } = null!;
    internal PhraseIndex<string> References { get; private init; } = null!;
    internal PhraseIndex<string> PossessiveReferences { get; private init; } = null!;
    internal PhraseIndex<bool> CapitalReferences { get; private init; } = null!;

    /// <summary>
    /// The word classes that can open a place mention besides a capital letter: a place noun ("the town
    /// of"), an alias, a demonym or a direction. A token in none of them is passed over at one bit test.
    /// </summary>
    internal ulong Openers { get; private init; }

    /// <summary>The word class of the directions.</summary>
    private ulong DirectionWords { get; init; }

    /// <summary>Whether a token is a direction ("eastern", "southeast").</summary>
    internal bool IsDirection(Token token) => token.Word.MayStart(DirectionWords) && Directions.Contains(token.Lower);
    private IReadOnlyDictionary<string, PlaceEntry> _byName = null!;
    private IReadOnlyDictionary<string, PlaceEntry> _byUpperAlias = null!;

    /// <summary>A listed place's first adjective ("Iranian" for "Iran"), or null.</summary>
    public string? AdjectiveOf(string place) => _adjectiveOf.GetValueOrDefault(place);

    private IReadOnlyDictionary<string, string> _adjectiveOf = null!;

    /// <summary>A people named by a listed adjective in the plural ("Afghans", "Syrians"): who, never where.</summary>
    public bool IsPeoplesPlural(string word) => _peoplesPlurals.Contains(word);

    private IReadOnlySet<string> _peoplesPlurals = null!;

    /// <summary>The country whose capital a listed city is ("Iran" for "Tehran"), or null.</summary>
    public string? CountryWithCapital(string city) => _countryByCapital.GetValueOrDefault(city);

    private IReadOnlyDictionary<string, string> _countryByCapital = null!;

    /// <summary>A place by name, or null.</summary>
    public PlaceEntry? Named(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether a name is a listed country's: a country speaks for itself ("Myanmar said").</summary>
    public bool IsCountry(string name) => Named(name) is { Kind: PlacePrecision.Country };

    /// <summary>
    /// The listed places one alias names ("Georgia": the country and the U.S. state), the first listed first; null for an alias only one
    /// place has, as almost all are.
    /// </summary>
    public IReadOnlyList<PlaceEntry>? Homonyms(string written) => _homonyms.GetValueOrDefault(written);

    private IReadOnlyDictionary<string, PlaceEntry[]> _homonyms = null!;

    /// <summary>A place by an alias in any case ("WASHINGTON" in a dateline), or null.</summary>
    internal PlaceEntry? ByAliasIgnoringCase(string alias) => _byUpperAlias.GetValueOrDefault(alias.ToUpperInvariant());

    /// <summary>
    /// A place as written, as one key for comparing: its lineage outermost first ("Ukraine > Donetsk
    /// region > Sloviansk" for "Slovyansk" or "Slaviansk"). Equal keys are one place whatever the
    /// spelling; a key that begins another lies around it. "central Kiev" is Kiev's; a place the
    /// lexicon does not list is its own name.
    /// </summary>
    /// <summary>The country a listed place lies in (its own name for a country), or null: the top of its lineage.</summary>
    public string? CountryOf(string written)
    {
        var path = PathOf(written);
        var separator = path.IndexOf(" > ", StringComparison.Ordinal);
        var top = separator < 0 ? path : path[..separator];
        return Named(top) is { Kind: PlacePrecision.Country } ? top : null;
    }

    public string PathOf(string written) => _paths.GetOrAdd(written, static (text, places) => places.ComputePath(text), this);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

    private string ComputePath(string written)
    {
        if (Listed(written) is not ({ } place, var within)) return written;
        var path = string.Join(" > ", Lineage(place.Name).Reverse().Select(p => p.Name));
        return within is null ? path : path + " > " + within;
    }

    /// <summary>Whether the lexicon lists the place a name means (whole, or by a listed tail or head).</summary>
    public bool IsListed(string written) => Listed(written) is not null;

    /// <summary>
    /// The listed place a name means: the whole name, else its longest listed tail or head ("central
    /// Kiev", "Manisa's Soma"); with a named site a listed city's possessive holds ("Mumbai's Elphinstone
    /// Road": a site within Mumbai).
    /// </summary>
    private (PlaceEntry Place, string? Within)? Listed(string written)
    {
        if ((Named(written) ?? ByAliasIgnoringCase(written)) is { } whole) return (whole, null);
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Lake Victoria", "Victoria Falls", "Lake Chad": a natural feature is named after a place, and is not it.
        if (words.Length > 1 && (FeatureNouns.Contains(words[0]) || FeatureNouns.Contains(words[^1]))) return null;
        for (var skip = 1; skip < words.Length; skip++)
            if (ByAliasIgnoringCase(string.Join(' ', words[skip..])) is { } tail) return (tail, null);
        for (var take = words.Length - 1; take > 0; take--)
            if (ByAliasIgnoringCase(WithoutPossessive(string.Join(' ', words[..take]))) is { } head)
            {
                var rest = words[take..];
                var named = WithoutPossessive(words[take - 1]) != words[take - 1] && rest.All(w => char.IsUpper(w[0]));
                return (head, named ? string.Join(' ', rest) : null);
            }
        return null;
    }

    /// <summary>A name or word without its possessive ending: "Mumbai's" is "Mumbai".</summary>
    internal static string WithoutPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>The place and every place it lies in, most specific first.</summary>
    public IEnumerable<PlaceEntry> Lineage(string name)
    {
        for (var place = Named(name); place is not null; place = place.In is null ? null : Named(place.In)) yield return place;
    }

    internal static Places From(PlacesFile file, string path, WordClasses classes)
    {
        var byName = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        foreach (var place in file.Places)
        {
            if (!Kinds.Contains(place.Kind)) throw new LexiconException(path, $"place '{place.Name}' has kind '{place.Kind}'; use one of {string.Join(", ", Kinds)}");
            if (!byName.TryAdd(place.Name, new PlaceEntry(place.Name, place.Kind, place.In, place.Ambiguous) { Capital = place.Capital }))
                throw new LexiconException(path, $"place '{place.Name}' is listed twice");
        }
        foreach (var place in file.Places)
        {
            if (place.In is not null && !byName.ContainsKey(place.In))
                throw new LexiconException(path, $"place '{place.Name}' lies in '{place.In}', which is not listed");
            if (place.Capital is not null && (place.Kind != PlacePrecision.Country || byName.GetValueOrDefault(place.Capital) is not { Kind: PlacePrecision.City }))
                throw new LexiconException(path, $"place '{place.Name}' has capital '{place.Capital}': only a country has one, and it must be a listed city");
        }
        foreach (var kind in file.Nouns.Keys.Concat(file.References.Keys).Concat(file.PossessiveReferences.Keys))
            if (!Kinds.Contains(kind)) throw new LexiconException(path, $"nouns or references for '{kind}': use one of {string.Join(", ", Kinds)}");
        var upper = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        foreach (var place in file.Places)
            foreach (var alias in place.Aliases)
                upper.TryAdd(alias.ToUpperInvariant(), byName[place.Name]);
        // "Odessa's city center", "Crimea's capital": a possessive names the place too.
        var aliases = new PhraseIndex<PlaceEntry>(file.Places.SelectMany(p => p.Aliases.SelectMany(a => new[] { (a, byName[p.Name]), (a + "'s", byName[p.Name]) })),
            caseSensitive: true, classes);
        var adjectives = new PhraseIndex<PlaceEntry>(file.Places.SelectMany(p => p.Adjectives.Select(a => (a, byName[p.Name]))), caseSensitive: true, classes);
        var nouns = new PhraseIndex<string>(file.Nouns.SelectMany(kv => kv.Value.Select(n => (n, kv.Key))), classes: classes);
        var directions = classes.Register(file.Directions);
        // The first country listing a capital keeps it ("Moscow": Russia before the Soviet Union).
        var countryByCapital = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in file.Places)
            if (place.Capital is not null) countryByCapital.TryAdd(place.Capital, place.Name);
        return new Places
        {
            _byName = byName,
            _countryByCapital = countryByCapital,
            // "Afghans", "Iraqis"; not "Japanese" or "British", whose plural is themselves.
            _peoplesPlurals = file.Places.SelectMany(p => p.Adjectives).Where(a => a.EndsWith('n') || a.EndsWith('i'))
                .Select(a => a + "s").ToHashSet(StringComparer.Ordinal),
            _adjectiveOf = file.Places.Where(p => p.Adjectives.Length > 0).ToDictionary(p => p.Name, p => p.Adjectives[0], StringComparer.Ordinal),
            _byUpperAlias = upper,
            _homonyms = file.Places.SelectMany(p => p.Aliases.Select(a => (Alias: a, Place: byName[p.Name]))).GroupBy(x => x.Alias, StringComparer.Ordinal)
                .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Select(x => x.Place).Distinct().ToArray(), StringComparer.Ordinal),
            Aliases = aliases,
            Adjectives = adjectives,
            Nouns = nouns,
            PluralNouns = file.Nouns.Values.SelectMany(n => n).Where(n => !n.Contains(' ')).Select(Plural).ToHashSet(StringComparer.OrdinalIgnoreCase),
            DirectionWords = directions,
            Openers = aliases.Bit | adjectives.Bit | nouns.Bit | directions,
            Prepositions = file.Prepositions.ToHashSet(StringComparer.OrdinalIgnoreCase),
            ResidentNouns = file.ResidentNouns.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Directions = file.Directions.ToHashSet(StringComparer.OrdinalIgnoreCase),
            LeadingSiteNouns = file.LeadingSiteNouns.ToHashSet(StringComparer.Ordinal),
            SiteNameParticles = file.SiteNameParticles.ToHashSet(StringComparer.Ordinal),
            RegionNameEnds = file.RegionNameEnds.ToHashSet(StringComparer.Ordinal),
            FeatureNouns = file.FeatureNouns.ToHashSet(StringComparer.Ordinal),
            ProximityWords = file.ProximityWords.ToHashSet(StringComparer.OrdinalIgnoreCase),
            NationalBodyWords = file.NationalBodyWords.ToHashSet(StringComparer.Ordinal),
            NationalBodyHeads = file.NationalBodyHeads.ToHashSet(StringComparer.OrdinalIgnoreCase),
            NationalHeads = file.NationalHeads.ToHashSet(StringComparer.OrdinalIgnoreCase),
            LocalBodyWords = file.LocalBodyWords.ToHashSet(StringComparer.OrdinalIgnoreCase),
            NationalScope = new PhraseIndex<bool>(file.NationalScope.Select(w => (w, true)), caseSensitive: true, classes),
            OtherPlaces = new PhraseIndex<bool>(file.OtherPlaces.Select(w => (w, true)), caseSensitive: true, classes),
            IntakeSites = file.IntakeSites.ToHashSet(StringComparer.Ordinal),
            // Case-sensitive: "the State Department" points back to no state.
            References = new PhraseIndex<string>(file.References.SelectMany(kv => kv.Value.Select(w => (w, kv.Key))), caseSensitive: true, classes),
            // Not case-sensitive: "The country's death toll" opens sentences.
            PossessiveReferences = new PhraseIndex<string>(file.PossessiveReferences.SelectMany(kv => kv.Value.Select(w => (w, kv.Key))), classes: classes),
            CapitalReferences = new PhraseIndex<bool>(file.CapitalReferences.Select(w => (w, true)), caseSensitive: true, classes),
        };
    }

    /// <summary>An English noun's regular plural: "county" → "counties", "province" → "provinces", "church" → "churches".</summary>
    private static string Plural(string noun) =>
        noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";
}
