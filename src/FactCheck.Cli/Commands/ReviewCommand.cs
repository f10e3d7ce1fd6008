using System.CommandLine;
using System.Text.Json;
using FactCheck.Cli.Terminal;
using FactCheck.Pipeline;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Cli.Commands;

/// <summary>Reviewing flags from the command line: list, show, set a verdict, export the record.</summary>
internal static class ReviewCommand
{
    private static readonly Option<string?> Status = new("--status") { Description = $"Only flags with this verdict ({Verdicts.Unreviewed}, {string.Join(", ", Verdicts.Known)}, or stale)" };
    private static readonly Option<string?> Rule = new("--rule") { Description = "Only flags of this rule id" };
    private static readonly Option<string?> Severity = new("--severity") { Description = "Only flags of this severity (info, low, medium, high)" };
    private static readonly Option<bool> Agreements = new("--agreements") { Description = "List the agreements (figures sources agree on) instead of the discrepancies" };
    private static readonly Argument<string> FlagId = new("flag") { Description = "A flag id, or its first 4 or more characters" };
    private static readonly Option<string> Verdict = new("--verdict") { Description = string.Join(", ", Verdicts.Known), Required = true };
    private static readonly Option<string?> Note = new("--note") { Description = "Why: sources checked, what explains the difference" };
    private static readonly Option<string?> Reviewer = new("--reviewer") { Description = "Who decides (default: $FACTCHECK_REVIEWER, else git's user.name, else the login name)" };
    private static readonly Option<string> Format = new("--format") { Description = "json, csv, or claimreview (schema.org JSON-LD for publishing)", DefaultValueFactory = _ => "json" };
    private static readonly Option<string> Publisher = new("--publisher") { Description = "Organization named as the author of ClaimReview exports", DefaultValueFactory = _ => "FactCheck desk" };

    public static Command Create()
    {
        Verdict.AcceptOnlyFromAmong(Verdicts.Known.ToArray());
        Format.AcceptOnlyFromAmong("json", "csv", "claimreview");
        Status.AcceptOnlyFromAmong([Verdicts.Unreviewed, .. Verdicts.Known, "stale"]);
        Severity.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "info", "low", "medium", "high");

        var list = new Command("list", "List the discrepancies with their verdicts (--agreements: the agreements)") { Status, Rule, Severity, Agreements };
        list.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            // Agreements are counted apart, as the report and the review page count them.
            var kind = parse.GetValue(Agreements) ? FindingKind.Agreement : FindingKind.Discrepancy;
            var all = workspace.Findings.Flags();
            var flags = all.Where(f => f.Flag.Kind == kind).Where(f =>
                (parse.GetValue(Status) is not { } status || (status == "stale" ? f.Stale : f.Verdict == status && !f.Stale)) &&
                (parse.GetValue(Rule) is not { } rule || f.Flag.RuleId == rule) &&
                (parse.GetValue(Severity) is not { } severity || string.Equals(f.Flag.Severity.ToString(), severity, StringComparison.OrdinalIgnoreCase)));
            ReviewPrinter.List(flags.ToList(), kind, all.Count(f => f.Flag.Kind != kind));
            return CommandRunner.Success;
        }));

        var show = new Command("show", "Show a flag, its claims and their sentences, its explanation and its verdict history") { FlagId };
        show.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            var flag = Find(workspace, parse.GetValue(FlagId)!);
            ExplanationPrinter.Print(flag.Flag.RuleId, flag.Flag.Message, flag.Flag.Claims, flag.Flag.Conditions);
            ReviewPrinter.Sentences(flag.Flag.Claims);
            ReviewPrinter.History(flag.Flag.Id, workspace.VerdictLog.VerdictHistory(flag.Flag));
            return CommandRunner.Success;
        }));

        var set = new Command("set", "Record a verdict (appended to the audit trail; nothing is overwritten)") { FlagId, Verdict, Note, Reviewer };
        set.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            var flag = Find(workspace, parse.GetValue(FlagId)!);
            var reviewer = ReviewerName.Resolve(parse.GetValue(Reviewer));
            var entry = new VerdictEntry(flag.Flag.Id, parse.GetValue(Verdict)!, parse.GetValue(Note), reviewer.Name, DateTimeOffset.UtcNow, flag.Flag.Lineage);
            workspace.VerdictLog.RecordVerdict(entry);
            Console.WriteLine($"{entry.FlagId}: {entry.Verdict} by {entry.Reviewer} (reviewer from {reviewer.From})");
            return CommandRunner.Success;
        }));

        var export = new Command("export", "Write every flag with its current verdict and full audit trail") { Format, Publisher };
        export.SetAction(parse => CommandRunner.RunOnExistingStore(parse, workspace =>
        {
            var (verdictLog, flags) = (workspace.VerdictLog, workspace.Findings.Flags());
            var history = flags.ToDictionary(f => f.Flag.Id, f => verdictLog.VerdictHistory(f.Flag));
            if (parse.GetValue(Format) == "csv") ReviewPrinter.Csv(flags, f => history[f.Flag.Id], Console.Out);
            else if (parse.GetValue(Format) == "claimreview")
            {
                using var output = Console.OpenStandardOutput();
                var urls = workspace.Documents.Documents().ToDictionary(d => d.Path, d => d.Url, StringComparer.Ordinal);
                ClaimReviewExport.Write(flags.Select(ReportBuilder.Reported).ToList(), verdictLog.VerdictHistory().ToLookup(v => v.FlagId), parse.GetValue(Publisher)!, urls,
                    new ClaimAuthor(workspace.Lexicon), workspace.Warnings, output);
            }
            else
                Console.WriteLine(JsonSerializer.Serialize(ExportRecords(flags, history, verdictLog.VerdictHistory()), new JsonSerializerOptions { WriteIndented = true }));
            return CommandRunner.Success;
        }));

        return new Command("review", "Review flagged pairs and keep the record") { list, show, set, export };
    }

    /// <summary>
    /// Every current flag with its trail, then the trails of flags no longer raised (their claims
    /// are gone or no longer conflict): a verdict someone recorded is never left out.
    /// </summary>
    private static IEnumerable<object> ExportRecords(IReadOnlyList<StoredFlag> flags,
        Dictionary<string, IReadOnlyList<VerdictEntry>> history, IReadOnlyList<VerdictEntry> all)
    {
        static object Entry(VerdictEntry v) => new { flag = v.FlagId, verdict = v.Verdict, note = v.Note, reviewer = v.Reviewer, at = v.RecordedAt };
        foreach (var f in flags)
            yield return new
            {
                id = f.Flag.Id, rule = f.Flag.RuleId, severity = f.Flag.Severity.ToString().ToLowerInvariant(), verdict = f.Verdict,
                stale = f.Stale, retired = false, message = f.Flag.Message, claims = f.Flag.Claims.Select(c => c.Id),
                history = history[f.Flag.Id].Select(Entry),
            };
        var shown = history.Values.SelectMany(h => h).Select(v => v.FlagId).ToHashSet();
        foreach (var retired in all.Where(v => !shown.Contains(v.FlagId)).GroupBy(v => v.FlagId))
            yield return new
            {
                id = retired.Key, rule = (string?)null, severity = (string?)null, verdict = retired.Last().Verdict,
                stale = false, retired = true, message = (string?)null, claims = Array.Empty<string>(),
                history = retired.Select(Entry),
            };
    }

    private static StoredFlag Find(Workspace workspace, string id) =>
        FlagLookup.Find(workspace.Findings, id, "see `factcheck review list`");
}
