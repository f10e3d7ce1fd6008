using System.CommandLine;
using FactCheck.Reports;
using FactCheck.Rules;
using FactCheck.Store;

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
        var discrepancies = result.Flags.Count(f => f.Kind == FindingKind.Discrepancy);
        var report = new Report(new StoreSummary(0, 0, result.Flags.Count), [], result.Flags.Select(f => new StoredFlag(f, "")).ToList());
        Console.WriteLine($"Checked: {report.SeverityLine()}, {result.Flags.Count - discrepancies} agreements.");
        return result;
    }
}
