namespace FactCheck.Extraction.Extractor;

/// <summary>Where a sentence's parts begin, and which words around a figure say that a source's part is its own.</summary>
internal sealed partial class ClaimExtractor
{
    /// <summary>Whether one of the sentence's sources starts at <paramref name="start"/> with its verb before the figure.</summary>
    private bool SourceOpensAt(Attribution[] attributions, List<Token> tokens, int start, int figure)
    {
        // "while the Red Crescent said 18 died": the source's article opens the part too.
        var article = start < tokens.Count && Grammar.Articles.Contains(tokens[start]);
        foreach (var attribution in attributions)
            if ((attribution.SourceStart == start || article && attribution.SourceStart == start + 1) && attribution.TokenIndex > start && attribution.TokenIndex < figure)
                return true;
        return false;
    }

    /// <summary>
    /// "four hospitals in Palu have reported 48 dead": a source that is a count of places taking in the dead or the hurt (places.json
    /// intakeSites) gives what those took in, some of a toll.
    /// </summary>
    private bool CountedIntakeSites(Attribution? attribution)
    {
        if (attribution is not { Person: false } source || source.Claimant.Split(' ') is not [_, .., var head]
            || !_lexicon.Places.IntakeSites.Contains(head.EndsWith('s') ? head[..^1] : head)) return false;
        return _numbers.Find(Tokenizer.Tokenize(source.Claimant, 0, 0, source.Claimant.Length, _lexicon.Words)) is [{ FirstToken: 0 }, ..];
    }

    /// <summary>
    /// "Earlier Monday, the government raised the death toll ..., saying that almost 4,000 people were killed": a fronted time taken for
    /// the source of a participle is no source. Whether every word of a claimant is a weekday, a month, a word attribution skips, or "on".
    /// </summary>
    private bool NamesOnlyATime(string claimant)
    {
        // "“Today's death toll is 125,” he said": a day named relative to the report's owns no measure.
        if (claimant.Length <= MaxTimeLength && Tokenizer.Tokenize(claimant, 0, 0, claimant.Length, _lexicon.Words) is { Count: > 0 } words
            && _lexicon.Time.Relative.Match(words, 0) is { Length: var length } && length == words.Count) return true;
        foreach (var word in claimant.Split(' '))
            if (!(_lexicon.Time.Weekdays.ContainsKey(word) || _lexicon.Time.Months.ContainsKey(word.ToLowerInvariant()) || _lexicon.Sources.Skipped.Contains(word.ToLowerInvariant())
                  || word is "On" or "on" or "Late" or "Early")) return false;
        return true;
    }

    // The longest relative time a claimant may be ("the day before yesterday").
    private const int MaxTimeLength = 24;

