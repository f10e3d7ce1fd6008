namespace FactCheck.Extraction;

/// <summary>
/// Reads the dateline that opens a paragraph, where the reporter filed from: it places a figure only
/// when the figure's sentence names no place.
/// </summary>
internal sealed class DatelineReader(Places places, IReadOnlySet<string> organisationHeads, IReadOnlyDictionary<string, int> months, IReadOnlySet<string> rubrics)
{
    /// <summary>
    /// A dateline opening a paragraph: "DONETSK, Ukraine —", "WASHINGTON (Reuters) -", "KIEV -", "(SURFSIDE, Fla.) —"; written
    /// as a name ("New Delhi —", "Islamabad: Flood damage ...") only when it names a listed place.
    /// </summary>
    public PlaceMention? Read(List<Token> tokens)
    {
        var first = tokens.Count > 0 && tokens[0].Text == "(" ? 1 : 0;
        var end = first;
        while (end < tokens.Count && end - first < 4 && tokens[end].IsWord && tokens[end].Text.Length > 1 && !HasLowerCase(tokens[end].Text)) end++;
        var capitals = end > first;
        if (!capitals) end = Math.Min(PlaceReader.CapitalizedRun(tokens, first), first + 4);
        if (end == first) return null;
        var written = SourcePhrase.Join(tokens, first, end);
        var listed = places.ByAliasIgnoringCase(written);
        // "(CNN) — At least 232 people ...": an outlet in brackets opening the story, no place.
        if (first == 1 && end == 2 && listed is null && organisationHeads.Contains(tokens[1].Text)) return null;
        // "NNA – The Moroccan Ministry of Interior announced ...", "PTI -": a short unlisted word in capitals is an agency's initials, no place.
        if (capitals && end - first == 1 && listed is null && tokens[first].Text.Length <= MaxInitials) return null;
        if (!capitals && listed is null) return null;
        // "SOUNDBITE (CHINESE) TANG GUANJUN, ...:": an outlet's label, with what follows, opens no dateline.
        if (listed is null && rubrics.Contains(written)) return null;
        var k = end;
        // "Kathmandu [Nepal], September 10 :": the country in square brackets, as Indian agencies write it.
        if (k < tokens.Count && tokens[k].Text == "[")
        {
            var close = tokens.FindIndex(k, Math.Min(MaxBracketed, tokens.Count - k), t => t.Text == "]");
            if (close < 0) return null;
            k = close + 1;
        }
        PlaceEntry? region = null;
        if (k + 1 < tokens.Count && tokens[k].Text == "," && DateEnd(tokens, k + 1) == k + 1)
        {
            var regionStart = k + 1;
            k = PlaceReader.CapitalizedRun(tokens, k + 1);
            // "Fla.": a state's abbreviation keeps its full stop.
            if (k < tokens.Count && tokens[k].Text == "." && !tokens[k].SpaceBefore) k++;
            var regionWritten = SourcePhrase.Join(tokens, regionStart, k);
            region = places.ByAliasIgnoringCase(regionWritten);
            // "ARLINGTON, Texas -": a city listed with its state ("Arlington, Texas") is that one.
            if (places.ByAliasIgnoringCase(written + ", " + regionWritten) is { } withState) (written, listed) = (withState.Name, withState);
        }
        // "MOSCOW, Jan. 20 (Sputnik) -", "Kathmandu [Nepal], September 10 :": the day the report was filed.
        if (k + 1 < tokens.Count && tokens[k].Text == "," && DateEnd(tokens, k + 1) is var dated && dated > k + 1) k = dated;
        var bracketed = k < tokens.Count && tokens[k].Text == "(";
        if (bracketed) while (k < tokens.Count && tokens[k].Text != ")") k++;
        if (k < tokens.Count && tokens[k].Text == ")") k++;
        // "Tehran, Sep 25 (EFE).- At least 41 people": a full stop before the dash, as EFE writes it.
        if (bracketed && k + 1 < tokens.Count && tokens[k].Text == "." && !tokens[k].SpaceBefore && tokens[k + 1].Text is "-" or "—" or "–" && !tokens[k + 1].SpaceBefore) k++;
        if (k >= tokens.Count) return null;
        var name = string.Join(' ', written.Split(' ').Select(w => w[0] + w[1..].ToLowerInvariant()));
        // "ARLINGTON, Wash. -": a listed city of that name lies elsewhere (Virginia's); the state the dateline gives is where it is.
        if (listed is { Kind: PlacePrecision.City } && region is { Kind: PlacePrecision.Region } state && state.Name != listed.Name
            && !places.PathOf(listed.Name).Contains(" > " + state.Name + " > ", StringComparison.Ordinal))
            (name, listed) = (state.Name, state);
        // "BARCELONA (UrduPoint News / Sputnik - 18th October, 2019) Less than half ...": a city in capitals and its agency in
        // brackets close a dateline without a dash.
        if (capitals && bracketed && tokens[k].IsCapitalized && tokens[k - 1].Text == ")")
            return new PlaceMention(0, k, name, listed?.Kind ?? PlacePrecision.City, false) { Dateline = true, NameEnd = end };
        // "BALASORE:", "Islamabad:": a colon closes a dateline that names a place; "STORY:" is an outlet's label.
        if (tokens[k].Text is not ("-" or "—" or "–") && !(tokens[k].Text == ":" && listed is not null)) return null;
        // "Turkey – Syria earthquakes: Death toll passes 24,000": a headline's pair of places of one kind, no dateline.
        if (!capitals && listed is not null && places.Aliases.Match(tokens, k + 1) is { Value: var next } && next.Kind == listed.Kind) return null;
        // "SKOPJE, North Macedonia — (AP) — The death toll ...": the agency after the dash, closed by a dash of its own, is the dateline's too.
        if (k + 4 < tokens.Count && tokens[k + 1].Text == "(" && tokens[k + 3].Text == ")" && tokens[k + 2].IsCapitalized && tokens[k + 4].Text is "-" or "—" or "–") k += 4;
        // The mention covers the whole dateline ("DONETSK, Ukraine —"): its country is part of it, not another place.
        return new PlaceMention(0, k + 1, name, listed?.Kind ?? PlacePrecision.City, false) { Dateline = true, NameEnd = end };
    }

