namespace FactCheck.Extraction;

/// <summary>Parts told by their place or their list: "in other counties", "including 59 protesters, 10 prisoners", and a measure of a figure's own.</summary>
internal sealed partial class PartOfGroup
{
    private const int OtherPlacesReach = 8;

    /// <summary>
    /// "Officials said 10 people died in other Texas counties, for a total of 78", "12 are missing elsewhere": a count of the places a
    /// story has not named yet is the rest of a total, not the total.
    /// </summary>
    private bool InOtherPlaces(List<Token> tokens, NumberMention figure)
    {
        for (var k = figure.EndToken; k < Math.Min(tokens.Count, figure.EndToken + OtherPlacesReach); k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or "." || lexicon.ClauseOpeners.Contains(tokens[k].Lower)) return false;
            if (lexicon.OtherPlaces.Match(tokens, k) is not { } other) continue;
            var noun = k + other.Length;
            // "elsewhere", "in other parts of": the words name the places themselves.
            if (tokens[noun - 1].Lower != "other") return true;
            // "in other counties", "in other Texas counties", "in the other provinces": a place noun in the plural, a name before it allowed.
            if (noun < tokens.Count && tokens[noun].IsCapitalized) noun++;
            return noun < tokens.Count && lexicon.Places.Nouns.Match(tokens, noun) is { Length: 1 } && tokens[noun].Lower.EndsWith('s');
        }
        return false;
    }

    private const int OwnMeasureReach = 5;

    /// <summary>A trigger a few words after the figure whose metric no trigger before it in the sentence names.</summary>
    private bool MeasureOfItsOwn(List<Token> tokens, NumberMention figure)
    {
        for (var k = figure.EndToken; k < Math.Min(tokens.Count, figure.EndToken + OwnMeasureReach); k++)
        {
            if (lexicon.MetricTriggers.Match(tokens, k) is not { } after) continue;
            for (var j = 0; j < figure.FirstToken; j++)
                if (lexicon.MetricTriggers.Match(tokens, j) is { } before && before.Value.Any(b => after.Value.Any(a => a.Metric == b.Metric))) return false;
            return true;
        }
        return false;
    }

    private const int ListedParts = 4;
    private const int ListItemWords = 3;

    /// <summary>Where the figure of the list item before tokens[first] starts (", 10 prisoners, and"), or null.</summary>
    private static int? PreviousListItem(Lexicon lexicon, List<Token> tokens, int first)
    {
        if (first < 2) return null;
        var k = first - 1;
        // ", 10 prisoners, and three police officers", ", 10 prisoners and three": a comma, "and" or both before the item.
        var joined = tokens[k].Lower is "and" or "or";
        if (joined) k--;
        if (tokens[k].Text == ",") k--;
        else if (!joined) return null;
        return k >= 0 ? ItemFigure(lexicon, tokens, k) : null;
    }

    /// <summary>Whether a list item ends a few lower-case words after tokens[<paramref name="from"/>]: a comma, "and", "or", a stop or a bracket.</summary>
    private static bool ItemEndsAfter(List<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + ListItemWords + 1); k++)
        {
            if (tokens[k].Text is "," or "." or ";" or ")" || tokens[k].Lower is "and" or "or") return true;
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } || tokens[k].Lower is "were" or "was" or "are" or "is" or "have" or "has" or "had") return false;
        }
        return from >= tokens.Count;
    }

    /// <summary>The start of a count a few lower-case words before tokens[end] and ending at one of them ("59 protesters"), or null.</summary>
    private static int? ItemFigure(Lexicon lexicon, List<Token> tokens, int end)
    {
        for (var k = end; k >= Math.Max(0, end - ListItemWords); k--)
        {
            if (tokens[k].Kind == TokenKind.Number) return k;
            if (lexicon.NumberWords.Match(tokens, k) is { Length: 1 }) return k;
            if (tokens[k] is not { IsWord: true, IsCapitalized: false }) return null;
        }
        return null;
    }

    /// <summary>
    /// "Among them are a demonstrator who died after an alleged police beating on the street, three protesters allegedly fatally shot
    /// ...": a sentence a part marker opens lists parts, whatever its items before the figure, when no other figure comes first. So does
    /// one whose few opening words, no figure among them, a part marker follows, when the figure's item has no verb of its own: "The dead
    /// also included a two-year-old boy and four women", not "The victims included a police officer, and three people were injured".
    /// </summary>
    private static bool ListOpenedByMarker(Lexicon lexicon, List<Token> tokens, NumberMention figure)
    {
        var first = figure.FirstToken;
        if (first < 3 || tokens[first - 1].Text != "," && tokens[first - 1].Lower != "and") return false;
        var (markerAt, listStart) = (-1, -1);
        for (var p = 0; p <= SubjectBeforeMarker && p < first && listStart < 0; p++)
        {
            if (lexicon.PartMarkers.Match(tokens, p) is { } opener) (markerAt, listStart) = (p, p + opener.Length);
            else if (!tokens[p].IsWord || lexicon.NumberWords.Match(tokens, p) is not null) return false;
        }
        if (listStart < 0 || markerAt > 0 && !ItemEndsAfter(tokens, figure.EndToken)) return false;
        for (var k = listStart; k < first; k++)
            if (tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is { Value: >= 2 } || tokens[k].Text == ";") return false;
        return true;
    }

    // "The dead also included": the words a part marker may follow.
    private const int SubjectBeforeMarker = 3;
}
