using System.CommandLine;
using FactCheck.Pipeline;

namespace FactCheck.Cli.Commands;

internal static class ReportCommand
{
    private static readonly Option<string> Format = FormatOption("md");
    private static readonly Option<string?> Out = new("--out") { Description = "File to write (default, or -: standard output)" };

    /// <summary>--format, limited to the formats there are writers for.</summary>
    public static Option<string> FormatOption(string defaultFormat)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Report format: {string.Join(", ", Workspace.Pipeline.ReportWriters.Formats)}",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(Workspace.Pipeline.ReportWriters.Formats.ToArray());
        return option;
    }

    public static Command Create()
    {
        var command = new Command("report", "Write the discrepancy report") { Format, Out };
        command.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            Write(workspace, parse.GetValue(Format)!, parse.GetValue(Out));
            return CommandRunner.Success;
        }));
        return command;
    }

    /// <summary>Writes the report to a file (see <see cref="OutputFile"/>), or to standard output when no file is named.</summary>
    public static void Write(Workspace workspace, string format, string? outPath) =>
        OutputFile.Write(outPath ?? OutputFile.StandardOutput, output => Write(workspace, format, output));

    public static void Write(Workspace workspace, string format, TextWriter output)
    {
        Workspace.Pipeline.ReportWriters.Find(format).Write(ReportBuilder.Build(workspace.Store), output);
        output.Flush();
    }
}
