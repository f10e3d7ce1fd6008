namespace FactCheck.Extraction;

/// <summary>Places a sentence names beside what it is about: where later sentences are not set.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>Marks the places named aside (see <see cref="PlaceMention.Aside"/>): reference points, borders, origins, lists of three or more.</summary>
    private void MarkAsides(List<PlaceMention> found, List<Token> tokens)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var place = found[k];
            if (place.Dateline || place.Route) continue;
            place.Aside = ReferencePoint(tokens, place) || Bordered(tokens, place.FirstToken - 1) || PeopleFrom(tokens, place.FirstToken);
        }
        // "AIIMS, Capital Hospital, SUM, KIM and AMRI Hospital": a list of three or more; a pair ("Donetsk and Luhansk") may be a setting.
        for (var first = 0; first < found.Count;)
        {
            var last = first;
            while (last + 1 < found.Count && Coordinated(tokens, found[last], found[last + 1])) last++;
            if (last - first >= 2)
                for (var k = first; k <= last; k++) found[k].Aside = true;
            first = last + 1;
        }
    }

    /// <summary>
    /// "one of the deadliest structural building failures in U.S. history": the scope of a comparison, no figure's place; it still
    /// says where the story is, so later sentences may be set there.
    /// </summary>
    private bool ComparisonScope(List<Token> tokens, PlaceMention place) =>
        place.EndToken < tokens.Count && lexicon.Grammar.ScopeNouns.Contains(tokens[place.EndToken]);

    /// <summary>"nationals from Iran", "students from Danwon High School", "specialists - from the US": a place right after a counted group of people and "from".</summary>
    private bool GroupFrom(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        if (k < 1 || !lexicon.Grammar.RouteStarts.Contains(tokens[k])) return false;
        // "specialists - from the US, UK, Japan": set off by a dash.
        var noun = k - 1;
        if (noun >= 1 && tokens[noun].Text is "-" or "—" or "–") noun--;
        return lexicon.Subjects.Match(tokens, noun) is { Length: 1, Value: var group } && lexicon.PeopleSubjects.Contains(group);
    }

    /// <summary>"from Iran, China, Russia, the United States", "from Danwon High School in Ansan, Gyeonggi Province": the rest of an origin's list, and where it lies.</summary>
    private bool ContinuesOrigin(PlaceMention origin, List<Token> tokens, PlaceMention next)
    {
        if (!origin.GroupOrigin || next.FirstToken <= origin.EndToken) return false;
        for (var k = origin.EndToken; k < next.FirstToken; k++)
            if (!(tokens[k].Text == "," || tokens[k].Lower == "in" || lexicon.Grammar.Coordinators.Contains(tokens[k]) || lexicon.Grammar.Articles.Contains(tokens[k]))) return false;
        return true;
    }

    /// <summary>
    /// "immigrants from Bangladesh", "specialists from the US", "a senator from Arizona", "The moderate Republican from Maine":
    /// where people come from ("from U.S. taxation" is no origin).
    /// </summary>
    private bool PeopleFrom(List<Token> tokens, int start)
    {
        if (GroupFrom(tokens, start)) return true;
        var k = start - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        if (k < 1 || !lexicon.Grammar.RouteStarts.Contains(tokens[k])) return false;
        var person = tokens[k - 1];
        if (!person.IsCapitalized && lexicon.Sources.Nouns.Contains(person.Lower)) return true;
        // "The moderate Republican from Maine", "the Democrat from Texas": a capitalized noun after lower-case words is a party's or a people's member.
        return person.IsCapitalized && person.IsWord && k >= 2 && tokens[k - 2] is { IsWord: true, IsCapitalized: false } && lexicon.Grammar.Articles.Contains(tokens[k - 2])
               || person.IsCapitalized && person.IsWord && k >= 3 && tokens[k - 2] is { IsWord: true, IsCapitalized: false } && lexicon.Grammar.Articles.Contains(tokens[k - 3]);
    }
}
