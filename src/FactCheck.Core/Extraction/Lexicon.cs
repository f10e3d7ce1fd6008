using System.Text.Json;
using FactCheck.Ingestion;
using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

public sealed record ClaimantEntry(string Name, string? Family, IReadOnlyList<string> Aliases)
{
    public string? Side { get; init; }
    public bool Person { get; init; }
}

/// <summary>A lexicon file that cannot be used: which file and what is wrong.</summary>
public sealed class LexiconException(string file, string problem) : Exception($"{file}: {problem}");

/// <summary>
/// The vocabulary extraction runs on, loaded from rules/lexicon/*.json and validated: number
/// words, qualifiers, units, metrics, subjects, claimants, attribution, modality and periods.
/// </summary>
public sealed class Lexicon
{
    private Lexicon() { }

    public IReadOnlyList<ClaimantEntry> Claimants { get; private init; } = [];

    internal PhraseIndex<double> NumberWords { get; private init; } = null!;
    internal PhraseIndex<double> Ordinals { get; private init; } = null!;
    internal IReadOnlyDictionary<string, double> Magnitudes { get; private init; } = null!;
    internal PhraseIndex<(double Low, double High)> Vague { get; private init; } = null!;
    internal PhraseIndex<double> Fractions { get; private init; } = null!;
    internal PhraseIndex<QualifierEntry> Qualifiers { get; private init; } = null!;

    /// <summary>Qualifiers written after a figure: "1,300+", "50 or more", "30 or so".</summary>
    internal PhraseIndex<QualifierEntry> TrailingQualifiers { get; private init; } = null!;
    internal PhraseIndex<string> Units { get; private init; } = null!;
    /// <summary>The metric of a figure in each unit no word names otherwise ("feet": "distance"); "amount" for units in no measure.</summary>
    internal IReadOnlyDictionary<string, string> UnitMeasures { get; private init; } = null!;
    internal IReadOnlyDictionary<string, string> CurrencySymbols { get; private init; } = null!;
    internal PhraseIndex<string> CurrencyWords { get; private init; } = null!;
    /// <summary>Currency symbols written as letters before the figure: "Rs 15.6 crore", "Rs. 2 lakh".</summary>
    internal PhraseIndex<string> CurrencyLetterSymbols { get; private init; } = null!;
    internal IReadOnlySet<string> Durations { get; private init; } = null!;
    internal PhraseIndex<IReadOnlyList<MetricTrigger>> MetricTriggers { get; private init; } = null!;
    internal PhraseIndex<string> Subjects { get; private init; } = null!;
    internal IReadOnlySet<string> PeopleSubjects { get; private init; } = null!;

    /// <summary>Subjects that belong to a side in a war ("troops", "helicopters"): a country acting on them or a side's source says whose.</summary>
    internal IReadOnlySet<string> SidedSubjects { get; private init; } = null!;
    /// <summary>The normalized subjects the lexicon lists ("soldiers", "missiles"); others are unlisted nouns as written.</summary>
    internal IReadOnlySet<string> SubjectNames { get; private init; } = null!;
    internal PhraseIndex<string> Sides { get; private init; } = null!;
    internal IReadOnlyDictionary<string, DemonymEntry> Demonyms { get; private init; } = null!;
    internal PhraseIndex<ClaimantEntry> ClaimantAliases { get; private init; } = null!;
    internal PhraseIndex<bool> AttributionVerbs { get; private init; } = null!;
    /// <summary>The metrics that say what happened to people ("killed", "participated"), not what was counted or voted.</summary>
    internal HashSet<string> PeopleMetrics { get; private init; } = null!;
    internal PhraseIndex<bool> AttributionPrefixes { get; private init; } = null!;
    internal PhraseIndex<bool> References { get; private init; } = null!;

    /// <summary>The lists an attribution starts from: a prefix ("according to") or a verb ("said").</summary>
    internal ulong AttributionStarts => AttributionPrefixes.Bit | AttributionVerbs.Bit;

    /// <summary>The lists a figure can start from, besides digits and symbols: "more than", "first", "dozens", "half", "ten".</summary>
    internal ulong FigureStarts => Qualifiers.Bit | Ordinals.Bit | Vague.Bit | Fractions.Bit | NumberWords.Bit | CurrencyLetterSymbols.Bit;

