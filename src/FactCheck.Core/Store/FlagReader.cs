using System.Data.Common;
using Dapper;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>Reads the current flags with their claims (in position order) and latest verdicts.</summary>
internal static class FlagReader
{
    private sealed record FlagRow(string id, string rule_id, string rule_kind, string severity, string kind,
        string message, string conditions, string? verdict, string? earlier);

    public const string Unreviewed = Review.Verdicts.Unreviewed;

    public static IReadOnlyList<StoredFlag> ReadAll(DbConnection connection)
    {
        var claims = new Dictionary<string, Extraction.Claim>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {ClaimRow.Columns} FROM claims WHERE id IN (SELECT claim_id FROM flag_claims)";
            using var reader = command.ExecuteReader();
            var claimReader = new ClaimReader();
            while (reader.Read())
            {
                var claim = claimReader.Read(reader);
                claims.Add(claim.Id, claim);
            }
        }
        var members = connection.Query<(string flagId, string claimId)>(
                "SELECT flag_id, claim_id FROM flag_claims ORDER BY flag_id, position")
            .ToLookup(m => m.flagId, m => m.claimId);
        var rows = connection.Query<FlagRow>(
            """
            SELECT f.id, f.rule_id, f.rule_kind, f.severity, f.kind, f.message, f.conditions,
                   (SELECT v.verdict FROM verdicts v WHERE v.flag_id = f.id ORDER BY v.seq DESC LIMIT 1) AS verdict,
                   (SELECT v.verdict FROM verdicts v WHERE v.lineage = f.lineage AND v.flag_id <> f.id
                    ORDER BY v.seq DESC LIMIT 1) AS earlier
            FROM flags f ORDER BY f.id
            """);

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
