using System.Globalization;
using FactCheck.Extraction;

namespace FactCheck.Rules.DateArithmetic;

/// <summary>Flags a day count or anniversary that does not match the calendar.</summary>
internal sealed class DateArithmeticRule(RuleDefinition definition, IReadOnlyList<CountedEvent> events, int toleranceDays,
    Severity severity, MessageTemplate message) : IRule
{
    public RuleDefinition Definition => definition;

    /// <summary>Reads one claim at a time.</summary>
    public RuleScope Scope => RuleScope.Sentence;

    public IEnumerable<Flag> Evaluate(ClaimSet claims)
    {
        foreach (var claim in claims.WithMetric("war day").Concat(claims.WithMetric("anniversary")))
        {
            if (claim.AssertedOn is not { } date || claim.Low != claim.High) continue;
            var counted = events.FirstOrDefault(e => e.Cues.Any(cue => claim.Sentence.Contains(cue, StringComparison.OrdinalIgnoreCase)) && e.Covers(claim));
            if (counted is null || date < counted.Start) continue;
            var expected = Expected(claim.Metric, counted.Start, date);
            var difference = Math.Abs(claim.Low - expected);
            var allowed = claim.Metric == "war day" ? toleranceDays : 0;
            var conditions = new List<Condition>
            {
                new("event named in the sentence", $"{counted.Name}: {string.Join(", ", counted.Cues)}", true),
                new($"{claim.Metric} matches the calendar",
                    $"{FigureFormatter.Format(claim)} on {date:yyyy-MM-dd}; {counted.Name} began {counted.Start:yyyy-MM-dd}, so {expected}", difference <= allowed),
            };
            if (difference <= allowed) continue;
            yield return new Flag
            {
                RuleId = definition.Id,
                RuleKind = DateArithmeticKind.KindName,
                Severity = severity,
                Message = message.Render(new Dictionary<string, string>
                {
                    ["metric"] = claim.Metric, ["event"] = counted.Name, ["expected"] = expected.ToString(CultureInfo.InvariantCulture),
                    ["a.claimant"] = claim.Claimant, ["a.figure"] = FigureFormatter.Format(claim),
                    ["a.date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["a.document"] = claim.Document,
                }),
                Claims = [claim],
                Conditions = conditions,
            };
        }
    }

    /// <summary>Day 1 is the start date itself; the Nth anniversary falls in the start year plus N, whatever the day.</summary>
    private static int Expected(string metric, DateOnly start, DateOnly date) =>
        metric == "war day" ? date.DayNumber - start.DayNumber + 1 : date.Year - start.Year;
}