    /// <summary>Every word tokenized with this lexicon, classified by its phrase lists.</summary>
    internal WordTable Words { get; private init; } = null!;
    internal IReadOnlySet<string> UnnamedSources { get; private init; } = null!;
    internal IReadOnlySet<string> Identifiers { get; private init; } = null!;
    internal WordSet UpdateTags { get; private init; } = null!;
    /// <summary>The identifier words in lower case ("unit 8200", "paragraph 15"), looked up by a token's lower case.</summary>
    internal IReadOnlySet<string> LowerCaseIdentifiers { get; private init; } = null!;
    internal IReadOnlySet<string> Kin { get; private init; } = null!;
    /// <summary>Pronouns after "N of" that make the figure part of a group counted elsewhere ("nine of them").</summary>
    internal IReadOnlySet<string> PartOf { get; private init; } = null!;
    /// <summary>Nouns for those a toll counts, after "N of the" ("five of the victims"): the figure is some of them.</summary>
    internal IReadOnlySet<string> TollGroups { get; private init; } = null!;
    /// <summary>"No civilians were killed", "no deaths were reported": words counting none of the people or casualties named after them.</summary>
    internal PhraseIndex<bool> NoneWords { get; private init; } = null!;
    /// <summary>"no one", "nobody": none of anyone, a noun of their own.</summary>
    internal PhraseIndex<bool> NoneAlone { get; private init; } = null!;
    /// <summary>The metrics a count of none is news of: deaths, injuries, the missing, arrests.</summary>
    internal IReadOnlySet<string> NoneMetrics { get; private init; } = null!;
    /// <summary>Words right before a figure that make it part of a count given before it ("including 85 firefighters").</summary>
    internal PhraseIndex<bool> PartMarkers { get; private init; } = null!;

