using System.Text.Json.Serialization;

namespace FactCheck.Extraction;

// The shapes of the JSON files under rules/lexicon/, read strictly: an unknown field is an error.

internal sealed record NumbersFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required Dictionary<string, double> Words { get; init; }
    public required Dictionary<string, double> Ordinals { get; init; }
    public required Dictionary<string, double> Magnitudes { get; init; }
    public required Dictionary<string, double[]> Vague { get; init; }
    public required Dictionary<string, double> Fractions { get; init; }
    public required Dictionary<string, QualifierEntry> Qualifiers { get; init; }
    public Dictionary<string, QualifierEntry> TrailingQualifiers { get; init; } = [];
    public string[] Identifiers { get; init; } = [];
    /// <summary>Words before a number that numbers a story's update: "(UPDATE 2)", "/update 3".</summary>
    public string[] UpdateTags { get; init; } = [];
    /// <summary>Family and household nouns: "her two sisters" is a detail of a life, not a reported figure.</summary>
    public string[] Kin { get; init; } = [];
    /// <summary>Words opening a condition: a figure inside "if more than two senators vote no" is not asserted.</summary>
    public string[] Conditionals { get; init; } = [];
    public string[] PartOf { get; init; } = [];
    public string[] TollGroups { get; init; } = [];
    public string[] NoneWords { get; init; } = [];
    public string[] NoneAlone { get; init; } = [];
    public string[] NoneMetrics { get; init; } = [];
    public string[] PartMarkers { get; init; } = [];
    public string[] Additions { get; init; } = [];
    /// <summary>Words after a figure that add it to a measure: "three bodies ..., adding to the already staggering toll".</summary>
    public string[] AdditionsToAMeasure { get; init; } = [];
    public string[] Remainders { get; init; } = [];
    public string[] VagueUpperLinks { get; init; } = [];
    public string[] Differences { get; init; } = [];
    public string[] Ratios { get; init; } = [];
    public string[] ClauseOpeners { get; init; } = [];
    public string[] ChangeNouns { get; init; } = [];
    public string[] AgeWords { get; init; } = [];
    /// <summary>Words of a scale whose readings are no counts ("magnitude 7.2", "6.3 on the Richter scale").</summary>
    public string[] MatchResultWords { get; init; } = [];
    public string[] ScaleWords { get; init; } = [];
    /// <summary>Words of a quake that make a small decimal before them its magnitude ("a 7.1 quake").</summary>
    public string[] ScaleEvents { get; init; } = [];
    /// <summary>Verbs that give an event's reading: "an earthquake measuring 6.2".</summary>
    public string[] ScaleVerbs { get; init; } = [];
    /// <summary>Words after a count that make it a rate or a manner, no count: "one deceased victim at a time".</summary>
    public string[] Distributive { get; init; } = [];
    /// <summary>Words before places a story has not named ("in other counties", "elsewhere"): a count there is the rest of a total.</summary>
    public string[] OtherPlaces { get; init; } = [];
    /// <summary>Emergency lines' numbers ("911"), no counts after a word of calling or before a word of the line.</summary>
    public string[] EmergencyNumbers { get; init; } = [];
    public string[] EmergencyCalls { get; init; } = [];
    public string[] EmergencyLines { get; init; } = [];
    public string[] Increments { get; init; } = [];
    public string[] EventIncrements { get; init; } = [];
    public string[] GroupSizeWords { get; init; } = [];
    public string[] MetreCues { get; init; } = [];
    public string[] SeatMajorities { get; init; } = [];
    public string[] Parallel { get; init; } = [];
    public string[] NoneOfBodies { get; init; } = [];
    public string[] Complements { get; init; } = [];
    public string[] SubsetPredicates { get; init; } = [];
    public string[] Eyewitness { get; init; } = [];
    public string[] SearchFinds { get; init; } = [];
}

/// <summary>How a qualifier turns a figure X into an interval: [X·low, X·high], or [X·low, ∞) when unbounded.</summary>
internal sealed record QualifierEntry
{
    public required string As { get; init; }
    public double Low { get; init; } = 1;
    public double High { get; init; } = 1;
    public bool Unbounded { get; init; }
}

internal sealed record UnitsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required Dictionary<string, string[]> Units { get; init; }
    /// <summary>The metric each unit's figures have when no word names one: "distance" for km, miles, feet.</summary>
    public Dictionary<string, string[]> Measures { get; init; } = [];
    public required Dictionary<string, CurrencyEntry> Currencies { get; init; }
    public required string[] Durations { get; init; }
}

internal sealed record CurrencyEntry
{
    public string[] Symbols { get; init; } = [];
    public string[] Words { get; init; } = [];
}

internal sealed record MetricsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required Dictionary<string, MetricEntry> Metrics { get; init; }
}

