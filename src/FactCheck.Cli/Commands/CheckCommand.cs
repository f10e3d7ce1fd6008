using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Rules;

namespace FactCheck.Cli.Commands;

internal static class CheckCommand
{
    private static readonly Option<bool> Full = new("--full")
    {
        Description = "Check every claim again, even those the last check of the same rules covered",
    };

    public static Command Create()
    {
        var command = new Command("check", "Run the comparison rules over every stored claim") { Full };
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            Check(workspace, parse.GetValue(Full));
            return CommandRunner.Success;
        }));
        return command;
    }

    public static CheckResult Check(Workspace workspace, bool full = false)
    {
        var result = ProgressDisplay.Check(() => workspace.CreateChecker().Check(full));
        foreach (var failure in result.Failures)
            Console.Error.WriteLine($"warning: rule '{failure.RuleId}' failed and was skipped: {failure.Error}");
        if (result.Rechecked is { } rechecked)
            Console.WriteLine($"Re-checked {rechecked} new or changed {(rechecked == 1 ? "document" : "documents")}; the other findings carried over from the last check.");
        Console.WriteLine($"Checked: {result.Tally.SeverityLine()}, {result.Tally.Agreements} agreements.");
        return result;
    }
}
