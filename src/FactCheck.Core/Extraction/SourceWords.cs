namespace FactCheck.Extraction;

/// <summary>The words of attribution grammar from rules/lexicon/attribution.json, checked when loaded.</summary>
internal sealed class SourceWords
{
    private static readonly HashSet<string> PronounKinds = ["person", "organisation", "any"];

    public required IReadOnlyDictionary<string, IReadOnlySet<string>> CuedVerbs { get; init; }

    /// <summary>The cues of two words ("put the death toll as high as"), by verb, split into their words: looked up without building a string.</summary>
    public required IReadOnlyDictionary<string, (string First, string Second)[]> TwoWordCues { get; init; }
    public required IReadOnlySet<string> DocumentVerbs { get; init; }
    public required IReadOnlySet<string> StatingVerbs { get; init; }

    /// <summary>Reporting verbs whose object can be the figure itself: "the prefecture counted 14,800 demonstrators", "the union reported 3.5 million people".</summary>
    public required IReadOnlySet<string> CountingVerbs { get; init; }

    /// <summary>"saw", "witnessed": report only after a witness noun ("An Associated Press reporter saw three bodies").</summary>
    public required IReadOnlySet<string> WitnessVerbs { get; init; }
    public required IReadOnlySet<string> WitnessNouns { get; init; }
    public required IReadOnlySet<string> Inverting { get; init; }
    public required IReadOnlySet<string> Skipped { get; init; }
    public required IReadOnlySet<string> Nouns { get; init; }
    public required IReadOnlySet<string> OfficialNouns { get; init; }
    public required IReadOnlySet<string> GovernmentNouns { get; init; }

    /// <summary>"Moscow officials", "Kiev authorities": after a capital, a source noun that makes it its country's government; "London police" is the city's.</summary>
    public required IReadOnlySet<string> CapitalGovernmentNouns { get; init; }

    /// <summary>"France 2 television", "Rossiya 24 channel": nouns naming an outlet, whose name a short number before them is part of.</summary>
    public required IReadOnlySet<string> OutletNouns { get; init; }

    /// <summary>"state", "state-run": who runs an outlet; before an outlet noun they stay with it ("State television", "Myanmar state TV").</summary>
    public required IReadOnlySet<string> OutletOwners { get; init; }

    /// <summary>"says", "said": close a headline on its source with no comma before them.</summary>
    public required IReadOnlySet<string> UnmarkedClosers { get; init; }

    /// <summary>
    /// Whether the short number at tokens[n] is part of an outlet's name: after a capitalized word and before an outlet noun or another
    /// capitalized word ("Channel 4 News"), or before a reporting verb when the word does not open the sentence ("France 24 reported";
    /// "Another 24 said" counts); not in a title-case headline ("Rebels Kill 2 Soldiers"), whose capitals say nothing.
    /// </summary>
    public bool InOutletName(List<Token> tokens, int n) =>
        n > 0 && n + 1 < tokens.Count && tokens[n] is { Kind: TokenKind.Number, Text.Length: <= 4 } number && number.Text.All(char.IsDigit)
        && tokens[n - 1] is { IsWord: true, IsCapitalized: true } && tokens[n + 1] is { IsWord: true } after
        && (after.IsCapitalized || OutletNouns.Contains(after.Lower) || n > 1 && ReportingVerbs.Contains(after.Lower)) && !PlaceReader.IsTitleCase(tokens);

    /// <summary>attribution.json's verbs: after a short number and a name, they make it an outlet's that reports ("France 24 reported").</summary>
    public required IReadOnlySet<string> ReportingVerbs { get; init; }

    /// <summary>Source nouns that name one person ("an official", "a spokeswoman"): "he" or "she" may point back to one.</summary>
    public required IReadOnlySet<string> PersonNouns { get; init; }
    /// <summary>Source nouns naming one holder of a role, kept with the body or place after a role link: "the mayor of Kyiv".</summary>
    public required IReadOnlySet<string> RoleNouns { get; init; }
    public required IReadOnlySet<string> RoleLinks { get; init; }

