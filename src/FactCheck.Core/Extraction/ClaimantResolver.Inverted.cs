namespace FactCheck.Extraction;

/// <summary>Sources named after their verb: "..., said police", "..., says national rights body", "cites police as saying".</summary>
internal sealed partial class ClaimantResolver
{
    private const int CitedReach = 8;

    /// <summary>"as saying" within a few words after a verb that cites, before any comma.</summary>
    private static bool AsSayingAfter(List<Token> tokens, int from)
    {
        for (var k = from; k + 1 < tokens.Count && k < from + CitedReach && tokens[k].Text != ","; k++)
            if (tokens[k].Lower == "as" && tokens[k + 1].Lower == "saying") return true;
        return false;
    }

    /// <summary>
    /// "..., said Holly Johnson": a verb after a comma or a closing quote may have its source after it, a name or a phrase opened by an
    /// article, or an unnamed source ("..., said police", "..., said two officials").
    /// </summary>
    private bool InvertedAt(List<Token> tokens, int verb) =>
        verb > 0 && tokens[verb - 1].Text is "," or "”" or "\"" or "'" or "’" or "—" or "–" or "-" && _lexicon.Sources.Inverting.Contains(tokens[verb].Lower)
        && verb + 1 < tokens.Count && (tokens[verb + 1].IsCapitalized || Grammar.Articles.Contains(tokens[verb + 1]) || UnnamedSourceAt(tokens, verb + 1))
        || ClosingSourceUnmarked(tokens, verb);

    private const int ClosingSourceLength = 4;

    /// <summary>
    /// "Over 220,000 missing after cyclone says UN", "Death toll hits 40 says Red Cross": a headline's closing verb with no comma before
    /// it, after a figure or a word that names no one, and a short name or an unnamed source that ends the sentence.
    /// </summary>
    private bool ClosingSourceUnmarked(List<Token> tokens, int verb)
    {
        // Not "..., ranking committee Democrat Rep. John Conyers and his colleagues wrote Sessions", whom they wrote to.
        if (verb < 2 || !_lexicon.Sources.UnmarkedClosers.Contains(tokens[verb].Lower)
            || tokens[verb - 1] is var before && before.Kind != TokenKind.Number
            && (before is not { IsWord: true, IsCapitalized: false } || Grammar.FunctionWords.Contains(before) || _lexicon.Sources.Nouns.Contains(before.Lower))) return false;
        var end = tokens.Count;
        while (end > verb + 1 && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end == verb + 1 || end - verb - 1 > ClosingSourceLength || end < tokens.Count && tokens[end].Text is not ("." or "!")) return false;
        for (var k = verb + 1; k < end; k++)
            if (!(tokens[k].IsCapitalized || tokens[k].Text == ".")) return UnnamedSourceAt(tokens, verb + 1);
        return true;
    }

    /// <summary>
    /// An unnamed source noun that ends its clause ("..., said police.", "..., said two officials on Monday") or names a role before a
    /// name ("..., said spokesman Rick Rhodes"), not the subject of a clause the verb reports ("X, who arrived on the scene, said
    /// rescuers continued to search").
    /// </summary>
    private bool UnnamedSourceAt(List<Token> tokens, int k)
    {
        // "..., said its best estimate of ... is": a possessive's noun is what the verb says, no source of it.
        var possessive = Grammar.Possessives.Contains(tokens[k]);
        if (Grammar.SourceDeterminers.Contains(tokens[k]) || _lexicon.NumberWords.Match(tokens, k) is { Length: 1 }) k++;
        // "..., said local officials", "..., says national rights body": a word or two describing the noun before it.
        for (var modifiers = 0; modifiers < 2 && !possessive && k + 1 < tokens.Count && tokens[k] is { IsWord: true, IsCapitalized: false } && !_lexicon.Sources.Nouns.Contains(tokens[k].Lower)
                                && !Grammar.FunctionWords.Contains(tokens[k]) && tokens[k + 1] is { IsWord: true, IsCapitalized: false }; modifiers++) k++;
        if (k >= tokens.Count || tokens[k] is not { IsWord: true, IsCapitalized: false } || !_lexicon.Sources.Nouns.Contains(tokens[k].Lower)) return false;
        var next = k + 1;
        // "..., say police officers": two source nouns, one head.
        if (next < tokens.Count && tokens[next] is { IsWord: true, IsCapitalized: false } && _lexicon.Sources.Nouns.Contains(tokens[next].Lower)) next++;
        // "..., said spokesman Rick Rhodes": a role before its holder's name.
        return next >= tokens.Count || !tokens[next].IsWord || tokens[next].IsCapitalized || _lexicon.Sources.Postmodifiers.Contains(tokens[next].Lower)
               || _lexicon.Sources.InformedModifiers.Contains(tokens[next].Lower) || Grammar.RelativePronouns.Contains(tokens[next]);
    }
}
