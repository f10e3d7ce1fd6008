using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>One row per flag, with the first two claims side by side, for spreadsheets.</summary>
internal sealed class CsvReportWriter : IReportWriter
{
    public string Format => "csv";

    private static readonly string[] ClaimColumns = ["document", "source", "figure", "low", "high", "date", "text"];

    public void Write(Report report, TextWriter output)
    {
        // Quotes from documents can start with '=' or '+': escape them so no spreadsheet runs them as formulas.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        using var csv = new CsvWriter(output, configuration, leaveOpen: true);
        foreach (var column in new[] { "id", "rule", "severity", "verdict", "message" }
                     .Concat(ClaimColumns.Select(c => "a_" + c)).Concat(ClaimColumns.Select(c => "b_" + c)))
            csv.WriteField(column);
        csv.NextRecord();
        foreach (var stored in report.Discrepancies)
        {
            var flag = stored.Flag;
            csv.WriteField(flag.Id);
            csv.WriteField(flag.RuleId);
            csv.WriteField(flag.Severity.ToString().ToLowerInvariant());
            csv.WriteField(stored.VerdictLabel);
            csv.WriteField(flag.Message);
            for (var i = 0; i < 2; i++) WriteClaim(csv, i < flag.Claims.Count ? flag.Claims[i] : null);
            csv.NextRecord();
        }
    }

    private static void WriteClaim(CsvWriter csv, Claim? claim)
    {
        csv.WriteField(claim?.Document);
        csv.WriteField(claim?.Claimant);
        csv.WriteField(claim is null ? null : FigureFormatter.Format(claim));
        csv.WriteField(claim?.Low.ToString("R", CultureInfo.InvariantCulture));
        csv.WriteField(claim is null || claim.IsUnbounded ? null : claim.High.ToString("R", CultureInfo.InvariantCulture));
        csv.WriteField(claim?.AssertedOn?.ToString("yyyy-MM-dd"));
        csv.WriteField(claim?.Sentence.Trim());
    }
}
