using System.Text.Json;
using FactCheck.Rules.Evaluation;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>`eval pairs`: how many gold pairs the stored flags join, as one table; with --verbose, each pair and why.</summary>
internal static class PairsPrinter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void Print(PairsEvaluation result, bool verbose)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Pairs").AddColumn("Flagged").AddColumn("Share").AddColumn("Side not extracted");
        Row(table, "must_flag found", result.Tally(PairExpectation.MustFlag));
        Row(table, "should_flag found", result.Tally(PairExpectation.ShouldFlag));
        Row(table, "must_not_flag falsely flagged", result.Tally(PairExpectation.MustNotFlag));
        var sides = result.Sides;
        AnsiConsole.MarkupLine($"Sides not extracted: {sides.Count(s => s.Claims == 0)} of {sides.Count}.");
        AnsiConsole.Write(table);
        if (!verbose) return;
        foreach (var pair in result.Results)
        {
            // A must-not entry without a second side is usually a non-claim: not extracted is what it should be.
            var alone = pair.Pair.B is null && pair.Outcome == PairOutcome.NotExtracted ? ", so never flagged" : "";
            Console.WriteLine($"\n{Name(pair.Expectation)}: {Name(pair.Outcome)}{alone}");
            Console.WriteLine($"  a: {pair.Pair.A} ({Claims(pair.A.Count)})");
            if (pair.Pair.B is { } b) Console.WriteLine($"  b: {b} ({Claims(pair.B.Count)})");
            foreach (var flag in pair.Flags) Console.WriteLine($"  flag {flag.Id} {flag.RuleId}: {flag.Message}");
            Console.WriteLine($"  why: {pair.Pair.Why}");
        }
    }

    public static void WriteJson(PairsEvaluation result, TextWriter output)
    {
        static object Of(PairTally t) => new { flagged = t.Flagged, total = t.Total, notExtracted = t.NotExtracted };
        var shape = new
        {
            mustFlag = Of(result.Tally(PairExpectation.MustFlag)),
            shouldFlag = Of(result.Tally(PairExpectation.ShouldFlag)),
            mustNotFlag = Of(result.Tally(PairExpectation.MustNotFlag)),
            sides = new { notExtracted = result.Sides.Count(s => s.Claims == 0), total = result.Sides.Count },
            pairs = result.Results.Select(r => new
            {
                expectation = Name(r.Expectation), outcome = Name(r.Outcome), why = r.Pair.Why,
                a = r.Pair.A.ToString(), aClaims = r.A.Count, b = r.Pair.B?.ToString(), bClaims = r.B.Count,
                flags = r.Flags.Select(f => f.Id),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(shape, Options));
    }

    private static void Row(Table table, string name, PairTally tally) =>
        table.AddRow(name, $"{tally.Flagged}/{tally.Total}", tally.Total == 0 ? "" : $"{(double)tally.Flagged / tally.Total:0.000}", tally.NotExtracted.ToString());

    private static string Claims(int count) => count == 1 ? "1 claim" : $"{count} claims";

    private static string Name(PairExpectation expectation) => expectation switch
    {
        PairExpectation.MustFlag => "must_flag",
        PairExpectation.ShouldFlag => "should_flag",
        _ => "must_not_flag",
    };

    private static string Name(PairOutcome outcome) => outcome switch
    {
        PairOutcome.Flagged => "flagged",
        PairOutcome.NotFlagged => "not flagged",
        _ => "a side not extracted",
    };
}
