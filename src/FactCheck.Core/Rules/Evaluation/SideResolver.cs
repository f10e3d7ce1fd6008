using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Rules.Evaluation;

/// <summary>
/// Finds the stored claims a pair side means: the claim's file name starts with the prefix, its
/// sentence holds the fragment (case and spacing aside: `article_1` is also the start of
/// `article_10`, so the fragment decides), and its interval holds the number or starts within 1% of it.
/// </summary>
internal static class SideResolver
{
    private const double Tolerance = 0.01;

    /// <remarks>
    /// The claims found include the same assertion repeated elsewhere in its document (the dateline's
    /// sentence and a later paragraph's, one source, one figure): rules compare one of the repeats,
    /// and a flag on any of them is a flag on the figure the side names.
    /// </remarks>
    public static IReadOnlyList<Claim> Resolve(PairSide side, IEnumerable<Claim> claims)
    {
        var fragment = Collapse(side.Fragment);
        var all = claims as IReadOnlyCollection<Claim> ?? claims.ToList();
        var named = all.Where(c => c.Metric != Claim.QuoteMetric
                                   && Path.GetFileName(c.Document).StartsWith(side.FilePrefix, StringComparison.OrdinalIgnoreCase)
                                   && Matches(c, side.Number)
                                   && Collapse(c.Sentence).Contains(fragment, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var assertions = named.Select(Assertion).ToHashSet();
        return named.Concat(all.Where(c => !named.Contains(c) && assertions.Contains(Assertion(c)))).ToList();
    }

    private static (string, string, string, string, string?, double, double) Assertion(Claim c) =>
        (c.Document, c.Claimant, c.Metric, c.Subject, c.Side, c.Low, c.High);

    private static bool Matches(Claim claim, double number) =>
        claim.Low <= number && number <= claim.High || Math.Abs(claim.Low - number) <= Tolerance * Math.Abs(number);

    /// <summary>Runs of white space (non-breaking spaces and line breaks included) as one space, trimmed.</summary>
    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch)) collapsed.Append(ch);
            else if (collapsed.Length > 0 && collapsed[^1] != ' ') collapsed.Append(' ');
        }
        return collapsed.ToString().TrimEnd();
    }
}
