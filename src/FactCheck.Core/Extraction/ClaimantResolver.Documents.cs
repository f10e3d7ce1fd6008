namespace FactCheck.Extraction;

/// <summary>Sources that speak through a document: "in a CBS News poll", "revealed in a report", "ministry figures showed".</summary>
internal sealed partial class ClaimantResolver
{
    /// <summary>
    /// Whether a document's source names who wrote it: a name ("Ipsos", "Pew Research"), a listed claimant, or a phrase with a
    /// source noun ("interior ministry"); not what is left of the document's own words ("Data", "new", "opinion").
    /// </summary>
    private bool NamesAnAuthor(Attribution found)
    {
        if (_lexicon.Sources.StrippedWords.Contains(found.Claimant)) return false;
        if (found.Person || found.Body is not null || found.Side is not null) return true;
        var words = found.Claimant.Split(' ');
        if (words.Any(w => _lexicon.Sources.Nouns.Contains(w) && !_lexicon.Sources.StrippedWords.Contains(w))) return true;
        return words.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    /// <summary>"the Justice Department revealed in a report": the document a source spoke in, so "according to the report" is that source.</summary>
    private string? DocumentAfter(List<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Count || tokens[k].Lower != "in" || !(Grammar.Articles.Contains(tokens[k + 1]) || Grammar.Possessives.Contains(tokens[k + 1]))) return null;
        return _lexicon.Sources.StrippedHead(tokens[k + 2]) && _lexicon.Sources.Nouns.Contains(tokens[k + 2].Lower) ? tokens[k + 2].Lower : null;
    }

    /// <summary>"in a CBS News poll", "in the Reuters analysis": a document noun right after a capitalized name.</summary>
    private bool InNamedDocument(List<Token> tokens, int at)
    {
        if (at + 3 >= tokens.Count || !Grammar.Articles.Contains(tokens[at + 1]) || !tokens[at + 2].IsCapitalized) return false;
        var k = at + 2;
        while (k < tokens.Count && (tokens[k].IsCapitalized || tokens[k].Text is "/" or "-")) k++;
        return k < tokens.Count && k - at - 2 <= 4 && _lexicon.Sources.StrippedHead(tokens[k]);
    }
}
