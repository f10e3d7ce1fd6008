namespace FactCheck.Extraction;

/// <summary>A byline says who wrote the story, never where it happened.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>
    /// "By Jade Le Deley and John Leicester", "- By Paul Haven, AP": a line that opens with "By" and a capitalized name and goes on with
    /// nothing but capitalized words, words that join them and punctuation names its writers, whose surnames may be places'.
    /// </summary>
    private bool IsByline(List<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Punctuation) k++;
        if (k + 1 >= tokens.Count || tokens[k].Text != "By" || !tokens[k + 1].IsCapitalized) return false;
        for (var j = k + 1; j < tokens.Count; j++)
            if (tokens[j].Kind == TokenKind.Number || tokens[j] is { IsWord: true, IsCapitalized: false } && !lexicon.Grammar.Coordinators.Contains(tokens[j])) return false;
        return true;
    }
}
