using FactCheck.Extraction;

namespace FactCheck.Rules.PartWhole;

/// <summary>Within a sentence, a total followed by "including ..." parts whose sum exceeds it.</summary>
internal sealed class PartWholeRule(RuleDefinition definition, IReadOnlyList<string> markers, Severity severity, MessageTemplate message) : IRule
{
    public RuleDefinition Definition => definition;

    public RuleScope Scope => RuleScope.Sentence;

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var ordered in claims.BySentence)
        {
            for (var i = 0; i + 1 < ordered.Count; i++)
            {
                var whole = ordered[i];
                // The marker must introduce the next figure: "four people, including three rescuers",
                // not "35 abstaining, including China, out of the 193 members".
                var lead = Between(whole, ordered[i + 1]).Trim().TrimEnd(',', ':');
                if (!markers.Any(m => lead.EndsWith(m, StringComparison.OrdinalIgnoreCase))) continue;
                var parts = new List<Claim> { ordered[i + 1] };
                for (var j = i + 2; j < ordered.Count && ContinuesList(Between(ordered[j - 1], ordered[j])); j++)
                    parts.Add(ordered[j]);
                // Parts count the same thing as the whole: rescuers or children are people; "participants" are not "countries".
                if (parts.Any(p => p.Unit != whole.Unit || p.Subject != whole.Subject && whole.Unit != "people")) continue;
                var sum = parts.Sum(p => p.Low);
                var conditions = new List<Condition>
                {
                    new("parts introduced after a total", $"{FigureFormatter.Format(whole)}: {string.Join(" + ", parts.Select(FigureFormatter.Format))}", true),
                    new("parts within the total", $"{FigureFormatter.Number(sum)} <= {FigureFormatter.Number(whole.High)}", sum <= whole.High),
                };
                if (sum <= whole.High) continue;
                yield return new Flag
                {
                    RuleId = definition.Id,
                    RuleKind = PartWholeKind.KindName,
                    Severity = severity,
                    Message = message.Render(new Dictionary<string, string>
                    {
                        ["a.figure"] = FigureFormatter.Format(whole), ["parts"] = string.Join(" + ", parts.Select(FigureFormatter.Format)),
                        ["sum"] = FigureFormatter.Number(sum), ["a.claimant"] = whole.Claimant, ["a.document"] = whole.Document,
                    }),
                    Claims = [whole, .. parts],
                    Conditions = conditions,
                };
            }
        }
    }

    private const int PartNounWords = 4;

    /// <summary>
    /// "two children, three women and one rescuer": a comma or "and" right after a part's noun. Not after a predicate: in "1,429 people,
    /// including 426 children, died in the attack and about 3,600 people were treated", the 3,600 are no part.
    /// </summary>
    private static bool ContinuesList(string between)
    {
        var trimmed = between.Trim();
        return (trimmed.EndsWith(',') || trimmed == "and" || trimmed.EndsWith(" and", StringComparison.Ordinal))
               && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= PartNounWords;
    }

    /// <summary>The words of the sentence between two figures.</summary>
    private static string Between(Claim before, Claim after)
    {
        var from = before.End - before.SentenceStart;
        var to = after.Start - after.SentenceStart;
        return from >= 0 && to <= before.Sentence.Length && to >= from ? before.Sentence[from..to] : "";
    }
}
