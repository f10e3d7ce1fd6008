namespace FactCheck.Extraction;

/// <summary>Places a sentence names beside what it is about: where later sentences are not set, or where a figure is not.</summary>
internal sealed partial class PlaceReader
{
    /// <summary>
    /// Marks the places named aside (see <see cref="PlaceMention.Aside"/>): reference points, borders, origins, places blamed, lists of three
    /// or more, where a source is based.
    /// </summary>
    private void MarkAsides(List<PlaceMention> found, List<Token> tokens, IReadOnlyList<Attribution> sources)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var place = found[k];
            if (place.Dateline || place.Route) continue;
            // "the AAPP was an unlawful organisation based in neighbouring Thailand": where a body is based sets no later sentence there.
            place.Aside = ReferencePoint(tokens, place) || Bordered(tokens, place.FirstToken - 1) || PeopleFrom(tokens, place.FirstToken) || BlamedOn(tokens, place)
                          || SinceAnEarlierEvent(tokens, place) || SizeComparedWith(tokens, place) || BasedIn(tokens, place);
            place.SourceSite = SourceBasedIn(tokens, place, sources);
            // "a Yangon-based diplomat told Reuters in Bangkok": where a source spoke sets no later sentence there either.
            place.Aside |= place.SourceSite || SpokeAt(tokens, place.FirstToken - 1);
            place.Scope = ComparisonScope(tokens, place);
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
    /// "the Syrian Observatory for Human Rights, which is based in England, increased its estimated death toll", "The Brookings Institution,
    /// a non-profit public policy organization based in Washington, estimates": where a source is based, said between it and its verb,
    /// is no figure's place ("12 of Moscow's representatives to the UN based in New York" are where they are based).
    /// </summary>
    private bool SourceBasedIn(List<Token> tokens, PlaceMention place, IReadOnlyList<Attribution> sources)
    {
        if (place.FirstToken < 2 || tokens[place.FirstToken - 1].Lower != "in" || !lexicon.Grammar.OriginParticiples.Contains(tokens[place.FirstToken - 2])) return false;
        for (var s = 0; s < sources.Count; s++)
            if (sources[s].SourceEnd >= 0 && sources[s].SourceEnd < place.FirstToken && place.EndToken <= sources[s].TokenIndex) return true;
        return false;
    }

    /// <summary>"based in neighbouring Thailand": a place after an origin participle, "in" and a word or two describing it.</summary>
    private bool BasedIn(List<Token> tokens, PlaceMention place)
    {
        var k = place.FirstToken - 1;
        while (k > place.FirstToken - 3 && k > 1 && tokens[k] is { IsWord: true, IsCapitalized: false } && !lexicon.Grammar.FunctionWords.Contains(tokens[k])) k--;
        return k >= 1 && tokens[k].Lower == "in" && lexicon.Grammar.OriginParticiples.Contains(tokens[k - 1]);
    }

    /// <summary>
    /// "one of the deadliest structural building failures in U.S. history": the scope of a comparison, no figure's place; it still
    /// says where the story is, so later sentences may be set there.
    /// </summary>
    private bool ComparisonScope(List<Token> tokens, PlaceMention place) =>
        place.EndToken < tokens.Count && lexicon.Grammar.ScopeNouns.Contains(tokens[place.EndToken]);

    /// <summary>
    /// "3.6 million hectares burned, greater than the size of Belgium", "an area the size of England": a place whose size a figure is
    /// measured by, no figure's place and no setting for later sentences.
    /// </summary>
    private bool SizeComparedWith(List<Token> tokens, PlaceMention place)
    {
        var k = place.FirstToken - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        return k >= 1 && tokens[k].Lower == "of" && lexicon.Grammar.SizeNouns.Contains(tokens[k - 1]);
    }

    private const int CreditReach = 8;