    /// <summary>"another", "a further": right before a figure, add it to a count of its kind given earlier in the report.</summary>
    internal PhraseIndex<bool> Additions { get; private init; } = null!;
    /// <summary>"adding to", "added to": after a figure, before a measure, add it to that measure ("three bodies ..., adding to the toll").</summary>
    internal PhraseIndex<bool> AdditionsToAMeasure { get; private init; } = null!;
    /// <summary>"the rest": after a figure, make it part of a count the rest completes.</summary>
    internal PhraseIndex<bool> Remainders { get; private init; } = null!;
    /// <summary>"if not", "or even", "possibly": between two vague quantities, make the second the upper bound ("hundreds, possibly thousands").</summary>
    internal PhraseIndex<bool> VagueUpperLinks { get; private init; } = null!;
    /// <summary>Words right after a figure that make it a difference from another figure: "2 fewer than first reported".</summary>
    internal PhraseIndex<bool> Differences { get; private init; } = null!;
    /// <summary>Words right after a figure that make it a ratio of two figures: "46 times higher", "three times as many".</summary>
    internal PhraseIndex<bool> Ratios { get; private init; } = null!;
    /// <summary>Words after a figure that open another clause: its nouns are not what was counted.</summary>
    internal IReadOnlySet<string> ClauseOpeners { get; private init; } = null!;
    internal IReadOnlySet<string> ChangeNouns { get; private init; } = null!;
    /// <summary>Words a few words before a figure that make it an age ("aged 7", "the youngest was just 17").</summary>
    internal IReadOnlySet<string> AgeWords { get; private init; } = null!;
    internal IReadOnlySet<string> MatchResultWords { get; private init; } = null!;
    internal PhraseIndex<bool> ScaleWords { get; private init; } = null!;
    internal IReadOnlySet<string> ScaleEvents { get; private init; } = null!;
    internal IReadOnlySet<string> ScaleVerbs { get; private init; } = null!;
    internal PhraseIndex<bool> Distributive { get; private init; } = null!;
    internal PhraseIndex<bool> OtherPlaces { get; private init; } = null!;
    internal IReadOnlySet<string> EmergencyNumbers { get; private init; } = null!;
    internal IReadOnlySet<string> EmergencyCalls { get; private init; } = null!;
    internal IReadOnlySet<string> EmergencyLines { get; private init; } = null!;
    /// <summary>Words right after a sentence's first figure that make it an increase ("three more people").</summary>
    internal IReadOnlySet<string> Increments { get; private init; } = null!;
    internal IReadOnlySet<string> EventIncrements { get; private init; } = null!;
    internal IReadOnlySet<string> GroupSizeWords { get; private init; } = null!;
    /// <summary>"5m above the road", "2m deep": words after an "m" joined to a number that make it metres, not millions.</summary>
    internal PhraseIndex<bool> MetreCues { get; private init; } = null!;
    /// <summary>Words near a tally that make it a count of seats ("a slim 52-48 majority").</summary>
    internal IReadOnlySet<string> SeatMajorities { get; private init; } = null!;
    /// <summary>Words that give a sentence's figures to different things in turn ("respectively").</summary>
    internal IReadOnlySet<string> Parallel { get; private init; } = null!;
    /// <summary>Nouns of the dead as found ("no bodies ... had been recovered"): none of them found is no toll of none.</summary>
    internal IReadOnlySet<string> NoneOfBodies { get; private init; } = null!;
    /// <summary>Words after a figure that count the rest of a group another figure began ("40 died ..., while two others succumbed").</summary>
    internal IReadOnlySet<string> Complements { get; private init; } = null!;
    /// <summary>What is said of a count right after it that makes it a subset of a toll ("78 bodies have been handed over").</summary>
    internal PhraseIndex<bool> SubsetPredicates { get; private init; } = null!;
    /// <summary>Words that make a figure what one witness saw ("I saw"), part of the whole by nature.</summary>
    internal PhraseIndex<bool> Eyewitness { get; private init; } = null!;
    internal IReadOnlySet<string> SearchFinds { get; private init; } = null!;
    internal PhraseIndex<bool> Conditionals { get; private init; } = null!;
    internal TitleWords Titles { get; private init; } = null!;
    /// <summary>The word classes of months, weekdays, titles and sentence openers, which name no place.</summary>
    internal ulong NotPlaceOpeners { get; private init; }
    internal SourceWords Sources { get; private init; } = null!;
    // Arrays, not lists behind an interface: they are looped over for every figure, and an interface's enumerator is boxed.
    internal string[] ProjectionCues { get; private init; } = null!;
    /// <summary>Phrases a projection cue stands in without projecting ("if not more"): a cue at their start is no cue.</summary>
    internal string[] NotProjections { get; private init; } = null!;
    internal WordSet Negators { get; private init; } = null!;
    /// <summary>Phrases after a figure that call it false, as their words ("are", "false").</summary>
    internal string[][] Denials { get; private init; } = null!;
    internal string[] ComparisonCues { get; private init; } = null!;
    /// <summary>Nouns naming a limit or target ("cap", "quota"): a figure that is their value says how many may be, not how many were.</summary>
    internal WordSet Limits { get; private init; } = null!;
    /// <summary>Verbs of how many a place may hold ("host", "accommodate"): a figure right after one says how many may come, not how many came.</summary>
    internal WordSet CapacityVerbs { get; private init; } = null!;
    /// <summary>The metric a source's plain head count of people has at an event of a kind (a protest's: its turnout).</summary>
    internal IReadOnlyDictionary<string, string> HeadCountMetrics { get; private init; } = null!;
    internal IReadOnlySet<string> Abbreviations { get; private init; } = null!;
    internal TimeWords Time { get; private init; } = null!;
    internal Places Places { get; private init; } = null!;
    /// <summary>The metrics, subjects, units and currencies the lexicon names, for checking the names rule files use.</summary>
    internal LexiconNames Names { get; private init; } = null!;
    internal EventWords Events { get; private init; } = null!;
    /// <summary>Closed classes of words the grammar tests tokens against (articles, forms of "be").</summary>
    internal Grammar Grammar { get; private init; } = null!;
    /// <summary>
    /// Built at first use: a run over unchanged documents extracts nothing, and building the
    /// matchers was 6% of such a run's CPU time. Their syntax is checked when the lexicon loads.
    /// </summary>
    internal IReadOnlyList<UserPattern> Periods => _periods ??= _periodPatterns.Select(UserPattern.Compile).ToList();
    private IReadOnlyList<string> _periodPatterns = [];
    private string _periodsFile = "";
    private IReadOnlyList<UserPattern>? _periods;

