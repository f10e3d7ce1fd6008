using Dapper;
using FactCheck.Rules;
using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>
/// Which discrepancies a review queue shows: the filters the page offers, and where the window
/// starts. <paramref name="After"/> and <paramref name="Before"/> are flag ids (keyset paging): a
/// verdict that takes a flag out of a filter does not shift the next window, as an offset would.
/// </summary>
public sealed record ReviewQueueQuery(string? Status = null, string? Rule = null, string? Severity = null,
    string? After = null, string? Before = null, int Limit = 200, string? Id = null);

/// <summary>One window of the queue, with the counts the page shows around it.</summary>
/// <param name="Position">How many flags matching the filters come before the window's first.</param>
/// <param name="Titles">The titles of the documents the window's claims come from.</param>
public sealed record ReviewQueuePage(IReadOnlyList<StoredFlag> Flags, int Total, int Position, int All, int Reviewed,
    IReadOnlyList<string> Rules, IReadOnlyDictionary<string, string> Titles);

/// <summary>
/// Reads one window of the review queue (most severe first, then by id) in SQL, so a page over
/// 100,000 flags reads a few hundred of them, not all with every claim.
/// </summary>
internal static class ReviewQueueReader
{
    // Settable rather than positional: an empty result has no column types to match a constructor by.
    private sealed class Row
    {
        public string id { get; init; } = "";
        public string rule_id { get; init; } = "";
        public string rule_kind { get; init; } = "";
        public string severity { get; init; } = "";
        public string kind { get; init; } = "";
        public string message { get; init; } = "";
        public string conditions { get; init; } = "";
        public string shown { get; init; } = "";
        public long stale { get; init; }
        public long rank { get; init; }
    }

    // Current discrepancies whose claims are all stored (as FlagReader shows them), with the verdict
    // shown: the flag's latest, else a stale one on its earlier figures.
    private const string Shown = """
        WITH latest AS (
            SELECT f.id, f.rule_id, f.rule_kind, f.severity, f.kind, f.message, f.conditions,
                   (SELECT v.verdict FROM verdicts v WHERE v.flag_id = f.id ORDER BY v.seq DESC LIMIT 1) AS verdict,
                   (SELECT v.verdict FROM verdicts v WHERE v.lineage = f.lineage AND v.flag_id <> f.id ORDER BY v.seq DESC LIMIT 1) AS earlier,
                   CASE f.severity WHEN 'High' THEN 0 WHEN 'Medium' THEN 1 WHEN 'Low' THEN 2 ELSE 3 END AS rank
            FROM flags f
            WHERE f.kind = 'Discrepancy'
              AND EXISTS (SELECT 1 FROM flag_claims m WHERE m.flag_id = f.id)
              AND NOT EXISTS (SELECT 1 FROM flag_claims m WHERE m.flag_id = f.id AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id))),
        shown AS (
            SELECT *, (verdict IS NULL AND earlier IS NOT NULL AND earlier <> 'unreviewed') AS stale,
                   COALESCE(verdict, CASE WHEN earlier IS NOT NULL AND earlier <> 'unreviewed' THEN earlier END, 'unreviewed') AS shown
            FROM latest),
        matching AS (
            SELECT * FROM shown
            WHERE (@rule IS NULL OR rule_id = @rule) AND (@severity IS NULL OR lower(severity) = lower(@severity))
              AND (@status IS NULL OR (@status = 'stale' AND stale) OR (@status <> 'stale' AND shown = @status AND NOT stale))
              AND (@id IS NULL OR id = @id))
        """;

