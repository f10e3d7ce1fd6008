using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Dapper;
using FactCheck.Diagnostics;
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

    public const string Columns = "id, fingerprint, started_at, finished_at, ran_by, flag_count, rules_fingerprint, documents_version, documents_count";

    public sealed record Row(long id, string? fingerprint, long started_at, long finished_at, string ran_by, long flag_count,
        string? rules_fingerprint, long? documents_version, long? documents_count)
    {
        public StoredCheckRun ToRun() => new(id, fingerprint, DateTimeOffset.FromUnixTimeMilliseconds(started_at),
            DateTimeOffset.FromUnixTimeMilliseconds(finished_at), ran_by, (int)flag_count, rules_fingerprint,
            documents_version is { } version && documents_count is { } count ? new DocumentsState(version, (int)count) : null);
    }

    public static long? Latest(SqliteConnection connection) => connection.ExecuteScalar<long?>(LatestId);

    public static IReadOnlyList<StoredCheckRun> All(SqliteConnection connection) =>
        connection.Query<Row>($"SELECT {Columns} FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC")
            .Select(r => r.ToRun()).ToList();

    public static StoredCheckRun? LatestRun(SqliteConnection connection) =>
        connection.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM check_runs WHERE id = ({LatestId})")?.ToRun();

    /// <summary>Flags written per transaction: SQLite has one writer, and a check lasts minutes on a large corpus.</summary>
    private const int FlagsPerTransaction = 5_000;

    /// <summary>
    /// Saves a run's flags as they come. The run is written in short transactions, so ingests and
    /// verdicts go on while a long check stores its findings (SQLite lets one writer in at a time), and
    /// becomes visible only when its last transaction marks it finished. A run left unfinished by a
    /// process that died is removed by a later save.
    /// </summary>
    public static StoredCheckRun Save(SqliteConnection connection, CheckRun run, IEnumerable<Flag> flags, Func<bool>? complete = null, CarriedFlags? carried = null)
    {
        long id;
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                "INSERT INTO check_runs (fingerprint, started_at, ran_by, tally, flag_count, rules_fingerprint, documents_version, documents_count) VALUES (NULL, @started, @RanBy, '', 0, @RulesFingerprint, @version, @count)",
                new { started = run.StartedAt.ToUnixTimeMilliseconds(), run.RanBy, run.RulesFingerprint, version = run.Documents?.Version, count = run.Documents?.Count },
                transaction);
            id = connection.ExecuteScalar<long>("SELECT last_insert_rowid()", transaction: transaction);
            transaction.Commit();
        }
        try
        {
            StageTrace.Mark("run started");
            var (count, tally) = carried is null ? Write(connection, id, flags) : CarryAndWrite(connection, id, carried, flags);
            StageTrace.Mark("flags found and written");
            using var transaction = connection.BeginTransaction();
            var finished = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var fingerprint = complete is null || complete() ? run.Fingerprint : null;
            connection.Execute("UPDATE check_runs SET finished_at = @finished, fingerprint = @fingerprint, tally = @tally, flag_count = @count WHERE id = @id",
                new { finished, fingerprint, tally = StoredTally.Write(tally), count, id }, transaction);
            Prune(connection, transaction);
            StageTrace.Mark("pruned");
            transaction.Commit();
            StageTrace.Mark("run finished");
            return new StoredCheckRun(id, fingerprint, DateTimeOffset.FromUnixTimeMilliseconds(run.StartedAt.ToUnixTimeMilliseconds()),
                DateTimeOffset.FromUnixTimeMilliseconds(finished), run.RanBy, count, run.RulesFingerprint, run.Documents);
        }
        catch
        {
            Delete(connection, $"SELECT {id.ToString(CultureInfo.InvariantCulture)}");
            throw;
        }
    }

    /// <summary>
    /// Copies and counts the carried flags while the rules find the new ones, then writes those: the copy
    /// is SQL on this connection, the rules read through connections of their own, so on two cores the
    /// copy (0.15 s of 80,000 flags at 100k documents) costs no time of its own. What the rules find
    /// meanwhile waits in a bounded queue. The count and tally are of the carried and the new flags.
    /// </summary>
    private static (int Count, FindingTally Tally) CarryAndWrite(SqliteConnection connection, long id, CarriedFlags carried, IEnumerable<Flag> flags)
    {
        using var found = new BlockingCollection<Flag>(FlagsPerTransaction);
        var finding = Task.Run(() =>
        {
            try
            {
                foreach (var flag in flags) found.Add(flag);
            }
            finally
            {
                found.CompleteAdding();
            }
        });
        try
        {
            Carry(connection, id, carried);
            var (carriedCount, carriedTally) = Counted(connection, id);
            StageTrace.Mark("earlier flags carried");
            var (count, tally) = Write(connection, id, found.GetConsumingEnumerable());
            // A failure of the rules surfaces here, and the caller removes the run.
            finding.GetAwaiter().GetResult();
            return (carriedCount + count, Sum(carriedTally, tally));
        }
        catch
        {
            // The run is abandoned (or checked again in full): the rules are not left running, nor blocked on
            // a full queue, beside that. The failure reported is the first one, not what they meet meanwhile.
            foreach (var _ in found.GetConsumingEnumerable()) { }
            finding.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }
    }

    private static (int Count, FindingTally Tally) Write(SqliteConnection connection, long id, IEnumerable<Flag> flags)
    {
        var tally = new FindingCounter();
        var count = 0;
        SqliteTransaction? transaction = null;
        using var insertFlag = new PreparedCommand(connection,
            "INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, lineage, text_run) VALUES (@run_id, @id, @rule_id, @rule_kind, @severity, @kind, @lineage, @run_id)",
            "run_id", "id", "rule_id", "rule_kind", "severity", "kind", "lineage");
        using var insertText = new PreparedCommand(connection,
            "INSERT INTO flag_texts (run_id, flag_id, message, conditions) VALUES (@run_id, @flag_id, @message, @conditions)",
            "run_id", "flag_id", "message", "conditions");
        using var insertMember = new PreparedCommand(connection,
            "INSERT INTO flag_claims (run_id, flag_id, claim_id, position) VALUES (@run_id, @flag_id, @claim_id, @position)",
            "run_id", "flag_id", "claim_id", "position");
        try
        {
            foreach (var flag in flags)
            {
                transaction ??= connection.BeginTransaction();
                tally.Count(flag);
                count++;
                var flagId = flag.Id;
                insertFlag.Execute(transaction, id, flagId, flag.RuleId, flag.RuleKind, flag.Severity.ToString(), flag.Kind.ToString(), flag.Lineage);
                insertText.Execute(transaction, id, flagId, flag.Message, JsonSerializer.Serialize(flag.Conditions));
                for (var position = 0; position < flag.Claims.Count; position++)
                    insertMember.Execute(transaction, id, flagId, flag.Claims[position].Id, (long)position);
                if (count % FlagsPerTransaction == 0)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = null;
                }
            }
            transaction?.Commit();
        }
        finally
        {
            transaction?.Dispose();
        }
        return (count, tally.Tally);
    }

    /// <summary>
    /// Copies the earlier run's flags that still stand into run <paramref name="id"/>, row by row in SQL
    /// (a hundred thousand flags never pass through the process), in one transaction.
    /// </summary>
    private static void Carry(SqliteConnection connection, long id, CarriedFlags carried)
    {
        using var transaction = connection.BeginTransaction();
        var parameters = new
        {
            id, from = carried.FromRun,
            changed = JsonSerializer.Serialize(carried.ChangedDocuments), rules = JsonSerializer.Serialize(carried.RuleIds),
            onlyAdded = carried.OnlyAdded,
        };
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM check_runs WHERE id = @from", parameters, transaction) == 0)
            throw new CarriedRunRemovedException(carried.FromRun);
        // The texts and claims stay where the run that found the flags wrote them.
        connection.Execute(
            """
            INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, lineage, text_run)
            SELECT @id, f.id, f.rule_id, f.rule_kind, f.severity, f.kind, f.lineage, f.text_run FROM flags f
            WHERE f.run_id = @from AND f.rule_id IN (SELECT value FROM json_each(@rules))
              AND (@onlyAdded OR NOT EXISTS (SELECT 1 FROM flag_claims m WHERE m.run_id = f.text_run AND m.flag_id = f.id
                  AND (NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = m.claim_id)
                       OR m.claim_id IN (SELECT c.id FROM claims c WHERE c.document IN (SELECT value FROM json_each(@changed))))))
            ORDER BY f.id
            """, parameters, transaction);
        transaction.Commit();
    }

    /// <summary>A run's count and tally, counted from its stored flags.</summary>
    private static (int Count, FindingTally Tally) Counted(SqliteConnection connection, long id)
    {
        var tally = TallyOf(connection.Query<(string kind, string severity, long count)>(
            "SELECT kind, severity, count(*) FROM flags WHERE run_id = @id GROUP BY kind, severity", new { id }));
        return (tally.Discrepancies.Values.Sum() + tally.Agreements, tally);
    }

    private static FindingTally Sum(FindingTally a, FindingTally b) => new(
        a.Discrepancies.Keys.Union(b.Discrepancies.Keys).ToDictionary(s => s, s => a.Discrepancies.GetValueOrDefault(s) + b.Discrepancies.GetValueOrDefault(s)),
        a.Agreements + b.Agreements);

    /// <summary>A tally from counts of flags by kind and severity.</summary>
    public static FindingTally TallyOf(IEnumerable<(string Kind, string Severity, long Count)> counts)
    {
        var rows = counts.ToList();
        var discrepancies = rows.Where(r => Enum.Parse<FindingKind>(r.Kind) == FindingKind.Discrepancy)
            .ToDictionary(r => Enum.Parse<Severity>(r.Severity), r => (int)r.Count);
        return new FindingTally(discrepancies, (int)rows.Where(r => Enum.Parse<FindingKind>(r.Kind) == FindingKind.Agreement).Sum(r => r.Count));
    }

    /// <summary>Deletes the finished runs older than the <see cref="Kept"/> latest, with their flags.</summary>
    private static void Prune(SqliteConnection connection, SqliteTransaction transaction)
    {
        var old = string.Create(CultureInfo.InvariantCulture,
            $"SELECT id FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT -1 OFFSET {Kept}");
        Delete(connection, old, transaction);
        // A run still unfinished a day after it started belongs to a check that died.
        var abandoned = DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        Delete(connection, $"SELECT id FROM check_runs WHERE finished_at IS NULL AND started_at < {abandoned}", transaction);
    }

    /// <param name="runs">SQL selecting run ids, or one id.</param>
    private static void Delete(SqliteConnection connection, string runs, SqliteTransaction? transaction = null)
    {
        foreach (var id in connection.Query<long>(runs, transaction: transaction).ToList())
        {
            connection.Execute("DELETE FROM flags WHERE run_id = @id", new { id }, transaction);
            connection.Execute("DELETE FROM check_runs WHERE id = @id", new { id }, transaction);
            // Its texts and claims go unless a run still stored carries their flags: one pass over the
            // flags' short rows, rather than a look-up in every run for each of a hundred thousand texts.
            foreach (var table in new[] { "flag_texts", "flag_claims" })
                connection.Execute($"DELETE FROM {table} WHERE run_id = @id AND flag_id NOT IN (SELECT id FROM flags WHERE text_run = @id)",
                    new { id }, transaction);
        }
    }

    /// <summary>The latest run's tally: stored with it, else (a run migrated without one) counted.</summary>
    public static FindingTally Tally(SqliteConnection connection)
    {
        var latest = Latest(connection);
        if (connection.ExecuteScalar<string?>("SELECT tally FROM check_runs WHERE id = @latest", new { latest }) is { } stored)
            return StoredTally.Read(stored);
        return TallyOf(connection.Query<(string kind, string severity, long count)>(
            "SELECT kind, severity, count(*) FROM flags WHERE run_id = @latest GROUP BY kind, severity", new { latest }));
    }
}