    /// <summary>
    /// "(Brittany Hosea-Small/KQED)", "(AP Photo/Evan Vucci)": a bracketed credit, capitalized names joined by a slash, names who took a
    /// picture and for whom, never a place.
    /// </summary>
    private static bool InCredit(List<Token> tokens, int at)
    {
        var open = at - 1;
        while (open >= 0 && at - open <= CreditReach && tokens[open].Text is not ("(" or ")")) open--;
        if (open < 0 || tokens[open].Text != "(") return false;
        var slash = false;
        for (var k = open + 1; k < tokens.Count && k - open <= CreditReach; k++)
        {
            if (tokens[k].Text == ")") return slash;
            if (tokens[k].Text == "/" && !tokens[k].SpaceBefore && k > open + 1 && tokens[k - 1].IsCapitalized && k + 1 < tokens.Count && tokens[k + 1] is { IsCapitalized: true, SpaceBefore: false })
                slash = true;
            else if (tokens[k].IsWord && !tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number) return false;
        }
        return false;
    }

    /// <summary>"the country's worst loss of life ... since the 2005 London bombings": a place that names an earlier event the figure is measured against.</summary>
    private static bool SinceAnEarlierEvent(List<Token> tokens, PlaceMention place)
    {
        var k = place.FirstToken - 1;
        if (k >= 0 && tokens[k].Kind == TokenKind.Number) k--;
        if (k >= 0 && tokens[k].Lower == "the") k--;
        return k >= 0 && tokens[k].Lower == "since" && k < place.FirstToken - 1;
    }