    /// <summary>
    /// What extraction with this lexicon depends on: every file in the lexicon folder and this build
    /// of the extraction code. A stored document extracted under another fingerprint is extracted again.
    /// </summary>
    public string Fingerprint { get; private init; } = "";

    public static Lexicon Load(string rulesDirectory)
    {
        var folder = Path.Combine(rulesDirectory, "lexicon");
        if (!Directory.Exists(folder)) throw new LexiconException(folder, "lexicon folder not found");
        var numbers = LexiconFile.Read<NumbersFile>(folder, "numbers.json");
        var units = LexiconFile.Read<UnitsFile>(folder, "units.json");
        var metrics = LexiconFile.Read<MetricsFile>(folder, "metrics.json");
        var subjects = LexiconFile.Read<SubjectsFile>(folder, "subjects.json");
        var claimantsFile = LexiconFile.Read<ClaimantsFile>(folder, "claimants.json");
        var attribution = LexiconFile.Read<AttributionFile>(folder, "attribution.json");
        var modality = LexiconFile.Read<ModalityFile>(folder, "modality.json");
        var periods = LexiconFile.Read<PeriodsFile>(folder, "periods.json");
        var abbreviations = LexiconFile.Read<AbbreviationsFile>(folder, "abbreviations.json");
        var time = LexiconFile.Read<TimeFile>(folder, "time.json");
        var places = LexiconFile.Read<PlacesFile>(folder, "places.json");
        var events = LexiconFile.Read<EventsFile>(folder, "events.json");
        var grammar = LexiconFile.Read<GrammarFile>(folder, "grammar.json");

        foreach (var (phrase, range) in numbers.Vague)
            if (range.Length != 2 || range[0] > range[1])
                throw new LexiconException(Path.Combine(folder, "numbers.json"), $"vague quantity '{phrase}' needs [low, high] with low <= high");
        foreach (var (list, names) in new[] { ("people", subjects.People), ("sided", subjects.Sided) })
            foreach (var name in names)
                if (!subjects.Subjects.ContainsKey(name))
                    throw new LexiconException(Path.Combine(folder, "subjects.json"), $"'{list}' lists '{name}', which is not a subject");
        foreach (var (metric, entry) in metrics.Metrics)
            foreach (var kind in entry.HeadCountsOf)
                if (!events.Kinds.ContainsKey(kind))
                    throw new LexiconException(Path.Combine(folder, "metrics.json"), $"'{metric}' counts heads of '{kind}', which is no event kind in events.json");
        var claimants = claimantsFile.Claimants
            .Select(c => new ClaimantEntry(c.Name, c.Family, c.Aliases) { Side = c.Side, Person = c.Person }).ToList();
        var duplicates = claimants.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicates is not null)
            throw new LexiconException(Path.Combine(folder, "claimants.json"), $"claimant '{duplicates.Key}' is listed twice");