internal sealed record MetricEntry
{
    public bool People { get; init; }
    public bool Things { get; init; }
    /// <summary>The metric says what a sum of money is ("$40 billion in damages"): its triggers apply to currency figures only, and no other metric's do.</summary>
    public bool Money { get; init; }
    public required string[] Triggers { get; init; }
    /// <summary>Triggers that signal the metric only when the counted noun names people: "lost 15,000 troops", not "lost 31 seats".</summary>
    public string[] PeopleNamedTriggers { get; init; } = [];
    /// <summary>Triggers that signal the metric only before a figure whose noun names people: "a ferry carrying 475 people", not "activists carrying shields".</summary>
    public string[] PeopleNamedTriggersBefore { get; init; } = [];
    /// <summary>Nouns that signal the metric only right after the figure, as what it counts: "claimed at least 36 lives", not "where the senator lives".</summary>
    public string[] NounTriggers { get; init; } = [];
    /// <summary>
    /// Nouns that signal the metric only as the group a measure whose value is the figure names: "put the number of protesters at
    /// 240,000", "their figure of 1.03 million participants"; not "two protesters were shot".
    /// </summary>
    public string[] MeasuredNouns { get; init; } = [];
    /// <summary>Event kinds whose head counts a source gives are this metric: a union's or a ministry's count of people at a protest is its turnout.</summary>
    public string[] HeadCountsOf { get; init; } = [];
    /// <summary>The triggers name the counted group ("members"): what happened to it in its clause says more ("two members ... were detained").</summary>
    public bool CountedNoun { get; init; }
}

internal sealed record SubjectsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required Dictionary<string, string[]> Subjects { get; init; }
    public required string[] People { get; init; }
    public string[] Sided { get; init; } = [];
    public required Dictionary<string, string[]> Sides { get; init; }
    public required Dictionary<string, DemonymEntry> Demonyms { get; init; }
}

/// <param name="Adjective">The name is also the people's adjective ("Rohingya refugees"), so before a noun it only says whose.</param>
internal sealed record DemonymEntry(string Subject, string Side, bool Adjective = false);

internal sealed record ClaimantsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required ClaimantFileEntry[] Claimants { get; init; }
}

internal sealed record ClaimantFileEntry
{
    public required string Name { get; init; }
    public string? Family { get; init; }
    public string? Side { get; init; }
    public bool Person { get; init; }
    public required string[] Aliases { get; init; }
}

internal sealed record AttributionFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required string[] Verbs { get; init; }
    public required string[] Prefixes { get; init; }
    public required string[] References { get; init; }
    public string[] UnnamedSources { get; init; } = [];
    public string[] Titles { get; init; } = [];
    /// <summary>Verbs that report a figure only with a cue word after them: "put ... at", "gave a toll of".</summary>
    public Dictionary<string, string[]> CuedVerbs { get; init; } = [];
    /// <summary>Verbs that give a figure's source and introduce no quote: "an official attributed the drop to ...".</summary>
    public string[] StatingVerbs { get; init; } = [];
    public string[] CountingVerbs { get; init; } = [];
    public string[] WitnessVerbs { get; init; } = [];
    public string[] WitnessNouns { get; init; } = [];
    /// <summary>Verbs that report a figure only after a document: "interior ministry figures showed", "the survey found".</summary>
    public string[] DocumentVerbs { get; init; } = [];
    /// <summary>Verbs (and prefixes) whose source may follow them: "said the mayor", "according to police".</summary>
    public string[] Inverting { get; init; } = [];
    /// <summary>Words between a source and its verb that belong to neither: "has", "also", "initially".</summary>
    public string[] Skipped { get; init; } = [];
    public string[] SourceNouns { get; init; } = [];
    /// <summary>Source nouns that point back, after "the", to a source headed by another: "the force" is the police named before.</summary>
    public Dictionary<string, string> ReferenceNouns { get; init; } = [];
    /// <summary>Source nouns that speak for the country named with them: "Russian officials", "Ukraine's health ministry".</summary>
    public string[] OfficialNouns { get; init; } = [];
    /// <summary>Official nouns that make an adjective of any listed country its government: "Moroccan authorities".</summary>
    public string[] GovernmentNouns { get; init; } = [];
    public string[] CapitalGovernmentNouns { get; init; } = [];
    public string[] OutletNouns { get; init; } = [];
    /// <summary>Words that say who runs an outlet, never a source alone: "State television said" is the outlet.</summary>
    public string[] OutletOwners { get; init; } = [];
    /// <summary>Verbs that close a headline on its source with no comma: "Over 220,000 missing after cyclone says UN".</summary>
    public string[] UnmarkedClosers { get; init; } = [];
    /// <summary>Source nouns that name one person: "an official with the state disaster authority ... he added".</summary>
    public string[] PersonNouns { get; init; } = [];
    /// <summary>Source nouns naming one holder of a role, kept with what follows a role link: "the head of the Red Crescent", "the mayor of Kyiv".</summary>
    public string[] RoleNouns { get; init; } = [];
    /// <summary>Links after a role noun that say where the role is held: "of", "for", "to".</summary>
    public string[] RoleLinks { get; init; } = [];
    /// <summary>Role nouns whose holder speaks for the body after them: "a spokeswoman for Human Rights Watch" is Human Rights Watch.</summary>
    public string[] SpeakingForNouns { get; init; } = [];
    /// <summary>Capitalized head words that make a name an organisation's, kept whole: "National Disaster Agency".</summary>
    public string[] OrganisationHeads { get; init; } = [];
    /// <summary>Trailing words dropped from a source: "AFP news agency" is AFP, "a Reuters analysis" is Reuters.</summary>
    public string[] StrippedNouns { get; init; } = [];
    /// <summary>Words before a stripped noun dropped with it: "the government's last estimate" is the government's.</summary>
    public string[] DocumentModifiers { get; init; } = [];
    /// <summary>Pronouns that point back to a source, with the kind they point to: person, organisation or any.</summary>
    public Dictionary<string, string> Pronouns { get; init; } = [];
    /// <summary>Possessive pronouns before a measure, with the kind of source they point to: "its earlier toll".</summary>
    public Dictionary<string, string> PossessivePronouns { get; init; } = [];
    /// <summary>Words a source phrase never crosses going back from its verb: "that", "which", "and", "but".</summary>
    public string[] Breaks { get; init; } = [];
    /// <summary>Phrases that start with a reporting verb and report nothing: "claimed responsibility", "claimed the lives".</summary>
    public string[] NotReporting { get; init; } = [];
    /// <summary>Verbs that report nothing when one of their words follows soon after: "claimed at least 36 lives".</summary>
    public Dictionary<string, string[]> NotReportingWith { get; init; } = [];
    /// <summary>Words that open what follows a source's head noun: "The mayor of Mariupol", "an adviser to Ukraine's military".</summary>
    public string[] Postmodifiers { get; init; } = [];
    public string[] InformedModifiers { get; init; } = [];
    /// <summary>An outlet's labels before a colon, no speaker: "STORY:", "UPDATE:", "WATCH:".</summary>
    public string[] Rubrics { get; init; } = [];
    /// <summary>Words that open a photo's credit before a colon or "by": "Photograph: Hollie Adams/Reuters".</summary>
    public string[] CreditLabels { get; init; } = [];
    /// <summary>Photo agencies a caption ends on: "... eastern Indonesia AFP", "— Reuters".</summary>
    public string[] CreditAgencies { get; init; } = [];
    public string[] AsideOpeners { get; init; } = [];
}

