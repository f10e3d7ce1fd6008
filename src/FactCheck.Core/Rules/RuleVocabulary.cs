using FactCheck.Extraction;
using FuzzySharp;

namespace FactCheck.Rules;

/// <summary>
/// The names a rule may use for metrics, subjects, units and currencies: those the lexicon lists and
/// those extraction gives by itself. A name outside them would match no claim, so a rule naming one
/// is refused on load, with the name it most resembles.
/// </summary>
public sealed class RuleVocabulary
{
    /// <summary>
    /// Metrics extraction names from a figure's form rather than from a lexicon word (FrameBuilder:
    /// "9 percent" is a share, "30 km" a distance, "the 5th day" a war day; QuoteFinder: a quote).
    /// </summary>
    public static readonly IReadOnlyList<string> BuiltInMetrics = ["share", "distance", "count", "money", "amount", "anniversary", "war day", Claim.QuoteMetric];

    /// <summary>Subjects extraction gives without a lexicon word: none named, an ordinal's, a quote's.</summary>
    public static readonly IReadOnlyList<string> BuiltInSubjects = ["unspecified", "anniversary", "war", "statement"];

    private RuleVocabulary(Names metrics, Names subjects, Names units, Names currencies, Names events) =>
        (Metrics, Subjects, Units, Currencies, Events) = (metrics, subjects, units, currencies, events);

    public Names Metrics { get; }
    public Names Subjects { get; }
    public Names Units { get; }
    public Names Currencies { get; }
    /// <summary>Kinds of event (events.json): what a rule's "oneIncident" may name.</summary>
    public Names Events { get; }

    /// <summary>The vocabulary of the lexicon in a rules folder (rules/lexicon), which extraction reads too.</summary>
    public static RuleVocabulary Load(string rulesDirectory) => From(Lexicon.Load(rulesDirectory));

    /// <summary>
    /// Takes every name as known, without reading a lexicon: for rule files a stored check already loaded
    /// under the same rules fingerprint (which covers the lexicon and this build), so their names were
    /// checked then against the same lexicon. Reading the lexicon is most of loading the rules.
    /// </summary>
    public static RuleVocabulary CheckedBefore { get; } = new(Names.Any("metric"), Names.Any("subject"), Names.Any("unit"), Names.Any("currency"), Names.Any("event kind"));

    public static RuleVocabulary From(Lexicon lexicon) => new(
        // Rules match metrics and subjects ignoring case, units and currencies exactly.
        new Names("metric", lexicon.Names.Metrics, BuiltInMetrics, StringComparer.OrdinalIgnoreCase),
        new Names("subject", lexicon.Names.Subjects, BuiltInSubjects, StringComparer.OrdinalIgnoreCase),
        new Names("unit", lexicon.Names.Units, [], StringComparer.Ordinal),
        new Names("currency", lexicon.Names.Currencies, [], StringComparer.Ordinal),
        new Names("event kind", lexicon.Names.Events, [], StringComparer.Ordinal));

    /// <summary>One kind of name: what it is called, where the lexicon lists it, and the words it lists for each.</summary>
    public sealed class Names
    {
        /// <summary>Below this FuzzySharp ratio a name is too far from any other to guess what was meant.</summary>
        private const int Resemblance = 70;

        private readonly NamedWords _listed;
        private readonly HashSet<string> _all;
        private readonly bool _any;

        internal Names(string what, NamedWords listed, IReadOnlyList<string> builtIn, StringComparer comparer)
        {
            What = what;
            _listed = listed;
            _all = new HashSet<string>(listed.WordsByName.Keys.Concat(builtIn), comparer);
        }

        /// <summary>A kind whose every name is taken as known (see <see cref="CheckedBefore"/>).</summary>
        internal static Names Any(string what) =>
            new(what, new NamedWords("", new Dictionary<string, IReadOnlyList<string>>()), [], StringComparer.Ordinal, any: true);

        private Names(string what, NamedWords listed, IReadOnlyList<string> builtIn, StringComparer comparer, bool any)
            : this(what, listed, builtIn, comparer) => _any = any;

        /// <summary>"metric", "subject", "unit", "currency".</summary>
        public string What { get; }

        public bool Contains(string name) => _any || _all.Contains(name);

        /// <summary>Null when the name is known; otherwise what is wrong, with the nearest known name or the list of them.</summary>
        public string? Problem(string name)
        {
            if (Contains(name)) return null;
            var file = Path.GetFileName(_listed.File);
            var word = _listed.WordsByName.FirstOrDefault(kv => kv.Value.Contains(name, StringComparer.OrdinalIgnoreCase));
            if (word.Key is not null)
                return $"unknown {What} '{name}': it is one of the words for the {What} '{word.Key}' in {file}; did you mean '{word.Key}'?";
            var (nearest, through) = Nearest(name);
            return nearest is null
                ? $"unknown {What} '{name}' (known: {string.Join(", ", _all.Order(StringComparer.Ordinal))}; add it to {file} if extraction should find it)"
                : through is null
                    ? $"unknown {What} '{name}'; did you mean '{nearest}'?"
                    : $"unknown {What} '{name}'; did you mean '{nearest}' (its words in {file} include '{through}')?";
        }

        /// <summary>The known name most like <paramref name="name"/>, directly or through one of its words.</summary>
        private (string? Name, string? Word) Nearest(string name)
        {
            var typed = name.ToLowerInvariant();
            var candidates = _all.Select(n => (Name: n, Word: (string?)null, Text: n))
                .Concat(_listed.WordsByName.SelectMany(kv => kv.Value.Select(w => (Name: kv.Key, Word: (string?)w, Text: w))));
            var best = candidates
                .Select(c => (c.Name, c.Word, Score: Fuzz.Ratio(typed, c.Text.ToLowerInvariant())))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Word is null ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            return best.Name is not null && best.Score >= Resemblance ? (best.Name, best.Word) : (null, null);
        }
    }
}
