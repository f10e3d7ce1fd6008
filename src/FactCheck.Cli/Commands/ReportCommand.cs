using System.CommandLine;
using FactCheck.Pipeline;
using FactCheck.Reports;

namespace FactCheck.Cli.Commands;

internal static class ReportCommand
{
    private static readonly Option<string> Format = FormatOption("md");
    private static readonly Option<string?> Out = new("--out") { Description = "File to write (default: standard output)" };

    /// <summary>--format, limited to the formats there are writers for.</summary>
    public static Option<string> FormatOption(string defaultFormat)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Report format: {string.Join(", ", ReportWriters.Default.Formats)}",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(ReportWriters.Default.Formats.ToArray());
        return option;
    }

    public static Command Create()
    {
        var command = new Command("report", "Write the discrepancy report") { Format, Out };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            Write(workspace, parse.GetValue(Format)!, parse.GetValue(Out));
            return CommandRunner.Success;
        }));
        return command;
    }

    public static void Write(Workspace workspace, string format, string? outPath)
    {
        var writer = ReportWriters.Default.Find(format);
        var report = ReportBuilder.Build(workspace.Store);
        if (outPath is null)
        {
            writer.Write(report, Console.Out);
            return;
        }
        // Write beside the target and move into place, so a failed run never leaves half a report.
        var temporary = outPath + ".tmp";
        using (var file = new StreamWriter(temporary))
            writer.Write(report, file);
        File.Move(temporary, outPath, overwrite: true);
    }
}
