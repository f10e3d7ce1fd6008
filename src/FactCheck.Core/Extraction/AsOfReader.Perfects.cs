namespace FactCheck.Extraction;

/// <summary>Perfect verbs before a figure: a count a perfect gives is of the day it is given, not of its event's day.</summary>
internal sealed partial class AsOfReader
{
    private const int PerfectReach = 4;

    /// <summary>A verb after an auxiliary just before the figure, its qualifiers aside: "have killed more than 2,000"; with <paramref name="presentOnly"/>, "has" or "have" only.</summary>
    private bool PerfectBefore(List<Token> tokens, NumberMention mention, bool presentOnly = false)
    {
        var reach = mention.FirstToken - PerfectReach;
        for (var k = mention.FirstToken - 1; k >= 1 && k >= reach; k--)
        {
            // "have devastated neighborhoods, killed 24 individuals": a participle in a list shares the perfect's auxiliary.
            if (tokens[k].Text == "," && ParticipleAt(tokens, k + 1, mention.FirstToken) && reach == mention.FirstToken - PerfectReach)
            {
                reach = k - PerfectReach;
                continue;
            }
            if (tokens[k] is not { IsWord: true, IsCapitalized: false }) return false;
            if (Grammar.Auxiliaries.Contains(tokens[k - 1])) return !presentOnly || tokens[k - 1].Lower is "has" or "have";
        }
        return false;
    }

    /// <summary>"killed", "and displaced": a past participle at tokens[k], before the figure, an "and" aside.</summary>
    private static bool ParticipleAt(List<Token> tokens, int k, int figure)
    {
        if (k < figure && tokens[k].Lower == "and") k++;
        return k < figure && tokens[k] is { IsWord: true, IsCapitalized: false } && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal);
    }
}
