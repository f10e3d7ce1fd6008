using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using FactCheck.Rules;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Store;

/// <summary>
/// Check runs and their flags in PostgreSQL, as <see cref="CheckRuns"/> keeps them in SQLite: a run is
/// written in one transaction and marked finished at its end; readers take the finished run that
/// started last, reading in one snapshot, so two checks at once never mix. Only the
/// <see cref="CheckRuns.Kept"/> latest finished runs are kept.
/// </summary>
internal sealed class PostgresFindings(NpgsqlConnection connection)
{
    // Any fixed number, shared by every factcheck process: the lock two checks' pruning takes turns on.
    private const long PruneLock = 0x6663_5f66_6c61_6773;

    private const string Columns = CheckRuns.Columns;

    public StoredCheckRun Save(CheckRun run, IEnumerable<Flag> flags, Func<bool>? complete, CarriedFlags? carried)
    {
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO check_runs (started_at, ran_by, rules_fingerprint, documents_version, documents_count) VALUES (@started, @RanBy, @RulesFingerprint, @version, @count) RETURNING id",
            new { started = run.StartedAt.ToUnixTimeMilliseconds(), run.RanBy, run.RulesFingerprint, version = run.Documents?.Version, count = (long?)run.Documents?.Count },
            transaction);
        if (carried is not null) Carry(id, carried, transaction);
        // One COPY at a time on a connection: the flags go first, as they come; their claims' links after.
        var members = new List<(string FlagId, string ClaimId, long Position)>();
        var tally = new FindingCounter();
        var count = 0;
        using (var importer = connection.BeginBinaryImport(
                   "COPY flags (run_id, id, rule_id, rule_kind, severity, kind, message, conditions, lineage, text_run) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var flag in flags)
            {
                tally.Count(flag);
                count++;
                var flagId = flag.Id;
                importer.StartRow();
                importer.Write(id, NpgsqlDbType.Bigint);
                importer.Write(flagId, NpgsqlDbType.Text);
                importer.Write(flag.RuleId, NpgsqlDbType.Text);
                importer.Write(flag.RuleKind, NpgsqlDbType.Text);
                importer.Write(flag.Severity.ToString(), NpgsqlDbType.Text);
                importer.Write(flag.Kind.ToString(), NpgsqlDbType.Text);
                importer.Write(flag.Message, NpgsqlDbType.Text);
                importer.Write(JsonSerializer.Serialize(flag.Conditions), NpgsqlDbType.Text);
                importer.Write(flag.Lineage, NpgsqlDbType.Text);
                importer.Write(id, NpgsqlDbType.Bigint);
                for (var position = 0; position < flag.Claims.Count; position++)
                    members.Add((flagId, flag.Claims[position].Id, position));
            }
            importer.Complete();
        }
        using (var importer = connection.BeginBinaryImport("COPY flag_claims (run_id, flag_id, claim_id, position) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (flagId, claimId, position) in members)
            {
                importer.StartRow();
                importer.Write(id, NpgsqlDbType.Bigint);
                importer.Write(flagId, NpgsqlDbType.Text);
                importer.Write(claimId, NpgsqlDbType.Text);
                importer.Write(position, NpgsqlDbType.Bigint);
            }
            importer.Complete();
        }
        var counted = tally.Tally;
        if (carried is not null)
        {
            counted = CheckRuns.TallyOf(connection.Query<(string kind, string severity, long count)>(
                "SELECT kind, severity, count(*) FROM flags WHERE run_id = @id GROUP BY kind, severity", new { id }, transaction));
            count = counted.Discrepancies.Values.Sum() + counted.Agreements;
        }
        var finished = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var fingerprint = complete is null || complete() ? run.Fingerprint : null;
        connection.Execute("UPDATE check_runs SET finished_at = @finished, fingerprint = @fingerprint, tally = @tally, flag_count = @count WHERE id = @id",
            new { finished, fingerprint, tally = StoredTally.Write(counted), count = (long)count, id }, transaction);
        // Two checks ending at once would otherwise delete the same old runs in different orders.
        connection.Execute("SELECT pg_advisory_xact_lock(@PruneLock)", new { PruneLock }, transaction);
        connection.Execute(string.Create(CultureInfo.InvariantCulture,
            $"DELETE FROM check_runs WHERE id IN (SELECT id FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC OFFSET {CheckRuns.Kept})"),
            transaction: transaction);
        transaction.Commit();
        return new StoredCheckRun(id, fingerprint, DateTimeOffset.FromUnixTimeMilliseconds(run.StartedAt.ToUnixTimeMilliseconds()),
            DateTimeOffset.FromUnixTimeMilliseconds(finished), run.RanBy, count, run.RulesFingerprint, run.Documents);
    }

    /// <summary>Copies the earlier run's flags that still stand into run <paramref name="id"/>, within the server.</summary>
    private void Carry(long id, CarriedFlags carried, NpgsqlTransaction transaction)
    {
        var parameters = new { id, from = carried.FromRun, changed = carried.ChangedDocuments.ToArray(), rules = carried.RuleIds.ToArray(), onlyAdded = carried.OnlyAdded };
        // Held until this run commits: a check pruning the earlier run waits for it.
        if (connection.ExecuteScalar<long?>("SELECT id FROM check_runs WHERE id = @from FOR SHARE", parameters, transaction) is null)
            throw new CarriedRunRemovedException(carried.FromRun);
        connection.Execute(
            """
            INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, message, conditions, lineage, text_run)
            SELECT @id, f.id, f.rule_id, f.rule_kind, f.severity, f.kind, f.message, f.conditions, f.lineage, @id FROM flags f
            WHERE f.run_id = @from AND f.rule_id = ANY(@rules)
              AND (@onlyAdded OR NOT EXISTS (SELECT 1 FROM flag_claims m LEFT JOIN claims c ON c.id = m.claim_id
                                             WHERE m.run_id = f.run_id AND m.flag_id = f.id AND (c.id IS NULL OR c.document = ANY(@changed))))
            """, parameters, transaction);
        connection.Execute(
            """
            INSERT INTO flag_claims (run_id, flag_id, claim_id, position)
            SELECT @id, m.flag_id, m.claim_id, m.position FROM flag_claims m
            WHERE m.run_id = @from AND m.flag_id IN (SELECT f.id FROM flags f WHERE f.run_id = @id)
            """, parameters, transaction);
    }

    private long? Latest() => connection.ExecuteScalar<long?>(CheckRuns.LatestId);

    public StoredCheckRun? LatestRun() =>
        connection.QuerySingleOrDefault<CheckRuns.Row>($"SELECT {Columns} FROM check_runs WHERE id = ({CheckRuns.LatestId})")?.ToRun();

    public IReadOnlyList<StoredCheckRun> Runs() =>
        connection.Query<CheckRuns.Row>($"SELECT {Columns} FROM check_runs WHERE finished_at IS NOT NULL ORDER BY started_at DESC, id DESC")
            .Select(r => r.ToRun()).ToList();

    public string? CheckFingerprint() =>
        connection.ExecuteScalar<string?>($"SELECT fingerprint FROM check_runs WHERE id = ({CheckRuns.LatestId})");

    public long FlagCount() =>
        connection.ExecuteScalar<long?>($"SELECT flag_count FROM check_runs WHERE id = ({CheckRuns.LatestId})") ?? 0;

    public IReadOnlyList<StoredFlag> All() => InSnapshot(() => FlagReader.All(connection, Latest()));

    public StoredFlag? Flag(string id) => InSnapshot(() => FlagReader.ById(connection, Latest(), id));

    public IReadOnlyList<StoredFlag> StartingWith(string prefix) => InSnapshot(() => FlagReader.ByPrefix(connection, Latest(), prefix));

    public ReviewQueuePage ReviewQueue(ReviewQueueQuery query, bool counted) =>
        InSnapshot(() => ReviewQueueReader.Read(connection, Latest(), query, counted));

    public FindingTally Tally() =>
        connection.ExecuteScalar<string?>($"SELECT tally FROM check_runs WHERE id = ({CheckRuns.LatestId})") is { Length: > 0 } stored
            ? StoredTally.Read(stored)
            : new FindingTally(new Dictionary<Severity, int>(), 0);

    /// <summary>Runs several reads in one snapshot, so a run committing meanwhile is seen whole or not at all.</summary>
    private T InSnapshot<T>(Func<T> read)
    {
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        var result = read();
        transaction.Commit();
        return result;
    }
}
