using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Pipeline;

namespace FactCheck.Cli.Commands;

/// <summary>The main job: ingest, check, write the report, and show what was found.</summary>
internal static class RunCommand
{
    private static readonly Option<string> Format = ReportCommand.FormatOption("html");

    private static readonly Option<string?> Out = new("--out")
    {
        Description = "Report file (default: factcheck-report.<format>)",
    };

    public static Command Create()
    {
        var command = new Command("run", "Ingest documents, run the rules and write the report") { WorkspaceOptions.Paths, Format, Out };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            if (IngestCommand.Ingest(workspace, parse.GetValue(WorkspaceOptions.Paths)!) is null)
                return CommandRunner.Failure;
            CheckCommand.Check(workspace);
            var format = parse.GetValue(Format)!;
            var outPath = parse.GetValue(Out) ?? $"factcheck-report.{format}";
            ReportCommand.Write(workspace, format, outPath);
            FlagSummaryTable.Show(ReportBuilder.Build(workspace.Store));
            Console.WriteLine($"Report written to {outPath}");
            return CommandRunner.Success;
        }));
        return command;
    }
}
