using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Pipeline;
using Spectre.Console;

namespace FactCheck.Cli.Commands;

/// <summary>The main job: ingest, check, write the report, and show what was found.</summary>
internal static class RunCommand
{
    private static readonly Option<string> Format = ReportCommand.FormatOption("html");

    private static readonly Option<string?> Out = new("--out")
    {
        Description = "Report file (default: factcheck-report.<format>; -: standard output, the summary then goes to standard error)",
    };

    public static Command Create()
    {
        var command = new Command("run", "Ingest documents, run the rules and write the report") { WorkspaceOptions.Paths, Format, Out };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            var format = parse.GetValue(Format)!;
            var outPath = parse.GetValue(Out) ?? $"factcheck-report.{format}";
            // The report alone goes to standard output when it is written there.
            var report = Console.Out;
            if (outPath == OutputFile.StandardOutput) SummaryToStandardError();
            // A bad rule file stops the run before any document is stored.
            workspace.ValidateRules();
            if (IngestCommand.Ingest(workspace, parse.GetValue(WorkspaceOptions.Paths)!) is null)
                return CommandRunner.Failure;
            CheckCommand.Check(workspace);
            if (outPath == OutputFile.StandardOutput) ReportCommand.Write(workspace, format, report);
            else ReportCommand.Write(workspace, format, outPath);
            FlagSummaryTable.Show(ReportBuilder.Build(workspace.Store));
            if (outPath != OutputFile.StandardOutput) Console.WriteLine($"Report written to {outPath}");
            return CommandRunner.Success;
        }));
        return command;
    }

    private static void SummaryToStandardError()
    {
        Console.SetOut(Console.Error);
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected) AnsiConsole.Profile.Width = 160;
    }
}
