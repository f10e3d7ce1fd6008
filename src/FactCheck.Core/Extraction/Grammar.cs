using System.Collections.Frozen;

namespace FactCheck.Extraction;

/// <summary>A closed class of words (articles, forms of "be"), matched by a token's lower case.</summary>
internal sealed class WordSet(IEnumerable<string> words)
{
    private readonly FrozenSet<string> _words = words.Select(Word.LowerCase).ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(Token token) => _words.Contains(token.Lower);

    public bool Contains(string lowerCase) => _words.Contains(lowerCase);
}

/// <summary>
/// The closed classes of English words the extractor's grammar tests tokens against, from
/// rules/lexicon/grammar.json: each list named for the construction it serves.
/// </summary>
internal sealed class Grammar
{
    public required WordSet Articles { get; init; }
    public required WordSet Possessives { get; init; }
    public required WordSet BeForms { get; init; }
    public required WordSet Auxiliaries { get; init; }
    public required WordSet RelativePronouns { get; init; }
    public required WordSet ThingRelatives { get; init; }
    public required WordSet FreeRelatives { get; init; }
    public required WordSet Coordinators { get; init; }
    public required WordSet Contrastives { get; init; }
    public required WordSet Concessives { get; init; }
    /// <summary>"except", "besides": before a figure, make it an exception to a whole the sentence's main verb is about.</summary>
    public required WordSet Exceptives { get; init; }
    /// <summary>"initially", "earlier": next to a reporting verb, make what it gives an earlier statement, of a time left open.</summary>
    public required WordSet EarlierStatements { get; init; }
    public required WordSet FunctionWords { get; init; }
    public required WordSet TollLinks { get; init; }
    public required WordSet CitingVerbs { get; init; }
    public required WordSet StatementLeadIns { get; init; }
    public required WordSet StatementAdverbs { get; init; }
    public required WordSet PlaceOrTargetPrepositions { get; init; }
    public required WordSet ClockPrepositions { get; init; }
    public required WordSet Approximators { get; init; }
    public required WordSet DurationPossessives { get; init; }
    public required WordSet Parents { get; init; }
    public required WordSet MeasuredFrom { get; init; }
    public required WordSet EarlierValueLinks { get; init; }
    public required WordSet DatePrepositions { get; init; }
    public required WordSet CountedUpTo { get; init; }
    /// <summary>"by": before a date of a day, make the figures a count so far ("stood at 116 by Saturday, 13 February"); before a year
    /// or a month it bounds a span ("would fall by 13 million by 2027").</summary>
    public required WordSet CountedUpToDay { get; init; }
    /// <summary>"since": a count from a date or a beginning up to now.</summary>
    public required WordSet CountedSince { get; init; }
    /// <summary>"began", "started": the verb of a beginning a count runs from ("since the protests began on March 30").</summary>
    public required WordSet Beginnings { get; init; }
    public required WordSet SpanOpeners { get; init; }
    public required WordSet PairedSpanOpeners { get; init; }
    public required WordSet SpanJoiners { get; init; }
    public required WordSet OffsetPrepositions { get; init; }
    public required WordSet WarWords { get; init; }
    public required WordSet PopulationNouns { get; init; }
    public required WordSet PopulationHeads { get; init; }
    public required WordSet Superlatives { get; init; }
    public required WordSet CountryNouns { get; init; }
    public required WordSet GroupPronouns { get; init; }
    public required WordSet MeasureNouns { get; init; }
    public required WordSet ClauseSpanOpeners { get; init; }
    public required WordSet TimeRelatives { get; init; }
    public required WordSet ComparativeLinks { get; init; }
    public required WordSet PointPrepositions { get; init; }
    public required WordSet MonthLeadIns { get; init; }
    public required WordSet Quantifiers { get; init; }
    public required WordSet SourceDeterminers { get; init; }
    public required WordSet SourcePrepositions { get; init; }
    public required WordSet SourcePhraseEnds { get; init; }
    public required WordSet NameLinks { get; init; }
    public required WordSet SitePrepositions { get; init; }
    public required WordSet BoundaryWords { get; init; }
    public required WordSet RouteStarts { get; init; }
    public required WordSet RouteEnds { get; init; }
    public required WordSet BackgroundOpeners { get; init; }
    public required WordSet SourceClauseOpeners { get; init; }
    public required WordSet CountedPremodifiers { get; init; }
    public required WordSet ContainerPrepositions { get; init; }
    public required WordSet AllegationParticiples { get; init; }
    public required WordSet PersonalPronouns { get; init; }
    public required WordSet SentenceOpeners { get; init; }
    public required WordSet AsideAdverbs { get; init; }
    public required WordSet ScopeNouns { get; init; }
    public required WordSet StatementSites { get; init; }
    public required WordSet StatementVerbs { get; init; }

