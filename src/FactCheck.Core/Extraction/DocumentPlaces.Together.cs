namespace FactCheck.Extraction;

/// <summary>Places a figure is given for together ("in Tamil Nadu and Kerala states"), and where they all lie.</summary>
internal sealed partial class DocumentPlaces
{
    /// <summary>
    /// "on the Grand Bahama and Abaco islands", "in Tamil Nadu and Kerala states": a figure given for places named together
    /// is where they all lie, the nearest place the gazetteer holds them both in; null when it holds them in none.
    /// </summary>
    private (string Name, string Precision, string From, TextSpan Span)? Together(List<PlaceMention> sentencePlaces, PlaceMention own, List<Token> tokens)
    {
        // "Grand Bahama and Abaco islands" is one mention, its set of places already known.
        if (own.Parts is not null) { RegisterParts(own); return null; }
        // A place the choice made up ("Novohrodivka (56 km northwest of Donetsk)") is in no list.
        var at = sentencePlaces.IndexOf(own);
        if (at < 0) return null;
        int first = at, last = at;
        while (first > 0 && reader.Coordinated(tokens, sentencePlaces[first - 1], sentencePlaces[first])) first--;
        while (last + 1 < sentencePlaces.Count && reader.Coordinated(tokens, sentencePlaces[last], sentencePlaces[last + 1])) last++;
        if (first == last) return null;
        var common = places.PathOf(sentencePlaces[first].Name);
        for (var k = first + 1; k <= last && common.Length > 0; k++)
        {
            var path = places.PathOf(sentencePlaces[k].Name);
            while (common.Length > 0 && !(path == common || path.StartsWith(common + " > ", StringComparison.Ordinal)))
                common = common.LastIndexOf(" > ", StringComparison.Ordinal) is var cut and > 0 ? common[..cut] : "";
        }
        if (Parallel(tokens)) return null;
        var written = SourcePhrase.Join(tokens, sentencePlaces[first].FirstToken, sentencePlaces[last].EndToken);
        var span = new TextSpan(tokens[sentencePlaces[first].FirstToken].Start, tokens[sentencePlaces[last].EndToken - 1].End);
        var name = common.Length == 0 ? null : common[(common.LastIndexOf(" > ", StringComparison.Ordinal) is var s and >= 0 ? s + 3 : 0)..];
        if (name is not null && places.Named(name) is { } entry)
        {
            // Kept as written ("Moscow and Saint Petersburg"), compared as the place that holds them all.
            _listPaths[written] = common;
            return (written, entry.Kind, Provenance.Sentence, span);
        }
        // "in Guinea, Liberia and Sierra Leone": countries the gazetteer holds in nothing are compared as that set of places,
        // in any order, never as the first of them.
        var kind = sentencePlaces[first].Precision;
        for (var k = first; k <= last; k++)
            if (sentencePlaces[k].Precision != kind || sentencePlaces[k].Adjective || !places.IsListed(sentencePlaces[k].Name)) return null;
        _listPaths[written] = string.Join(" & ", sentencePlaces[first..(last + 1)].Select(p => places.PathOf(p.Name)).Order(StringComparer.Ordinal));
        return (written, kind, Provenance.Sentence, span);
    }

    /// <summary>"Grand Bahama and Abaco islands" and "Abaco and Grand Bahama islands" are one set of places.</summary>
    private void RegisterParts(PlaceMention place)
    {
        if (place.Parts is { } parts) _listPaths[place.Name] = string.Join(" & ", parts.Select(places.PathOf).Order(StringComparer.Ordinal));
    }

    // The places that hold each list of places the document named together, by the list as written.
    private readonly Dictionary<string, string> _listPaths = new(StringComparer.Ordinal);

    /// <summary>"in the cities of Nova Friburgo and Teresopolis, with 302 and 276 fatalities, respectively": each figure is one place's.</summary>
    private bool Parallel(List<Token> tokens)
    {
        foreach (var token in tokens)
            if (parallelWords.Contains(token.Lower)) return true;
        return false;
    }
}
