using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Rules;

namespace FactCheck.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Run the comparison rules over every stored claim");
        command.SetAction(parse => CommandRunner.Run(parse, workspace =>
        {
            Check(workspace);
            return CommandRunner.Success;
        }));
        return command;
    }

    public static CheckResult Check(Workspace workspace)
    {
        var result = ProgressDisplay.Check(() => workspace.CreateChecker().Check());
        foreach (var failure in result.Failures)
            Console.Error.WriteLine($"warning: rule '{failure.RuleId}' failed and was skipped: {failure.Error}");
        Console.WriteLine($"Checked: {result.Tally.SeverityLine()}, {result.Tally.Agreements} agreements.");
        return result;
    }
}
