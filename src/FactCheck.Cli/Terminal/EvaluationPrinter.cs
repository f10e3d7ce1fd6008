using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>Scores as a table; with --verbose, every disagreement with the gold.</summary>
internal static class EvaluationPrinter
{
    public static void Print(Evaluation result, int documents, bool verbose)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Measure").AddColumn("Precision").AddColumn("Recall").AddColumn("F1").AddColumn("Counts");
        Row(table, "numbers found", result.Numbers);
        Row(table, "whole frames", result.Frames);
        table.AddRow("claimant accuracy", "", "", $"{result.Claimants.Precision:0.000}", $"{result.Claimants.Correct}/{result.Claimants.Predicted} found");
        AnsiConsole.MarkupLine($"Gold: {documents} documents, {result.Numbers.Expected} claims; extracted {result.Numbers.Predicted}.");
        AnsiConsole.Write(table);
        if (!verbose) return;
        foreach (var match in result.Matches.Where(m => m.Wrong.Count > 0))
            Console.WriteLine($"{match.Document}: \"{match.Gold.Text}\" {string.Join(", ", match.Wrong)}: gold {Describe(match.Gold)}; got {(match.Predicted is null ? "nothing" : Describe(match.Predicted))}");
        foreach (var claim in result.Unmatched)
            Console.WriteLine($"{claim.Document}: spurious \"{claim.Sentence[(claim.Start - claim.SentenceStart)..(claim.End - claim.SentenceStart)]}\" {Describe(claim)}");
    }

    public static void WriteJson(Evaluation result, TextWriter output)
    {
        static object Of(Score s) => new { precision = s.Precision, recall = s.Recall, f1 = s.F1, correct = s.Correct, predicted = s.Predicted, expected = s.Expected };
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(
            new { numbers = Of(result.Numbers), frames = Of(result.Frames), claimants = Of(result.Claimants) },
            new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static void Row(Table table, string name, Score score) =>
        table.AddRow(name, $"{score.Precision:0.000}", $"{score.Recall:0.000}", $"{score.F1:0.000}", $"{score.Correct} right of {score.Predicted} extracted, {score.Expected} gold");

    private static string Describe(GoldClaim gold) =>
        $"{gold.Metric}/{gold.Side} {gold.Subject}/[{gold.Low}, {gold.High?.ToString() ?? "∞"}]/{gold.Claimant}";

    private static string Describe(Claim claim) =>
        $"{claim.Metric}/{claim.Side} {claim.Subject}/[{claim.Low}, {(claim.IsUnbounded ? "∞" : claim.High.ToString())}]/{claim.Claimant}";
}
