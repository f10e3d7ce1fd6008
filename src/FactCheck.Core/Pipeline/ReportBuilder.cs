using FactCheck.Reports;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>Gathers what a report shows from the store.</summary>
public static class ReportBuilder
{
    public static Report Build(IFactStore store) =>
        new(store.Summary(), store.Documents(), store.Flags());
}
