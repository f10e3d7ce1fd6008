namespace FactCheck.Extraction;

/// <summary>Places a figure passes through, not where it is: the ends of a route, where people were taken.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>
    /// "The Kanchanjunga Express was travelling from Silchar in Assam state to Sealdah in Kolkata", "en route
    /// from Amsterdam to Kuala Lumpur": a place after "from" with another after "to" a few words on are the
    /// ends of a route, with the places that say where each lies ("in Assam state").
    /// </summary>
    private void MarkRoutes(List<PlaceMention> found, List<Token> tokens)
    {
        for (var a = 0; a < found.Count; a++)
        {
            if (!JustAfter(tokens, found[a].FirstToken, lexicon.Grammar.RouteStarts)) continue;
            // The origin and the places it lies in ("from Silchar in Assam state"), up to "to".
            var b = a;
            while (b + 1 < found.Count && found[b + 1].FirstToken - found[b].EndToken <= 2 && !RouteEndBefore(tokens, found[b].EndToken, found[b + 1].FirstToken)) b++;
            if (Destination(found, b, tokens) is not { } destination) continue;
            var (last, end) = destination;
            // "to Sealdah in Kolkata": the destination and where it lies.
            while (last + 1 < found.Count && found[last + 1].FirstToken == end + 1 && tokens[end].Lower == "in") end = found[++last].EndToken;
            for (var k = a; k <= last; k++) found[k].Route = true;
            a = last;
        }
        // "More than 70 critically injured people were airlifted to Turkey for treatment": where people were taken, not where the figure is.
        foreach (var place in found)
        {
            var to = place.FirstToken - 1;
            if (to >= 1 && lexicon.Grammar.Articles.Contains(tokens[to])) to--;
            if (to >= 1 && lexicon.Grammar.RouteEnds.Contains(tokens[to]) && lexicon.Grammar.MovementVerbs.Contains(tokens[to - 1])) place.Route = true;
        }
    }

    /// <summary>
    /// Where a route from found[origin] goes: "to" right after it, then a name ("to Sealdah") or a place a few
    /// words on ("to the southern resort island of Jeju"); the last place it covers and the token after it.
    /// </summary>
    private (int Last, int End)? Destination(List<PlaceMention> found, int origin, List<Token> tokens)
    {
        var to = found[origin].EndToken;
        if (to >= tokens.Count || !lexicon.Grammar.RouteEnds.Contains(tokens[to])) return null;
        var next = origin + 1 < found.Count ? found[origin + 1] : null;
        if (next is not null && next.FirstToken - to <= 6 && !PunctuationBetween(tokens, to, next.FirstToken)) return (origin + 1, next.EndToken);
        var name = to + 1;
        if (name < tokens.Count && lexicon.Grammar.Articles.Contains(tokens[name])) name++;
        return name < tokens.Count && tokens[name].IsCapitalized ? (origin, CapitalizedRun(tokens, name)) : null;
    }

    private bool RouteEndBefore(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (lexicon.Grammar.RouteEnds.Contains(tokens[k])) return true;
        return false;
    }

    private static bool PunctuationBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!tokens[k].IsWord) return true;
        return false;
    }
}
