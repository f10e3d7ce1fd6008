namespace FactCheck.Extraction;

/// <summary>Choosing, among the places a sentence names, the one a figure is about.</summary>
internal sealed partial class PlaceReader
{
    private static readonly Dictionary<string, int> Specificity = new()
    {
        [PlacePrecision.Site] = 0, [PlacePrecision.City] = 1, [PlacePrecision.Unknown] = 1, [PlacePrecision.Region] = 2, [PlacePrecision.Country] = 3,
    };

    /// <summary>
    /// The place a figure is about: the most specific named in its sentence, the nearest of equals; adjectives last. "646 people injured in
    /// the capital Lima and other regions": a place followed by others of its kind stands for its country, for this figure; the story
    /// still goes on in Lima.
    /// </summary>
    public PlaceMention? Choose(List<PlaceMention> places, NumberMention figure, List<Token> tokens)
    {
        var chosen = ChooseNamed(places, figure, tokens);
        if (chosen is null || chosen.Precision == PlacePrecision.Country) return chosen;
        // "in the capital Lima and other regions": past the name set beside it. A loop, not a lambda: this runs for every figure.
        var end = chosen.EndToken;
        foreach (var place in places)
            if (place.FirstToken == chosen.EndToken) end = place.EndToken;
        if (end >= tokens.Count || Places.OtherPlaces.Match(tokens, end) is null) return chosen;
        return Places.CountryOf(chosen.Name) is { } country ? chosen with { Name = country, Precision = PlacePrecision.Country } : chosen;
    }

    private PlaceMention? ChooseNamed(List<PlaceMention> places, NumberMention figure, List<Token> tokens)
    {
        var (from, to) = Clause(tokens, figure);
        // "the Lviv (78.2 percent), Ternopil (76.63 percent) and Ivano-Frankivsk (73.95 percent) regions", "in Taroudant (271)":
        // a figure set off right after a place is that place's.
        if (figure.FirstToken >= 2 && tokens[figure.FirstToken - 1].Text == "(" && figure.EndToken < tokens.Count && tokens[figure.EndToken].Text == ")")
        {
            if (places.Find(p => p.EndToken == figure.FirstToken - 1 && !p.Dateline) is { } named) return named;
            // "in smaller towns, such as Sete (4500), Calais (5000) or Gueret (4300)": an unlisted name in a list, a count no age.
            if (figure.Low >= MinimumListedCount && NameInList(tokens, figure.FirstToken - 1) is { } listed) return listed;
        }
        // "D.C. was followed by Los Angeles, with 450,000, and then New York, with 400,000 protesters": a place set off before ", with" and
        // the figure is the figure's.
        // Not figures paired with places "respectively".
        // "followed by Negros Occidental with 27 casualties", "Caraga region with eight deaths": a listed place right before "with" too.
        if (figure.FirstToken >= 2 && tokens[figure.FirstToken - 1].Lower == "with" && !PairedRespectively(tokens, figure.EndToken)
            && places.Find(p => p.EndToken == figure.FirstToken - 1 && !p.Dateline && !p.Adjective) is { } before)
            return before;
        if (figure.FirstToken >= 3 && tokens[figure.FirstToken - 1].Lower == "with" && tokens[figure.FirstToken - 2].Text == "," && !PairedRespectively(tokens, figure.EndToken))
        {
            if (places.Find(p => p.EndToken == figure.FirstToken - 2 && !p.Dateline && !p.Adjective) is { } named) return named;
            if (NameInList(tokens, figure.FirstToken - 2) is { } unlisted && Places.ByAliasIgnoringCase(unlisted.Name) is { } known)
                return unlisted with { Name = known.Name, Precision = known.Kind };
        }
        // "Donetsk lies 110 kilometers (70 miles) south of Slovyansk", "Novohrodivka (56 km northwest of Donetsk)":
        // a distance places what it locates, the place named before it, not the one it is measured from.
        if (IsDistance(figure.Unit) && MeasuredFrom(tokens, figure.EndToken))
        {
            // "Novohrodivka (56 km northwest of Donetsk)": the name the distance is set off after.
            if (figure.FirstToken >= 2 && tokens[figure.FirstToken - 1].Text == "(" && tokens[figure.FirstToken - 2].IsCapitalized
                && !EndsAt(places, figure.FirstToken - 1) && NameSetOffBefore(tokens, figure.FirstToken - 1) is { } named)
                return named;
            PlaceMention? located = null;
            foreach (var place in places)
                if (place.EndToken <= figure.FirstToken && place.FirstToken >= from && !place.Adjective && !place.Dateline) located = place;
            if (located is not null) return located;
            // "pushed the Russians back 55 km east of Kyiv": with nothing located, the place it is measured from.
            return Best(places, figure, tokens, from, to, referencePoints: true) ?? Best(places, figure, tokens, 0, tokens.Count, referencePoints: true);
        }
        // "near government-controlled Maiorsk (44km north of Donetsk) the SMM counted 370 vehicles": a place a
        // distance is measured from is a reference point, the figure's only when nothing else is named.
        // "Malawi's government said at least 190 people were killed ..., while authorities in neighbouring Mozambique reported 20 deaths":
        // beyond its own clause, a place before it, not one in a contrast after it.
        return Best(places, figure, tokens, from, to, referencePoints: false)
               ?? Located(Best(places, figure, tokens, from, to, referencePoints: true) ?? Best(places, figure, tokens, 0, to, referencePoints: true), tokens, places);
    }

