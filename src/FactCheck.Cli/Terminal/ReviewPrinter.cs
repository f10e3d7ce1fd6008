using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>Flags with their verdicts, and a flag's audit trail.</summary>
internal static class ReviewPrinter
{
    /// <summary>Flags of one kind; the other kind is only counted, so the total is the report's and the page's.</summary>
    public static void List(IReadOnlyList<StoredFlag> flags, FindingKind kind, int otherKind)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Flag").AddColumn("Severity").AddColumn("Verdict").AddColumn("Rule").AddColumn("Message");
        foreach (var flag in flags.OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Id, StringComparer.Ordinal))
            table.AddRow(flag.Flag.Id, flag.Flag.Severity.ToString().ToLowerInvariant(), flag.VerdictLabel, flag.Flag.RuleId, flag.Flag.Message);
        AnsiConsole.Write(table);
        var reviewed = flags.Count(f => f.IsDecided);
        var stale = flags.Count(f => f.Stale);
        var others = kind == FindingKind.Discrepancy
            ? $"; {otherKind} {(otherKind == 1 ? "agreement" : "agreements")} not listed (--agreements lists them)"
            : $"; {otherKind} {(otherKind == 1 ? "discrepancy" : "discrepancies")} not listed";
        var what = kind == FindingKind.Discrepancy ? "flags" : "agreements";
        AnsiConsole.MarkupLine($"[grey]{flags.Count} {what}, {reviewed} reviewed{(stale > 0 ? $", {stale} stale (figures changed since the verdict)" : "")}{others}[/]");
    }

    /// <summary>Each claim's sentence, as the review page shows it beside the figures.</summary>
    public static void Sentences(IReadOnlyList<Claim> claims)
    {
        foreach (var claim in claims)
            AnsiConsole.MarkupLineInterpolated($"  {claim.Id} ({claim.Document}): “{claim.Sentence}”");
    }

    public static void History(string flagId, IReadOnlyList<VerdictEntry> history)
    {
        if (history.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]No verdict yet.[/]");
            return;
        }
        foreach (var entry in history)
            AnsiConsole.MarkupLineInterpolated($"{entry.RecordedAt:yyyy-MM-dd HH:mm} {entry.Reviewer}: [bold]{entry.Verdict}[/] {entry.Note ?? ""}{(entry.FlagId == flagId ? "" : $" (on earlier figures, flag {entry.FlagId})")}");
    }

    public static void Csv(IReadOnlyList<StoredFlag> flags, Func<StoredFlag, IReadOnlyList<VerdictEntry>> history, TextWriter output)
    {
        using var csv = new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }, leaveOpen: true);
        foreach (var header in new[] { "flag", "rule", "severity", "verdict", "reviewer", "recorded_at", "note", "message" }) csv.WriteField(header);
        csv.NextRecord();
        foreach (var flag in flags)
        {
            var entries = history(flag).ToList();
            if (entries.Count == 0) entries.Add(new VerdictEntry(flag.Flag.Id, Verdicts.Unreviewed, null, "", default));
            foreach (var entry in entries)
            {
                csv.WriteField(flag.Flag.Id);
                csv.WriteField(flag.Flag.RuleId);
                csv.WriteField(flag.Flag.Severity.ToString().ToLowerInvariant());
                csv.WriteField(entry.FlagId == flag.Flag.Id ? entry.Verdict : $"{entry.Verdict} (stale)");
                csv.WriteField(entry.Reviewer);
                csv.WriteField(entry.RecordedAt == default ? "" : entry.RecordedAt.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(entry.Note);
                csv.WriteField(flag.Flag.Message);
                csv.NextRecord();
            }
        }
    }
}
