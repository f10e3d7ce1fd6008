namespace FactCheck.Extraction;

/// <summary>
/// Reads the dateline that opens a paragraph, where the reporter filed from: it places a figure only
/// when the figure's sentence names no place.
/// </summary>
internal sealed class DatelineReader(Places places)
{
    /// <summary>A dateline opening a paragraph: "DONETSK, Ukraine —", "WASHINGTON (Reuters) -", "KIEV -".</summary>
    public PlaceMention? Read(List<Token> tokens)
    {
        var end = 0;
        while (end < tokens.Count && end < 4 && tokens[end].IsWord && tokens[end].Text.Length > 1 && !HasLowerCase(tokens[end].Text)) end++;
        if (end == 0) return null;
        var k = end;
        if (k + 1 < tokens.Count && tokens[k].Text == ",") k = PlaceReader.CapitalizedRun(tokens, k + 1);
        if (k < tokens.Count && tokens[k].Text == "(") while (k < tokens.Count && tokens[k].Text != ")") k++;
        if (k < tokens.Count && tokens[k].Text == ")") k++;
        if (k >= tokens.Count || tokens[k].Text is not ("-" or "—" or "–")) return null;
        var written = SourcePhrase.Join(tokens, 0, end);
        var listed = places.ByAliasIgnoringCase(written);
        var name = string.Join(' ', written.Split(' ').Select(w => w[0] + w[1..].ToLowerInvariant()));
        // The mention covers the whole dateline ("DONETSK, Ukraine —"): its country is part of it, not another place.
        return new PlaceMention(0, k + 1, name, listed?.Kind ?? PlacePrecision.City, false) { Dateline = true, NameEnd = end };
    }

    private static bool HasLowerCase(string word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }
}