    /// <summary>
    /// What a reference point locates, for a figure no other place is named with: the name it is set off after ("At a checkpoint near
    /// government-controlled Maiorsk (44km north of Donetsk) the SMM counted 370 vehicles"), else the place the reference point lies in
    /// ("killed in the quake, which struck about 160km to the west of the capital Port-au-Prince": Haiti, not the city it is measured from).
    /// </summary>
    private PlaceMention? Located(PlaceMention? place, List<Token> tokens, List<PlaceMention> places)
    {
        if (place is null || !ReferencePoint(tokens, place)) return place;
        for (var k = place.FirstToken - 1; k >= 2 && k >= place.FirstToken - 6; k--)
        {
            if (tokens[k].Text != "(") continue;
            if (tokens[k - 1].IsCapitalized && !EndsAt(places, k)) return NameSetOffBefore(tokens, k) ?? place;
            break;
        }
        return Places.Lineage(place.Name).Skip(1).FirstOrDefault() is { } around ? place with { Name = around.Name, Precision = around.Kind } : place;
    }

    /// <summary>"Novohrodivka (56 km ...": the capitalized name of up to three words right before the bracket at tokens[bracket], or null.</summary>
    private PlaceMention? NameSetOffBefore(List<Token> tokens, int bracket)
    {
        var start = bracket - 1;
        while (start > 0 && tokens[start - 1].IsCapitalized && bracket - start < 3) start--;
        return NameLike(tokens[start].Text) && !IsNotPlace(tokens, start)
            ? new PlaceMention(start, bracket, SourcePhrase.Join(tokens, start, bracket), PlacePrecision.Unknown, false)
            : null;
    }

    private const int MinimumListedCount = 120;

