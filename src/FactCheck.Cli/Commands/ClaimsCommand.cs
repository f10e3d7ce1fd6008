using System.CommandLine;
using FactCheck.Cli.Terminal;
using FactCheck.Reports;
using FactCheck.Store;

namespace FactCheck.Cli.Commands;

internal static class ClaimsCommand
{
    private static readonly Option<string?> Document = new("--document") { Description = "Only claims from this document path" };
    private static readonly Option<string?> Metric = new("--metric") { Description = "Only claims of this metric (killed, wounded, refugees, ...)" };
    private static readonly Option<string?> Source = new("--source") { Description = "Only claims by this claimant (NATO, Zelensky, ...)" };
    private static readonly Option<bool> Json = new("--json") { Description = "Write the claims as a JSON array (the report's claim format)" };

    public static Command Create()
    {
        var command = new Command("claims", "List the extracted claims") { Document, Metric, Source, Json };
        command.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            var query = new ClaimQuery(parse.GetValue(Document), parse.GetValue(Metric), parse.GetValue(Source));
            var claims = workspace.Documents.Claims(query);
            if (parse.GetValue(Json))
            {
                using var output = Console.OpenStandardOutput();
                ClaimJson.WriteAll(output, claims);
            }
            else ClaimTable.Show(claims);
            return CommandRunner.Success;
        }));
        return command;
    }
}
