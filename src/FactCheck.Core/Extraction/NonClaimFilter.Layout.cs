namespace FactCheck.Extraction;

/// <summary>Numbers a page's layout puts in a sentence: a table flattened into one line.</summary>
internal sealed partial class NonClaimFilter
{
    /// <summary>
    /// "Province/Region Injuries Deaths AJK 21 37 Balochistan 102 234 GB 4 9 ...": a table flattened into one line, many figures with hardly a
    /// word in lower case between them, whose cells no sentence ties to a measure.
    /// </summary>
    public static bool IsTableDump(List<Token> tokens, IReadOnlyList<NumberMention> figures)
    {
        if (figures.Count < MinTableFigures) return false;
        var lowerCase = 0;
        foreach (var token in tokens)
            if (token is { IsWord: true, IsCapitalized: false }) lowerCase++;
        return lowerCase * 4 < figures.Count;
    }

    private const int MinTableFigures = 10;
}