    private bool PairedRespectively(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
            if (lexicon.Parallel.Contains(tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>
    /// The capitalized name of up to three words that ends right before tokens[<paramref name="end"/>] and follows a list's comma, "and",
    /// "or", "as" or "then", as an unlisted place of unknown precision; null otherwise.
    /// </summary>
    private PlaceMention? NameInList(List<Token> tokens, int end)
    {
        var start = end;
        while (start > 0 && end - start < 3 && tokens[start - 1] is { IsWord: true, IsCapitalized: true } && !lexicon.Grammar.FunctionWords.Contains(tokens[start - 1])) start--;
        if (start == end || start == 0 || tokens[start - 1].Text != "," && tokens[start - 1].Lower is not ("and" or "or" or "as" or "then")) return null;
        return new PlaceMention(start, end, SourcePhrase.Join(tokens, start, end), PlacePrecision.Unknown, false);
    }

    /// <summary>"About 8 percent of them", "four of those who died": a part of a group named before; not "four of those seats".</summary>
    public bool OfThem(List<Token> tokens, NumberMention figure)
    {
        var pronoun = figure.EndToken + 1;
        if (pronoun >= tokens.Count || tokens[figure.EndToken].Lower != "of" || !lexicon.Grammar.GroupPronouns.Contains(tokens[pronoun])) return false;
        var next = pronoun + 1;
        return next >= tokens.Count || !tokens[next].IsWord || lexicon.Grammar.BeForms.Contains(tokens[next]) || lexicon.Grammar.Auxiliaries.Contains(tokens[next])
               || lexicon.Grammar.RelativePronouns.Contains(tokens[next]);
    }

    /// <summary>
    /// "the former Soviet republic of 46 million people", "a city of 500,000": the kind of place a population figure is of
    /// (country, city or region), null when the figure is no population of an unnamed place.
    /// </summary>
    public string? PopulationOf(List<Token> tokens, NumberMention figure)
    {
        var of = figure.FirstToken - 1;
        if (figure.Unit != "" || of < 1 || tokens[of].Lower != "of" || tokens[of - 1].IsCapitalized || !lexicon.Grammar.PopulationNouns.Contains(tokens[of - 1])) return null;
        if (lexicon.Grammar.CountryNouns.Contains(tokens[of - 1])) return PlacePrecision.Country;
        return Places.Nouns.Match(tokens, of - 1) is { Length: 1, Value: var kind } ? kind : null;
    }

    /// <summary>The best place in tokens[from..to) that is not the figure itself, reference points only when allowed; loops, not LINQ: this runs for every figure.</summary>
    private PlaceMention? Best(List<PlaceMention> places, NumberMention figure, List<Token> tokens, int from, int to, bool referencePoints)
    {
        PlaceMention? best = null;
        // Where a source spoke: the figure's place only when the words name no other where it is located.
        PlaceMention? site = null;
        foreach (var place in places)
        {
            if (place.FirstToken < from || place.EndToken > to || place.FirstToken < figure.EndToken && place.EndToken > figure.FirstToken) continue;
            if (place.Route || Bordered(tokens, place.FirstToken - 1) || !referencePoints && ReferencePoint(tokens, place) || InClauseApart(tokens, place, figure) || AnotherFigures(tokens, place, figure)
                || AmongParts(tokens, place, figure) || SpeaksAside(tokens, place) || ComparisonScope(tokens, place) || PassiveAgent(tokens, place)
                || OfAnotherFiguresEvent(tokens, place, figure) || place.GroupOrigin || place.SourceSite || WhereAPlaceLies(tokens, place) || ComparedWith(tokens, place) || BlamedOn(tokens, place) || SinceAnEarlierEvent(tokens, place) || SizeComparedWith(tokens, place)) continue;
            if (StatementSite(tokens, place, figure))
            {
                if (site is null || Better(place, site, figure, tokens)) site = place;
            }
            else if (best is null || Better(place, best, figure, tokens)) best = place;
        }
        return best is not null && best.Adjective && site is not null ? site : best;
    }

    /// <summary>"ravaged the island in the Caribbean": a part of the world after a place's noun and "in" says where that place lies.</summary>
    private bool WhereAPlaceLies(List<Token> tokens, PlaceMention place)
    {
        var k = place.FirstToken - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        return k >= 1 && tokens[k].Lower == "in" && tokens[k - 1] is { IsWord: true, IsCapitalized: false } && Places.Nouns.Match(tokens, k - 1) is { Length: 1 }
               && PartOfTheWorld(place);
    }

    /// <summary>
    /// "Ukraine's 'counterterrorist operation,' as Kiev terms its campaign against the insurgents, on Tuesday released videos of
    /// four men": a place set off as the subject of an aside on how something is called stands for its government, not where
    /// the figure is.
    /// </summary>
    private static bool SpeaksAside(List<Token> tokens, PlaceMention place)
    {
        var comma = place.FirstToken - 2;
        // 'operation," as Kiev terms': a closing quote after the comma.
        if (comma >= 1 && tokens[comma].Text is "\"" or "”" or "'" or "’") comma--;
        return comma >= 0 && tokens[place.FirstToken - 1].Lower == "as" && tokens[comma].Text == ","
               && place.EndToken < tokens.Count && tokens[place.EndToken] is { IsWord: true, IsCapitalized: false };
    }

    /// <summary>
    /// "At least 230 people were killed ..., toppling dozens of buildings, including a school in the capital of Mexico City",
    /// "11 states, including Colorado, California ...", "3.5 million (including 800,000 in Paris)": a place named among the parts of a
    /// whole set off after it is the parts', not where the whole is.
    /// </summary>
    private bool AmongParts(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        // "... (including 800,000 in Paris) and nearly 1.1 million according to the Ministry": a part's brackets hold its place, for no
        // figure outside them.
        for (var k = place.FirstToken - 1; k >= 0 && tokens[k].Text != ")"; k--)
            if (tokens[k].Text == "(")
            {
                if (lexicon.PartMarkers.Match(tokens, k + 1) is not null && (figure.FirstToken < k || figure.FirstToken > place.FirstToken && ClosesBefore(tokens, place.EndToken, figure.FirstToken)))
                    return true;
                break;
            }
        var among = false;
        for (var k = figure.EndToken; k + 1 < place.FirstToken; k++)
        {
            // "3.5 million according to figures from the CGT (including 800,000 in Paris)": a part set off in brackets too.
            if (tokens[k].Text is not ("," or "(")) continue;
            if (lexicon.PartMarkers.Match(tokens, k + 1) is not null) among = true;
            // "at least four people died, including two children, and six others were injured in ... Rubizhne": the list has ended.
            else if (lexicon.Grammar.Coordinators.Contains(tokens[k + 1])) among = false;
        }
        return among;
    }

    private static bool ClosesBefore(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Text == ")") return true;
        return false;
    }

    /// <summary>
    /// Whether a place is named in a relative clause about someone else: "thousands are coming to the
    /// Belgorod region, ... escaping from the lawlessness of rebels who seized power in Kiev". A clause
    /// on the figure's own group ("the 12 people who died in Odessa") or holding the figure is the figure's.
    /// </summary>
    private bool InClauseApart(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        for (var r = place.FirstToken - 1; r > 0; r--)
        {
            if (tokens[r].Text is "," or ";" or "(" or ")" or "—" or "–") return false;
            // "Some 400,000 people took to the streets ... across Israel, half of whom rallied on Tel Aviv's Kaplan Street": where a part
            // of the figure's group went is not where all of it was.
            if (tokens[r].Lower is "whom" or "which" && tokens[r - 1].Lower == "of" && figure.EndToken < r - 1) return true;
            if (!lexicon.Grammar.PersonalRelative(tokens, r)) continue;
            if (figure.FirstToken < r) return !OwnGroup(tokens, figure, r);
            // "A New Jersey man who worked at the World Trade Center, ... and five Argentines ... were killed": a figure listed
            // after the clause has closed is someone else too, unless the clause tells where the figure's event happened ("the
            // last two missing miners who were killed at a coal mine in western Turkey"). "Doug Jones, the Democrat who won ...
            // in ... Alabama, took 49 percent": the clause is on the figure's own subject.
            return place.Located && ClosedBefore(tokens, place.EndToken, figure.FirstToken) && lexicon.Grammar.Coordinators.Contains(tokens[figure.FirstToken - 1])
                   && !NamesEvent(tokens, r, place.FirstToken);
        }
        return false;
    }

    /// <summary>
    /// "Idaho had four resettlement offices - three in Boise and one in Twin Falls": a place right after another
    /// figure and "in", "at"... is that figure's. A year or a clock time before it is no figure ("in 2014 in Kiev").
    /// </summary>
    private bool AnotherFigures(List<Token> tokens, PlaceMention place, NumberMention figure)
    {
        var preposition = place.FirstToken - 1;
        // "with 630 located within the Kathmandu Valley"; not "some in the U.S. business community".
        var articled = preposition >= 2 && lexicon.Grammar.Articles.Contains(tokens[preposition]);
        if (articled) preposition--;
        if (preposition < 1 || !lexicon.Grammar.SitePrepositions.Contains(tokens[preposition])) return false;
        var other = preposition - 1;
        if (other >= figure.FirstToken && other < figure.EndToken) return false;
        if (tokens[other].Kind == TokenKind.Number)
            return tokens[other].Text.All(char.IsDigit) && !(tokens[other].Text.Length == 4 && tokens[other].Text[0] is '1' or '2')
                   && !(other > 0 && tokens[other - 1].Text is ":" or "." or "/");
        // "claimed at least 36 lives, wounded nearly 30, forced some at Lahaina Harbor into the ocean": a group of its own.
        if (!articled && (lexicon.NumberWords.Match(tokens, other) is { Length: 1 } || lexicon.Grammar.Quantifiers.Contains(tokens[other]))) return true;
        // "1.12 million people joined the protests across France, 80,000 of them in Paris alone", "at 2 million, with 400,000 protesters in
        // Paris": another figure set off after this one by a comma, a few plain words before the place, its noun or "of them" between, no verb.
        // "rose to 1,341, with 630 located within the Kathmandu Valley", "Of the 292 ..., 231 died in Amatrice": or that figure's own verb.
        if (SetOffFiguresVerb(tokens, other, figure)) return true;
        for (var k = other; k >= Math.Max(0, other - OtherFiguresNounReach); k--)
        {
            if (k >= figure.FirstToken && k < figure.EndToken) return false;
            if (tokens[k].Kind == TokenKind.Number)
                return k < other && tokens[k].Text.Any(char.IsDigit) && figure.EndToken <= k && ClosedBefore(tokens, figure.EndToken, k)
                       && !(k > 0 && tokens[k - 1].Text is ":" or "." or "/");
            if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Lower == "to" || lexicon.Grammar.BeForms.Contains(tokens[k]) || lexicon.Grammar.Auxiliaries.Contains(tokens[k])
                || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) || lexicon.MetricTriggers.Match(tokens, k) is { } trigger && !lexicon.Subjects.Match(tokens, k).HasValue && !trigger.Value.All(t => t.OnlyMeasured || t.CountedNoun)) return false;
        }
        return false;
    }

