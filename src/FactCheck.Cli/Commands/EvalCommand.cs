using System.CommandLine;
using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using FactCheck.Extraction.Extractor;
using FactCheck.Cli.Terminal;
using FactCheck.Ingestion;

namespace FactCheck.Cli.Commands;

/// <summary>
/// Measures extraction against hand-annotated gold files (*.gold.json); its subcommand `pairs`
/// measures the stored flags against gold pairs.
/// </summary>
internal static class EvalCommand
{
    private static readonly Argument<string> GoldFolder = new("gold") { Description = "Folder of *.gold.json files" };
    // Recursive: `eval pairs` takes them too.
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "List every disagreement with the gold", Recursive = true };
    public static readonly Option<bool> Json = new("--json") { Description = "Write the scores and disagreements as JSON", Recursive = true };

    public static Command Create()
    {
        // `eval pairs FILE` is a subcommand beside `eval GOLD_DIR`: a gold folder named "pairs" must be written `./pairs`.
        var command = new Command("eval", "Measure claim extraction against hand-annotated gold") { GoldFolder, Verbose, Json, EvalPairsCommand.Create(GoldFolder) };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            var folder = parse.GetValue(GoldFolder)!;
            if (!Directory.Exists(folder)) throw new UserInputException($"{folder}: gold folder not found");
            var documents = Read(folder, Workspace.Pipeline.CreateExtractor(workspace.Lexicon), workspace);
            var result = ExtractionEvaluator.Evaluate(documents);
            if (parse.GetValue(Json)) EvaluationJson.Write(result, documents.Count, Console.Out);
            else EvaluationPrinter.Print(result, documents.Count, parse.GetValue(Verbose));
            return CommandRunner.Success;
        }));
        return command;
    }

    private static List<EvaluatedDocument> Read(string folder, IClaimExtractor extractor, Workspace workspace)
    {
        var source = Workspace.Pipeline.CreateDocumentSource();
        var documents = new List<EvaluatedDocument>();
        foreach (var file in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var header = GoldFile.Load(file, documentText: null);
            var document = source.Read([header.Document], workspace.Warnings).SingleOrDefault()
                           ?? throw new UserInputException($"{file}: document {header.Document} could not be read");
            var gold = GoldFile.Load(file, document.Text);
            // Quotes are claims about words, not figures; the gold counts figures.
            var claims = extractor.Extract(document).Where(c => c.Metric != Claim.QuoteMetric).ToList();
            documents.Add(new EvaluatedDocument(document.Path, document.Text, gold, claims));
        }
        return documents;
    }
}
