using System.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Rules;

namespace FactCheck.Bench;

/// <summary>
/// The rules alone, in-process, over the claims of the first half of a corpus's documents (N
/// claims) and over all of them (about 2N), with each rule timed on its own to show where the
/// time goes.
/// </summary>
public sealed class CheckScaling(IReadOnlyList<IRule> rules, int repetitions)
{
    public sealed record Result(int HalfClaims, int AllClaims, double HalfSeconds, double AllSeconds,
        IReadOnlyList<(string Rule, double HalfSeconds, double AllSeconds)> PerRule)
    {
        public double Ratio => AllSeconds / HalfSeconds;
    }

    public Result Measure(IReadOnlyList<Claim> claims)
    {
        var documents = claims.Select(c => c.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var firstHalf = documents.Take(documents.Count / 2).ToHashSet();
        var half = claims.Where(c => firstHalf.Contains(c.Document)).ToList();

        var perRule = rules.Select(rule =>
            (rule.Definition.Id, Best(new RuleEngine([rule]), half), Best(new RuleEngine([rule]), claims))).ToList();
        return new Result(half.Count, claims.Count, Best(new RuleEngine(rules), half), Best(new RuleEngine(rules), claims), perRule);
    }

    private double Best(RuleEngine engine, IReadOnlyList<Claim> claims)
    {
        var best = double.MaxValue;
        for (var r = 0; r < repetitions; r++)
        {
            // The previous run's findings are garbage by now; collecting them here keeps that cost out of this timing.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            var result = engine.Run(claims);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            if (result.Failures.Count > 0) throw new InvalidOperationException($"rule failed: {result.Failures[0]}");
        }
        return best;
    }
}
