using System.CommandLine;
using FactCheck.Synthetic;

namespace FactCheck.Cli.Commands;

/// <summary>Writes a reproducible synthetic corpus with planted discrepancies and agreements (planted.json).</summary>
internal static class GenerateCommand
{
    private static readonly Argument<string> OutDirectory = new("outdir") { Description = "Folder to write the documents and planted.json into" };

    private static readonly Option<int> Documents = new("--documents")
    {
        Description = "How many documents to write",
        DefaultValueFactory = _ => 1000,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Seed: the same seed writes byte-identical files",
        DefaultValueFactory = _ => 1,
    };

    public static Command Create()
    {
        var command = new Command("generate", "Write a synthetic news corpus with planted discrepancies, for benchmarks and recall tests")
            { OutDirectory, Documents, Seed };
        command.SetAction(parse => CommandRunner.Run(parse, _ =>
        {
            var documents = parse.GetValue(Documents);
            if (documents <= 0) throw new UserInputException($"--documents must be positive, not {documents}");
            var directory = parse.GetValue(OutDirectory)!;
            if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
                throw new UserInputException($"{directory}: folder is not empty; generate into a new or empty folder");
            var summary = new CorpusGenerator(parse.GetValue(Seed)).Generate(directory, documents);
            Console.WriteLine($"Wrote {summary.Documents} documents ({summary.Bytes / 1024.0 / 1024.0:0.0} MB) to {Path.Combine(directory, CorpusGenerator.DocumentsFolder)}: " +
                              $"{summary.Discrepancies} planted discrepancies and {summary.Agreements} planted agreements, listed in {Path.Combine(directory, PlantedManifest.FileName)}.");
            return CommandRunner.Success;
        }));
        return command;
    }
}