    public static ReviewQueuePage Read(SqliteConnection connection, ReviewQueueQuery query)
    {
        var parameters = new DynamicParameters(new { status = query.Status, rule = query.Rule, severity = query.Severity, id = query.Id });
        // Where the window starts, as (rank, id): the flag it is after or before, if it is still current.
        var edge = query.After ?? query.Before;
        var edgeRank = edge is null ? null : connection.ExecuteScalar<long?>(
            "SELECT CASE severity WHEN 'High' THEN 0 WHEN 'Medium' THEN 1 WHEN 'Low' THEN 2 ELSE 3 END FROM flags WHERE id = @edge", new { edge });
        parameters.Add("edge", edgeRank is null ? null : edge);
        parameters.Add("edgeRank", edgeRank);
        parameters.Add("limit", Math.Clamp(query.Limit, 1, 1000));
        var backwards = query.Before is not null && edgeRank is not null;
        var window = backwards
            ? "WHERE (rank, id) < (@edgeRank, @edge) ORDER BY rank DESC, id DESC LIMIT @limit"
            : "WHERE @edge IS NULL OR (rank, id) > (@edgeRank, @edge) ORDER BY rank, id LIMIT @limit";
        var rows = connection.Query<Row>($"{Shown} SELECT id, rule_id, rule_kind, severity, kind, message, conditions, shown, stale, rank FROM matching {window}", parameters).ToList();
        if (backwards) rows.Reverse();

        var counts = connection.QuerySingle<(long all, long reviewed, long total, long position)>(
            $"""
            {Shown}
            SELECT (SELECT count(*) FROM shown), (SELECT count(*) FROM shown WHERE NOT stale AND shown <> 'unreviewed'),
                   (SELECT count(*) FROM matching),
                   (SELECT count(*) FROM matching WHERE (rank, id) < (@firstRank, @first))
            """,
            new DynamicParameters(parameters).Also("first", rows.FirstOrDefault()?.id).Also("firstRank", rows.FirstOrDefault()?.rank));
        var rules = connection.Query<string>("SELECT DISTINCT rule_id FROM flags WHERE kind = 'Discrepancy' ORDER BY rule_id").ToList();

        var claims = Claims(connection, rows.Select(r => r.id).ToList());
        var flags = rows.Select(row => new StoredFlag(new Flag
        {
            RuleId = row.rule_id,
            RuleKind = row.rule_kind,
            Severity = Enum.Parse<Severity>(row.severity),
            Kind = Enum.Parse<FindingKind>(row.kind),
            Message = row.message,
            Claims = claims[row.id].ToList(),
            Conditions = new StoredConditions(row.conditions),
        }, row.shown, row.stale != 0)).ToList();
        var documents = flags.SelectMany(f => f.Flag.Claims).Select(c => c.Document).Distinct().ToList();
        var titles = connection.Query<(string path, string title)>("SELECT path, title FROM documents WHERE path IN @documents", new { documents })
            .ToDictionary(d => d.path, d => d.title, StringComparer.Ordinal);
        return new ReviewQueuePage(flags, (int)counts.total, rows.Count == 0 ? 0 : (int)counts.position, (int)counts.all, (int)counts.reviewed, rules, titles);
    }

    /// <summary>The claims of the given flags, in each flag's position order.</summary>
    private static ILookup<string, Extraction.Claim> Claims(SqliteConnection connection, IReadOnlyList<string> flagIds)
    {
        var members = connection.Query<(string flagId, string claimId)>(
            "SELECT flag_id, claim_id FROM flag_claims WHERE flag_id IN @flagIds ORDER BY flag_id, position", new { flagIds }).ToList();
        var claims = new Dictionary<string, Extraction.Claim>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            var ids = members.Select(m => m.claimId).Distinct().ToList();
            command.CommandText = $"SELECT {ClaimRow.Columns} FROM claims WHERE id IN ({string.Join(", ", ids.Select((_, i) => "@c" + i))})";
            for (var i = 0; i < ids.Count; i++) command.Parameters.AddWithValue("@c" + i, ids[i]);
            if (ids.Count > 0)
            {
                using var reader = command.ExecuteReader();
                var claimReader = new ClaimReader();
                while (reader.Read())
                {
                    var claim = claimReader.Read(reader);
                    claims[claim.Id] = claim;
                }
            }
        }
        return members.Where(m => claims.ContainsKey(m.claimId)).ToLookup(m => m.flagId, m => claims[m.claimId]);
    }

    private static DynamicParameters Also(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
