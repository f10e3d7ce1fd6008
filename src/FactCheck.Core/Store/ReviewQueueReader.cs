using System.Data.Common;
using Dapper;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>
/// Which discrepancies a review queue shows: the filters the page offers, and where the window
/// starts. <paramref name="After"/> and <paramref name="Before"/> are flag ids (keyset paging): a
/// verdict that takes a flag out of a filter does not shift the next window, as an offset would.
/// </summary>
public sealed record ReviewQueueQuery(string? Status = null, string? Rule = null, string? Severity = null,
    string? After = null, string? Before = null, int Limit = 200, string? Id = null);

/// <summary>One window of the queue, with the counts the page shows around it when asked for.</summary>
/// <param name="Titles">The titles of the documents the window's claims come from.</param>
public sealed record ReviewQueuePage(IReadOnlyList<StoredFlag> Flags, ReviewQueueCounts? Counts, IReadOnlyList<string> Rules,
    IReadOnlyDictionary<string, string> Titles);

/// <param name="Total">Flags matching the filters.</param>
/// <param name="All">Every current discrepancy, and how many of them are <paramref name="Reviewed"/>.</param>
public sealed record ReviewQueueCounts(int Total, int All, int Reviewed);

/// <summary>
/// Reads one window of the review queue (most severe first, then by id) in SQL, walking each
/// severity's flags in id order from the window's edge, so a window over 100,000 flags reads the
/// few hundred it shows. Counting the whole queue is a separate, whole scan, done only when asked.
/// The SQL is written so SQLite and PostgreSQL read it alike (CASE rather than booleans, CAST
/// rather than either's own casts, named subqueries).
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
    }

    /// <summary>The stored severities, most severe first: the queue's order.</summary>
    private static readonly string[] Severities = [nameof(Severity.High), nameof(Severity.Medium), nameof(Severity.Low), nameof(Severity.Info)];

    // The run's discrepancies whose claims are all stored (as FlagReader shows them), with the verdict
    // shown: the flag's latest, else a stale one on its earlier figures. {0} narrows the flags read.
    private const string Shown = """
        SELECT * FROM (
            SELECT latest.*, CAST(CASE WHEN verdict IS NULL AND earlier IS NOT NULL AND earlier <> 'unreviewed' THEN 1 ELSE 0 END AS BIGINT) AS stale,
                   COALESCE(verdict, CASE WHEN earlier IS NOT NULL AND earlier <> 'unreviewed' THEN earlier END, 'unreviewed') AS shown
            FROM (
                SELECT f.id, f.rule_id, f.rule_kind, f.severity, f.kind, t.message, t.conditions,
                       (SELECT v.verdict FROM verdicts v WHERE v.flag_id = f.id ORDER BY v.seq DESC LIMIT 1) AS verdict,
                       (SELECT v.verdict FROM verdicts v WHERE v.lineage = f.lineage AND v.flag_id <> f.id ORDER BY v.seq DESC LIMIT 1) AS earlier
                FROM flags f JOIN flag_texts t ON t.run_id = f.text_run AND t.flag_id = f.id
                WHERE f.run_id = @run AND f.kind = 'Discrepancy' {0}
                  AND EXISTS (SELECT 1 FROM flag_claims m WHERE m.run_id = f.text_run AND m.flag_id = f.id)
                  AND NOT EXISTS (SELECT 1 FROM flag_claims m WHERE m.run_id = f.text_run AND m.flag_id = f.id
                                  AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id))
            ) AS latest
        ) AS queue
        """;

    private const string Filters = """
        (CAST(@rule AS TEXT) IS NULL OR rule_id = @rule) AND (CAST(@id AS TEXT) IS NULL OR id = @id)
        AND (CAST(@status AS TEXT) IS NULL OR (@status = 'stale' AND stale = 1) OR (@status <> 'stale' AND shown = @status AND stale = 0))
        """;

    /// <param name="run">The latest complete run; null before the first check, when the queue is empty.</param>
    public static ReviewQueuePage Read(DbConnection connection, long? run, ReviewQueueQuery query, bool counted)
    {
        if (run is null)
            return new ReviewQueuePage([], counted ? new ReviewQueueCounts(0, 0, 0) : null, [], new Dictionary<string, string>());
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var edge = query.After ?? query.Before;
        var edgeSeverity = edge is null ? null : connection.ExecuteScalar<string?>("SELECT severity FROM flags WHERE run_id = @run AND id = @edge", new { run, edge });
        var backwards = query.Before is not null && edgeSeverity is not null;
        var from = edgeSeverity is null ? (backwards ? Severities.Length - 1 : 0) : Array.IndexOf(Severities, edgeSeverity);
        var rows = new List<Row>();
        // Each severity in queue order (backwards: in reverse) from the edge's, each walked by id from the edge.
        for (var rank = from; rows.Count < limit && rank >= 0 && rank < Severities.Length; rank += backwards ? -1 : 1)
        {
            if (query.Severity is { } only && !string.Equals(only, Severities[rank], StringComparison.OrdinalIgnoreCase)) continue;
            var bounded = edgeSeverity is not null && rank == from;
            var sql = string.Format(Shown, "AND f.severity = @severity" + (bounded ? backwards ? " AND f.id < @edge" : " AND f.id > @edge" : ""))
                      + $" WHERE {Filters} ORDER BY id {(backwards ? "DESC" : "")} LIMIT @limit";
            rows.AddRange(connection.Query<Row>(sql, new
            {
                run, severity = Severities[rank], edge, limit = (long)(limit - rows.Count), status = query.Status, rule = query.Rule, id = query.Id,
            }));
        }
        if (backwards) rows.Reverse();

        var claims = Claims(connection, run.Value, rows.Select(r => r.id).ToList());
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
        var titles = Titles(connection, flags.SelectMany(f => f.Flag.Claims).Select(c => c.Document).Distinct().ToList());
        var rules = connection.Query<string>("SELECT DISTINCT rule_id FROM flags WHERE run_id = @run AND kind = 'Discrepancy' ORDER BY rule_id", new { run }).ToList();
        return new ReviewQueuePage(flags, counted ? Count(connection, run.Value, query) : null, rules, titles);
    }

    private static ReviewQueueCounts Count(DbConnection connection, long run, ReviewQueueQuery query)
    {
        var counts = connection.QuerySingle<(long all, long? reviewed, long? total)>(
            $"""
            SELECT count(*), sum(CASE WHEN stale = 0 AND shown <> 'unreviewed' THEN 1 ELSE 0 END),
                   sum(CASE WHEN {Filters} AND (CAST(@severity AS TEXT) IS NULL OR lower(severity) = lower(@severity)) THEN 1 ELSE 0 END)
            FROM ({string.Format(Shown, "")}) AS counted
            """, new { run, status = query.Status, rule = query.Rule, id = query.Id, severity = query.Severity });
        return new ReviewQueueCounts((int)(counts.total ?? 0), (int)counts.all, (int)(counts.reviewed ?? 0));
    }

    private static Dictionary<string, string> Titles(DbConnection connection, IReadOnlyList<string> documents)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT path, title FROM documents WHERE path IN {SqlList.Add(command, "d", documents)}";
        using var reader = command.ExecuteReader();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) titles[reader.GetString(0)] = reader.GetString(1);
        return titles;
    }

    /// <summary>The claims of the given flags, in each flag's position order.</summary>
    private static ILookup<string, Extraction.Claim> Claims(DbConnection connection, long run, IReadOnlyList<string> flagIds)
    {
        var members = new List<(string FlagId, string ClaimId)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT m.flag_id, m.claim_id FROM flags f JOIN flag_claims m ON m.run_id = f.text_run AND m.flag_id = f.id WHERE f.run_id = @run AND f.id IN {SqlList.Add(command, "f", flagIds)} ORDER BY m.flag_id, m.position";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@run";
            parameter.Value = run;
            command.Parameters.Add(parameter);
            using var reader = command.ExecuteReader();
            while (reader.Read()) members.Add((reader.GetString(0), reader.GetString(1)));
        }
        var claims = ClaimReader.ByIds(connection, members.Select(m => m.ClaimId).Distinct().ToList()).ToDictionary(c => c.Id, StringComparer.Ordinal);
        return members.Where(m => claims.ContainsKey(m.ClaimId)).ToLookup(m => m.FlagId, m => claims[m.ClaimId]);
    }
}
