using FactCheck.Reports;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>Gathers what a report shows from the store: the one place stored records become report models.</summary>
public static class ReportBuilder
{
    public static Report Build<TStore>(TStore store) where TStore : IDocumentStore, IFindingStore
    {
        var flags = store.Flags();
        var summary = store.Summary();
        return new Report(new ReportSummary(summary.Documents, summary.Claims), flags.Select(Reported).ToList(), Context(store, flags));
    }

    /// <summary>A stored flag with its verdict, as reports and exports show it.</summary>
    public static ReportedFlag Reported(StoredFlag stored) => new(stored.Flag, stored.Verdict, stored.Stale);

    /// <summary>
    /// The asserted figures that count what a two-sided discrepancy counts (same metric, subject,
    /// side and unit) and were stated within <see cref="EventFindings.ReachDays"/> of one of its dates.
    /// </summary>
    private static List<Extraction.Claim> Context(IDocumentStore documents, IReadOnlyList<StoredFlag> flags)
    {
        var flaggedDates = flags.Where(f => f.Flag.Kind == Rules.FindingKind.Discrepancy && f.Flag.Claims.Count > 1)
            .SelectMany(f => f.Flag.Claims)
            .Where(c => c.AssertedOn is not null)
            .ToLookup(c => (c.Metric, c.Subject, c.Side, c.Unit), c => c.AssertedOn!.Value.DayNumber);
        bool Near(Extraction.Claim c) => c.AssertedOn is { } date &&
            flaggedDates[(c.Metric, c.Subject, c.Side, c.Unit)].Any(day => Math.Abs(day - date.DayNumber) <= EventFindings.ReachDays);
        return flaggedDates.Select(g => g.Key.Metric).Distinct()
            .SelectMany(metric => documents.Claims(new ClaimQuery(Metric: metric)))
            .Where(c => c.Modality == Extraction.Modality.Asserted && Near(c))
            .ToList();
    }
}
