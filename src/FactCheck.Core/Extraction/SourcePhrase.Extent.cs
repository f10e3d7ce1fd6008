namespace FactCheck.Extraction;

/// <summary>Where a source phrase runs and where its head ends: the tokens it takes, the times and initials it reads past.</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>Whether a token can be part of a source phrase: words, possessives, "U.S." and hyphens, not clause words.</summary>
    private bool Continues(List<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind == TokenKind.Number) return false;
        // "Karen Clark & Co.": an ampersand between a name and an organisation's head.
        if (token.Text == "&")
            return k > 0 && tokens[k - 1].IsCapitalized && k + 1 < tokens.Count
                   && (Words.OrganisationHeads.Contains(tokens[k + 1].Text) || lexicon.Abbreviations.Contains(tokens[k + 1].Text));
        // "U.S. officials", "said Sen. Brian Schatz", "said K. S. Anand": a stop closing an abbreviation, a title or an initial;
        // "Post-Schar": a hyphen inside a name.
        if (token.Kind == TokenKind.Punctuation)
            return !token.SpaceBefore && (token.Text == "-" || token.Text == "." && k > 0 && k + 1 < tokens.Count && tokens[k + 1].SpaceBefore && tokens[k + 1].IsWord
                && (tokens[k - 1].Text.Contains('.') || (lexicon.Titles.Contains(tokens[k - 1].Text) || IsInitial(tokens[k - 1].Text)) && tokens[k + 1].IsCapitalized));
        // "the National Center for Scientific and Technical Research": "and" inside an organisation's name.
        if (Grammar.Coordinators.Contains(token) && InsideOrganisationName(tokens, k)) return true;
        // "WHO" is a name; "who" opens a clause.
        // "according to an updated estimate from ...": after an article, a reporting verb's form is an adjective.
        return token.IsWord && !(Words.Breaks.Contains(token.Lower) && !token.Text.All(char.IsUpper))
               && (lexicon.AttributionVerbs.Match(tokens, k) is null || k > 0 && Grammar.Articles.Contains(tokens[k - 1]));
    }

    /// <summary>Where a relative time ending at tokens[end] starts ("over the weekend", "last week"), or null.</summary>
    private int? RelativeTimeEndingAt(List<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 3); start <= end; start++)
            if (lexicon.Time.Relative.Match(tokens, start) is { Length: var length } && start + length - 1 == end) return start;
        return null;
    }

    /// <summary>Where a month and day ending at tokens[end] start ("Sept. 13", "September 13"), or null.</summary>
    private int? MonthDayEndingAt(List<Token> tokens, int end)
    {
        if (end < 1 || tokens[end].Kind != TokenKind.Number) return null;
        var month = tokens[end - 1].Text == "." && end >= 2 ? end - 2 : end - 1;
        return lexicon.Time.Months.ContainsKey(tokens[month].Lower) && tokens[month].IsCapitalized ? month : null;
    }

    /// <summary>"K. S. Anand": one capital letter, a name's initial.</summary>
    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>Where the head of a phrase ends: at its first postmodifier, except inside a name ("Department of Homeland Security").</summary>
    private int HeadEnd(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var lower = tokens[k].Lower;
            // "Ministry of Health", "the Ministry of the Interior": a link inside an organisation's name, an article aside.
            var next = k + 1 < end && tokens[k + 1].Lower == "the" ? k + 2 : k + 1;
            // "The Centers for Disease Control": a plural head too.
            // "the Office for the Coordination of Humanitarian Affairs": a second link inside a name whose head came before the first; not
            // the place it serves ("the Ministry of Foreign Affairs of Paraguay").
            var insideName = Grammar.NameLinks.Contains(lower) && tokens[k - 1].IsCapitalized && next < end && tokens[next].IsCapitalized
                             && (IsOrganisationHead(tokens[k - 1].Text) || NamedRunFromHead(tokens, start, k) && lexicon.Places.Aliases.Match(tokens, next) is null);
            if ((Words.Postmodifiers.Contains(lower) || Words.InformedModifiers.Contains(lower)) && !insideName) return k;
            // "regions bordering Ukraine": a participle opens a modifier too; "damage assessments made by the Pacific Disaster Center": so
            // does any before its agent ("the latest count by officials" is the document's own "by").
            if (!tokens[k].IsCapitalized && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal))
                && lower.Length > 5 && !Words.Nouns.Contains(lower)) return k;
            if (tokens[k] is { IsWord: true, IsCapitalized: false } && k + 1 < end && tokens[k + 1].Lower == "by" && !Words.Nouns.Contains(lower)
                && !Words.StrippedHead(tokens[k])) return k;
        }
        return end;
    }

    private bool IsOrganisationHead(string word) =>
        Words.OrganisationHeads.Contains(word) || word.EndsWith('s') && Words.OrganisationHeads.Contains(word[..^1]);

    /// <summary>Whether tokens[start..link) is one capitalized run, its links and articles aside, that holds an organisation's head before its last word.</summary>
    private bool NamedRunFromHead(List<Token> tokens, int start, int link)
    {
        var head = false;
        for (var k = start; k < link; k++)
            if (tokens[k].IsCapitalized) head |= k < link - 1 && IsOrganisationHead(tokens[k].Text);
            else if (!Grammar.NameLinks.Contains(tokens[k]) && tokens[k].Lower != "the") return false;
        return head;
    }
}
