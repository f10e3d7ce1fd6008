using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Rules;

namespace FactCheck.Reports;

/// <summary>
/// The discrepancies about one event, as a report shows them: flags joined by a figure they share
/// (Moscow's 498 against NATO's and against Zelensky's is one dispute), with every stored figure
/// counting the same thing at the same place, flagged or not, so a chart never mixes events.
/// </summary>
internal sealed record EventFindings(string Title, IReadOnlyList<ReportedFlag> Flags, IReadOnlyList<Claim> Figures)
{
    public Severity Severity => Flags.Max(f => f.Flag.Severity);

    /// <summary>The report's discrepancies by event, the most severe first, then the largest.</summary>
    public static IReadOnlyList<EventFindings> Of(Report report)
    {
        var flags = report.Discrepancies;
        var groups = Joined(flags);
        return groups.Select(group => Describe(group, report.Context ?? []))
            .OrderByDescending(e => e.Severity).ThenByDescending(e => e.Flags.Count).ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Flags that share a figure, transitively, in their report order. A figure is its sentence's count
    /// of one thing: "160 kilometers (100 miles)" is one distance however many units it is given in.
    /// </summary>
    private static List<List<ReportedFlag>> Joined(IReadOnlyList<ReportedFlag> flags)
    {
        var parent = Enumerable.Range(0, flags.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var firstWithFigure = new Dictionary<(string, int, string, string), int>();
        for (var i = 0; i < flags.Count; i++)
            foreach (var claim in flags[i].Flag.Claims)
            {
                var figure = (claim.Document, claim.SentenceStart, claim.Metric, claim.Subject);
                if (firstWithFigure.TryGetValue(figure, out var other)) parent[Root(i)] = Root(other);
                else firstWithFigure[figure] = i;
            }
        return Enumerable.Range(0, flags.Count).GroupBy(Root).Select(g => g.Select(i => flags[i]).ToList()).ToList();
    }

    private static EventFindings Describe(List<ReportedFlag> flags, IReadOnlyList<Claim> context)
    {
        var claims = flags.SelectMany(f => f.Flag.Claims).DistinctBy(c => c.Id).ToList();
        var first = claims[0];
        var places = claims.Select(c => c.PlacePath).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kinds = claims.Select(c => c.Event).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var days = claims.Where(c => c.AssertedOn is not null).Select(c => c.AssertedOn!.Value).ToList();
        // Figures of the same count at the same place, within the reach of the flagged dates: the
        // event's timeline. A group with no place shows only its own figures. An incident's toll (no
        // side) reaches a few days, a side's war total weeks: Mariupol's 16 April toll is another event.
        var reach = first.Side is null ? IncidentReachDays : ReachDays;
        var related = places.Count == 0 ? [] : context.Where(c =>
            c.Metric == first.Metric && c.Subject == first.Subject && c.Side == first.Side && c.Unit == first.Unit
            && c.PlacePath is not null && places.Contains(c.PlacePath) && !c.PartOfGroup
            && (c.Event is null || kinds.Count == 0 || kinds.Contains(c.Event))
            && (c.AssertedOn is not { } day || days.Count == 0 || days.Any(d => Math.Abs(d.DayNumber - day.DayNumber) <= reach)));
        var figures = claims.Concat(related).DistinctBy(c => c.Id).ToList();
        return new EventFindings(TitleOf(first, kinds, claims, days), flags, figures);
    }

    /// <summary>How far from a flagged date a figure still belongs to the event's timeline: a war's, an incident's.</summary>
    public const int ReachDays = 60, IncidentReachDays = 3;

    /// <summary>"killed, people · train crash · Balasore · 2023-06-02 to 2023-06-06".</summary>
    private static string TitleOf(Claim first, HashSet<string> kinds, List<Claim> claims, List<DateOnly> days)
    {
        var what = first.Side is null ? $"{first.Metric}, {first.Subject}" : $"{first.Metric}, {first.Side} {first.Subject}";
        var parts = new List<string> { what };
        if (kinds.Count > 0) parts.Add(string.Join(" / ", kinds.Order(StringComparer.Ordinal)));
        var place = claims.Where(c => c.Location is not null).GroupBy(c => c.PlacePath ?? c.Location!)
            .OrderByDescending(g => g.Count()).Select(g => g.First().Location).FirstOrDefault();
        if (place is not null) parts.Add(place);
        if (days.Count > 0)
        {
            var (from, to) = (days.Min(), days.Max());
            parts.Add(from == to ? Day(from) : $"{Day(from)} to {Day(to)}");
        }
        return string.Join(" · ", parts);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
