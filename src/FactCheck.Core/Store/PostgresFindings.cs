using System.Data;
using System.Text.Json;
using Dapper;
using FactCheck.Rules;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// The current findings (flags and what they were computed from) in PostgreSQL. A check replaces
/// them in one transaction under a lock, so two checks at once leave one of their sets whole, and
/// readers read in one snapshot, so they see one set or the other, never a mix.
/// </summary>
internal sealed class PostgresFindings(NpgsqlConnection connection)
{
    // Any fixed number, shared by every factcheck process: the lock two checks take turns on.
    private const long FindingsLock = 0x6663_5f66_6c61_6773;

    public void Save(IReadOnlyList<Flag> flags, string? checkFingerprint)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@FindingsLock)", new { FindingsLock }, transaction);
        connection.Execute("DELETE FROM flag_claims; DELETE FROM flags; DELETE FROM check_state;", transaction: transaction);
        if (checkFingerprint is not null)
            connection.Execute("INSERT INTO check_state (id, fingerprint, tally) VALUES (1, @checkFingerprint, @tally)",
                new { checkFingerprint, tally = StoredTally.Write(Rules.FindingTally.Of(flags)) }, transaction);
        using (var importer = connection.BeginBinaryImport(
                   "COPY flags (id, rule_id, rule_kind, severity, kind, message, conditions, lineage) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var flag in flags)
            {
                importer.StartRow();
                importer.Write(flag.Id, NpgsqlDbType.Text);
                importer.Write(flag.RuleId, NpgsqlDbType.Text);
                importer.Write(flag.RuleKind, NpgsqlDbType.Text);
                importer.Write(flag.Severity.ToString(), NpgsqlDbType.Text);
                importer.Write(flag.Kind.ToString(), NpgsqlDbType.Text);
                importer.Write(flag.Message, NpgsqlDbType.Text);
                importer.Write(JsonSerializer.Serialize(flag.Conditions), NpgsqlDbType.Text);
                importer.Write(flag.Lineage, NpgsqlDbType.Text);
            }
            importer.Complete();
        }
        using (var importer = connection.BeginBinaryImport("COPY flag_claims (flag_id, claim_id, position) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var flag in flags)
            {
                var id = flag.Id;
                for (var position = 0; position < flag.Claims.Count; position++)
                {
                    importer.StartRow();
                    importer.Write(id, NpgsqlDbType.Text);
                    importer.Write(flag.Claims[position].Id, NpgsqlDbType.Text);
                    importer.Write((long)position, NpgsqlDbType.Bigint);
                }
            }
            importer.Complete();
        }
        transaction.Commit();
    }

    public string? CheckFingerprint() =>
        connection.ExecuteScalar<string?>("SELECT fingerprint FROM check_state WHERE id = 1");

    public IReadOnlyList<StoredFlag> All() => InSnapshot(() => FlagReader.ReadAll(connection));

    public ReviewQueuePage ReviewQueue(ReviewQueueQuery query, bool counted) =>
        InSnapshot(() => PostgresReviewQueue.Read(connection, query, counted));

    public FindingTally Tally() => InSnapshot(() =>
    {
        if (connection.ExecuteScalar<string?>("SELECT tally FROM check_state WHERE id = 1") is { } stored) return StoredTally.Read(stored);
        var rows = connection.Query<(string kind, string severity, long count)>("SELECT kind, severity, count(*) FROM flags GROUP BY kind, severity").ToList();
        var discrepancies = rows.Where(r => Enum.Parse<FindingKind>(r.kind) == FindingKind.Discrepancy)
            .ToDictionary(r => Enum.Parse<Severity>(r.severity), r => (int)r.count);
        return new FindingTally(discrepancies, (int)rows.Where(r => Enum.Parse<FindingKind>(r.kind) == FindingKind.Agreement).Sum(r => r.count));
    });

    /// <summary>Runs several reads in one snapshot, so a check committing meanwhile is seen whole or not at all.</summary>
    private T InSnapshot<T>(Func<T> read)
    {
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        var result = read();
        transaction.Commit();
        return result;
    }
}
