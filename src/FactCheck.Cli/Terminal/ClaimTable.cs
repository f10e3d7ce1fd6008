using FactCheck.Extraction;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>Claims as a table: what was counted, the figure, who says so, when, the event it is about, and where in which document.</summary>
internal static class ClaimTable
{
    public static void Show(IReadOnlyList<Claim> claims)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Claim").AddColumn("Metric").AddColumn("Subject").AddColumn("Figure")
            .AddColumn("Claimant").AddColumn("Date").AddColumn("Event").AddColumn("Document");
        foreach (var claim in claims)
        {
            table.AddRow(
                new Text(claim.Id),
                new Text(claim.Metric),
                new Text(claim.Side is null ? claim.Subject : $"{claim.Side} {claim.Subject}"),
                new Text(FigureFormatter.Format(claim)),
                new Text(claim.ClaimantBody is null ? claim.Claimant : $"{claim.Claimant} ({claim.ClaimantBody})"),
                new Text(claim.AssertedOn?.ToString("yyyy-MM-dd") ?? ""),
                new Text(string.Join(" · ", new[] { claim.Event, claim.Location }.OfType<string>())),
                new Text($"{claim.Document}:{claim.Start}"));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{claims.Count} claims[/]");
    }
}