    /// <summary>
    /// Where a paragraph's text starts after an agency's name and a dash that open it with no place ("AFP - The death toll from Haiti's
    /// catastrophic earthquake ...", "PTI -", "Reuters -"); 0 when none does.
    /// </summary>
    public int AgencyLeadEnd(List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[1].Text is not ("-" or "—" or "–") || !tokens[0].IsWord) return 0;
        var agency = tokens[0].Text;
        return agency.Length <= MaxInitials && !HasLowerCase(agency) || organisationHeads.Contains(agency) ? 2 : 0;
    }

    private const int MaxBracketed = 6;
    private const int MaxInitials = 4;

    /// <summary>Where a day written "Jan. 20", "September 10", "20 January" or "Jan. 20, 2023" that starts at <paramref name="k"/> ends; k when none does.</summary>
    private int DateEnd(List<Token> tokens, int k)
    {
        var j = k;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && j + 1 < tokens.Count && months.ContainsKey(tokens[j + 1].Lower)) return j + 2;
        if (j >= tokens.Count || !months.ContainsKey(tokens[j].Lower)) return k;
        j++;
        if (j < tokens.Count && tokens[j].Text == "." && !tokens[j].SpaceBefore) j++;
        if (j >= tokens.Count || tokens[j].Kind != TokenKind.Number) return k;
        j++;
        if (j + 1 < tokens.Count && tokens[j].Text == "," && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Text.Length == 4) j += 2;
        return j;
    }

    private static bool HasLowerCase(string word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }
}
