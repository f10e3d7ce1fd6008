namespace FactCheck.Extraction;

/// <summary>Places the gazetteer does not list: a name after a locative preposition, a site whose noun opens its name, a name a bracketed count follows.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>
    /// "Plaza de Cibeles", "Avenida Paulista", "Madrid's Plaza de Cibeles": a site noun that opens its name, then at most two particles and
    /// capitalized words; the possessive city before it is read on its own.
    /// </summary>
    private PlaceMention? LeadingSite(List<Token> tokens, int i, bool titleCase)
    {
        if (titleCase || !Places.LeadingSiteNouns.Contains(tokens[i].Text)) return null;
        var k = i + 1;
        while (k < tokens.Count && k - i <= 2 && !tokens[k].IsCapitalized && Places.SiteNameParticles.Contains(tokens[k].Text)) k++;
        if (k >= tokens.Count || !tokens[k].IsCapitalized || !tokens[k].IsWord || IsNotPlace(tokens, k)) return null;
        var end = CapitalizedRun(tokens, k);
        return end - k > 3 ? null : new PlaceMention(i, end, SourcePhrase.Join(tokens, i, end), PlacePrecision.Site, false);
    }

    /// <summary>"in Yenakiyeve": an unlisted capitalized name after a locative preposition.</summary>
    private PlaceMention? Unlisted(List<Token> tokens, int i, bool titleCase)
    {
        if (i == 0 || !tokens[i].IsCapitalized || IsNotPlace(tokens, i)) return null;
        // "in Yenakiyeve", "fighting around Baparsk", "the shelling of Badenka", "in lower Manhattan".
        var start = i;
        if (i >= 2 && !tokens[i - 1].IsCapitalized && Places.IsDirection(tokens[i - 1])) start = i - 1;
        // "near government-controlled Maiorsk", "in rebel-held Horlivka": who holds it, kept out of the name; "in nearby Majske Poljane":
        // how near it lies, too.
        var before = start;
        while (before >= 2 && (HeldBy(tokens, before - 1) || tokens[before - 1] is { IsCapitalized: false } near && Places.ProximityWords.Contains(near.Lower))) before--;
        var preposition = tokens[before - 1].Lower;
        // "The dead are from Nairobi (17), Nakuru (3), Laikipia (1)": a name in a list, its own count in brackets after it.
        if (CountedInBrackets(tokens, i) && (preposition is "," or "from" or "and" || lexicon.Grammar.SitePrepositions.Contains(preposition)))
            return new PlaceMention(start, CapitalizedRun(tokens, i), SourcePhrase.Join(tokens, start, CapitalizedRun(tokens, i)), PlacePrecision.Unknown, false);
        // "the shelling of Badenka", "residents of Bolorne".
        if (!lexicon.Grammar.SitePrepositions.Contains(preposition)
            && !(preposition == "of" && i >= 2 && (lexicon.MetricTriggers.Match(tokens, i - 2) is not null && !lexicon.Grammar.PersonEventNouns.Contains(tokens[i - 2])
                                                   || Places.ResidentNouns.Contains(tokens[i - 2].Lower))))
            return null;
        // A headline capitalizes every word: "At Least Four Killed" names no place Least.
        if (titleCase) return null;
        var end = CapitalizedRun(tokens, i);
        // "at St. Anthony's Shrine": an abbreviation's stop does not end the name.
        if (end - i > 3 || Modifies(tokens, end) || Abbreviated(tokens, end)) return null;
        // "Survivors of Typhoon Haiyan", "residents of Hurricane Harvey's path": a name an event's word opens is the event's.
        if (end - i > 1 && lexicon.Events.Kinds.Match(tokens, i) is { Length: 1 }) return null;
        for (var k = i; k < end; k++)
            if (IsNotPlace(tokens, k) || lexicon.Sources.OrganisationHeads.Contains(tokens[k].Text) || tokens[k].Text.EndsWith("'s", StringComparison.Ordinal)
                || Places.Adjectives.Match(tokens, k) is not null || !NameLike(tokens[k].Text)) return null;
        return new PlaceMention(start, end, SourcePhrase.Join(tokens, start, end), PlacePrecision.Unknown, false);
    }

    private static bool Abbreviated(List<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end] is { Text: ".", SpaceBefore: false } && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWord;

    /// <summary>Whether the capitalized run from tokens[i] (at most two words, each name-like) is followed by a bracketed count: "Uasin Gishu (4)".</summary>
    private bool CountedInBrackets(List<Token> tokens, int i)
    {
        var end = CapitalizedRun(tokens, i);
        if (end - i > 2 || end + 2 >= tokens.Count || tokens[end].Text != "(" || tokens[end + 1].Kind != TokenKind.Number || tokens[end + 2].Text != ")") return false;
        for (var k = i; k < end; k++)
            if (IsNotPlace(tokens, k) || !NameLike(tokens[k].Text) || lexicon.Sources.OrganisationHeads.Contains(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>
    /// "Kerr County was hit the hardest", "two children ... in Washington County": a capitalized run ending in a region's noun is that region,
    /// as subject too, and not the city its first word may name; unlisted, it is of unknown precision, as an unlisted name after "in" is.
    /// "In Kane County", "South Florida's Miami-Dade County": the name starts after a capitalized preposition or a possessive.
    /// </summary>
    private PlaceMention? RegionNamed(List<Token> tokens, int i, int run)
    {
        if (run - 1 <= i || !Places.RegionNameEnds.Contains(tokens[run - 1].Text)) return null;
        var first = i;
        for (var k = i; k < run - 2; k++)
            if (Places.Prepositions.Contains(tokens[k].Lower) || tokens[k].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[k].Text.EndsWith("’s", StringComparison.Ordinal)) first = k + 1;
        if (NamesNoPlace(tokens, first, run)) return null;
        if (Places.ByAliasIgnoringCase(SourcePhrase.Join(tokens, first, run)) is { } region) return new PlaceMention(first, run, region.Name, region.Kind, false);
        // "central China's Henan Province": a listed region named with its noun is that region.
        if (run - 1 > first && Places.ByAliasIgnoringCase(SourcePhrase.Join(tokens, first, run - 1)) is { Kind: PlacePrecision.Region } named)
            return new PlaceMention(first, run, named.Name, PlacePrecision.Region, false);
        return new PlaceMention(first, run, SourcePhrase.Join(tokens, first, run), PlacePrecision.Unknown, false);
    }
}
