using System.Data.Common;
using Dapper;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>
/// Reads flags of the latest complete run with their claims (in position order) and latest verdicts:
/// all of them, or those whose id matches a filter, reading only the matching rows.
/// </summary>
internal static class FlagReader
{
    private sealed record FlagRow(string id, string rule_id, string rule_kind, string severity, string kind,
        string message, string conditions, string? verdict, string? earlier);

    private const string Unreviewed = Review.Verdicts.Unreviewed;

    // A run's flags' claims, kept by the run that found each flag (text_run; see the schemas).
    private const string Members = "SELECT m.claim_id FROM flags f JOIN flag_claims m ON m.run_id = f.text_run AND m.flag_id = f.id WHERE f.run_id = @run";

    /// <param name="run">The run whose flags are read: the latest complete one, which each store finds its own way.</param>
    public static IReadOnlyList<StoredFlag> All(DbConnection connection, long? run) => Read(connection, run, "", []);

    public static StoredFlag? ById(DbConnection connection, long? run, string id)
    {
        return Read(connection, run, "AND {0} = @id", new() { ["id"] = id }).SingleOrDefault();
    }

    /// <summary>Ids starting with the prefix, as a range over the id index: from the prefix up to the prefix followed by the highest character.</summary>
    public static IReadOnlyList<StoredFlag> ByPrefix(DbConnection connection, long? run, string prefix)
    {
        return Read(connection, run, "AND {0} >= @from AND {0} < @to",
            new() { ["from"] = prefix, ["to"] = prefix + char.ConvertFromUtf32(0x10FFFF) });
    }

    /// <param name="filter">SQL narrowing the flags by id; {0} stands for the flag id column.</param>
    private static List<StoredFlag> Read(DbConnection connection, long? run, string filter, Dictionary<string, object?> parameters)
    {
        // No run yet: no flags (and PostgreSQL would not type a null run parameter).
        if (run is null) return [];
        parameters["run"] = run.Value;
        var claims = new Dictionary<string, Extraction.Claim>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {ClaimRow.Columns} FROM claims WHERE id IN ({Members} {string.Format(filter, "f.id")})";
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            using var reader = command.ExecuteReader();
            var claimReader = new ClaimReader();
            while (reader.Read())
            {
                var claim = claimReader.Read(reader);
                claims.Add(claim.Id, claim);
            }
        }
        var members = connection.Query<(string flagId, string claimId)>(
                $"{Members.Replace("SELECT m.claim_id", "SELECT m.flag_id, m.claim_id")} {string.Format(filter, "f.id")} ORDER BY m.flag_id, m.position", parameters)
            .ToLookup(m => m.flagId, m => m.claimId);
        var rows = connection.Query<FlagRow>(
            $"""
            SELECT f.id, f.rule_id, f.rule_kind, f.severity, f.kind, t.message, t.conditions,
                   (SELECT v.verdict FROM verdicts v WHERE v.flag_id = f.id ORDER BY v.seq DESC LIMIT 1) AS verdict,
                   (SELECT v.verdict FROM verdicts v WHERE v.lineage = f.lineage AND v.flag_id <> f.id
                    ORDER BY v.seq DESC LIMIT 1) AS earlier
            FROM flags f JOIN flag_texts t ON t.run_id = f.text_run AND t.flag_id = f.id
            WHERE f.run_id = @run {string.Format(filter, "f.id")} ORDER BY f.id
            """, parameters);

        var flags = new List<StoredFlag>();
        foreach (var row in rows)
        {
            var ids = members[row.id].ToList();
            // A flag whose claims were replaced by a re-ingest is shown again only after the next check.
            if (ids.Count == 0 || !ids.All(claims.ContainsKey)) continue;
            var flag = new Flag
            {
                RuleId = row.rule_id,
                RuleKind = row.rule_kind,
                Severity = Enum.Parse<Severity>(row.severity),
                Kind = Enum.Parse<FindingKind>(row.kind),
                Message = row.message,
                Claims = ids.Select(id => claims[id]).ToList(),
                Conditions = new StoredConditions(row.conditions),
            };
            // A verdict on this flag's earlier figures is kept and shown, marked stale, until someone decides again.
            var stale = row.verdict is null && row.earlier is not null && row.earlier != Unreviewed;
            flags.Add(new StoredFlag(flag, row.verdict ?? (stale ? row.earlier! : Unreviewed), stale));
        }
        return flags;
    }
}
