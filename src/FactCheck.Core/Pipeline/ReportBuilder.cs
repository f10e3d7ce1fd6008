using FactCheck.Reports;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>Gathers what a report shows from the store.</summary>
public static class ReportBuilder
{
    public static Report Build(IFactStore store)
    {
        var flags = store.Flags();
        return new Report(store.Summary(), store.Documents(), flags, Context(store, flags));
    }

    /// <summary>
    /// The asserted figures that count what a two-sided discrepancy counts (same metric, subject,
    /// side and unit) and were stated within <see cref="EventFindings.ReachDays"/> of one of its dates.
    /// </summary>
    private static List<Extraction.Claim> Context(IFactStore store, IReadOnlyList<StoredFlag> flags)
    {
        var flaggedDates = flags.Where(f => f.Flag.Kind == Rules.FindingKind.Discrepancy && f.Flag.Claims.Count > 1)
            .SelectMany(f => f.Flag.Claims)
            .Where(c => c.AssertedOn is not null)
            .ToLookup(c => (c.Metric, c.Subject, c.Side, c.Unit), c => c.AssertedOn!.Value.DayNumber);
        bool Near(Extraction.Claim c) => c.AssertedOn is { } date &&
            flaggedDates[(c.Metric, c.Subject, c.Side, c.Unit)].Any(day => Math.Abs(day - date.DayNumber) <= EventFindings.ReachDays);
        return flaggedDates.Select(g => g.Key.Metric).Distinct()
            .SelectMany(metric => store.Claims(new ClaimQuery(Metric: metric)))
            .Where(c => c.Modality == Extraction.Modality.Asserted && Near(c))
            .ToList();
    }
}
