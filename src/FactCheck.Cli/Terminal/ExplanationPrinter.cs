using FactCheck.Extraction;
using FactCheck.Rules;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>A rule's conditions for a pair of claims, one line each, passed or failed.</summary>
internal static class ExplanationPrinter
{
    public static void Print(string ruleId, string headline, IReadOnlyList<Claim> claims, IReadOnlyList<Condition> conditions)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{ruleId}[/]: {headline}");
        foreach (var claim in claims)
        {
            AnsiConsole.MarkupLineInterpolated($"  {claim.Id}  {FigureFormatter.Format(claim)} {claim.Subject} {claim.Metric}, {claim.Claimant}, {claim.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated"}, {claim.Document}");
            AnsiConsole.MarkupLineInterpolated($"      [dim]event: {EventDescription.Of(claim)}[/]");
        }
        var table = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn("Condition").AddColumn("Inputs");
        foreach (var condition in conditions)
            table.AddRow(new Markup(condition.Passed ? "[green]yes[/]" : "[red]no[/]"), new Text(condition.Name), new Text(condition.Inputs));
        AnsiConsole.Write(table);
    }
}
