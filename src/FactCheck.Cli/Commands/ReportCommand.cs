using System.CommandLine;
using FactCheck.Pipeline;
using FactCheck.Reports;

namespace FactCheck.Cli.Commands;

internal static class ReportCommand
{
    public static readonly Option<string> Format = new("--format")
    {
        Description = "md, html, json or csv",
        DefaultValueFactory = _ => "md",
    };

    public static readonly Option<string?> Out = new("--out") { Description = "File to write (default: standard output)" };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong(ReportWriters.Default.Formats.ToArray());
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
