namespace FactCheck.Extraction;

/// <summary>Figures the sentence itself sets aside: denied for another, or corrected right after another.</summary>
internal sealed partial class NonClaimFilter
{
    private const int DeniedReach = 10;

    /// <summary>
    /// "there are not 200 or 500 dead, but rather a few dozen": "not" right before a figure, or before one it is joined to by "or", and
    /// "but" a few words on with a figure soon after it.
    /// </summary>
    private bool DeniedForAnother(List<Token> tokens, NumberMention mention)
    {
        if (lexicon.NegatorBefore(tokens, mention.FirstToken) < 0) return false;
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + DeniedReach); k++)
        {
            if (tokens[k].Text is "." or ";") return false;
            if (tokens[k].Lower != "but") continue;
            for (var j = k + 1; j < Math.Min(tokens.Count, k + 5); j++)
                if (tokens[j].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, j) is not null || lexicon.Vague.Match(tokens, j) is not null) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// "..., and not 79", "275 and not 288", "12, not 15": "not" right before a count in digits, a joint before it and a number before
    /// that, or the number right before it, as headlines write it ("Cianjur earthquake kills 62 not 162"). Not "not one was injured",
    /// which counts, nor a sum, often an earlier estimate ("not $416 billion as it estimated in December").
    /// </summary>
    private bool CorrectedFigure(List<Token> tokens, NumberMention mention)
    {
        // "there are not 200 or 500 dead, but rather a few dozen": figures denied before "but" and what is given instead.
        if (DeniedForAnother(tokens, mention)) return true;
        var not = mention.FirstToken - 1;
        if (not < 1 || !lexicon.Negators.Contains(tokens[not]) || tokens[mention.NumberToken].Kind != TokenKind.Number || mention.Unit != "") return false;
        if (tokens[not - 1].Kind == TokenKind.Number) return true;
        if (not < 2) return false;
        var joint = not - 1;
        if (Grammar.Coordinators.Contains(tokens[joint]) && joint >= 1 && tokens[joint - 1].Text == ",") joint--;
        if (!(tokens[joint].Text == "," || Grammar.Coordinators.Contains(tokens[joint]))) return false;
        for (var k = joint - 1; k >= Math.Max(0, joint - 6); k--)
            if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }
}
