namespace FactCheck.Extraction;

/// <summary>Distances and the places they are measured from: reference points, not where a figure is.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>
    /// The place a distance is measured from: "(56 km northwest of Donetsk)", "150 kilometers (90 miles)
    /// from the Russian border"; null for a figure that is no distance or names no such place.
    /// </summary>
    public PlaceMention? MeasuredFromPlace(List<PlaceMention> places, NumberMention figure, List<Token> tokens)
    {
        if (!IsDistance(figure.Unit) || !MeasuredFrom(tokens, figure.EndToken)) return null;
        foreach (var place in places)
        {
            if (place.FirstToken < figure.EndToken || place.Dateline) continue;
            if (place.FirstToken > figure.EndToken + 8) break;
            if (OfOrFromJustBefore(tokens, place.FirstToken)) return place;
        }
        return null;
    }

    /// <summary>"of Donetsk", "from the Russian border": the place follows "of" or "from", an article aside.</summary>
    private bool OfOrFromJustBefore(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        return k >= 0 && lexicon.Grammar.MeasuredFrom.Contains(tokens[k]);
    }

    private static bool EndsAt(List<PlaceMention> places, int end)
    {
        foreach (var place in places)
            if (place.EndToken == end) return true;
        return false;
    }

    /// <summary>
    /// "north of Donetsk", "south-west of Donetsk", "from Kiev" after a distance, "provinces that border
    /// Ukraine": a place others are located from.
    /// </summary>
    internal bool ReferencePoint(List<Token> tokens, PlaceMention place)
    {
        var k = place.FirstToken - 1;
        if (Bordered(tokens, k)) return true;
        // "northeast of the city of Rio", "from the Russian border": the place's own noun and article aside.
        if (k >= 3 && tokens[k].Lower == "of" && Places.Nouns.Match(tokens, k - 1) is { Length: 1 } && lexicon.Grammar.Articles.Contains(tokens[k - 2])) k -= 3;
        // "about 600 kilometers northwest of the capital, Port Moresby": the place named after its noun, a comma between.
        else if (k >= 3 && (tokens[k].Text == "," ? k - 1 : k) is var noun && Places.Nouns.Match(tokens, noun) is { Length: 1 }
                 && lexicon.Grammar.Articles.Contains(tokens[noun - 1])) k = noun - 2;
        if (k >= 1 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        if (k < 1 || !lexicon.Grammar.MeasuredFrom.Contains(tokens[k])) return false;
        return Places.IsDirection(tokens[k - 1]) || IsDistanceUnit(tokens, k - 1);
    }

    /// <summary>"that border Ukraine", "which borders Uruguay and Argentina": a boundary word before a place, or before a list of names the place ends.</summary>
    internal bool Bordered(List<Token> tokens, int k)
    {
        for (var stop = Math.Max(0, k - 8); k >= stop; k--)
        {
            if (lexicon.Grammar.BoundaryWords.Contains(tokens[k])) return true;
            if (!(tokens[k].IsCapitalized || tokens[k].Text == "," || lexicon.Grammar.Articles.Contains(tokens[k]) || lexicon.Grammar.Coordinators.Contains(tokens[k]))) return false;
        }
        return false;
    }

    private bool IsDistanceUnit(List<Token> tokens, int k) => lexicon.Units.Match(tokens, k) is { Value: var unit } && IsDistance(unit);

    /// <summary>The units of rules/lexicon/units.json a distance is given in.</summary>
    private bool IsDistance(string unit) => lexicon.UnitMeasures.GetValueOrDefault(unit) == "distance";

    /// <summary>
    /// "Horlivka (43 northeast of Donetsk)": a bare figure right before a compass direction and "of" is a
    /// distance whose unit was left out.
    /// </summary>
    public bool BareDistance(List<Token> tokens, NumberMention figure) =>
        figure.Unit == "" && figure.EndToken + 1 < tokens.Count && Places.IsDirection(tokens[figure.EndToken]) && tokens[figure.EndToken + 1].Lower == "of";

    /// <summary>Whether a distance is measured from a place: "... south of", "east and northeast of", "from", within a few words.</summary>
    private bool MeasuredFrom(List<Token> tokens, int after)
    {
        for (var k = after; k < Math.Min(tokens.Count, after + 7); k++)
        {
            // "150 kilometers (90 miles) from": a conversion in parentheses stands between.
            if (tokens[k].Lower == "from" && (k == after || Places.IsDirection(tokens[k - 1]) || tokens[k - 1].Lower == "away" || tokens[k - 1].Text == ")")) return true;
            if (tokens[k].Lower == "of" && k > after && Places.IsDirection(tokens[k - 1])) return true;
            if (tokens[k].Text is "." or ";" or ",") return false;
        }
        return false;
    }
}
