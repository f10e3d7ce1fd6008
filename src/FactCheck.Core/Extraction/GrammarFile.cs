using System.Text.Json.Serialization;

namespace FactCheck.Extraction;

/// <summary>rules/lexicon/grammar.json: every list is required.</summary>
internal sealed record GrammarFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required string[] Articles { get; init; }
    public required string[] Possessives { get; init; }
    public required string[] BeForms { get; init; }
    public required string[] Auxiliaries { get; init; }
    public required string[] RelativePronouns { get; init; }
    public required string[] ThingRelatives { get; init; }
    public required string[] FreeRelatives { get; init; }
    public required string[] Coordinators { get; init; }
    public required string[] Contrastives { get; init; }
    public string[] Concessives { get; init; } = [];
    public string[] Exceptives { get; init; } = [];
    public string[] EarlierStatements { get; init; } = [];
    public required string[] FunctionWords { get; init; }
    public required string[] TollLinks { get; init; }
    public required string[] CitingVerbs { get; init; }
    public required string[] StatementLeadIns { get; init; }
    public required string[] StatementAdverbs { get; init; }
    public required string[] PlaceOrTargetPrepositions { get; init; }
    public required string[] ClockPrepositions { get; init; }
    public required string[] Approximators { get; init; }
    public required string[] DurationPossessives { get; init; }
    public required string[] Parents { get; init; }
    public required string[] MeasuredFrom { get; init; }
    public required string[] EarlierValueLinks { get; init; }
    public required string[] DatePrepositions { get; init; }
    public required string[] CountedUpTo { get; init; }
    public string[] CountedUpToDay { get; init; } = [];
    public required string[] CountedSince { get; init; }
    public required string[] Beginnings { get; init; }
    public required string[] SpanOpeners { get; init; }
    public required string[] PairedSpanOpeners { get; init; }
    public required string[] SpanJoiners { get; init; }
    public required string[] OffsetPrepositions { get; init; }
    public required string[] WarWords { get; init; }
    public string[] PopulationNouns { get; init; } = [];
    public string[] PopulationHeads { get; init; } = [];
    public string[] Superlatives { get; init; } = [];
    public string[] CountryNouns { get; init; } = [];
    public string[] GroupPronouns { get; init; } = [];
    public string[] MeasureNouns { get; init; } = [];
    public string[] ClauseSpanOpeners { get; init; } = [];
    public string[] TimeRelatives { get; init; } = [];
    public string[] ComparativeLinks { get; init; } = [];
    public required string[] PointPrepositions { get; init; }
    public required string[] MonthLeadIns { get; init; }
    public required string[] Quantifiers { get; init; }
    public required string[] SourceDeterminers { get; init; }
    public required string[] SourcePrepositions { get; init; }
    public required string[] SourcePhraseEnds { get; init; }
    public required string[] NameLinks { get; init; }
    public required string[] SitePrepositions { get; init; }
    public required string[] BoundaryWords { get; init; }
    public required string[] RouteStarts { get; init; }
    public required string[] RouteEnds { get; init; }
    public required string[] BackgroundOpeners { get; init; }
    public required string[] SourceClauseOpeners { get; init; }
    public required string[] CountedPremodifiers { get; init; }
    public required string[] ContainerPrepositions { get; init; }
    public required string[] AllegationParticiples { get; init; }
    public required string[] PersonalPronouns { get; init; }
    public required string[] SentenceOpeners { get; init; }
    public required string[] AsideAdverbs { get; init; }
    public string[] NameParticles { get; init; } = [];
    public string[] ScopeNouns { get; init; } = [];
    public string[] StatementSites { get; init; } = [];
    public string[] StatementVerbs { get; init; } = [];
    public string[] AddresseeVerbs { get; init; } = [];
    public string[] GovernmentVerbs { get; init; } = [];
    public string[] GovernmentHeads { get; init; } = [];
    public string[] BlameVerbs { get; init; } = [];
    public string[] PersonEventNouns { get; init; } = [];
    public string[] EarlierMeasures { get; init; } = [];
    public string[] FutureMarkers { get; init; } = [];
    public string[] OriginSuffixes { get; init; } = [];
    public string[] OriginParticiples { get; init; } = [];
    public string[] SetAgainst { get; init; } = [];
    public string[] NamingWords { get; init; } = [];
    public string[] AreaNouns { get; init; } = [];
    public string[] ControlParticiples { get; init; } = [];
    public string[] Demonstratives { get; init; } = [];
    public string[] SubjectPronouns { get; init; } = [];
    public string[] ChangeAdverbs { get; init; } = [];
    public string[] ChangeVerbs { get; init; } = [];
    public string[] MovementVerbs { get; init; } = [];
    public string[] RaisingVerbs { get; init; } = [];
    public string[] FrontingPrepositions { get; init; } = [];
    public string[] SurvivalVerbs { get; init; } = [];
    public string[] LevelVerbs { get; init; } = [];
    public string[] LinkingVerbs { get; init; } = [];
    public string[] WholeLinks { get; init; } = [];
    public string[] SizeNouns { get; init; } = [];
    public string[] Indefinites { get; init; } = [];
    public string[] UnmarkedContrastives { get; init; } = [];
}
