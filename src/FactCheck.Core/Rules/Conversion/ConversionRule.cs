using System.Globalization;
using FactCheck.Extraction;

namespace FactCheck.Rules.Conversion;

/// <summary>Finds a figure followed by its conversions in parentheses and checks each against the table.</summary>
internal sealed class ConversionRule(RuleDefinition definition, ConversionTable table, Severity severity, MessageTemplate message) : IRule
{
    public RuleDefinition Definition => definition;

    public RuleScope Scope => RuleScope.Sentence;

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var ordered in claims.BySentence)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var original = ordered[i];
                // "£25 million ($33 million, 30 million euros)": the first figure inside the brackets, then any after commas.
                for (var j = i + 1; j < ordered.Count && Joins(ordered[j - 1], ordered[j], opening: j == i + 1); j++)
                    if (Check(original, ordered[j]) is { } flag) yield return flag;
            }
        }
    }

    private Flag? Check(Claim original, Claim converted)
    {
        if (table.Between(original.Unit, converted.Unit, original.AssertedOn) is not var (from, to, tolerance)) return null;
        // "about 35 kilometers (about 20 miles)": what the words allow on each side, so two approximations
        // that can meet agree; the difference is the stated figures'.
        var expected = Stated(original) * from / to;
        var (low, high) = (original.Low * from / to, original.IsUnbounded ? double.PositiveInfinity : original.High * from / to);
        var meets = converted.Low * (1 - tolerance) <= high && (converted.IsUnbounded || converted.High * (1 + tolerance) >= low);
        var difference = Stated(converted) == 0 ? double.PositiveInfinity : Math.Abs(Stated(converted) - expected) / expected;
        var conditions = new List<Condition>
        {
            new("conversion in parentheses", $"{FigureFormatter.Format(original)} ({FigureFormatter.Format(converted)})", true),
            new("agrees with the table", $"expected {FigureFormatter.Number(expected)} {converted.Unit}, off by {difference:P1}, tolerance {tolerance:P0}",
                meets),
        };
        if (meets) return null;
        return new Flag
        {
            RuleId = definition.Id,
            RuleKind = ConversionKind.KindName,
            Severity = severity,
            Message = message.Render(new Dictionary<string, string>
            {
                ["a.figure"] = FigureFormatter.Format(original), ["b.figure"] = FigureFormatter.Format(converted),
                ["a.claimant"] = original.Claimant, ["a.document"] = original.Document,
                ["expected"] = $"{FigureFormatter.Number(expected)} {converted.Unit}",
                ["difference"] = difference.ToString("P0", CultureInfo.InvariantCulture),
            }),
            Claims = [original, converted],
            Conditions = conditions,
        };
    }

    /// <summary>The figure as written: the middle of an approximation or range, the bound of an open one.</summary>
    private static double Stated(Claim claim) => claim.IsUnbounded ? claim.Low : (claim.Low + claim.High) / 2;

    /// <summary>Whether only "(" (opening the conversions) or "," (continuing them) stands between two figures.</summary>
    private static bool Joins(Claim before, Claim after, bool opening)
    {
        var from = before.End - before.SentenceStart;
        var to = after.Start - after.SentenceStart;
        if (from < 0 || to > before.Sentence.Length || to < from) return false;
        var between = before.Sentence[from..to].Trim();
        return opening ? between == "(" : between == ",";
    }
}
