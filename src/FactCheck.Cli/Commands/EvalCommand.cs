using System.CommandLine;
using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using FactCheck.Extraction.Quotes;
using FactCheck.Cli.Terminal;
using FactCheck.Ingestion;

namespace FactCheck.Cli.Commands;

/// <summary>Measures extraction against hand-annotated gold files (*.gold.json).</summary>
internal static class EvalCommand
{
    private static readonly Argument<string> GoldFolder = new("gold") { Description = "Folder of *.gold.json files" };
    private static readonly Option<bool> Verbose = new("--verbose") { Description = "List every miss, spurious claim and wrong field" };
    private static readonly Option<bool> Json = new("--json") { Description = "Write the scores as JSON" };

    public static Command Create()
    {
        var command = new Command("eval", "Measure claim extraction against hand-annotated gold") { GoldFolder, Verbose, Json };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            var folder = parse.GetValue(GoldFolder)!;
            if (!Directory.Exists(folder)) throw new UserInputException($"{folder}: gold folder not found");
            var extractor = new ClaimExtractor(Lexicon.Load(workspace.RulesDirectory));
            var source = new DocumentSource();
            var documents = new List<(string, IReadOnlyList<GoldClaim>, IReadOnlyList<Claim>)>();
            foreach (var file in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
            {
                var header = GoldFile.Load(file, documentText: null);
                var document = source.Read([header.Document], workspace.Warnings).SingleOrDefault()
                               ?? throw new UserInputException($"{file}: document {header.Document} could not be read");
                var gold = GoldFile.Load(file, document.Text);
                // Quotes are claims about words, not figures; the gold counts figures.
                documents.Add((document.Path, gold.Claims, extractor.Extract(document).Where(c => c.Metric != QuoteFinder.Metric).ToList()));
            }
            var result = ExtractionEvaluator.Evaluate(documents);
            if (parse.GetValue(Json)) EvaluationPrinter.WriteJson(result, Console.Out);
            else EvaluationPrinter.Print(result, documents.Count, parse.GetValue(Verbose));
            return CommandRunner.Success;
        }));
        return command;
    }
}
