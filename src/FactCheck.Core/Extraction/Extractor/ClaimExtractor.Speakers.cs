namespace FactCheck.Extraction.Extractor;

/// <summary>What a figure's source says about where it counts and whose it is: its country, a national body, its nationals abroad.</summary>
internal sealed partial class ClaimExtractor
{
    /// <summary>
    /// "Iran, which raised to 136 Saturday the number of its people who died" in a stampede in Saudi Arabia: a country speaking of its own
    /// people where the figure is placed outside it counts its nationals, a side of the toll, by its adjective ("Iranian"); null otherwise.
    /// </summary>
    private string? NationalsAbroad(Attribution? attribution, (string Name, string Precision, string From, TextSpan Span)? place)
    {
        if (attribution is null || place is null || _lexicon.Places.Named(attribution.Claimant) is not { Kind: PlacePrecision.Country } country) return null;
        var path = _lexicon.Places.PathOf(place.Value.Name);
        return path == country.Name || path.StartsWith(country.Name + " > ", StringComparison.Ordinal) ? null : _lexicon.Places.AdjectiveOf(country.Name);
    }

    /// <summary>The listed country a source's own words name ("The Syrian Health Ministry", "Turkey's disaster agency"), with its span; null if none.</summary>
    private (string Name, TextSpan Span)? SpeakerCountry(Attribution? attribution, List<Token> tokens)
    {
        if (attribution is not { SourceStart: >= 0 } source || source.SourceEnd > tokens.Count) return null;
        for (var k = source.SourceStart; k < source.SourceEnd; k++)
            if ((_lexicon.Places.Adjectives.Match(tokens, k) ?? _lexicon.Places.Aliases.Match(tokens, k)) is { Value: { Kind: PlacePrecision.Country } country, Length: var length })
                return (country.Name, new TextSpan(tokens[k].Start, tokens[k + length - 1].End));
        return _lexicon.Places.Named(source.Claimant) is { Kind: PlacePrecision.Country } named ? (named.Name, new TextSpan(tokens[source.SourceStart].Start, tokens[source.SourceEnd - 1].End)) : null;
    }

    /// <summary>
    /// "Myanmar said", "Sri Lankan authorities": a source that is a country's government, named for the country; so is a body of government
    /// the country's name opens ("Colombia human rights ombudsman and prosecutor's office", "Sri Lanka Police").
    /// </summary>
    private bool Governs(Attribution? attribution, List<Token> tokens)
    {
        if (attribution is null) return false;
        if (_lexicon.Places.Named(attribution.Claimant) is { Kind: PlacePrecision.Country }) return true;
        if (attribution is not { SourceStart: >= 0, Person: false } source || source.SourceEnd > tokens.Count) return false;
        var first = source.SourceStart < source.SourceEnd - 1 && _lexicon.Grammar.Articles.Contains(tokens[source.SourceStart]) ? source.SourceStart + 1 : source.SourceStart;
        return _lexicon.Places.Aliases.Match(tokens, first) is { Value.Kind: PlacePrecision.Country, Length: var length } && first + length < source.SourceEnd
               && _lexicon.Places.NationalBodyHeads.Contains(HeadWord(attribution));
    }

    /// <summary>The last word of the body a source speaks for, or of the source itself: "ministry" for "the Health Ministry".</summary>
    private static string HeadWord(Attribution attribution)
    {
        var claimant = attribution.Body ?? attribution.Claimant;
        // "Ministry of Health", "Department of Homeland Security": a name's head comes before its first link.
        var link = claimant.IndexOf(" of ", StringComparison.Ordinal);
        if (link > 0) claimant = claimant[..link];
        return claimant[(claimant.LastIndexOf(' ') + 1)..];
    }

    /// <summary>
    /// "Texas has reported 89 deaths from the storm": a state or city that speaks as itself counts within itself, when the sentence names
    /// no other place ("Los Angeles has recorded 2,700 arrests since the protests, followed by New York City with some 1,500 arrests" sets
    /// two places' counts side by side); null otherwise. (A capital that speaks is its country's government, read as such before this.)
    /// </summary>
    private (string Name, string Precision, string From, TextSpan Span)? SpeakingPlace(Attribution? attribution, List<Token> tokens, List<PlaceMention> sentencePlaces)
    {
        if (attribution is not { SourceStart: >= 0, Person: false } named || named.SourceEnd > tokens.Count) return null;
        foreach (var other in sentencePlaces)
            if (other is { Adjective: false, Dateline: false }) return null;
        if (_lexicon.Places.Named(named.Claimant) is not { Kind: PlacePrecision.City or PlacePrecision.Region, In: not null, Ambiguous: false } place) return null;
        return (place.Name, place.Kind, Provenance.Sentence, new TextSpan(tokens[named.SourceStart].Start, tokens[named.SourceEnd - 1].End));
    }

