using System.CommandLine;
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
        var result = workspace.CreateChecker().Check();
        foreach (var failure in result.Failures)
            Console.Error.WriteLine($"warning: rule '{failure.RuleId}' failed and was skipped: {failure.Error}");
        var discrepancies = result.Flags.Where(f => f.Kind == FindingKind.Discrepancy).ToList();
        var bySeverity = discrepancies.GroupBy(f => f.Severity).OrderByDescending(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        Console.WriteLine($"Checked: {discrepancies.Count} discrepancies ({string.Join(", ", bySeverity)}), " +
                          $"{result.Flags.Count - discrepancies.Count} agreements.");
        return result;
    }
}