        var classes = new WordClasses { NameParticles = grammar.NameParticles.ToHashSet(StringComparer.Ordinal) };
        return new Lexicon
        {
            Fingerprint = ContentFingerprint.OfFolder(folder, typeof(Lexicon).Assembly)[..16],
            Claimants = claimants,
            NumberWords = new(numbers.Words.Select(kv => (kv.Key, kv.Value)), classes: classes),
            Ordinals = new(numbers.Ordinals.Select(kv => (kv.Key, kv.Value)), classes: classes),
            Magnitudes = numbers.Magnitudes,
            Vague = new(numbers.Vague.Select(kv => (kv.Key, (kv.Value[0], kv.Value[1]))), classes: classes),
            Fractions = new(numbers.Fractions.Select(kv => (kv.Key, kv.Value)), classes: classes),
            Qualifiers = new(numbers.Qualifiers.Select(kv => (kv.Key, kv.Value)), classes: classes),
            TrailingQualifiers = new(numbers.TrailingQualifiers.Select(kv => (kv.Key, kv.Value)), classes: classes),
            Identifiers = numbers.Identifiers.ToHashSet(StringComparer.Ordinal),
            UpdateTags = new WordSet(numbers.UpdateTags),
            LowerCaseIdentifiers = numbers.Identifiers.Select(Word.LowerCase).ToHashSet(StringComparer.Ordinal),
            Kin = numbers.Kin.ToHashSet(StringComparer.OrdinalIgnoreCase),
            PartOf = numbers.PartOf.ToHashSet(StringComparer.OrdinalIgnoreCase),
            TollGroups = numbers.TollGroups.ToHashSet(StringComparer.OrdinalIgnoreCase),
            NoneWords = new(numbers.NoneWords.Select(w => (w, true)), classes: classes),
            NoneAlone = new(numbers.NoneAlone.Select(w => (w, true)), classes: classes),
            NoneMetrics = numbers.NoneMetrics.ToHashSet(StringComparer.Ordinal),
            PartMarkers = new(numbers.PartMarkers.Select(m => (m, true)), classes: classes),
            Additions = new(numbers.Additions.Select(m => (m, true)), classes: classes),
            AdditionsToAMeasure = new(numbers.AdditionsToAMeasure.Select(m => (m, true)), classes: classes),
            Remainders = new(numbers.Remainders.Select(m => (m, true)), classes: classes),
            VagueUpperLinks = new(numbers.VagueUpperLinks.Select(m => (m, true)), classes: classes),
            Differences = new(numbers.Differences.Select(m => (m, true)), classes: classes),
            Ratios = new(numbers.Ratios.Select(m => (m, true)), classes: classes),
            ClauseOpeners = numbers.ClauseOpeners.ToHashSet(StringComparer.OrdinalIgnoreCase),
            ChangeNouns = numbers.ChangeNouns.ToHashSet(StringComparer.OrdinalIgnoreCase),
            AgeWords = numbers.AgeWords.ToHashSet(StringComparer.OrdinalIgnoreCase),
            MatchResultWords = numbers.MatchResultWords.ToHashSet(StringComparer.Ordinal),
            ScaleWords = new(numbers.ScaleWords.Select(m => (m, true)), classes: classes),
            ScaleEvents = numbers.ScaleEvents.ToHashSet(StringComparer.OrdinalIgnoreCase),
            ScaleVerbs = numbers.ScaleVerbs.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Distributive = new(numbers.Distributive.Select(m => (m, true)), classes: classes),
            OtherPlaces = new(numbers.OtherPlaces.Select(m => (m, true)), classes: classes),
            EmergencyNumbers = numbers.EmergencyNumbers.ToHashSet(StringComparer.Ordinal),
            EmergencyCalls = numbers.EmergencyCalls.ToHashSet(StringComparer.OrdinalIgnoreCase),
            EmergencyLines = numbers.EmergencyLines.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Increments = numbers.Increments.ToHashSet(StringComparer.OrdinalIgnoreCase),
            EventIncrements = numbers.EventIncrements.ToHashSet(StringComparer.OrdinalIgnoreCase),
            GroupSizeWords = numbers.GroupSizeWords.ToHashSet(StringComparer.OrdinalIgnoreCase),
            MetreCues = new(numbers.MetreCues.Select(p => (p, true)), classes: classes),
            SeatMajorities = numbers.SeatMajorities.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Parallel = numbers.Parallel.ToHashSet(StringComparer.OrdinalIgnoreCase),
            NoneOfBodies = numbers.NoneOfBodies.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Complements = numbers.Complements.ToHashSet(StringComparer.OrdinalIgnoreCase),
            SubsetPredicates = new(numbers.SubsetPredicates.Select(p => (p, true)), classes: classes),
            Eyewitness = new(numbers.Eyewitness.Select(m => (m, true)), classes: classes),
            SearchFinds = numbers.SearchFinds.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Conditionals = new(numbers.Conditionals.Select(c => (c, true)), classes: classes),
            Units = new(units.Units.SelectMany(kv => kv.Value.Select(surface => (surface, kv.Key))), classes: classes),
            UnitMeasures = MeasuresOf(units, folder),
            CurrencySymbols = units.Currencies.SelectMany(kv => kv.Value.Symbols.Select(s => (s, kv.Key))).ToDictionary(p => p.s, p => p.Key),
            CurrencyWords = new(units.Currencies.SelectMany(kv => kv.Value.Words.Select(w => (w, kv.Key))), classes: classes),
            CurrencyLetterSymbols = new(units.Currencies.SelectMany(kv => kv.Value.Symbols.Where(s => char.IsLetter(s[0])).Select(s => (s.TrimEnd('.'), kv.Key))),
                caseSensitive: true, classes: classes),
            Durations = units.Durations.ToHashSet(StringComparer.OrdinalIgnoreCase),
            PeopleMetrics = metrics.Metrics.Where(kv => kv.Value.People).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal),
            // A noun trigger comes first: a word that is also a trigger anywhere ("88 bodies have been identified", "the latest bodies
            // pulled from the rubble") is the counted noun when it stands right after the figure.
            MetricTriggers = new(metrics.Metrics
                .SelectMany(kv => kv.Value.NounTriggers.Select(t => (Phrase: t.ToLowerInvariant(), Trigger: new MetricTrigger(kv.Key, kv.Value.People, kv.Value.Things, CountedNoun: true, OnlyAfter: true)))
                    .Concat(kv.Value.Triggers.Select(t => (Phrase: t.ToLowerInvariant(), Trigger: new MetricTrigger(kv.Key, kv.Value.People, kv.Value.Things, Money: kv.Value.Money, CountedNoun: kv.Value.CountedNoun))))
                    .Concat(kv.Value.MeasuredNouns.Select(t => (Phrase: t.ToLowerInvariant(),
                        Trigger: new MetricTrigger(kv.Key, kv.Value.People, kv.Value.Things, CountedNoun: true, OnlyMeasured: true))))
                    .Concat(kv.Value.PeopleNamedTriggers.Select(t => (Phrase: t.ToLowerInvariant(), Trigger: new MetricTrigger(kv.Key, kv.Value.People, kv.Value.Things, NeedsPeopleNoun: true))))
                    .Concat(kv.Value.PeopleNamedTriggersBefore.Select(t => (Phrase: t.ToLowerInvariant(),
                        Trigger: new MetricTrigger(kv.Key, kv.Value.People, kv.Value.Things, NeedsPeopleNoun: true, CountedNoun: kv.Value.CountedNoun, OnlyBefore: true)))))
                .GroupBy(x => x.Phrase)
                .Select(g => (g.Key, (IReadOnlyList<MetricTrigger>)g.Select(x => x.Trigger).ToList())), classes: classes),
            Subjects = new(subjects.Subjects.SelectMany(kv => kv.Value.Select(surface => (surface, kv.Key))), classes: classes),
            PeopleSubjects = subjects.People.ToHashSet(StringComparer.Ordinal),
            SidedSubjects = subjects.Sided.ToHashSet(StringComparer.Ordinal),
            SubjectNames = subjects.Subjects.Keys.ToHashSet(StringComparer.Ordinal),
            Sides = new(subjects.Sides.SelectMany(kv => kv.Value.Select(surface => (surface, kv.Key))), caseSensitive: true, classes),
            Demonyms = subjects.Demonyms,
            ClaimantAliases = new(claimants.SelectMany(c => c.Aliases.SelectMany(alias => Capitalizations(alias).Select(a => (a, c)))), caseSensitive: true, classes),
            AttributionVerbs = new(attribution.Verbs.Concat(attribution.CuedVerbs.Keys).Concat(attribution.DocumentVerbs).Concat(attribution.StatingVerbs).Concat(attribution.WitnessVerbs).Distinct().Select(v => (v, true)), classes: classes),
            AttributionPrefixes = new(attribution.Prefixes.Select(v => (v, true)), classes: classes),
            References = new(attribution.References.Select(v => (v, true)), classes: classes),
            UnnamedSources = attribution.UnnamedSources.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Titles = new TitleWords(attribution.Titles),
            Sources = SourceWords.From(attribution, Path.Combine(folder, "attribution.json"), classes),
            ProjectionCues = modality.Projection,
            NotProjections = modality.NotProjections,
            Negators = new WordSet(modality.Negators),
            Denials = modality.Denials.Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
            ComparisonCues = modality.Comparison,
            Limits = new WordSet(modality.Limits),
            CapacityVerbs = new WordSet(modality.CapacityVerbs),
            HeadCountMetrics = metrics.Metrics.SelectMany(kv => kv.Value.HeadCountsOf.Select(kind => (kind, kv.Key))).ToDictionary(p => p.kind, p => p.Key, StringComparer.Ordinal),
            Abbreviations = abbreviations.Abbreviations.ToHashSet(StringComparer.Ordinal),
            Time = TimeWords.From(time, Path.Combine(folder, "time.json"), classes),
            Places = Places.From(places, Path.Combine(folder, "places.json"), classes),
            Events = EventWords.From(events, Path.Combine(folder, "events.json"), classes),
            Grammar = Grammar.From(grammar, Path.Combine(folder, "grammar.json")),
            Names = new LexiconNames(
                Named(folder, "metrics.json", metrics.Metrics.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value.Triggers))),
                Named(folder, "subjects.json", subjects.Subjects.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value))),
                Named(folder, "units.json", units.Units.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value))),
                Named(folder, "units.json", units.Currencies.Select(kv => (kv.Key, (IReadOnlyList<string>)[.. kv.Value.Symbols, .. kv.Value.Words]))),
                Named(folder, "events.json", events.Kinds.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value)))),
            _periodsFile = Path.Combine(folder, "periods.json"),
            _periodPatterns = periods.Patterns.Select(p => Valid(Path.Combine(folder, "periods.json"), p)).ToList(),
            // Last: every phrase list above has registered with the classes.
            NotPlaceOpeners = classes.Register(time.Months.Keys.Concat(time.Weekdays.Keys).Concat(attribution.Titles).Concat(grammar.SentenceOpeners)),
            Words = new WordTable(classes),
        };
    }

    /// <summary>
    /// A period pattern that ran past its time limit (only a pattern the linear engine cannot run has
    /// one): the file and the pattern, so whoever wrote it can find it.
    /// </summary>
    /// <summary>
    /// Where the negator that denies the figure starting at tokens[<paramref name="first"/>] stands: right before it, or before the
    /// figure an "or" joins it to ("there are not 200 or 500 dead"); -1 when none.
    /// </summary>
    internal int NegatorBefore(List<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 2 && tokens[k].Lower is "or" or "nor" && (tokens[k - 1].Kind == TokenKind.Number || NumberWords.Match(tokens, k - 1) is not null)) k -= 2;
        return k >= 0 && Negators.Contains(tokens[k]) ? k : -1;
    }

    internal LexiconException PatternTimedOut(RegexMatchTimeoutException e) =>
        new(_periodsFile, $"pattern '{e.Pattern}' took longer than {e.MatchTimeout.TotalSeconds:0.#} s on one sentence; " +
                          "write it without lookarounds or backreferences so it runs in linear time");

    private static NamedWords Named(string folder, string file, IEnumerable<(string Name, IReadOnlyList<string> Words)> names) =>
        new(Path.Combine(folder, file), names.ToDictionary(n => n.Name, n => n.Words, StringComparer.Ordinal));

    /// <summary>"the alliance" is also written "The alliance" at the start of a sentence.</summary>
    private static IEnumerable<string> Capitalizations(string alias) =>
        char.IsLower(alias[0]) ? [alias, char.ToUpperInvariant(alias[0]) + alias[1..]] : [alias];

    private static string Valid(string file, string pattern)
    {
        try
        {
            UserPattern.Validate(pattern);
            return pattern;
        }
        catch (ArgumentException e)
        {
            throw new LexiconException(file, $"invalid regular expression '{pattern}': {e.Message}");
        }
    }

    /// <summary>Each unit's measure, every unit named one the file lists, at most one measure per unit.</summary>
    private static Dictionary<string, string> MeasuresOf(UnitsFile units, string folder)
    {
        var measures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (measure, named) in units.Measures)
            foreach (var unit in named)
            {
                if (!units.Units.ContainsKey(unit))
                    throw new LexiconException(Path.Combine(folder, "units.json"), $"measure '{measure}' names unit '{unit}', which 'units' does not list");
                if (!measures.TryAdd(unit, measure))
                    throw new LexiconException(Path.Combine(folder, "units.json"), $"unit '{unit}' is in two measures, '{measures[unit]}' and '{measure}'");
            }
        return measures;
    }
}