    /// <summary>Role nouns whose holder speaks for the body after them: "a spokesman for the Russian defence ministry" is Russia.</summary>
    public required IReadOnlySet<string> SpeakingForNouns { get; init; }
    public required IReadOnlySet<string> OrganisationHeads { get; init; }
    public required PhraseIndex<bool> Stripped { get; init; }
    public required IReadOnlySet<string> DocumentModifiers { get; init; }
    public required IReadOnlyDictionary<string, string> Pronouns { get; init; }
    public required IReadOnlyDictionary<string, string> PossessivePronouns { get; init; }
    public required IReadOnlySet<string> Breaks { get; init; }
    public required IReadOnlySet<string> Postmodifiers { get; init; }

    /// <summary>"familiar", "close": after a head, say it knows ("people familiar with the matter"), which makes it a source.</summary>
    public required IReadOnlySet<string> InformedModifiers { get; init; }
    public required PhraseIndex<bool> NotReporting { get; init; }
    /// <summary>Phrases opening an aside set off between a source and its verb: "the CGT, on behalf of the inter-union group, counted".</summary>
    public required PhraseIndex<bool> AsideOpeners { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> NotReportingWith { get; init; }

    /// <summary>"the fire that tore through Maui claimed at least 36 lives": a verb that reports nothing with one of its words soon after.</summary>
    public bool ReportsNothingAt(List<Token> tokens, int verb, int reach)
    {
        if (!NotReportingWith.TryGetValue(tokens[verb].Lower, out var against)) return false;
        for (var k = verb + 1; k < Math.Min(tokens.Count, verb + reach); k++)
            if (against.Contains(tokens[k].Lower)) return true;
        return false;
    }

    public required IReadOnlySet<string> Rubrics { get; init; }

    /// <summary>Words that open a photo's credit ("Photo:", "Photograph by"), and photo agencies a caption ends on.</summary>
    public required IReadOnlySet<string> CreditLabels { get; init; }
    public required PhraseIndex<bool> CreditAgencies { get; init; }

    /// <summary>"the force" said after "police": the source noun a definite one stands for.</summary>
    public required IReadOnlyDictionary<string, string> ReferenceNouns { get; init; }

    /// <summary>Whether a head noun names a document or count rather than its author: "report", "analysis", "data".</summary>
    public bool StrippedHead(Token token) => StrippedWords.Contains(token.Lower);

    /// <summary>The one-word stripped nouns, for <see cref="StrippedHead"/>, which runs for most source phrases.</summary>
    public required IReadOnlySet<string> StrippedWords { get; init; }

    /// <summary>The end of a phrase once trailing words such as "news agency" or "analysis" are dropped (never to nothing).</summary>
    public int WithoutStripped(List<Token> tokens, int start, int end)
    {
        var original = end;
        for (var dropped = true; dropped && end - start > 1;)
        {
            dropped = false;
            for (var length = Math.Min(3, end - start - 1); length >= 1; length--)
                // "AFP news agency" is AFP; "National Disaster Agency" keeps its name.
                if (Stripped.Match(tokens, end - length) is { } match && match.Length == length && !tokens[end - 1].IsCapitalized)
                {
                    end -= length;
                    dropped = true;
                    break;
                }
        }
        // "The government's last estimate": what says which of the documents it is goes with it.
        while (end < original && end - start > 1 && tokens[end - 1] is { IsCapitalized: false } modifier && DocumentModifiers.Contains(modifier.Lower)) end--;
        return end;
    }

    public static SourceWords From(AttributionFile file, string path, WordClasses classes)
    {
        foreach (var (pronoun, kind) in file.Pronouns.Concat(file.PossessivePronouns))
            if (!PronounKinds.Contains(kind))
                throw new LexiconException(path, $"pronoun '{pronoun}' points to '{kind}'; use one of {string.Join(", ", PronounKinds)}");
        foreach (var (verb, cues) in file.CuedVerbs)
            if (cues.Length == 0) throw new LexiconException(path, $"cued verb '{verb}' needs at least one cue word");
        foreach (var (verb, words) in file.NotReportingWith)
            if (words.Length == 0) throw new LexiconException(path, $"notReportingWith '{verb}' needs at least one word");
        foreach (var verb in file.CountingVerbs)
            if (!file.Verbs.Contains(verb, StringComparer.OrdinalIgnoreCase)) throw new LexiconException(path, $"counting verb '{verb}' is not among the verbs");
        foreach (var noun in file.RoleNouns)
            if (!file.SourceNouns.Contains(noun, StringComparer.OrdinalIgnoreCase)) throw new LexiconException(path, $"role noun '{noun}' is not among the sourceNouns");
        foreach (var noun in file.SpeakingForNouns)
            if (!file.RoleNouns.Contains(noun, StringComparer.OrdinalIgnoreCase)) throw new LexiconException(path, $"speakingFor noun '{noun}' is not among the roleNouns");
        foreach (var link in file.RoleLinks)
            if (!file.Postmodifiers.Contains(link, StringComparer.OrdinalIgnoreCase)) throw new LexiconException(path, $"role link '{link}' is not among the postmodifiers");
        var ignoreCase = StringComparer.OrdinalIgnoreCase;
        return new SourceWords
        {
            CountingVerbs = file.CountingVerbs.ToHashSet(ignoreCase),
            ReportingVerbs = file.Verbs.ToHashSet(ignoreCase),
            CuedVerbs = file.CuedVerbs.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value.ToHashSet(ignoreCase), ignoreCase),
            TwoWordCues = file.CuedVerbs.ToDictionary(kv => kv.Key, kv => kv.Value.Select(cue => cue.Split(' ')).Where(words => words.Length == 2)
                .Select(words => (words[0].ToLowerInvariant(), words[1].ToLowerInvariant())).ToArray(), ignoreCase),
            DocumentVerbs = file.DocumentVerbs.ToHashSet(ignoreCase),
            StatingVerbs = file.StatingVerbs.ToHashSet(ignoreCase),
            WitnessVerbs = file.WitnessVerbs.ToHashSet(ignoreCase),
            WitnessNouns = file.WitnessNouns.ToHashSet(ignoreCase),
            Inverting = file.Inverting.ToHashSet(ignoreCase),
            Skipped = file.Skipped.ToHashSet(ignoreCase),
            Nouns = file.SourceNouns.ToHashSet(ignoreCase),
            OfficialNouns = file.OfficialNouns.ToHashSet(ignoreCase),
            GovernmentNouns = file.GovernmentNouns.ToHashSet(ignoreCase),
            CapitalGovernmentNouns = file.CapitalGovernmentNouns.ToHashSet(ignoreCase),
            OutletNouns = file.OutletNouns.ToHashSet(ignoreCase),
            OutletOwners = file.OutletOwners.ToHashSet(ignoreCase),
            UnmarkedClosers = file.UnmarkedClosers.ToHashSet(ignoreCase),
            PersonNouns = file.PersonNouns.ToHashSet(ignoreCase),
            RoleNouns = file.RoleNouns.ToHashSet(ignoreCase),
            RoleLinks = file.RoleLinks.ToHashSet(ignoreCase),
            SpeakingForNouns = file.SpeakingForNouns.ToHashSet(ignoreCase),
            OrganisationHeads = file.OrganisationHeads.ToHashSet(StringComparer.Ordinal),
            Stripped = new PhraseIndex<bool>(file.StrippedNouns.Select(n => (n, true)), classes: classes),
            StrippedWords = file.StrippedNouns.Where(n => !n.Contains(' ')).ToHashSet(ignoreCase),
            DocumentModifiers = file.DocumentModifiers.ToHashSet(ignoreCase),
            Pronouns = new Dictionary<string, string>(file.Pronouns, ignoreCase),
            PossessivePronouns = new Dictionary<string, string>(file.PossessivePronouns, ignoreCase),
            Breaks = file.Breaks.ToHashSet(ignoreCase),
            Postmodifiers = file.Postmodifiers.ToHashSet(ignoreCase),
            InformedModifiers = file.InformedModifiers.ToHashSet(ignoreCase),
            NotReporting = new PhraseIndex<bool>(file.NotReporting.Select(n => (n, true)), classes: classes),
            AsideOpeners = new PhraseIndex<bool>(file.AsideOpeners.Select(n => (n, true)), classes: classes),
            NotReportingWith = file.NotReportingWith.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value.ToHashSet(ignoreCase), ignoreCase),
            Rubrics = file.Rubrics.ToHashSet(ignoreCase),
            CreditLabels = file.CreditLabels.ToHashSet(ignoreCase),
            CreditAgencies = new PhraseIndex<bool>(file.CreditAgencies.Select(n => (n, true)), classes: classes),
            ReferenceNouns = new Dictionary<string, string>(file.ReferenceNouns, ignoreCase),
        };
    }
}
