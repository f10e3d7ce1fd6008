using System.Globalization;
using System.Text.Json;
using Dapper;
using FactCheck.Rules;
using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>
/// The check_runs table and each run's flags. A run is written in one transaction and marked finished
/// at its end, so a reader never sees part of one; readers take the finished run whose check started
/// last. Only the <see cref="Kept"/> latest finished runs are kept: the current one, and the earlier
/// ones a reader may still be walking while a new run lands.
/// </summary>
internal static class CheckRuns
{
    public const int Kept = 3;

    /// <summary>The latest complete run's id, as SQL selecting it.</summary>
    public const string LatestId =
        "SELECT id FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1";

    private const string Columns = "id, fingerprint, started_at, finished_at, ran_by, flag_count";

    private sealed record Row(long id, string? fingerprint, long started_at, long finished_at, string ran_by, long flag_count)
    {
        public StoredCheckRun ToRun() => new(id, fingerprint, DateTimeOffset.FromUnixTimeMilliseconds(started_at),
            DateTimeOffset.FromUnixTimeMilliseconds(finished_at), ran_by, (int)flag_count);
    }

    public static long? Latest(SqliteConnection connection) => connection.ExecuteScalar<long?>(LatestId);

    public static IReadOnlyList<StoredCheckRun> All(SqliteConnection connection) =>
        connection.Query<Row>($"SELECT {Columns} FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC")
            .Select(r => r.ToRun()).ToList();

    public static StoredCheckRun? LatestRun(SqliteConnection connection) =>
        connection.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM check_runs WHERE id = ({LatestId})")?.ToRun();

    public static StoredCheckRun Save(SqliteConnection connection, CheckRun run, IEnumerable<Flag> flags, Func<bool>? complete = null)
    {
        using var transaction = connection.BeginTransaction();
        // Counted as the flags are stored, and written with the run's end: they come as a check finds them.
        connection.Execute(
            "INSERT INTO check_runs (fingerprint, started_at, ran_by, tally, flag_count) VALUES (NULL, @started, @RanBy, '', 0)",
            new { started = run.StartedAt.ToUnixTimeMilliseconds(), run.RanBy }, transaction);
        var tally = new FindingCounter();
        var count = 0;
        var id = connection.ExecuteScalar<long>("SELECT last_insert_rowid()", transaction: transaction);
        using (var insertFlag = new PreparedCommand(connection,
                   "INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, message, conditions, lineage) VALUES (@run_id, @id, @rule_id, @rule_kind, @severity, @kind, @message, @conditions, @lineage)",
                   "run_id", "id", "rule_id", "rule_kind", "severity", "kind", "message", "conditions", "lineage"))
        using (var insertMember = new PreparedCommand(connection,
                   "INSERT INTO flag_claims (run_id, flag_id, claim_id, position) VALUES (@run_id, @flag_id, @claim_id, @position)",
                   "run_id", "flag_id", "claim_id", "position"))
        {
            foreach (var flag in flags)
            {
                tally.Count(flag);
                count++;
                var flagId = flag.Id;
                insertFlag.Execute(transaction, id, flagId, flag.RuleId, flag.RuleKind, flag.Severity.ToString(), flag.Kind.ToString(),
                    flag.Message, JsonSerializer.Serialize(flag.Conditions), flag.Lineage);
                for (var position = 0; position < flag.Claims.Count; position++)
                    insertMember.Execute(transaction, id, flagId, flag.Claims[position].Id, (long)position);
            }
        }
        var finished = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var fingerprint = complete is null || complete() ? run.Fingerprint : null;
        connection.Execute("UPDATE check_runs SET finished_at = @finished, fingerprint = @fingerprint, tally = @tally, flag_count = @count WHERE id = @id",
            new { finished, fingerprint, tally = StoredTally.Write(tally.Tally), count, id }, transaction);
        Prune(connection, transaction);
        transaction.Commit();
        return new StoredCheckRun(id, fingerprint, DateTimeOffset.FromUnixTimeMilliseconds(run.StartedAt.ToUnixTimeMilliseconds()),
            DateTimeOffset.FromUnixTimeMilliseconds(finished), run.RanBy, count);
    }

    /// <summary>Deletes the finished runs older than the <see cref="Kept"/> latest, with their flags.</summary>
    private static void Prune(SqliteConnection connection, SqliteTransaction transaction)
    {
        var old = string.Create(CultureInfo.InvariantCulture,
            $"SELECT id FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET {Kept}");
        connection.Execute($"DELETE FROM flag_claims WHERE run_id IN ({old})", transaction: transaction);
        connection.Execute($"DELETE FROM flags WHERE run_id IN ({old})", transaction: transaction);
        connection.Execute($"DELETE FROM check_runs WHERE id IN ({old})", transaction: transaction);
    }

    /// <summary>The latest run's tally: stored with it, else (a run migrated without one) counted.</summary>
    public static FindingTally Tally(SqliteConnection connection)
    {
        var latest = Latest(connection);
        if (connection.ExecuteScalar<string?>("SELECT tally FROM check_runs WHERE id = @latest", new { latest }) is { } stored)
            return StoredTally.Read(stored);
        var rows = connection.Query<(string kind, string severity, long count)>(
            "SELECT kind, severity, count(*) FROM flags WHERE run_id = @latest GROUP BY kind, severity", new { latest }).ToList();
        var discrepancies = rows.Where(r => Enum.Parse<FindingKind>(r.kind) == FindingKind.Discrepancy)
            .ToDictionary(r => Enum.Parse<Severity>(r.severity), r => (int)r.count);
        return new FindingTally(discrepancies, (int)rows.Where(r => Enum.Parse<FindingKind>(r.kind) == FindingKind.Agreement).Sum(r => r.count));
    }
}
