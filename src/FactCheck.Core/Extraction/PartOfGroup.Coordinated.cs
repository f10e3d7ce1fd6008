namespace FactCheck.Extraction;

/// <summary>Parts told by the other figures of their sentence: two counts joined by "and", "N others", and a list that adds up to a total.</summary>
internal sealed partial class PartOfGroup
{
    /// <summary>
    /// "an operation that killed one policeman and about 20 people": of two head counts of one thing by
    /// one source joined by "and", the smaller is a group within the toll the larger gives, not a rival
    /// toll. Not shares, and not figures given to different things in turn ("302 and 276 fatalities,
    /// respectively"). Marks it on the claims of one sentence, from <paramref name="from"/> on.
    /// </summary>
    public void MarkCoordinated(List<Claim> claims, int from, List<Token> tokens)
    {
        if (claims.Count - from < 2) return;
        foreach (var token in tokens)
            if (lexicon.Parallel.Contains(token.Lower)) return;
        for (var i = from; i < claims.Count; i++)
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Unit != "people" || a.Claimant != b.Claimant || a.Metric != b.Metric || a.Side != b.Side || a.Unit != b.Unit) continue;
                // "40 individuals died from gunshot wounds, while two others succumbed to ...": the rest of one toll, split by how
                // they died; neither is the toll. Not the level a toll reached ("rose to 40 as two others died"), nor the toll of a place
                // named with it ("151 people have died in Karachi and nine others in three districts").
                if (CountsTheOthers(tokens, b.End))
                {
                    if (!IsALevel(tokens, a.Start) && !PlacedBetween(tokens, a.End, b.Start)) claims[i] = a with { PartOfGroup = true };
                    claims[j] = b with { PartOfGroup = true };
                    continue;
                }
                if (!JoinedByAnd(tokens, a.End, b.Start)) continue;
                // "nine adults and eight children died": a group named beside another kind is a part of the toll, the general one too.
                if (a.Subject != b.Subject)
                {
                    if (a.Subject == GeneralPeople && lexicon.PeopleSubjects.Contains(b.Subject)) claims[i] = a with { PartOfGroup = true };
                    else if (b.Subject == GeneralPeople && lexicon.PeopleSubjects.Contains(a.Subject)) claims[j] = b with { PartOfGroup = true };
                    continue;
                }
                var smaller = a.High < b.Low ? i : b.High < a.Low ? j : -1;
                if (smaller >= 0) claims[smaller] = claims[smaller] with { PartOfGroup = true };
            }
        MarkSeries(claims, from, tokens);
    }

    /// <summary>
    /// "There were 406 passengers, five tour guides and 47 crew onboard the ship": three or more head counts of one measure by one
    /// source, listed with commas and a last "and", each naming its own group, are parts of a whole none of them gives.
    /// </summary>
    private void MarkSeries(List<Claim> claims, int from, List<Token> tokens)
    {
        for (var first = from; first + 2 < claims.Count; first++)
        {
            var last = first;
            while (last + 1 < claims.Count && SameMeasure(claims[first], claims[last + 1]) && JoinedByComma(tokens, claims[last].End, claims[last + 1].Start)) last++;
            if (last + 1 >= claims.Count || !SameMeasure(claims[first], claims[last + 1]) || !JoinedByAnd(tokens, claims[last].End, claims[last + 1].Start)
                || last + 1 - first < 2) continue;
            var subjects = new HashSet<string?>();
            for (var k = first; k <= last + 1; k++) subjects.Add(claims[k].Subject + " " + WordAfter(tokens, claims[k].End));
            if (subjects.Count < last + 2 - first) continue;
            for (var k = first; k <= last + 1; k++) claims[k] = claims[k] with { PartOfGroup = true };
            first = last + 1;
        }
    }

    private static bool SameMeasure(Claim a, Claim b) =>
        a.Unit == "people" && a.Unit == b.Unit && a.Metric == b.Metric && a.Claimant == b.Claimant && a.Side == b.Side;

    /// <summary>The word right after the figure ending at <paramref name="end"/>, its counted noun ("passengers", "tour"), or null.</summary>
    private static string? WordAfter(List<Token> tokens, int end)
    {
        foreach (var token in tokens)
            if (token.Start >= end) return token.IsWord ? token.Lower : null;
        return null;
    }

    /// <summary>A comma, with at most three words before it and none after: "406 passengers, five".</summary>
    private bool JoinedByComma(List<Token> tokens, int end, int start)
    {
        var words = 0;
        var comma = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start < end) continue;
            if (tokens[k].End > start) break;
            if (tokens[k].Text == ",")
            {
                if (comma) return false;
                comma = true;
                continue;
            }
            if (!tokens[k].IsWord || comma || lexicon.MetricTriggers.Match(tokens, k) is not null) return false;
            words++;
        }
        return comma && words <= 3;
    }

    /// <summary>"two others", "three other people": the word right after the figure ending at <paramref name="end"/> counts the rest of a group.</summary>
    private bool CountsTheOthers(List<Token> tokens, int end)
    {
        var k = TokenFrom(tokens, end);
        return k >= 0 && lexicon.Complements.Contains(tokens[k].Lower);
    }

    /// <summary>"in Karachi", "at Maalbeek": a place preposition before a capitalised word between two figures.</summary>
    private bool PlacedBetween(List<Token> tokens, int end, int start)
    {
        for (var k = TokenFrom(tokens, end); k >= 0 && k + 1 < tokens.Count && tokens[k + 1].End <= start; k++)
            if (lexicon.Places.Prepositions.Contains(tokens[k].Lower) && tokens[k + 1].IsWord && char.IsUpper(tokens[k + 1].Text[0])) return true;
        return false;
    }

    /// <summary>"rose to 40", "a toll of 40": the figure starting at <paramref name="start"/> is where a toll stands, not a count of its own.</summary>
    private bool IsALevel(List<Token> tokens, int start)
    {
        var k = TokenFrom(tokens, start);
        return k > 0 && (lexicon.Grammar.TollLinks.Contains(tokens[k - 1]) || tokens[k - 1].Lower == "to");
    }

    /// <summary>The subject of a head count that names no particular group ("people", "adults", "victims").</summary>
    private const string GeneralPeople = "people";

    /// <summary>At most three words between two figures, the last "and": "one policeman and about 20".</summary>
    private bool JoinedByAnd(List<Token> tokens, int end, int start)
    {
        var words = 0;
        string? last = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start < end) continue;
            if (tokens[k].End > start) break;
            if (!tokens[k].IsWord || lexicon.MetricTriggers.Match(tokens, k) is not null) return false;
            words++;
            last = tokens[k].Lower;
        }
        return words is > 0 and <= 3 && last == "and";
    }

    /// <summary>
    /// "The 20 killed, 12 women and eight men, were aged between 18 and 38", "the latest death toll is 31 — 20 at the metro station and
    /// 11 at the airport", "Of the total 250 victims confirmed so far, some 193 were in Amatrice, 11 in Accumoli, and 46 in Arquata del
    /// Tronto": two or more figures right after a count, in the same unit, that add up to it exactly are its breakdown. Marks them on the
    /// claims of one sentence, from <paramref name="from"/> on. Where the sentence opened on a count the document had already given
    /// (<paramref name="repeatedTotal"/>: "The 20 killed" after "has risen to 20"), the figures after it that add up to it are its breakdown.
    /// </summary>
    public static void MarkSums(List<Claim> claims, int from, double repeatedTotal = double.NaN)
    {
        if (!double.IsNaN(repeatedTotal) && from < claims.Count - 1 && claims[from].Unit != "" && claims[from].Metric != Claim.QuoteMetric)
            MarkPartsOf(claims, from, from, repeatedTotal);
        for (var w = from; w < claims.Count - 2; w++)
        {
            var whole = Stated(claims[w]);
            if (double.IsNaN(whole) || whole < 2 || claims[w].Unit == "" || claims[w].Metric == Claim.QuoteMetric || ListedBefore(claims, from, w)) continue;
            MarkPartsOf(claims, w, w + 1, whole);
        }
    }

    /// <summary>Marks the figures from <paramref name="first"/> on, in the unit and measure of <paramref name="measure"/>, when two or more of them add up to <paramref name="whole"/>.</summary>
    private static void MarkPartsOf(List<Claim> claims, int measure, int first, double whole)
    {
        var sum = 0.0;
        for (var p = first; p < claims.Count && claims[p].Unit == claims[measure].Unit && claims[p].Metric is var metric && (metric == claims[measure].Metric || metric == GenericCount)
                            && Stated(claims[p]) is var part && part < whole; p++)
        {
            sum += part;
            if (sum > whole + 0.5) return;
            if (sum < whole - 0.5 || p == first) continue;
            // "eight people died at the National Trauma Centre, three at Everest Hospital, three at Civil Hospital, two at ..., and one at
            // ...": where the list goes on past the sum, the first figure is one of its items and the sum a coincidence.
            if (!ListGoesOn(claims, p))
                for (var k = first; k <= p; k++) claims[k] = claims[k] with { PartOfGroup = true };
            return;
        }
    }

    /// <summary>The metric of a figure no word of the sentence gave a measure.</summary>
    private const string GenericCount = "count";

    /// <summary>"eight died at ..., three at ..., two at ..., and one at ...": the three is an item of a list begun before it, no total.</summary>
    private static bool ListedBefore(List<Claim> claims, int from, int figure)
    {
        for (var k = from; k < figure; k++)
            if (claims[k].Unit == claims[figure].Unit && claims[k].Metric == claims[figure].Metric) return true;
        return false;
    }

    private static bool ListGoesOn(List<Claim> claims, int last)
    {
        for (var k = last + 1; k < claims.Count; k++)
            if (claims[k].Unit == claims[last].Unit && claims[k].Metric == claims[last].Metric) return true;
        return false;
    }

    /// <summary>The number the words give ("some 193" is 193, "at least 138" is 138, "nearly 50" is 50); NaN for a vague count or a range.</summary>
    private static double Stated(Claim claim) =>
        claim.Low == claim.High ? claim.Low
        : double.IsPositiveInfinity(claim.High) ? claim.Low
        : claim.Qualifier is "vague" or "range" ? double.NaN
        : claim.Qualifier == "about" ? (claim.Low + claim.High) / 2
        : claim.High;

    /// <summary>
    /// "The last three bodies were found on Sunday, bringing the official death toll to 43", "After three bodies were recovered ...,
    /// the Genoa prefecture raised its official death toll": what a verb took a toll up with is an increment of it, not a toll. Marks the
    /// figures before the raising verb, of the measure it raised, on the claims of one sentence, from <paramref name="from"/> on.
    /// </summary>
    public void MarkIncrements(List<Claim> claims, int from, List<Token> tokens)
    {
        if (claims.Count - from == 0) return;
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!lexicon.Grammar.RaisingVerbs.Contains(tokens[k]) || TollAfter(tokens, k + 1) is not { } tollEnd) continue;
            var level = tollEnd + 1 < tokens.Count && tokens[tollEnd].Lower == "to" ? ClaimAt(claims, from, tokens[tollEnd + 1].Start) : -1;
            // "bringing the death toll to 21": the toll's measure is the level's; "raised its official death toll": the dead.
            var metric = level >= 0 ? claims[level].Metric : lexicon.MetricTriggers.Match(tokens, tollEnd - 1)?.Value.FirstOrDefault()?.Metric;
            for (var c = from; c < claims.Count; c++)
                // Not a level of its own: "The number of deaths in Louisiana ... has risen to 799, ..., bringing the overall death toll to 1,033".
                if (claims[c].End <= tokens[k].Start && claims[c].Metric == metric && (level < 0 || claims[c].High < claims[level].Low) && !IsALevel(tokens, claims[c].Start))
                    claims[c] = claims[c] with { PartOfGroup = true };
            return;
        }
    }

    /// <summary>Where a toll named right after a raising verb ends ("the official death toll", "its toll"), or null.</summary>
    private int? TollAfter(List<Token> tokens, int k)
    {
        for (var end = k; end < Math.Min(tokens.Count, k + 5); end++)
        {
            if (lexicon.Grammar.MeasureNouns.Contains(tokens[end]) && lexicon.MetricTriggers.Match(tokens, end) is not null) return end + 1;
            if (!tokens[end].IsWord) return null;
        }
        return null;
    }

    /// <summary>
    /// "The number of police injured in different parts of the city is as follows: in the outer district of Delhi - 75; in North Delhi - 41;
    /// ...": figures listed item by item after a colon that a measure opens are its breakdown, each a part. Marks them on the claims of one
    /// sentence, from <paramref name="from"/> on.
    /// </summary>
    public void MarkListedBreakdown(List<Claim> claims, int from, List<Token> tokens)
    {
        if (claims.Count - from < 2) return;
        var colon = tokens.FindIndex(t => t.Text == ":");
        if (colon < 2 || !MeasureOpens(tokens, colon)) return;
        var items = 0;
        for (var k = colon + 1; k < tokens.Count; k++)
            if (tokens[k].Text == ";") items++;
        if (items < 1) return;
        var listed = 0;
        for (var c = from; c < claims.Count; c++)
            if (claims[c].Start > tokens[colon].End && claims[c].Unit != "" && claims[c].Metric != Claim.QuoteMetric) listed++;
        if (listed < 2) return;
        for (var c = from; c < claims.Count; c++)
            if (claims[c].Start > tokens[colon].End && claims[c].Unit != "" && claims[c].Metric != Claim.QuoteMetric) claims[c] = claims[c] with { PartOfGroup = true };
    }

    /// <summary>Whether the words before the colon name a measure ("The number of police injured ... is as follows").</summary>
    private bool MeasureOpens(List<Token> tokens, int colon)
    {
        for (var k = 0; k < colon; k++)
            if (lexicon.Grammar.MeasureNouns.Contains(tokens[k]) || lexicon.MetricTriggers.Match(tokens, k) is { } trigger && trigger.Value.Any(t => t.People)) return true;
        return false;
    }

    /// <summary>
    /// "Police raised the death toll from nine to 12 dead", "revised the death toll in the three-train crash on Friday to 275 from 288":
    /// the level a measure moved from is superseded in the same breath, no figure of its own. Marks it on the claims of one sentence,
    /// from <paramref name="from"/> on, when a verb of change is in the sentence.
    /// </summary>
    public void MarkEarlierLevels(List<Claim> claims, int from, List<Token> tokens)
    {
        if (claims.Count - from < 2 || !ChangeIn(tokens)) return;
        for (var c = from; c < claims.Count; c++)
        {
            var k = TokenFrom(tokens, claims[c].Start);
            // "more than doubled from initial reports of 20 to 50 victims": "from" and the earlier figure's own words.
            if (k >= 1 && Grammar.FromOpeningEarlierFigure(tokens, k - 1) is var opening and >= 0) k = opening + 1;
            if (k < 1 || tokens[k - 1].Lower != "from") continue;
            var end = TokenFrom(tokens, claims[c].End);
            // "from nine to 12": the level after; "to 275 from 288": the level before.
            var after = end >= 0 && end + 1 < tokens.Count && tokens[end].Lower == "to" && ClaimAt(claims, from, tokens[end + 1].Start) >= 0;
            var before = false;
            for (var o = from; o < claims.Count && k >= 2 && !before; o++)
                before = claims[o].End == tokens[k - 2].End && claims[o].Start > 0 && IsALevel(tokens, claims[o].Start);
            if (after || before) claims[c] = claims[c] with { PartOfGroup = true };
        }
    }

    /// <summary>Whether a verb of change or of raising stands in the sentence.</summary>
    private bool ChangeIn(List<Token> tokens)
    {
        foreach (var token in tokens)
            if (lexicon.Grammar.ChangeVerbs.Contains(token) || lexicon.Grammar.RaisingVerbs.Contains(token)) return true;
        return false;
    }

    /// <summary>The first token starting at or after a character offset, or -1. A loop, not a predicate: this runs for every figure.</summary>
    private static int TokenFrom(List<Token> tokens, int offset)
    {
        for (var k = 0; k < tokens.Count; k++)
            if (tokens[k].Start >= offset) return k;
        return -1;
    }

    /// <summary>The claim of the sentence (from <paramref name="from"/> on) that starts at a character offset, or -1.</summary>
    private static int ClaimAt(List<Claim> claims, int from, int start)
    {
        for (var c = from; c < claims.Count; c++)
            if (claims[c].Start == start) return c;
        return -1;
    }
}
