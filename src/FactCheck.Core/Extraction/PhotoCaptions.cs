namespace FactCheck.Extraction;

/// <summary>
/// The lines of a page that caption its photos: a line ending on a photo's credit ("(Raquel Cunha/Reuters)", "Photograph: Hollie
/// Adams/Reuters", "REUTERS/Eloisa", "— Reuters", "... in Gorontalo, eastern Indonesia AFP"), and the same words printed once more
/// without it right before. A caption says where a picture was taken, not where the story is: its places place its own figures only.
/// </summary>
internal sealed class PhotoCaptions(Lexicon lexicon)
{
    private const int CreditReach = 16;

    private static readonly HashSet<int> None = [];

    /// <summary>The starts of the document's caption lines; the one shared empty set when it has none, as most documents do.</summary>
    public IReadOnlySet<int> Find(string text, DocumentTokens tokenized)
    {
        HashSet<int>? found = null;
        var sentences = tokenized.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var (span, tokens) = sentences[s];
            // The line's last sentence: the next starts on another line, or there is none.
            if (s + 1 < sentences.Count && text.IndexOf('\n', span.End, sentences[s + 1].Span.Start - span.End) < 0) continue;
            if (!EndsWithCredit(tokens)) continue;
            var line = LineStart(text, span.Start);
            (found ??= []).Add(line);
            // "Police form a barricade to block protesters in Gorontalo, eastern Indonesia" over the same words with "AFP" after them.
            var end = line - 1;
            while (end > 0 && text[end - 1] == '\n') end--;
            if (end >= 1 && LineStart(text, end) is var before && text.AsSpan(before, end - before).Trim() is { Length: > 0 } words
                && text.AsSpan(line).StartsWith(words, StringComparison.Ordinal))
                found.Add(before);
        }
        return found ?? None;
    }

    /// <summary>Where the line holding <paramref name="at"/> starts.</summary>
    public static int LineStart(string text, int at) => at <= 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    private bool EndsWithCredit(List<Token> tokens)
    {
        var n = tokens.Count;
        if (n == 0) return false;
        // "(Raquel Cunha/Reuters)", "(Photo: Getty Images)", "(Photo by Peter PARKS / AFP)".
        if (tokens[^1].Text == ")")
        {
            var open = tokens.FindLastIndex(n - 2, Math.Min(n - 1, CreditReach), t => t.Text == "(");
            return open >= 0 && (Labelled(tokens, open + 1) || NameSlashName(tokens, open + 1, n - 1));
        }
        // "Photograph: Hollie Adams/Reuters", "Credit: Danny Lawson/PA": a label, then the credit to the line's end.
        for (var k = Math.Max(0, n - CreditReach); k < n - 1; k++)
            if (Labelled(tokens, k) && OnlyNames(tokens, k + 2, n)) return true;
        // "... November 5, 2025. REUTERS/Eloisa", "David Santiago/Miami Herald/AP".
        if (n >= 3 && tokens[^2].Text == "/" && !tokens[^2].SpaceBefore && !tokens[^1].SpaceBefore && tokens[^1].IsCapitalized && tokens[^3].IsCapitalized) return true;
        // "— Reuters", "/ AP", "| AFP | Getty Images", "... Cebu province AFP": an agency after a separator or a plain word.
        for (var k = n - 1; k >= Math.Max(1, n - 3); k--)
        {
            if (lexicon.Sources.CreditAgencies.Match(tokens, k) is not { } agency || k + agency.Length != n) continue;
            var before = tokens[k - 1];
            if (before.Text is "—" or "–" or "-" or "/" or "|") return true;
            return before.IsWord && !lexicon.Grammar.FunctionWords.Contains(before) && lexicon.AttributionVerbs.Match(tokens, k - 1) is null
                   && !before.Lower.EndsWith("ed", StringComparison.Ordinal) && !lexicon.Sources.ReportingVerbs.Contains(before.Lower);
        }
        return false;
    }

    /// <summary>"Photo:", "Photograph by", "Credit:" at tokens[k].</summary>
    private bool Labelled(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && lexicon.Sources.CreditLabels.Contains(tokens[k].Lower) && (tokens[k + 1].Text == ":" || tokens[k + 1].Lower == "by");

    /// <summary>"Raquel Cunha/Reuters": capitalized words and one slash between two of them, no space around it.</summary>
    private static bool NameSlashName(List<Token> tokens, int from, int to)
    {
        var slash = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text == "/" && k > from && k + 1 < to && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized) slash = true;
            else if (tokens[k].IsWord && !tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number) return false;
        }
        return slash;
    }

    /// <summary>Nothing but capitalized words and the marks between them from tokens[from] to the line's end.</summary>
    private static bool OnlyNames(List<Token> tokens, int from, int to)
    {
        if (from >= to) return false;
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number) return false;
        return true;
    }
}