    private const int OtherFiguresNounReach = 3;

    /// <summary>
    /// Whether tokens[<paramref name="verb"/>] is a participle or past tense ("died", "located", "were killed") whose subject is another
    /// figure set off after this one by a comma or dash (and "with"), nothing but its noun, "of them", "of the victims" or "were" between.
    /// </summary>
    private bool SetOffFiguresVerb(List<Token> tokens, int verb, NumberMention figure)
    {
        if (verb < 1 || !tokens[verb].IsWord || tokens[verb].IsCapitalized) return false;
        var k = verb - 1;
        // "231 were found in Amatrice": any participle after "were".
        if (lexicon.Grammar.BeForms.Contains(tokens[k])) k--;
        else if (!tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (k >= 1 && lexicon.Grammar.GroupPronouns.Contains(tokens[k]) && tokens[k - 1].Lower == "of") k -= 2;
        // "with 630 of the victims located".
        else if (k >= 2 && tokens[k] is { IsWord: true, IsCapitalized: false } && lexicon.Grammar.Articles.Contains(tokens[k - 1]) && tokens[k - 2].Lower == "of") k -= 3;
        // "with 630 people located": the other figure's noun.
        else if (k >= 1 && tokens[k] is { IsWord: true, IsCapitalized: false } && tokens[k - 1].Kind == TokenKind.Number) k--;
        if (k <= figure.EndToken || tokens[k].Kind != TokenKind.Number || !tokens[k].Text.Any(char.IsDigit) || tokens[k].Text.Length == 4 && tokens[k].Text[0] is '1' or '2')
            return false;
        var before = tokens[k - 1].Lower == "with" ? k - 2 : k - 1;
        return before >= figure.EndToken && tokens[before].Text is "," or "—" or "–";
    }

    private bool NamesEvent(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (lexicon.MetricTriggers.Match(tokens, k) is not null) return true;
        return false;
    }

    private static bool ClosedBefore(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Text is "," or ";" or "(" or ")" or "—" or "–") return true;
            // "killing hundreds and affecting more than 300,000 people in Marrakech": a participle of its own after "and".
            else if (tokens[k].Lower == "and" && k + 1 < to && tokens[k + 1] is { IsWord: true, IsCapitalized: false, Lower: { Length: > 5 } participle }
                     && participle.EndsWith("ing", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"the 27 other EU member states, who": a relative clause a few words after the figure is on its own group.</summary>
    private static bool OwnGroup(List<Token> tokens, NumberMention figure, int r)
    {
        if (r < figure.EndToken || r - figure.EndToken > 6) return false;
        for (var k = figure.EndToken; k < r - 1; k++)
            if (!tokens[k].IsWord) return false;
        return true;
    }

    /// <summary>The part of the sentence a figure is in: "Ukraine has 46 million, while Crimea has two million" is two parts.</summary>
    private (int From, int To) Clause(List<Token> tokens, NumberMention figure)
    {
        // "1219 deaths are reported from hospitals of Karachi whereas 10 deaths are reported from other parts of Sindh": a
        // contrast opens a part with or without its comma.
        // "Travis County has ... seven killed and 10 missing, and Kendall County has eight reported fatalities": a clause joined with its own
        // named subject and verb is a part too.
        bool Breaks(List<Token> t, int k) => t[k].Text == ";" || k > 0 && (t[k - 1].Text == "," && lexicon.Grammar.Contrastives.Contains(t[k]) || lexicon.Grammar.UnmarkedContrastives.Contains(t[k])
                                                                          || t[k - 1].Text == "," && lexicon.Grammar.Coordinators.Contains(t[k]) && NamedSubjectWithVerb(t, k + 1));
        var from = 0;
        for (var k = figure.FirstToken - 1; k > 0; k--)
            if (Breaks(tokens, k)) { from = k; break; }
        var to = tokens.Count;
        for (var k = figure.EndToken; k < tokens.Count; k++)
            if (Breaks(tokens, k)) { to = k; break; }
        return (from, to);
    }

    /// <summary>A capitalized name of up to four words, then a form of "be" or an auxiliary ("Kendall County has").</summary>
    private bool NamedSubjectWithVerb(List<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k - start < 4 && tokens[k].IsCapitalized && tokens[k].IsWord) k++;
        return k > start && k < tokens.Count && (lexicon.Grammar.BeForms.Contains(tokens[k]) || lexicon.Grammar.Auxiliaries.Contains(tokens[k]));
    }

    /// <summary>Whether a names a wider kind of place than b (a country against a city).</summary>
    public static bool LessSpecific(PlaceMention a, PlaceMention b) => Specificity[a.Precision] > Specificity[b.Precision];

    /// <summary>A name that acts or is acted on ("accused the US"), not one introduced as a place ("in Ukraine"); a demonym is neither.</summary>
    /// <summary>
    /// "more than in Washington", "claimed their numbers rivaled those of the National Mall": a place a comparison sets the figure
    /// against, after "than" or "those" and a preposition, is not where the figure is.
    /// </summary>
    private bool ComparedWith(List<Token> tokens, PlaceMention place)
    {
        var k = place.FirstToken - 1;
        if (k >= 0 && lexicon.Grammar.Articles.Contains(tokens[k])) k--;
        var preposition = k >= 0 && Places.Prepositions.Contains(tokens[k].Lower);
        if (preposition) k--;
        return k >= 0 && (lexicon.Grammar.ComparativeLinks.Contains(tokens[k]) || preposition && tokens[k].Lower == "those");
    }

    private static bool Unplaced(PlaceMention place) => !place.Adjective && !place.Located;

    /// <summary>The most specific place among several, nouns before adjectives, datelines, ends of a route and places named aside never (for carrying one to later sentences).</summary>
    public static PlaceMention? MostSpecific(List<PlaceMention> places)
    {
        // A named place before a demonym, then the most specific, then one introduced as a place ("accused the US of meddling
        // in Ukraine" is set in Ukraine), the first of equals: a stable order.
        PlaceMention? best = null;
        foreach (var place in places)
            if (!place.Dateline && !place.Route && !place.Aside && (best is null || (place.Adjective, Specificity[place.Precision], Unplaced(place)).CompareTo((best.Adjective, Specificity[best.Precision], Unplaced(best))) < 0))
                best = place;
        return best;
    }
}