    /// <summary>
    /// Whether the figure counts some of the people an earlier figure did, not what the figure right before it counted: "of whom 101",
    /// "101 of whom" (a relative pronoun of persons beside it), or "Of the hundreds wounded in the six attacks, 99 were in critical
    /// condition" (the figure right after the comma that closes a whole the sentence opens with, which holds no attacks).
    /// </summary>
    private bool PointsBackToPeople(List<Token> tokens, NumberMention mention, int bodyStart)
    {
        var grammar = _lexicon.Grammar;
        bool Personal(int k) => k >= 0 && k < tokens.Count && grammar.RelativePronouns.Contains(tokens[k]) && !grammar.ThingRelatives.Contains(tokens[k]);
        if (Personal(mention.FirstToken - 1) || Personal(mention.EndToken + 1)) return true;
        if (bodyStart >= tokens.Count || tokens[bodyStart].Lower != "of") return false;
        var comma = bodyStart + 1;
        while (comma < mention.FirstToken && tokens[comma].Text != ",") comma++;
        return comma < mention.FirstToken && mention.FirstToken - comma <= 3;
    }

    /// <summary>"the National Police Agency", "federal officials": a source whose own words make it a national body.</summary>
    private bool NationalBody(Attribution? attribution, List<Token> tokens)
    {
        if (attribution is not { SourceStart: >= 0, Person: false } source || source.SourceEnd > tokens.Count) return false;
        var (national, local) = (false, false);
        for (var k = source.SourceStart; k < source.SourceEnd; k++)
            (national, local) = (national || _lexicon.Places.NationalBodyWords.Contains(tokens[k].Text), local || _lexicon.Places.LocalBodyWords.Contains(tokens[k].Text));
        var head = HeadWord(attribution);
        // "the interior ministry said", "the presidency said": a ministry speaks for the country, unless a word makes it a province's.
        if (!national) return !local && _lexicon.Places.NationalHeads.Contains(head);
        // "Liaquat National Hospital representative Anjum Rizvi" is no national body: its head must be one of government.
        return _lexicon.Places.NationalBodyHeads.Contains(head);
    }

    /// <summary>Whether a source is itself an authority: a government noun heads it ("the ministry", "local police") or it is a country.</summary>
    private bool IsAuthority(Attribution? attribution)
    {
        if (attribution is null) return false;
        // The set ignores case.
        return _lexicon.Sources.GovernmentNouns.Contains(HeadWord(attribution))
               || _lexicon.Places.Named(attribution.Claimant) is { Kind: PlacePrecision.Country };
    }

    /// <summary>"authorities said" about an event in eastern Ukraine: that country's authorities.</summary>
    private Attribution? ForUnnamedSource(Attribution? attribution, string? location)
    {
        if (attribution is null || location is null || !_lexicon.UnnamedSources.Contains(attribution.Claimant)) return attribution;
        // "in Odessa": the police of the country the place lies in.
        var listed = _lexicon.Places.Named(location) ?? _lexicon.Places.ByAliasIgnoringCase(location);
        foreach (var place in listed is null ? [location] : _lexicon.Places.Lineage(listed.Name).Select(p => p.Name))
        {
            var words = Tokenizer.Tokenize(place, 0, 0, place.Length, _lexicon.Words);
            for (var k = 0; k < words.Count; k++)
                if (_lexicon.ClaimantAliases.Match(words, k) is { } alias && !alias.Value.Person)
                    return new Attribution(alias.Value.Family ?? alias.Value.Name, alias.Value.Family is null ? null : alias.Value.Name, alias.Value.Side, attribution.TokenIndex);
        }
        return attribution;
    }

    /// <summary>
    /// "This was reported by the Ministry of Internal Affairs", "The figures were confirmed by the regional police": a sentence that opens
    /// by pointing back ("This", "These figures") as the subject of a passive reporting verb, whose agent follows it, names who gave the
    /// figures before it.
    /// </summary>
    private static bool PassiveGiver(Attribution attribution, List<Token> tokens, Grammar grammar)
    {
        if (attribution.SourceStart <= attribution.TokenIndex || attribution.SourceEnd <= attribution.SourceStart || attribution.Claimant == Claim.Unattributed
            || tokens.Count < 4 || !grammar.Demonstratives.Contains(tokens[0]) && !grammar.Articles.Contains(tokens[0])) return false;
        var k = 1;
        if (grammar.MeasureNouns.Contains(tokens[k])) k++;
        // "The" alone points back to nothing.
        else if (!grammar.Demonstratives.Contains(tokens[0])) return false;
        return k < attribution.TokenIndex && grammar.BeForms.Contains(tokens[k]) && attribution.TokenIndex - k <= 2;
    }

