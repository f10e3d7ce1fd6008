namespace FactCheck.Extraction;

/// <summary>Places named together: a list under one plural noun, two names joined by a comma or a coordinator.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>
    /// "on the Grand Bahama and Abaco islands", "in Al-Haouz and Taroudant provinces": a plural place noun after names joined by
    /// "and" makes each a place of its kind, the figure's place all of them; a name already read ("Tamil Nadu and Kerala") is left to the list.
    /// </summary>
    private PlaceMention Coordinated(List<PlaceMention> found, List<Token> tokens, PlaceMention mention)
    {
        var and = mention.FirstToken - 1;
        if (mention.Adjective || and < 2 || !lexicon.Grammar.Coordinators.Contains(tokens[and]) || !tokens[and - 1].IsCapitalized
            || Places.Nouns.Match(tokens, mention.EndToken - 1) is not { Value: PlacePrecision.Region } || !tokens[mention.EndToken - 1].Lower.EndsWith('s')
            || found.Count > 0 && found[^1].EndToken >= and) return mention;
        var start = and - 1;
        while (start > 0 && tokens[start - 1].IsCapitalized && and - start < 3) start--;
        if (start == 0 || tokens[start - 1].IsCapitalized || !NameLike(tokens[start].Text)) return mention;
        var noun = Places.Nouns.Match(tokens, mention.EndToken - 1)!.Value.Length;
        return mention with
        {
            FirstToken = start, Name = SourcePhrase.Join(tokens, start, mention.EndToken),
            Parts = [SourcePhrase.Join(tokens, start, and), SourcePhrase.Join(tokens, and + 1, mention.EndToken - noun)],
        };
    }

    /// <summary>
    /// "Turkey-Syria Earthquake Death Toll Crosses 24,000", "the Russia-Ukraine border": two listed places of one kind joined by a hyphen in
    /// one word are both, compared as the set of the two; null for any other word ("pro-Russia", "Guinea-Bissau", a name listed whole).
    /// </summary>
    private PlaceMention? HyphenatedPair(List<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        var hyphen = text.IndexOf('-');
        if (hyphen <= 0 || hyphen != text.LastIndexOf('-') || hyphen == text.Length - 1 || !char.IsUpper(text[hyphen + 1])) return null;
        if (Places.ByAliasIgnoringCase(text) is not null) return null;
        // "Russia-U.S. relations": the abbreviation's last point is read as a token of its own.
        var abbreviated = i + 1 < tokens.Count && tokens[i + 1].Text == "." && !tokens[i + 1].SpaceBefore;
        if (Places.ByAliasIgnoringCase(text[..hyphen]) is not { } first
            || (Places.ByAliasIgnoringCase(text[(hyphen + 1)..]) ?? (abbreviated ? Places.ByAliasIgnoringCase(text[(hyphen + 1)..] + ".") : null)) is not { } second
            || first.Kind != second.Kind || first.Name == second.Name)
            return null;
        // "high tension in Russia-U.S. relations", "German-Russian talks": before a plural of no event, the pair names the two as parties and
        // places nothing, not even as a demonym ("the Turkey-Syria earthquakes", "the Russia-Ukraine border" are where).
        var next = abbreviated ? i + 2 : i + 1;
        var adjective = next < tokens.Count && tokens[next] is { IsWord: true, IsCapitalized: false } && tokens[next].Lower.Length > 3 && tokens[next].Lower.EndsWith('s')
                        && !tokens[next].Lower.EndsWith("ss", StringComparison.Ordinal) && lexicon.Events.Kinds.Match(tokens, next) is null;
        return new PlaceMention(i, i + 1, text, first.Kind, false) { Parts = [first.Name, second.Name], Adjective = adjective, GroupOrigin = adjective };
    }

    /// <summary>
    /// "Tamil Nadu and Kerala", "AIIMS, Capital Hospital": two places of one kind with only a comma or a coordinator between;
    /// two countries with a dash between ("Turkey – Syria earthquakes"), as written hyphenated.
    /// </summary>
    internal bool Coordinated(List<Token> tokens, PlaceMention first, PlaceMention second)
    {
        if (first.Adjective || second.Adjective || first.Precision != second.Precision || second.FirstToken <= first.EndToken) return false;
        if (second.FirstToken == first.EndToken + 1 && tokens[first.EndToken].Text is "–" or "—" && first.Precision == PlacePrecision.Country) return true;
        for (var k = first.EndToken; k < second.FirstToken; k++)
            if (!(tokens[k].Text == "," || lexicon.Grammar.Coordinators.Contains(tokens[k]) || lexicon.Grammar.Articles.Contains(tokens[k]))) return false;
        return true;
    }

    /// <summary>
    /// "the Turkey and Syria earthquakes", "Turkey – Syria earthquakes", "Syria and Turkey": a name that is also a common word is a
    /// place when joined to a plain place of its kind by "and", a comma or a dash.
    /// </summary>
    private bool BesidePlaceOfItsKind(List<Token> tokens, int start, int end, string kind)
    {
        static bool Joins(Token token) => token.Text is "," or "–" or "—" or "&" || token.Lower == "and";
        if (end + 1 < tokens.Count && Joins(tokens[end]) && Places.Aliases.Match(tokens, end + 1) is { Value: { Ambiguous: false } after } && after.Kind == kind) return true;
        if (start < 2 || !Joins(tokens[start - 1])) return false;
        for (var k = Math.Max(0, start - 4); k < start - 1; k++)
            if (Places.Aliases.Match(tokens, k) is { Value: { Ambiguous: false } before, Length: var length } && k + length == start - 1 && before.Kind == kind) return true;
        return false;
    }
}
