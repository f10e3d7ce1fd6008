using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Pipeline;

namespace FactCheck.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "Read documents, extract their claims and store them") { WorkspaceOptions.Paths };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            var summary = Ingest(workspace, parse.GetValue(WorkspaceOptions.Paths)!);
            return summary is null ? CommandRunner.Failure : CommandRunner.Success;
        }));
        return command;
    }

    /// <summary>Ingests and prints one line; null when nothing at all could be read.</summary>
    public static IngestSummary? Ingest(Workspace workspace, string[] paths)
    {
        var ingestor = workspace.CreateIngestor();
        var summary = ProgressDisplay.Ingest(progress => ingestor.Ingest(paths, workspace.Warnings, progress));
        if (summary.Documents == 0)
        {
            Console.Error.WriteLine($"factcheck: no document could be read from {string.Join(", ", paths)}");
            return null;
        }
        // The stored total too: a re-run extracts nothing new, which alone reads as if nothing was found.
        Console.WriteLine($"Ingested {summary.Documents} documents ({summary.Added} new, {summary.Updated} changed, " +
                          $"{summary.Unchanged} unchanged{(summary.Removed > 0 ? $", {summary.Removed} removed as gone from disk" : "")}), {summary.Claims} claims extracted, {workspace.Documents.Summary().Claims} stored.");
        return summary;
    }
}
