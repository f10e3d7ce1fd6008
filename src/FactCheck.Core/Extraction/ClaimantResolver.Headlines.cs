namespace FactCheck.Extraction;

/// <summary>Sources a headline gives at its start or end: "Nuland: At least 400-500 ...", "... tops 60 percent - chief election official".</summary>
internal sealed partial class ClaimantResolver
{
    /// <summary>
    /// A headline's source: leading ("Nuland: At least 400-500 Russian soldiers killed") or closing
    /// ("...: NATO official", "... — Stoltenberg", "..., the governor of the region, Serhiy Gaidai").
    /// A leading one only where the sentence names no source of its own: "GENEVA: Some 582,000 Rohingya
    /// ... the United Nations said" is the UN's.
    /// </summary>
    private Attribution? Headline(List<Token> tokens, SourceContext context, bool sourced)
    {
        var colon = -1;
        for (var k = 0; k < Math.Min(tokens.Count, 4); k++)
        {
            if (tokens[k].Text == ":") { colon = k; break; }
            // "Chief prosecutor: At least 114 deaths": a headline in sentence case keeps its source's later words in lower case ("Prison or
            // Exile:" is a title, no source).
            if (!tokens[k].IsCapitalized && (k == 0 || !tokens[k].IsWord || Grammar.FunctionWords.Contains(tokens[k]))) break;
        }
        // A count in words after a colon more often follows a topic ("Ukraine crisis: Seventeen killed in clashes") than a source.
        if (colon > 0 && !sourced && HasDigits(tokens, colon + 1, tokens.Count) && !Label(tokens, colon)
            && _phrases.Before(context, colon - 1) is { } leading)
            return leading with { TokenIndex = 0 };
        for (var k = tokens.Count - 2; k >= Math.Max(1, tokens.Count - 5); k--)
        {
            // "Ukraine presidential election turnout tops 60 percent - chief election official": a hyphen set off by spaces is a dash.
            var dash = tokens[k].Text == "-" && tokens[k].SpaceBefore && tokens[k + 1].SpaceBefore;
            if (tokens[k].Text is not (":" or "—" or "–" or ",") && !dash) continue;
            // "U.S. nuclear arsenal to cost $1.2 trillion over next 30 years: CBO"
            // "... IN GENERATIONS... - FAKE NEWS": a shouted close after a hyphen is a slogan, no source.
            if (tokens[k].Text is not "," && HasNumber(tokens, 0, k) && _phrases.After(context, k + 1) is { } closing
                && !(dash && closing.Claimant.All(c => !char.IsLetter(c) || char.IsUpper(c))))
                return closing with { TokenIndex = k };
            (int Index, ClaimantEntry? Entry) named = default;
            foreach (var mention in context.Mentions)
                if (mention.Index > k) { named = mention; break; }
            // After a comma only a person closes a sentence as its source.
            if (named.Entry is null || tokens[k].Text == "," && !named.Entry.Person) return null;
            return From(named.Entry, k) with { SourceStart = named.Index, SourceEnd = named.Index + 1 };
        }
        return null;
    }

    /// <summary>
    /// Words before a colon that are no source: an outlet's rubric ("STORY:"), a section heading in capitals
    /// ("REPATRIATION: Sets a one-time mandatory tax of 8 percent"), a dateline's place, in any case ("New Delhi:",
    /// "KARACHI:"), a feature's label ("In Pics:"), a story's topic, naming its event ("Morocco Earthquake: Death Toll Rises To 1,037"), or the name of a
    /// value given alone after it ("Gain: $223 billion.").
    /// </summary>
    private bool Label(List<Token> tokens, int colon)
    {
        var before = string.Join(' ', tokens.Take(colon).Select(t => t.Text));
        if (_lexicon.Sources.Rubrics.Contains(before)) return true;
        // "In Pics: Greece Grapples With ... 32 Killed": a label opening with a preposition names no one.
        if (Grammar.FunctionWords.Contains(tokens[0]) && !Grammar.Articles.Contains(tokens[0]) && !tokens[0].Text.All(char.IsUpper)) return true;
        // "REPATRIATION:", not "ITAR-TASS:", an agency in capitals.
        if (colon == 1 && tokens[0].Text.Length > 6 && tokens[0].Text.All(c => char.IsUpper(c) || c == '-')
            && !_lexicon.Sources.OrganisationHeads.Contains(tokens[0].Text) && _lexicon.ClaimantAliases.Match(tokens, 0) is null) return true;
        if (ValueOnlyAfter(tokens, colon + 1)) return true;
        if (_lexicon.Places.Named(before) is not null || _lexicon.Places.ByAliasIgnoringCase(before) is not null) return true;
        // "Bleeding Bangladesh:", "Flood-hit Pakistan:": a place with a word of comment before it is a topic, as the place alone is.
        for (var k = 1; k < colon; k++)
            if (_lexicon.Places.Aliases.Match(tokens, k) is { Length: var length } && k + length == colon && !SourceWordBefore(tokens, k)) return true;
        for (var k = 0; k < colon; k++)
            if (_lexicon.Events.Kinds.Match(tokens, k) is not null) return true;
        // "Odisha Train Tragedy: Death Toll Touches 278": a place and a topic; "Ukraine Defence Ministry:" is a source, headed by one's noun.
        var head = tokens[colon - 1];
        return colon > 1 && _lexicon.Places.Aliases.Match(tokens, 0) is { Length: var placeLength } && placeLength < colon
               && !_lexicon.Sources.OrganisationHeads.Contains(head.Text) && !_lexicon.Sources.Nouns.Contains(head.Lower) && _lexicon.ClaimantAliases.Match(tokens, 0) is null;
    }

    /// <summary>"UN envoy in Ukraine:": a source's noun, a listed claimant or a name's head before tokens[end].</summary>
    private bool SourceWordBefore(List<Token> tokens, int end)
    {
        for (var k = 0; k < end; k++)
            if (_lexicon.Sources.Nouns.Contains(tokens[k].Lower) || _lexicon.Sources.OrganisationHeads.Contains(tokens[k].Text) || _lexicon.ClaimantAliases.Match(tokens, k) is not null)
                return true;
        return false;
    }

    /// <summary>"$223 billion.": nothing after the colon but a figure, its symbols and its unit, then the sentence's end.</summary>
    private bool ValueOnlyAfter(List<Token> tokens, int from)
    {
        var end = tokens.Count;
        if (end > from && tokens[end - 1].Text == ".") end--;
        if (end - from is < 1 or > 4) return false;
        var number = false;
        for (var k = from; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number) number = true;
            else if (tokens[k].Kind != TokenKind.Symbol && !_lexicon.Magnitudes.ContainsKey(tokens[k].Lower) && _lexicon.Units.Match(tokens, k) is null && _lexicon.CurrencyWords.Match(tokens, k) is null
                     && _lexicon.Qualifiers.Match(tokens, k) is null && _lexicon.NumberWords.Match(tokens, k) is null) return false;
        }
        return number;
    }

    /// <summary>"Eight killed in roof collapse at Serbia train station: interior minister": a count in digits or in words.</summary>
    private bool HasNumber(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsCount(tokens, k)) return true;
        return false;
    }

    private static bool HasDigits(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }
}