    /// <summary>
    /// "nationals from Iran", "students from Danwon High School", "specialists - from the US", "and 35 from Tunisia": a place right after a
    /// counted group of people and "from". A country after a figure that leaves its noun out is where that many come from, whatever
    /// precedes the figure: "The 26 foreign victims include five from Iran, four each from China and Russia" (not "the deaths included
    /// 96 from the capital Naypyidaw", where a city or region can be where they died).
    /// </summary>
    private bool GroupFrom(List<Token> tokens, int start, bool country = false)
    {
        var k = start - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        if (k < 1 || !lexicon.Grammar.RouteStarts.Contains(tokens[k])) return false;
        // "specialists - from the US, UK, Japan": set off by a dash.
        var noun = k - 1;
        if (noun >= 1 && tokens[noun].Text is "-" or "—" or "–") noun--;
        if (noun >= 1 && tokens[noun].Lower == "each" && AfterAFigure(tokens, noun)) noun--;
        // "138 people from Indonesia and 35 from Tunisia": a figure joined to a group before it leaves its noun out.
        if (AfterAFigure(tokens, noun + 1))
            return country || noun >= 1 && (lexicon.Grammar.Coordinators.Contains(tokens[noun - 1]) || tokens[noun - 1].Text == ",");
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

    /// <summary>
    /// "since the territory was handed back by Britain in 1997", "an offensive launched by Russia": a place after "by" and a past
    /// participle is who acted, not where.
    /// </summary>
    private bool PassiveAgent(List<Token> tokens, PlaceMention place)
    {
        var by = place.FirstToken - 1;
        if (by >= 0 && lexicon.Grammar.Articles.Contains(tokens[by])) by--;
        if (by < 1 || tokens[by].Lower != "by") return false;
        for (var k = by - 1; k >= Math.Max(0, by - 2); k--)
            if (tokens[k] is { IsWord: true, IsCapitalized: false } word && word.Lower.Length > 3 && (word.Lower.EndsWith("ed", StringComparison.Ordinal) || word.Lower.EndsWith("en", StringComparison.Ordinal)))
                return true;
        return false;
    }

    private const int StatementSiteReach = 6;

    /// <summary>
    /// "In a briefing Thursday at U.N. headquarters in New York, ... said the latest count was 4,460", "confirmed the lower figure at a
    /// news conference in Manila, saying 40 bodies were recovered": a place shortly after a word of the statement's occasion is where the
    /// source spoke. Not with the figure between them ("spoke of 40 dead in Manila").
    /// </summary>
    private bool StatementSite(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        // "during a news conference while in San Angelo, where one person died": what happened there is the figure's.
        if (figure.FirstToken > place.EndToken + 1 && place.EndToken + 1 < tokens.Count && tokens[place.EndToken].Text == "," && tokens[place.EndToken + 1].Lower == "where")
            return false;
        if (SpokeFrom(tokens, place.FirstToken - 1)) return true;
        for (var k = place.FirstToken - 1; k >= Math.Max(0, place.FirstToken - StatementSiteReach); k--)
        {
            if (tokens[k].Text is "," or ";" or ":" || k < figure.EndToken && k >= figure.FirstToken) return false;
            if (lexicon.Grammar.StatementSites.Contains(tokens[k]) || SpokeAt(tokens, k)) return true;
        }
        return false;
    }

    /// <summary>"..., said the minister from Place Beauvau": a place after the source an inverted reporting verb names is where it spoke.</summary>
    private bool SpokeFrom(List<Token> tokens, int preposition)
    {
        // "the governor of Herat" is whose governor, not where he spoke.
        if (preposition < 2 || !lexicon.Sources.Postmodifiers.Contains(tokens[preposition].Lower) || lexicon.Grammar.NameLinks.Contains(tokens[preposition])
            || !lexicon.Sources.Nouns.Contains(tokens[preposition - 1].Lower)) return false;
        for (var k = preposition - 2; k >= Math.Max(0, preposition - 4); k--)
            if (lexicon.AttributionVerbs.Match(tokens, k) is not null) return true;
        return false;
    }

    /// <summary>
    /// "Ruto said at State House in Nairobi that 19 people were killed", "the ministry said in Kiev": a place after a reporting verb
    /// and a preposition of place is where the source spoke. Not a passive ("deaths were reported in Kharkiv"), which says where they happened.
    /// </summary>
    private bool SpokeAt(List<Token> tokens, int preposition)
    {
        if (preposition < 2 || !lexicon.Grammar.SitePrepositions.Contains(tokens[preposition])) return false;
        var verb = preposition - 1;
        if (lexicon.Grammar.StatementVerbs.Contains(tokens[verb])) return !lexicon.Grammar.BeForms.Contains(tokens[verb - 1]);
        // "a Yangon-based diplomat told Reuters in Bangkok", "told the BBC in London": past the name of whom the source told.
        var name = verb;
        while (name > verb - AddresseeLength && name > 0 && tokens[name] is { IsWord: true, IsCapitalized: true }) name--;
        // "told Congress in August": a month after the preposition is when, not where.
        if (name == verb || preposition + 1 < tokens.Count && (lexicon.Time.Months.ContainsKey(tokens[preposition + 1].Lower) || lexicon.Time.Weekdays.ContainsKey(tokens[preposition + 1].Text))) return false;
        if (lexicon.Grammar.Articles.Contains(tokens[name])) name--;
        return name >= 1 && lexicon.Grammar.AddresseeVerbs.Contains(tokens[name]) && !lexicon.Grammar.BeForms.Contains(tokens[name - 1]);
    }

    private const int AddresseeLength = 3;

    private const int RelativeFigureReach = 4;

    /// <summary>
    /// "A 1993 Los Angeles fire that killed 29 people was the deadliest single blaze, followed by a 1991 fire in Oakland that killed 25":
    /// a place right before a restrictive clause ("that killed 25") holding another figure is where that figure's event was.
    /// </summary>
    private bool OfAnotherFiguresEvent(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        var relative = place.EndToken;
        if (relative >= tokens.Count || !lexicon.Grammar.ThingRelatives.Contains(tokens[relative])) return false;
        for (var k = relative + 1; k < Math.Min(tokens.Count, relative + 1 + RelativeFigureReach); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
            if (tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null) return k < figure.FirstToken || k >= figure.EndToken;
        }
        return false;
    }

    private const int BlameReach = 4;

    /// <summary>"an explosion at a hospital last week which it blames on Israel": the place blamed, a few words after the verb and "on".</summary>
    private bool BlamedOn(List<Token> tokens, PlaceMention place)
    {
        var on = place.FirstToken - 1;
        if (on < 1 || tokens[on].Lower != "on") return false;
        for (var k = on - 1; k >= Math.Max(0, on - BlameReach); k--)
            if (lexicon.Grammar.BlameVerbs.Contains(tokens[k])) return true;
        return false;
    }
}
