namespace FactCheck.Extraction.Events;

/// <summary>
/// Where a document says its event happened ("The crash happened in the eastern Indian state of West Bengal"). A figure
/// of that event the document places only at a place holding the site ("more than 50 others injured when a freight train
/// slammed into a passenger train Monday in India") is at the site, so an outlet that places it at the country and one
/// that places it at the state meet. One instance per document.
/// </summary>
internal sealed class EventSites(EventWords words, Grammar grammar, PlaceReader reader)
{
    /// <summary>How far after its verb the site may be named: "happened at 8.55 am near New Jalpaiguri".</summary>
    private const int Reach = 8;
    private static readonly List<Attribution> NoSources = [];
    private Dictionary<string, (PlaceMention Place, TextSpan Span)>? _sites;

    /// <summary>
    /// Records the first site a sentence gives an event kind no earlier sentence placed; the sentence's places, when not
    /// given, are read only if it says where an event happened (most sentences do not).
    /// </summary>
    public void Read(List<Token> tokens, List<PlaceMention>? places = null)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (words.Kinds.Match(tokens, i) is not { } kind) continue;
            var verb = i + kind.Length;
            i = verb - 1;
            if (words.SiteVerbs.Match(tokens, verb) is not { } said || _sites?.ContainsKey(kind.Value) == true) continue;
            var after = verb + said.Length;
            foreach (var place in places ??= reader.Find(tokens, NoSources))
            {
                if (place.FirstToken < after || place.FirstToken > after + Reach) continue;
                if (!place.Located || place.Adjective || place.Dateline || place.Route || place.Aside || !SitePrepositionBetween(tokens, after, place.FirstToken)) continue;
                (_sites ??= new(StringComparer.Ordinal))[kind.Value] = (place, new TextSpan(tokens[place.FirstToken].Start, tokens[(place.NameEnd ?? place.EndToken) - 1].End));
                break;
            }
        }
    }

    /// <summary>"happened in", "occurred at 8.55 am near": a site preposition before the place, no comma; not "took place ahead of Puerto Rico".</summary>
    private bool SitePrepositionBetween(List<Token> tokens, int from, int to)
    {
        var found = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text is "," or ";") return false;
            found |= grammar.SitePrepositions.Contains(tokens[k]);
        }
        return found;
    }

    /// <summary>Moves each figure of a placed event, placed only at a place that holds the site, to the site.</summary>
    public void Refine(List<Claim> claims, DocumentPlaces places)
    {
        if (_sites is null) return;
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Event is not { } kind || claim.PlacePath is not { } around || !_sites.TryGetValue(kind, out var site)) continue;
            var path = places.PathOf(site.Place.Name, site.Place.Precision);
            if (!path.StartsWith(around + " > ", StringComparison.Ordinal)) continue;
            claims[c] = claim with
            {
                Location = site.Place.Name, LocationPrecision = site.Place.Precision, LocationFrom = Provenance.EventSite, LocationSpan = site.Span, PlacePath = path,
            };
        }
    }
}
