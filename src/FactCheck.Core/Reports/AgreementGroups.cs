using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>
/// Agreements as a report lists them: sources giving one and the same figure are one line, however
/// many pairs of them the rule found ("4 battlegroups deployed" from three documents is one
/// agreement, not three). Agreements between different figures ("more than 300" and "11,300") keep
/// their own line.
/// </summary>
internal static class AgreementGroups
{
    public static IReadOnlyList<string> Lines(Report report)
    {
        var agreements = report.Agreements;
        var parent = Enumerable.Range(0, agreements.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var firstWithClaim = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < agreements.Count; i++)
        {
            if (SameFigure(agreements[i].Flag.Claims) is null) continue;
            foreach (var claim in agreements[i].Flag.Claims)
                if (firstWithClaim.TryGetValue(claim.Id, out var other)) parent[Root(i)] = Root(other);
                else firstWithClaim[claim.Id] = i;
        }
        return Enumerable.Range(0, agreements.Count).GroupBy(Root)
            .Select(g => g.Select(i => agreements[i]).ToList())
            .Select(group => group.Count == 1 ? group[0].Flag.Message : Line(group))
            .ToList();
    }

    /// <summary>The figure every claim gives, or null when they give different ones.</summary>
    private static (string, string, string, double, double)? SameFigure(IReadOnlyList<Claim> claims)
    {
        var figures = claims.Select(c => (c.Metric, c.Subject, c.Unit, c.Low, c.High)).Distinct().ToList();
        return figures.Count == 1 ? figures[0] : null;
    }

    /// <summary>"4 battlegroups deployed: unattributed (a.txt), NATO (b.txt) and NATO (a.txt) agree".</summary>
    private static string Line(List<ReportedFlag> group)
    {
        var claims = group.SelectMany(f => f.Flag.Claims).DistinctBy(c => c.Id).ToList();
        var first = claims[0];
        var sources = claims.Select(c => $"{c.Claimant} ({c.Document})").Distinct().ToList();
        var listed = sources.Count == 1 ? sources[0] : string.Join(", ", sources.SkipLast(1)) + " and " + sources[^1];
        return $"{FigureFormatter.Format(first)} {first.Subject} {first.Metric}: {listed} agree";
    }
}