    /// <summary>
    /// "At least 44 police personnel ... have been killed ... Police Headquarters revealed the figure in a statement on Sunday": a source that
    /// gives "the figure" or "these numbers" in a sentence of no figures of its own gave the figures of the sentence before, when that
    /// sentence attributed none.
    /// </summary>
    private static void AttributeToTheNextSentence(List<Claim> claims, int previousStart, Attribution[] attributions, List<Token> tokens, Grammar grammar)
    {
        Attribution? giver = null;
        foreach (var attribution in attributions)
        {
            if (PassiveGiver(attribution, tokens, grammar)) { giver = attribution; break; }
            var k = attribution.TokenIndex + 1;
            if (attribution.SourceStart < 0 || attribution.SourceEnd <= attribution.SourceStart || attribution.SourceStart > attribution.TokenIndex || attribution.Claimant == Claim.Unattributed
                || k + 1 >= tokens.Count || tokens[k].Lower is not ("the" or "these" or "those" or "this") || !grammar.MeasureNouns.Contains(tokens[k + 1])
                // "Roy Cooper predicted the toll would rise": the measure opening a clause of its own is what the source speaks of, not what it gave.
                || k + 2 < tokens.Count && (grammar.BeForms.Contains(tokens[k + 2]) || grammar.Auxiliaries.Contains(tokens[k + 2]))) continue;
            giver = attribution;
            break;
        }
        if (giver is null) return;
        // "... according to the district's head Abba Hassan, although some reports suggest as many as 2,000 ... Hassan gave the figure":
        // the figure a sentence already gave a source for is the one meant.
        for (var c = claims.Count - 1; c >= 0 && claims[c].SentenceStart == previousStart; c--)
            if (claims[c].Claimant != Claim.Unattributed) return;
        var span = new TextSpan(tokens[giver.SourceStart].Start, tokens[giver.SourceEnd - 1].End);
        for (var c = claims.Count - 1; c >= 0 && claims[c].SentenceStart == previousStart; c--)
            if (claims[c].Claimant == Claim.Unattributed)
                claims[c] = claims[c] with
                {
                    Claimant = giver.Person ? SourcePhrase.PersonName(giver.Claimant) : giver.Claimant, ClaimantBody = giver.Body, ClaimantSpan = span,
                };
    }

    /// <summary>
    /// "He said:" closing a sentence: a source whose verb ends it with a colon, for the paragraph that follows a paragraph it closes (the
    /// words quoted as a block, with no quotation marks); else null.
    /// </summary>
    private static Attribution? IntroducesTheNextParagraph(Attribution[] attributions, List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[^1].Text != ":") return null;
        foreach (var attribution in attributions)
            if (attribution.TokenIndex == tokens.Count - 2 && attribution.SourceStart >= 0 && attribution.SourceStart < attribution.TokenIndex
                && attribution.Claimant != Claim.Unattributed)
                return attribution with { SourceStart = -1, SourceEnd = -1 };
        return null;
    }

    /// <summary>The hospital or morgue a source's name ends with ("Dhaka Medical College Hospital"), as the place of its count; else null.</summary>
    private (string Name, string Precision, string From, TextSpan Span)? IntakeSite(Attribution? attribution, List<Token> tokens)
    {
        if (attribution is not { SourceStart: >= 0 } named || named.SourceEnd > tokens.Count || named.SourceEnd - named.SourceStart < 2) return null;
        var head = tokens[named.SourceEnd - 1];
        if (!head.IsCapitalized || !_lexicon.Places.IntakeSites.Contains(head.Lower)) return null;
        // "the superintendent of Kuwait Bangladesh Friendship Government Hospital": the hospital's name only, not its staff's role.
        var first = named.SourceEnd - 1;
        while (first - 1 >= named.SourceStart && tokens[first - 1] is { IsWord: true, IsCapitalized: true }) first--;
        return (first == named.SourceStart ? named.Claimant : SourcePhrase.Join(tokens, first, named.SourceEnd), PlacePrecision.Site, Provenance.Sentence, new TextSpan(tokens[first].Start, head.End));
    }
}