internal sealed record ModalityFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required string[] Projection { get; init; }
    /// <summary>Phrases that hold a projection cue but project nothing: "325,000 - if not more - had gathered".</summary>
    public string[] NotProjections { get; init; } = [];
    /// <summary>Words right before a figure that deny it: "not" in "the number of deaths is 275 and not 288".</summary>
    public string[] Negators { get; init; } = [];
    /// <summary>Phrases after a figure, in its clause, that call it false: "death tolls surpassing 400 are false".</summary>
    public string[] Denials { get; init; } = [];
    public required string[] Comparison { get; init; }
    public string[] Limits { get; init; } = [];
    public string[] CapacityVerbs { get; init; } = [];
}

internal sealed record PeriodsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required string[] Patterns { get; init; }
}

internal sealed record TimeFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required Dictionary<string, int> Months { get; init; }
    public required Dictionary<string, int> Weekdays { get; init; }
    public required string[] DayParts { get; init; }
    public required string[] ClockWords { get; init; }
    /// <summary>"last year": ["year", -1], the unit and how many of it back from the date of writing.</summary>
    public required Dictionary<string, System.Text.Json.JsonElement[]> Relative { get; init; }
    public required string[] Ago { get; init; }
    public required string[] YearPrepositions { get; init; }
    public string[] StandingAt { get; init; } = [];
    /// <summary>"that year": "year", a time the text named before and the unit it names.</summary>
    public Dictionary<string, string> PointingBack { get; init; } = [];
    /// <summary>"Christmas Day": "12-25", a day of the same month and day every year, written MM-DD.</summary>
    public Dictionary<string, string> Holidays { get; init; } = [];
}

internal sealed record AbbreviationsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required string[] Abbreviations { get; init; }
}

/// <summary>A word that signals a metric, with the kind of subject that metric counts.</summary>
internal sealed record MetricTrigger(string Metric, bool People, bool Things, bool NeedsPeopleNoun = false, bool Money = false, bool CountedNoun = false, bool OnlyBefore = false, bool OnlyAfter = false,
    bool OnlyMeasured = false)
{
    public bool Fits(bool? countsPeople) => !Money && countsPeople switch
    {
        true => !Things,
        false => !People && !NeedsPeopleNoun,
        null => !Things && !NeedsPeopleNoun,
    };

    /// <summary>Whether the trigger signals its metric wherever it stands near a figure, not only before it, as its noun or as a measure's group.</summary>
    public bool Anywhere => !OnlyBefore && !OnlyAfter && !OnlyMeasured;
}