    /// <summary>"told", "briefed": reporting verbs whose object is whom the source spoke to ("told Reuters in Bangkok").</summary>
    public required WordSet AddresseeVerbs { get; init; }
    public required WordSet GovernmentVerbs { get; init; }
    public required WordSet GovernmentHeads { get; init; }
    public required WordSet BlameVerbs { get; init; }
    /// <summary>"The previously reported death toll", "the death toll at the time": a measure's value of an earlier time.</summary>
    public required PhraseIndex<bool> EarlierMeasures { get; init; }
    /// <summary>"the death of Mahsa Amini": what happens to one person, whose name follows "of".</summary>
    public required WordSet PersonEventNouns { get; init; }
    public required WordSet FutureMarkers { get; init; }
    public required IReadOnlyList<string> OriginSuffixes { get; init; }
    public required WordSet OriginParticiples { get; init; }

    /// <summary>"London-based": a word that says where a source is.</summary>
    public bool SaysWhereFrom(Token token)
    {
        foreach (var suffix in OriginSuffixes)
            if (token.Lower.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"U.S.-based": initials keep their full stop, so the suffix comes as a hyphen and a word of its own.</summary>
    public bool SaysWhereFromAfterInitials(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].IsWord && tokens[k].Text.EndsWith('.') && tokens[k + 1] is { Text: "-", SpaceBefore: false } && !tokens[k + 2].SpaceBefore
        && OriginSuffixes.Contains("-" + tokens[k + 2].Lower);
    public required WordSet SetAgainst { get; init; }
    public required WordSet NamingWords { get; init; }
    public required WordSet AreaNouns { get; init; }
    public required WordSet ControlParticiples { get; init; }
    public required WordSet Demonstratives { get; init; }
    public required WordSet ChangeAdverbs { get; init; }
    public required WordSet ChangeVerbs { get; init; }
    /// <summary>Verbs of moving people away ("airlifted", "evacuated"): a place after one and "to" is where they went.</summary>
    public required WordSet MovementVerbs { get; init; }

    /// <summary>Verbs that take a toll up to a new level ("bringing the death toll to 21", "raised its official death toll").</summary>
    public required WordSet RaisingVerbs { get; init; }

    /// <summary>Prepositions that open a short phrase set off before a sentence's subject ("With the latest victims, the death toll ...").</summary>
    public required WordSet FrontingPrepositions { get; init; }
    /// <summary>Verbs of surviving: after "none of" and a figure, the figure's people died ("none of the 144 passengers ... survived").</summary>
    public required WordSet SurvivalVerbs { get; init; }

    /// <summary>Verbs right before the level a count has reached ("has reached 1,119", "crossed 1,100", "stands at 80").</summary>
    public required WordSet LevelVerbs { get; init; }

    /// <summary>"remain", "remained": verbs that link a part to what it still is ("Eight of the dead remain unidentified"), as "be" does.</summary>
    public required WordSet LinkingVerbs { get; init; }

    /// <summary>"among", "amongst": before a figure, make it the whole the figure before is among ("35 Pakistanis among 900 perished").</summary>
    public required WordSet WholeLinks { get; init; }

    /// <summary>Nouns of a place's extent ("size"): a place after one and "of" is what a figure is measured by ("the size of Belgium").</summary>
    public required WordSet SizeNouns { get; init; }

    /// <summary>Determiners opening an aside that describes the name before it ("RMS, a Moody's Analytics company, estimates").</summary>
    public required WordSet Indefinites { get; init; }
    public required WordSet UnmarkedContrastives { get; init; }
    public required WordSet SubjectPronouns { get; init; }

    /// <summary>
    /// A measure the figure is the value of, named just before its links ("the death toll ... has risen to 5,689 out of 15,935 cases",
    /// "the official death toll of one"): the figure is that measure's value.
    /// </summary>
    public bool MeasuredBefore(List<Token> tokens, int figure)
    {
        var k = figure - 1;
        while (k >= 0 && TollLinks.Contains(tokens[k])) k--;
        if (k == figure - 1) return false;
        for (var j = k; j >= Math.Max(0, k - 8) && tokens[j].Text is not ("," or ";"); j--)
            if (MeasureNouns.Contains(tokens[j])) return true;
        return false;
    }

    /// <summary>"worst", "deadliest", "largest": a superlative, listed or ending in "-est".</summary>
    public bool IsSuperlative(Token token) => Superlatives.Contains(token) || token is { IsWord: true, IsCapitalized: false, Lower.Length: > 5 } && token.Lower.EndsWith("est", StringComparison.Ordinal);

    /// <summary>A capitalized word that opens a sentence ("The", "This", "They"), which names no place or organisation.</summary>
    public bool OpensSentence(string text) => text.Length > 0 && char.IsUpper(text[0]) && SentenceOpeners.Contains(Word.LowerCase(text));

    /// <summary>
    /// "rebels who", "Jones, the Democrat who": a relative pronoun for people after a noun or a comma. A clause
    /// on a thing ("a stampede that occurred at the station") is not one: it so often tells of the figure's own event.
    /// </summary>
    public bool PersonalRelative(List<Token> tokens, int r)
    {
        if (r < 1 || !RelativePronouns.Contains(tokens[r]) || ThingRelatives.Contains(tokens[r])) return false;
        var before = tokens[r - 1];
        return before.Text == "," || before.IsWord && !FunctionWords.Contains(before);
    }

    /// <summary>"the immigrant accused of killing eight people", "a man charged with murder": a participle after a noun opening what someone is accused of.</summary>
    public bool OpensAllegation(List<Token> tokens, int r) =>
        r >= 1 && r + 1 < tokens.Count && AllegationParticiples.Contains(tokens[r]) && tokens[r - 1].IsWord && !FunctionWords.Contains(tokens[r - 1])
        && tokens[r + 1].Lower is "of" or "with" or "for";

    /// <summary>
    /// "more than doubled from initial reports of 20 to 50 victims": the "from" a few plain words before an earlier figure's "of" at
    /// <paramref name="of"/>, which opens that figure as "from" right before it would; -1 when none does.
    /// </summary>
    public static int FromOpeningEarlierFigure(List<Token> tokens, int of)
    {
        if (of < 1 || of >= tokens.Count || tokens[of].Lower != "of") return -1;
        for (var k = of - 1; k >= Math.Max(0, of - EarlierFigureWords); k--)
            if (tokens[k].Lower == "from") return k;
            else if (!tokens[k].IsWord) return -1;
        return -1;
    }

    private const int EarlierFigureWords = 4;

    public static Grammar From(GrammarFile file, string path)
    {
        WordSet Set(string[] words, string name) =>
            words.Length > 0 && words.All(w => !string.IsNullOrWhiteSpace(w))
                ? new WordSet(words)
                : throw new LexiconException(path, $"'{name}' must list at least one word, and no empty one");
        return new Grammar
        {
            Articles = Set(file.Articles, "articles"),
            Possessives = Set(file.Possessives, "possessives"),
            BeForms = Set(file.BeForms, "beForms"),
            Auxiliaries = Set(file.Auxiliaries, "auxiliaries"),
            RelativePronouns = Set(file.RelativePronouns, "relativePronouns"),
            ThingRelatives = Set(file.ThingRelatives, "thingRelatives"),
            FreeRelatives = Set(file.FreeRelatives, "freeRelatives"),
            Coordinators = Set(file.Coordinators, "coordinators"),
            Contrastives = Set(file.Contrastives, "contrastives"),
            Concessives = Set(file.Concessives, "concessives"),
            Exceptives = Set(file.Exceptives, "exceptives"),
            EarlierStatements = Set(file.EarlierStatements, "earlierStatements"),
            FunctionWords = Set(file.FunctionWords, "functionWords"),
            TollLinks = Set(file.TollLinks, "tollLinks"),
            CitingVerbs = Set(file.CitingVerbs, "citingVerbs"),
            StatementLeadIns = Set(file.StatementLeadIns, "statementLeadIns"),
            StatementAdverbs = Set(file.StatementAdverbs, "statementAdverbs"),
            PlaceOrTargetPrepositions = Set(file.PlaceOrTargetPrepositions, "placeOrTargetPrepositions"),
            ClockPrepositions = Set(file.ClockPrepositions, "clockPrepositions"),
            Approximators = Set(file.Approximators, "approximators"),
            DurationPossessives = Set(file.DurationPossessives, "durationPossessives"),
            Parents = Set(file.Parents, "parents"),
            MeasuredFrom = Set(file.MeasuredFrom, "measuredFrom"),
            EarlierValueLinks = Set(file.EarlierValueLinks, "earlierValueLinks"),
            DatePrepositions = Set(file.DatePrepositions, "datePrepositions"),
            CountedUpTo = Set(file.CountedUpTo, "countedUpTo"),
            CountedUpToDay = new WordSet(file.CountedUpToDay),
            CountedSince = Set(file.CountedSince, "countedSince"),
            Beginnings = Set(file.Beginnings, "beginnings"),
            SpanOpeners = Set(file.SpanOpeners, "spanOpeners"),
            PairedSpanOpeners = Set(file.PairedSpanOpeners, "pairedSpanOpeners"),
            SpanJoiners = Set(file.SpanJoiners, "spanJoiners"),
            OffsetPrepositions = Set(file.OffsetPrepositions, "offsetPrepositions"),
            WarWords = Set(file.WarWords, "warWords"),
            PopulationNouns = Set(file.PopulationNouns, "populationNouns"),
            PopulationHeads = Set(file.PopulationHeads, "populationHeads"),
            Superlatives = Set(file.Superlatives, "superlatives"),
            CountryNouns = Set(file.CountryNouns, "countryNouns"),
            GroupPronouns = Set(file.GroupPronouns, "groupPronouns"),
            MeasureNouns = Set(file.MeasureNouns, "measureNouns"),
            ClauseSpanOpeners = Set(file.ClauseSpanOpeners, "clauseSpanOpeners"),
            TimeRelatives = Set(file.TimeRelatives, "timeRelatives"),
            ComparativeLinks = Set(file.ComparativeLinks, "comparativeLinks"),
            PointPrepositions = Set(file.PointPrepositions, "pointPrepositions"),
            MonthLeadIns = Set(file.MonthLeadIns, "monthLeadIns"),
            Quantifiers = Set(file.Quantifiers, "quantifiers"),
            SourceDeterminers = Set(file.SourceDeterminers, "sourceDeterminers"),
            SourcePrepositions = Set(file.SourcePrepositions, "sourcePrepositions"),
            SourcePhraseEnds = Set(file.SourcePhraseEnds, "sourcePhraseEnds"),
            NameLinks = Set(file.NameLinks, "nameLinks"),
            SitePrepositions = Set(file.SitePrepositions, "sitePrepositions"),
            BoundaryWords = Set(file.BoundaryWords, "boundaryWords"),
            RouteStarts = Set(file.RouteStarts, "routeStarts"),
            RouteEnds = Set(file.RouteEnds, "routeEnds"),
            BackgroundOpeners = Set(file.BackgroundOpeners, "backgroundOpeners"),
            SourceClauseOpeners = Set(file.SourceClauseOpeners, "sourceClauseOpeners"),
            CountedPremodifiers = Set(file.CountedPremodifiers, "countedPremodifiers"),
            ContainerPrepositions = Set(file.ContainerPrepositions, "containerPrepositions"),
            AllegationParticiples = Set(file.AllegationParticiples, "allegationParticiples"),
            PersonalPronouns = Set(file.PersonalPronouns, "personalPronouns"),
            SentenceOpeners = Set(file.SentenceOpeners, "sentenceOpeners"),
            AsideAdverbs = Set(file.AsideAdverbs, "asideAdverbs"),
            ScopeNouns = Set(file.ScopeNouns, "scopeNouns"),
            StatementSites = Set(file.StatementSites, "statementSites"),
            StatementVerbs = Set(file.StatementVerbs, "statementVerbs"),
            AddresseeVerbs = Set(file.AddresseeVerbs, "addresseeVerbs"),
            GovernmentVerbs = Set(file.GovernmentVerbs, "governmentVerbs"),
            GovernmentHeads = Set(file.GovernmentHeads, "governmentHeads"),
            BlameVerbs = Set(file.BlameVerbs, "blameVerbs"),
            PersonEventNouns = Set(file.PersonEventNouns, "personEventNouns"),
            EarlierMeasures = new PhraseIndex<bool>(file.EarlierMeasures.Select(m => (m, true))),
            FutureMarkers = Set(file.FutureMarkers, "futureMarkers"),
            OriginSuffixes = file.OriginSuffixes.Select(suffix => suffix.ToLowerInvariant()).ToArray(),
            OriginParticiples = Set(file.OriginParticiples, "originParticiples"),
            SetAgainst = Set(file.SetAgainst, "setAgainst"),
            NamingWords = Set(file.NamingWords, "namingWords"),
            AreaNouns = Set(file.AreaNouns, "areaNouns"),
            ControlParticiples = Set(file.ControlParticiples, "controlParticiples"),
            Demonstratives = Set(file.Demonstratives, "demonstratives"),
            ChangeAdverbs = Set(file.ChangeAdverbs, "changeAdverbs"),
            ChangeVerbs = Set(file.ChangeVerbs, "changeVerbs"),
            MovementVerbs = Set(file.MovementVerbs, "movementVerbs"),
            RaisingVerbs = Set(file.RaisingVerbs, "raisingVerbs"),
            FrontingPrepositions = Set(file.FrontingPrepositions, "frontingPrepositions"),
            SurvivalVerbs = Set(file.SurvivalVerbs, "survivalVerbs"),
            LevelVerbs = Set(file.LevelVerbs, "levelVerbs"),
            LinkingVerbs = Set(file.LinkingVerbs, "linkingVerbs"),
            WholeLinks = Set(file.WholeLinks, "wholeLinks"),
            SizeNouns = Set(file.SizeNouns, "sizeNouns"),
            Indefinites = Set(file.Indefinites, "indefinites"),
            UnmarkedContrastives = Set(file.UnmarkedContrastives, "unmarkedContrastives"),
            SubjectPronouns = Set(file.SubjectPronouns, "subjectPronouns"),
        };
    }
}
