
namespace FactCheck.Rules.Pairing;

/// <summary>Which claims a comparing rule puts side by side: the settings numeric-conflict and corroboration share.</summary>
internal sealed record PairingSettings
{
    /// <summary>Metrics the rule compares; "*" means all.</summary>
    public required IReadOnlySet<string> Metrics { get; init; }
    /// <summary>What the compared figures must count ("refugees"), for a metric as broad as a count; null for any.</summary>
    public IReadOnlySet<string>? Subjects { get; init; }
    public double? WindowDays { get; init; }
    /// <summary>
    /// For tolls of incidents, dated to a day (at least one by its own sentence) and neither a running
    /// total: the days they may lie apart (ACLED and UCDP code an event as one place on one day).
    /// </summary>
    public double? IncidentWindowDays { get; init; }
    public double Tolerance { get; init; }
    /// <summary>Periods that cover a short window ("in the past 24 hours"): not comparable with totals.</summary>
    public required IReadOnlyList<Extraction.UserPattern> ShortPeriods { get; init; }
    public bool CompareShortPeriods { get; init; }
    /// <summary>Subjects whose counts describe single incidents ("4 people killed"): compared only at one named place.</summary>
    public IReadOnlySet<string> PlaceRequiredFor { get; init; } = new HashSet<string>();
    /// <summary>"12 diplomats" may be the same as "12 Russian diplomats": a side stated on one side only still pairs.</summary>
    public bool SideMayBeUnstated { get; init; }
    /// <summary>
    /// Counts that only grow (a death toll): a later, higher figure is the count moving on, kept in the
    /// timeline and not flagged, unless two named rivals give the two figures.
    /// </summary>
    public bool RisingTotalIsUpdate { get; init; }
    /// <summary>
    /// Counts that shrink as a disaster is worked through (those missing, as people are found alive or dead): a later report's lower
    /// figure is the list moving on, worth a look but info at most; the same day's, or a later higher one, keeps its severity.
    /// </summary>
    public IReadOnlySet<string> ShrinkingMetrics { get; init; } = new HashSet<string>();
    /// <summary>
    /// How many times lower a side-less figure given two days or more after another must be to count something narrower more often than
    /// it revises the other (a day's incident, one building's bodies): info at most. Null: no such figure is told apart.
    /// </summary>
    public double? NarrowerFallRatio { get; init; }
    /// <summary>Figures whose sentences name different kinds of event are not compared; off for what no event changes (distances).</summary>
    public bool SameEventRequired { get; init; } = true;
    /// <summary>
    /// Kinds of event that may name one incident, each with the kinds it may also be: a bombing reported as a blast by one outlet and
    /// as an air strike by another ("explosion": ["violence"]). Read both ways.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> OneIncident { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Whether two event kinds may name one incident: the same kind, or kinds the rule says may be one.</summary>
    public bool MayBeOneIncident(string a, string b) => a == b || OneIncident.TryGetValue(a, out var others) && others.Contains(b);

    /// <summary>Both figures must name their event: "$4 billion in losses" says nothing until a flood or a quake is named with it.</summary>
    public bool EventRequired { get; init; }
    /// <summary>Distances are compared only when both say where they are measured from.</summary>
    public bool MeasuredFromRequired { get; init; }
    /// <summary>A place carried from earlier sentences holds the places inside it ("Ukraine" holds "Kyiv"): for agreements, not conflicts.</summary>
    public bool CarriedPlaceContains { get; init; }
    /// <summary>A site is where the place around it is: a crowd "in Plaza de Cibeles" is the crowd "in Madrid".</summary>
    public bool SiteInPlace { get; init; }
    /// <summary>Two rival floors are two estimates, compared by their floors: "at least 500,000" against "at least 150,000".</summary>
    public bool FloorsAreEstimates { get; init; }

    public bool Covers(string metric) => Metrics.Contains("*") || Metrics.Contains(metric);

    public bool CoversSubject(string subject) => Subjects is null || Subjects.Contains(subject);

    public bool IsShortPeriod(string? period) => period is not null && ShortPeriods.Any(p => p.IsMatch(period));

    public static PairingSettings Read(RuleSettings settings, double defaultTolerance)
    {
        var shortPeriods = new List<Extraction.UserPattern>();
        foreach (var pattern in settings.Strings("shortPeriods", []))
        {
            try
            {
                // Linear-time matching (or a timeout) keeps one catastrophic pattern from hanging a check.
                shortPeriods.Add(Extraction.UserPattern.Compile(pattern));
            }
            catch (ArgumentException e)
            {
                throw settings.Error($"shortPeriods: invalid regular expression '{pattern}': {e.Message}");
            }
        }
        var metrics = settings.KnownNames("metrics", v => v.Metrics, wildcard: "*");
        if (metrics.Count == 0) throw settings.Error("'metrics' must name at least one metric, or \"*\"");
        var subjects = settings.KnownNames("subjects", v => v.Subjects, []);
        var compareShortPeriods = settings.Boolean("compareShortPeriods", false);
        // Comparing short periods with totals makes the list of short periods dead weight: one of the two is a mistake.
        if (compareShortPeriods && shortPeriods.Count > 0)
            throw settings.Error("'compareShortPeriods' is true, so the 'shortPeriods' listed would never be used; remove one of them", "compareShortPeriods");
        var oneIncident = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (settings.Has("oneIncident"))
        {
            var table = settings.Object("oneIncident");
            foreach (var kind in table.Names())
                foreach (var other in table.Strings(kind))
                {
                    table.RequireKnown(kind, v => v.Events, kind);
                    table.RequireKnown(other, v => v.Events, kind);
                    (oneIncident.TryGetValue(kind, out var those) ? those : oneIncident[kind] = []).Add(other);
                    (oneIncident.TryGetValue(other, out var these) ? these : oneIncident[other] = []).Add(kind);
                }
        }
        return new PairingSettings
        {
            OneIncident = oneIncident.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal),
            Metrics = metrics.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Subjects = subjects.Count == 0 ? null : subjects.ToHashSet(StringComparer.OrdinalIgnoreCase),
            WindowDays = settings.OptionalNumber("windowDays", min: 0),
            IncidentWindowDays = settings.OptionalNumber("incidentWindowDays", min: 0),
            Tolerance = settings.Number("tolerance", defaultTolerance, min: 0, max: 1),
            ShortPeriods = shortPeriods,
            CompareShortPeriods = compareShortPeriods,
            PlaceRequiredFor = settings.KnownNames("placeRequiredFor", v => v.Subjects, []).ToHashSet(StringComparer.OrdinalIgnoreCase),
            SideMayBeUnstated = settings.Boolean("sideMayBeUnstated", false),
            RisingTotalIsUpdate = settings.Boolean("risingTotalIsUpdate", false),
            ShrinkingMetrics = settings.KnownNames("shrinkingMetrics", v => v.Metrics, []).ToHashSet(StringComparer.OrdinalIgnoreCase),
            NarrowerFallRatio = settings.OptionalNumber("narrowerFallRatio", min: 1),
            SameEventRequired = settings.Boolean("sameEventRequired", true),
            EventRequired = settings.Boolean("eventRequired", false),
            MeasuredFromRequired = settings.Boolean("measuredFromRequired", false),
            CarriedPlaceContains = settings.Boolean("carriedPlaceContains", false),
            SiteInPlace = settings.Boolean("siteInPlace", false),
            FloorsAreEstimates = settings.Boolean("floorsAreEstimates", false),
        };
    }
}
