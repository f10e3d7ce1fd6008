using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>Scores as one table; with --verbose, every disagreement with the gold, grouped by field.</summary>
internal static class EvaluationPrinter
{
    public static void Print(ExtractionEvaluation result, int documents, bool verbose)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Measure").AddColumn("Precision").AddColumn("Recall").AddColumn("F1 / accuracy").AddColumn("Counts");
        Row(table, "numbers found", result.Numbers);
        Row(table, "whole frames", result.Frames);
        table.AddRow("claimant accuracy", "", "", $"{result.Claimants.Precision:0.000}", $"{result.Claimants.Correct}/{result.Claimants.Predicted} found");
        foreach (var field in result.Fields)
            table.AddRow($"  {field.Name}", "", "", $"{field.Accuracy:0.000}", $"{field.Right}/{field.Found} found");
        table.AddRow("not-claims extracted", "", "", $"{result.NotClaims.Share:0.000}", $"{result.NotClaims.Extracted.Count}/{result.NotClaims.Total} not-claims");
        AnsiConsole.MarkupLine($"Gold: {documents} documents, {result.Numbers.Expected} claims; extracted {result.Numbers.Predicted}.");
        AnsiConsole.Write(table);
        if (verbose) PrintDetails(result);
    }

    private static void PrintDetails(ExtractionEvaluation result)
    {
        foreach (var field in FieldComparison.Fields)
        {
            var errors = result.ErrorsIn(field.Name).ToList();
            Console.WriteLine($"\n{field.Name}: {errors.Count} wrong");
            foreach (var error in errors)
            {
                Console.WriteLine($"  {error.Document}: \"{error.Gold.Text}\" gold {Value(field.Gold(error.Gold))}, got {Value(field.Got(error.Predicted!))}");
                Console.WriteLine($"      {OneLine(error.Sentence)}");
            }
        }
        var misses = result.Misses.ToList();
        Console.WriteLine($"\nmissed: {misses.Count}");
        foreach (var miss in misses)
        {
            Console.WriteLine($"  {miss.Document}: \"{miss.Gold.Text}\" {Describe(miss.Gold)}");
            Console.WriteLine($"      {OneLine(miss.Sentence)}");
        }
        Console.WriteLine($"\nspurious: {result.Unmatched.Count}");
        foreach (var claim in result.Unmatched)
        {
            Console.WriteLine($"  {claim.Document}: \"{Words(claim)}\" {Describe(claim)}");
            Console.WriteLine($"      {OneLine(claim.Sentence)}");
        }
        Console.WriteLine($"\nnot-claims extracted: {result.NotClaims.Extracted.Count} of {result.NotClaims.Total}");
        foreach (var hit in result.NotClaims.Extracted)
        {
            Console.WriteLine($"  {hit.Document}: \"{hit.NotClaim.Text}\" ({hit.NotClaim.Why}) extracted as \"{Words(hit.ExtractedAs)}\" {Describe(hit.ExtractedAs)}");
            Console.WriteLine($"      {OneLine(hit.ExtractedAs.Sentence)}");
        }
    }

    private static void Row(Table table, string name, Score score) =>
        table.AddRow(name, $"{score.Precision:0.000}", $"{score.Recall:0.000}", $"{score.F1:0.000}", $"{score.Correct} right of {score.Predicted} extracted, {score.Expected} gold");

    private static string Value(string? value) => value is null or "" ? "(none)" : $"\"{value}\"";

    private static string Words(Claim claim) => claim.Sentence[(claim.Start - claim.SentenceStart)..(claim.End - claim.SentenceStart)];

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Describe(GoldClaim gold) =>
        $"{gold.Metric}/{gold.Side} {gold.Subject}/[{gold.Low}, {gold.High?.ToString() ?? "∞"}]/{gold.Claimant}";

    public static string Describe(Claim claim) =>
        $"{claim.Metric}/{claim.Side} {claim.Subject}/[{claim.Low}, {(claim.IsUnbounded ? "∞" : claim.High.ToString())}]/{claim.Claimant}";
}
