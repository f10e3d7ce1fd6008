namespace FactCheck.Extraction;

/// <summary>Names of places that say who, not where: a country or a capital that acts, where someone is from.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>"a New Jersey man", "a Utah resident": an article, the place, and one person it describes.</summary>
    private bool Origin(List<Token> tokens, PlaceMention mention)
    {
        var end = mention.NameEnd ?? mention.EndToken;
        if (mention.FirstToken == 0 || end >= tokens.Count || !lexicon.Grammar.Articles.Contains(tokens[mention.FirstToken - 1])) return false;
        var person = tokens[end];
        return person.IsWord && !person.IsCapitalized && !person.Lower.EndsWith('s') && lexicon.Subjects.Match(tokens, end) is { Length: 1, Value: var group }
               && lexicon.PeopleSubjects.Contains(group);
    }

    /// <summary>
    /// "he told the US cable network Thursday", "Russian state television": an outlet's noun a word or two after a place, heading its
    /// phrase, says where the outlet is from; not "the Canterbury television building", "Elphinstone Road railway station" (a station, a
    /// channel or news is no outlet by itself).
    /// </summary>
    internal bool OutletAfter(List<Token> tokens, int end)
    {
        for (var k = end; k < Math.Min(tokens.Count, end + 3); k++)
        {
            // "a capsized cruise ship in China seeking news of their loved ones": a verb's form between them is no modifier.
            if (!tokens[k].IsWord || tokens[k].IsCapitalized && k > end || tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)
                || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
            if (!lexicon.Sources.OutletNouns.Contains(tokens[k].Lower) || tokens[k].Lower is "station" or "channel" or "news") continue;
            return k + 1 >= tokens.Count || tokens[k + 1] is not { IsWord: true, IsCapitalized: false } next
                   || lexicon.Grammar.FunctionWords.Contains(next) || lexicon.AttributionVerbs.Match(tokens, k + 1) is not null;
        }
        return false;
    }

    /// <summary>
    /// Whether a name is the subject of the verb after it: a modal or perfect ("will provide", "has
    /// imposed"), or a form of "be" before a participle ("was spending"). A bare past tense is left
    /// alone: "Russia moved 15 transport planes" out of its own provinces.
    /// </summary>
    private bool Acts(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || !tokens[end].IsWord || tokens[end].IsCapitalized) return false;
        if (lexicon.Grammar.Auxiliaries.Contains(tokens[end])) return true;
        var participle = tokens[end + 1].Lower;
        return lexicon.Grammar.BeForms.Contains(tokens[end]) && participle.Length > 4
               && (participle.EndsWith("ing", StringComparison.Ordinal) || participle.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Whether a figure, in digits or in words, ends right before tokens[start] ("12 U.S.", "thirteen US").</summary>
    private bool AfterAFigure(List<Token> tokens, int start) =>
        start > 0 && (tokens[start - 1].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, start - 1) is { Length: 1 });

    /// <summary>A noun of people at tokens[k], or one word after ("service members", "military soldiers"); not "passports", "carriers".</summary>
    private bool CountsPeople(List<Token> tokens, int k)
    {
        for (var at = k; at < Math.Min(tokens.Count, k + 2); at++)
            if (tokens[at] is not { IsWord: true, IsCapitalized: false }) return false;
            else if (lexicon.Subjects.Match(tokens, at) is { } subject && lexicon.PeopleSubjects.Contains(subject.Value)) return true;
        return false;
    }

    /// <summary>Whether tokens[joint] joins a place to a located one just before it ("in Turkey and").</summary>
    private bool EndsLocatedList(List<PlaceMention> found, List<Token> tokens, int joint) =>
        joint >= 1 && (lexicon.Grammar.Coordinators.Contains(tokens[joint]) || tokens[joint].Text == ",") && found.Count > 0
        && found[^1] is { Located: true, Adjective: false } listed && listed.EndToken == joint;

    /// <summary>Whether a government's verb follows, alone or after an auxiliary ("has denounced", "accused"), or a government's noun ("the Madrid government").</summary>
    private bool ActsAsGovernment(List<Token> tokens, int end)
    {
        if (end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: false } && lexicon.Grammar.GovernmentHeads.Contains(tokens[end])) return true;
        if (end < tokens.Count && lexicon.Grammar.Auxiliaries.Contains(tokens[end])) end++;
        return end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: false } && lexicon.Grammar.GovernmentVerbs.Contains(tokens[end]);
    }
}