    /// <summary>Whether a number in digits stands before tokens[<paramref name="end"/>].</summary>
    private static bool NumberBefore(List<Token> tokens, int end)
    {
        for (var k = 0; k < end; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>No comma between a verb and a figure but those opening a part of a count ("..., including 51 children").</summary>
    private bool OnlyPartsSetOff(List<Token> tokens, int verb, int figure)
    {
        for (var k = verb + 1; k < figure; k++)
            if (tokens[k].Text == "," && _lexicon.PartMarkers.Match(tokens, k + 1) is null) return false;
        return true;
    }

    /// <summary>A bracket that closes with no figure of its own: "(according to the army)", not "(according to organisers, 50,000)".</summary>
    private static bool OnlySourceInBracket(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
            if (tokens[k].Text == ")") return true;
            else if (tokens[k].Kind == TokenKind.Number || tokens[k].Text == "(") return false;
        return false;
    }

    /// <summary>A reporting verb and its source before the quotation mark that opens the quotation holding tokens[figure].</summary>
    private static bool SpeakerBeforeQuote(Attribution[] attributions, List<Token> tokens, int figure)
    {
        var opening = figure - 1;
        while (opening >= 0 && tokens[opening].Text is not ("“" or "\"")) opening--;
        foreach (var attribution in attributions)
            if (attribution.SourceStart >= 0 && attribution.TokenIndex < opening && attribution.SourceStart < opening && !attribution.Agentless) return true;
        return false;
    }

    /// <summary>
    /// A reporting verb in the part tokens[from..to) after a subject of its own; "..., but added that", "but did say that" go on with the
    /// subject before.
    /// </summary>
    private bool ReportingVerbBetween(List<Token> tokens, int from, int to)
    {
        if (from == 0) return false;
        var subject = false;
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k] is { IsWord: true, IsCapitalized: false } && _lexicon.AttributionVerbs.Match(tokens, k) is not null) return subject;
            subject |= tokens[k].IsWord && !Grammar.Contrastives.Contains(tokens[k]) && !Grammar.Auxiliaries.Contains(tokens[k]) && !_lexicon.Sources.Skipped.Contains(tokens[k].Lower);
        }
        return false;
    }

    /// <summary>"with organisers saying", "despite other government agencies ... reporting": a source after "with" or "despite", its verb a participle.</summary>
    private bool WithSaying(List<Token> tokens, Attribution attribution)
    {
        var k = attribution.SourceStart - 1;
        while (k >= 0 && (Grammar.Articles.Contains(tokens[k]) || Grammar.SourceDeterminers.Contains(tokens[k]))) k--;
        // "with Independent Television reporting 17 deaths and Somoy TV reporting 30": "and" joins a second source to the same "with".
        return k >= 0 && (Grammar.SourceClauseOpeners.Contains(tokens[k]) || Grammar.Coordinators.Contains(tokens[k]) && WithBefore(tokens, k)) && attribution.TokenIndex > attribution.SourceStart
               && tokens[attribution.TokenIndex].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    private bool WithBefore(List<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && tokens[j].Text is not (";" or ":"); j--)
            if (Grammar.SourceClauseOpeners.Contains(tokens[j])) return true;
        return false;
    }

    private bool IsPrefix(List<Token> tokens, Attribution attribution) =>
        attribution.TokenIndex < tokens.Count && _lexicon.AttributionPrefixes.Match(tokens, attribution.TokenIndex) is not null;

    /// <summary>Whether the figure at tokens[figure] follows "against", "and", "while" or "than" after another figure the verb at tokens[verb] gave.</summary>
    private bool SetAgainstAnEarlierFigure(List<Token> tokens, int verb, int figure)
    {
        // "a figure far lower than the 49 cited by the Spanish government": a comparison sets it against the figure before too.
        var link = figure >= 2 && Grammar.Articles.Contains(tokens[figure - 1]) && Grammar.ComparativeLinks.Contains(tokens[figure - 2]) ? figure - 2 : figure - 1;
        if (link < 0 || !(Grammar.SetAgainst.Contains(tokens[link]) || Grammar.Coordinators.Contains(tokens[link]) || Grammar.Contrastives.Contains(tokens[link])
                          || Grammar.ComparativeLinks.Contains(tokens[link])))
            return false;
        for (var k = verb + 1; k < link; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>Whether only the figure's own noun (lower-case words) and a comma stand between it and tokens[at].</summary>
    private static bool JustAfter(List<Token> tokens, NumberMention mention, int at)
    {
        for (var k = mention.EndToken; k < at; k++)
            if (!(tokens[k].Text == "," && k == at - 1 || tokens[k] is { IsWord: true, IsCapitalized: false })) return false;
        return at - mention.EndToken <= 3;
    }

    /// <summary>"including 80,000 in Paris": a place right after the part is the part's own, not its whole's.</summary>
    private static bool OwnPlace(Claim part, TextSpan place) => place.Start >= part.End && place.Start - part.End <= OwnPlaceReach;

    private const int OwnPlaceReach = 16;

    /// <summary>
    /// "Guwahati, July 3: At least 121 people, including more than 100 women and seven children, were killed in a tragic stampede ... in
    /// Hathras": a count only the dateline places is where the part right after it is, when the sentence's own words place that part.
    /// </summary>
    private static void PlaceWholeWithItsPart(List<Claim> claims, int from)
    {
        for (var w = from; w + 1 < claims.Count; w++)
        {
            var (whole, part) = (claims[w], claims[w + 1]);
            if (whole.LocationFrom != Provenance.Dateline || whole.PartOfGroup || !part.PartOfGroup || part.LocationFrom != Provenance.Sentence || part.Metric != whole.Metric
                || part.LocationSpan is not { } placed || OwnPlace(part, placed)) continue;
            claims[w] = whole with
            {
                Location = part.Location, LocationPrecision = part.LocationPrecision, LocationFrom = part.LocationFrom, LocationSpan = part.LocationSpan, PlacePath = part.PlacePath,
            };
        }
    }
}
