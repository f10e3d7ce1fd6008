using Dapper;
using FactCheck.Rules;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// <see cref="ReviewQueueReader"/>'s queries in PostgreSQL's dialect (subqueries named, 0/1 rather
/// than booleans summed): one window of the review queue, most severe first, then by id, walked from
/// the window's edge, so a window over 100,000 flags reads the few hundred it shows.
/// </summary>
internal static class PostgresReviewQueue
{
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

    private static readonly string[] Severities = [nameof(Severity.High), nameof(Severity.Medium), nameof(Severity.Low), nameof(Severity.Info)];

    // Current discrepancies whose claims are all stored, with the verdict shown: the flag's latest,
    // else a stale one on its earlier figures. {0} narrows the flags read.
    private const string Shown = """
        SELECT * FROM (
            SELECT *, (CASE WHEN verdict IS NULL AND earlier IS NOT NULL AND earlier <> 'unreviewed' THEN 1 ELSE 0 END)::bigint AS stale,
                   COALESCE(verdict, CASE WHEN earlier IS NOT NULL AND earlier <> 'unreviewed' THEN earlier END, 'unreviewed') AS shown
            FROM (
                SELECT f.id, f.rule_id, f.rule_kind, f.severity, f.kind, f.message, f.conditions,
                       (SELECT v.verdict FROM verdicts v WHERE v.flag_id = f.id ORDER BY v.seq DESC LIMIT 1) AS verdict,
                       (SELECT v.verdict FROM verdicts v WHERE v.lineage = f.lineage AND v.flag_id <> f.id ORDER BY v.seq DESC LIMIT 1) AS earlier
                FROM flags f
                WHERE f.run_id = @run AND f.kind = 'Discrepancy' {0}
                  AND EXISTS (SELECT 1 FROM flag_claims m WHERE m.run_id = f.run_id AND m.flag_id = f.id)
                  AND NOT EXISTS (SELECT 1 FROM flag_claims m WHERE m.run_id = f.run_id AND m.flag_id = f.id
                                  AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id))
            ) AS latest
        ) AS queue
        """;

    private const string Filters = """
        (@rule::text IS NULL OR rule_id = @rule) AND (@id::text IS NULL OR id = @id)
        AND (@status::text IS NULL OR (@status = 'stale' AND stale = 1) OR (@status <> 'stale' AND shown = @status AND stale = 0))
        """;

    /// <param name="run">The latest complete run; null before the first check, when the queue is empty.</param>
    public static ReviewQueuePage Read(NpgsqlConnection connection, long? run, ReviewQueueQuery query, bool counted)
    {
        if (run is null)
            return new ReviewQueuePage([], counted ? new ReviewQueueCounts(0, 0, 0) : null, [], new Dictionary<string, string>());
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var edge = query.After ?? query.Before;
        var edgeSeverity = edge is null ? null : connection.ExecuteScalar<string?>("SELECT severity FROM flags WHERE run_id = @run AND id = @edge", new { run, edge });
        var backwards = query.Before is not null && edgeSeverity is not null;
        var from = edgeSeverity is null ? (backwards ? Severities.Length - 1 : 0) : Array.IndexOf(Severities, edgeSeverity);
        var rows = new List<Row>();
        for (var rank = from; rows.Count < limit && rank >= 0 && rank < Severities.Length; rank += backwards ? -1 : 1)
        {
            if (query.Severity is { } only && !string.Equals(only, Severities[rank], StringComparison.OrdinalIgnoreCase)) continue;
            var bounded = edgeSeverity is not null && rank == from;
            var sql = string.Format(Shown, "AND f.severity = @severity" + (bounded ? backwards ? " AND f.id < @edge" : " AND f.id > @edge" : ""))
                      + $" WHERE {Filters} ORDER BY id {(backwards ? "DESC" : "")} LIMIT @limit";
            rows.AddRange(connection.Query<Row>(sql, new
            {
                run, severity = Severities[rank], edge, limit = limit - rows.Count, status = query.Status, rule = query.Rule, id = query.Id,
            }));
        }
        if (backwards) rows.Reverse();

        var claims = Claims(connection, run.Value, rows.Select(r => r.id).ToArray());
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
        // Dapper hands Npgsql a list as one array parameter, hence ANY rather than IN.
        var documents = flags.SelectMany(f => f.Flag.Claims).Select(c => c.Document).Distinct().ToArray();
        var titles = connection.Query<(string path, string title)>("SELECT path, title FROM documents WHERE path = ANY(@documents)", new { documents })
            .ToDictionary(d => d.path, d => d.title, StringComparer.Ordinal);
        var rules = connection.Query<string>("SELECT DISTINCT rule_id FROM flags WHERE run_id = @run AND kind = 'Discrepancy' ORDER BY rule_id", new { run }).ToList();
        return new ReviewQueuePage(flags, counted ? Count(connection, run.Value, query) : null, rules, titles);
    }

    private static ReviewQueueCounts Count(NpgsqlConnection connection, long run, ReviewQueueQuery query)
    {
        var counts = connection.QuerySingle<(long all, long reviewed, long total)>(
            $"""
            SELECT count(*), count(*) FILTER (WHERE stale = 0 AND shown <> 'unreviewed'),
                   count(*) FILTER (WHERE {Filters} AND (@severity::text IS NULL OR lower(severity) = lower(@severity)))
            FROM ({string.Format(Shown, "")}) AS counted
            """, new { run, status = query.Status, rule = query.Rule, id = query.Id, severity = query.Severity });
        return new ReviewQueueCounts((int)counts.total, (int)counts.all, (int)counts.reviewed);
    }

    /// <summary>The claims of the given flags, in each flag's position order.</summary>
    private static ILookup<string, Extraction.Claim> Claims(NpgsqlConnection connection, long run, string[] flagIds)
    {
        var members = new List<(string FlagId, string ClaimId)>();
        using (var command = new NpgsqlCommand("SELECT flag_id, claim_id FROM flag_claims WHERE run_id = @run AND flag_id = ANY(@ids) ORDER BY flag_id, position", connection))
        {
            command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Bigint) { Value = run });
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = flagIds });
            using var reader = command.ExecuteReader();
            while (reader.Read()) members.Add((reader.GetString(0), reader.GetString(1)));
        }
        var claims = new Dictionary<string, Extraction.Claim>(StringComparer.Ordinal);
        using (var command = new NpgsqlCommand($"SELECT {ClaimRow.Columns} FROM claims WHERE id = ANY(@ids)", connection))
        {
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = members.Select(m => m.ClaimId).Distinct().ToArray() });
            using var reader = command.ExecuteReader();
            var claimReader = new ClaimReader();
            while (reader.Read())
            {
                var claim = claimReader.Read(reader);
                claims[claim.Id] = claim;
            }
        }
        return members.Where(m => claims.ContainsKey(m.ClaimId)).ToLookup(m => m.FlagId, m => claims[m.ClaimId]);
    }
}
