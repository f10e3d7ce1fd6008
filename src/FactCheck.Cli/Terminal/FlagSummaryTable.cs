using FactCheck.Extraction;
using FactCheck.Reports;
using FactCheck.Rules;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>The short table `run` ends with: one row per discrepancy, most severe first.</summary>
internal static class FlagSummaryTable
{
    public static void Show(Report report)
    {
        var discrepancies = report.Flags
            .Where(f => f.Flag.Kind == FindingKind.Discrepancy)
            .OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Claims[0].Metric)
            .ToList();
        var summary = report.Summary;
        AnsiConsole.MarkupLine($"[bold]{summary.Documents}[/] documents, [bold]{summary.Claims}[/] claims, " +
                               $"[bold]{discrepancies.Count}[/] {(discrepancies.Count == 1 ? "discrepancy" : "discrepancies")}");
        if (discrepancies.Count == 0) return;

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Severity").AddColumn("Metric").AddColumn("One side").AddColumn("Other side").AddColumn("Flag");
        foreach (var stored in discrepancies)
        {
            var flag = stored.Flag;
            table.AddRow(
                new Markup(SeverityMarkup(flag.Severity)),
                new Text($"{flag.Claims[0].Metric}\n{SubjectOf(flag)}"),
                new Text(Side(flag, 0)),
                new Text(Side(flag, 1)),
                new Text($"{flag.Id}\n{stored.VerdictLabel}"));
        }
        AnsiConsole.Write(table);
    }

    private static string SubjectOf(Flag flag)
    {
        var claim = flag.Claims[0];
        return claim.Side is null ? claim.Subject : $"{claim.Side} {claim.Subject}";
    }

    private static string Side(Flag flag, int index)
    {
        if (index >= flag.Claims.Count) return "";
        var claim = flag.Claims[index];
        var date = claim.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated";
        return $"{FigureFormatter.Format(claim)}\n{claim.ClaimantBody ?? claim.Claimant}, {date}";
    }

    private static string SeverityMarkup(Severity severity) => severity switch
    {
        Severity.High => "[bold red]high[/]",
        Severity.Medium => "[darkorange]medium[/]",
        Severity.Low => "[yellow]low[/]",
        _ => "[grey]info[/]",
    };
}
