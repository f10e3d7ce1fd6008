using System.Collections.Concurrent;
using Dapper;
using Npgsql;

namespace FactCheck.Store;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations; <c>factcheck_schema</c> records how many
/// have been applied. Append new migrations; never edit one that has shipped. Rows have SQLite's
/// shapes (dates as ISO text, flags as 0/1), so one <see cref="ClaimRow"/> and <see cref="ClaimReader"/>
/// serve both stores; keys sort bytewise (COLLATE "C") as SQLite's do, so claims come back in the same order.
/// </summary>
internal static class PostgresSchema
{
    // Any fixed number, shared by every factcheck process: the lock that serializes migrations.
    private const long MigrationLock = 0x6663_5f73_6368_656d;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            path TEXT COLLATE "C" PRIMARY KEY,
            content_hash TEXT NOT NULL, title TEXT NOT NULL, published TEXT, date_source TEXT NOT NULL,
            publisher TEXT, ingested_at TEXT NOT NULL, text TEXT, extracted_with TEXT, file_stamp TEXT, url TEXT);
        CREATE TABLE claims (
            id TEXT COLLATE "C" PRIMARY KEY,
            document TEXT COLLATE "C" NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            metric TEXT NOT NULL, subject TEXT NOT NULL, side TEXT,
            low DOUBLE PRECISION NOT NULL, high DOUBLE PRECISION, qualifier TEXT NOT NULL, unit TEXT NOT NULL,
            claimant TEXT NOT NULL, claimant_body TEXT, asserted_on TEXT,
            period TEXT, location TEXT, modality TEXT NOT NULL,
            start BIGINT NOT NULL, "end" BIGINT NOT NULL,
            sentence_start BIGINT NOT NULL, sentence_end BIGINT NOT NULL, sentence TEXT NOT NULL,
            occurrence BIGINT NOT NULL,
            as_of_precision TEXT NOT NULL, as_of_text TEXT, as_of_from TEXT NOT NULL, as_of_span TEXT,
            location_precision TEXT, location_from TEXT, location_span TEXT, claimant_span TEXT,
            place_path TEXT, event_kind TEXT, event_from TEXT, running_total BIGINT NOT NULL,
            part_of_group BIGINT NOT NULL, reported_on TEXT, publisher TEXT, measured_from TEXT);
        CREATE INDEX claims_by_document ON claims(document, start);
        CREATE TABLE sources (name TEXT PRIMARY KEY, family TEXT);
        CREATE TABLE source_aliases (
            alias TEXT NOT NULL,
            source TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
            PRIMARY KEY (alias, source));
        -- Each check's findings are a run, visible once finished; readers take the finished run that started last.
        CREATE TABLE check_runs (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            fingerprint TEXT, started_at BIGINT NOT NULL, finished_at BIGINT, ran_by TEXT NOT NULL,
            tally TEXT NOT NULL DEFAULT '', flag_count BIGINT NOT NULL DEFAULT 0);
        CREATE INDEX check_runs_by_start ON check_runs(started_at DESC, id DESC) WHERE finished_at IS NOT NULL;
        CREATE TABLE flags (
            run_id BIGINT NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
            id TEXT COLLATE "C" NOT NULL, rule_id TEXT COLLATE "C" NOT NULL, rule_kind TEXT NOT NULL,
            severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, conditions TEXT NOT NULL, lineage TEXT,
            PRIMARY KEY (run_id, id));
        CREATE TABLE flag_claims (
            run_id BIGINT NOT NULL,
            flag_id TEXT COLLATE "C" NOT NULL,
            claim_id TEXT COLLATE "C" NOT NULL,
            position BIGINT NOT NULL,
            PRIMARY KEY (run_id, flag_id, position),
            FOREIGN KEY (run_id, flag_id) REFERENCES flags(run_id, id) ON DELETE CASCADE);
        CREATE INDEX flag_claims_by_claim ON flag_claims(claim_id);
        -- Verdicts are an append-only audit trail keyed by flag id, so they outlive re-checks.
        CREATE TABLE verdicts (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            flag_id TEXT COLLATE "C" NOT NULL, verdict TEXT NOT NULL, note TEXT,
            reviewer TEXT NOT NULL, recorded_at TEXT NOT NULL, lineage TEXT);
        CREATE INDEX verdicts_by_flag ON verdicts(flag_id, seq);
        CREATE INDEX verdicts_by_lineage ON verdicts(lineage, seq);
        CREATE FUNCTION verdicts_are_append_only() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'verdicts are append-only'; END $$;
        CREATE TRIGGER verdicts_are_never_changed BEFORE UPDATE OR DELETE ON verdicts
            FOR EACH ROW EXECUTE FUNCTION verdicts_are_append_only();
        CREATE TRIGGER verdicts_are_never_truncated BEFORE TRUNCATE ON verdicts
            FOR EACH STATEMENT EXECUTE FUNCTION verdicts_are_append_only();
        -- Counts every write of a document (and so of its claims), bumped last in each writing transaction.
        CREATE TABLE store_state (id INTEGER PRIMARY KEY CHECK (id = 1), documents_version BIGINT NOT NULL);
        INSERT INTO store_state (id, documents_version) VALUES (1, 0);
        """,
        // A check over a grown store re-checks only the documents written since the last complete run of
        // the same rules: each document keeps the version its write made, and each run what it covered.
        // The old claims a new one can meet are read by metric and date.
        """
        ALTER TABLE documents ADD COLUMN written_version BIGINT NOT NULL DEFAULT 0;
        CREATE INDEX documents_by_written_version ON documents(written_version);
        ALTER TABLE check_runs ADD COLUMN rules_fingerprint TEXT;
        ALTER TABLE check_runs ADD COLUMN documents_version BIGINT;
        ALTER TABLE check_runs ADD COLUMN documents_count BIGINT;
        CREATE INDEX claims_by_metric_date ON claims(lower(metric), asserted_on);
        -- The readers find a flag's message, conditions and claims by the run that wrote them, as SQLite keeps
        -- them once (see its schema). Here every run keeps its own: a carried flag's copy is made within the
        -- server, and a run's rows go with it, by cascade, when it is pruned.
        ALTER TABLE flags ADD COLUMN text_run BIGINT;
        UPDATE flags SET text_run = run_id;
        ALTER TABLE flags ALTER COLUMN text_run SET NOT NULL;
        CREATE VIEW flag_texts AS SELECT run_id, id AS flag_id, message, conditions FROM flags;
        """,
    ];

    private static readonly ConcurrentDictionary<string, bool> Current = new();

    public static int Version => Migrations.Length;

    /// <summary>True when the database holds a factcheck schema (a read command refuses one without).</summary>
    public static bool Exists(NpgsqlConnection connection) =>
        connection.ExecuteScalar<bool>("SELECT to_regclass('factcheck_schema') IS NOT NULL");

    /// <summary>
    /// Brings the schema up to date, once per process and database. Several processes starting on a new
    /// database at once queue on an advisory lock, and each re-reads the version once it holds it.
    /// </summary>
    public static void Migrate(NpgsqlConnection connection, string shown)
    {
        if (Current.ContainsKey(connection.ConnectionString)) return;
        if (!Exists(connection) || Check(connection.ExecuteScalar<int>("SELECT version FROM factcheck_schema"), shown) < Migrations.Length)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, transaction);
            connection.Execute("CREATE TABLE IF NOT EXISTS factcheck_schema (version INTEGER NOT NULL)", transaction: transaction);
            var version = connection.ExecuteScalar<int?>("SELECT version FROM factcheck_schema", transaction: transaction);
            if (version is null) connection.Execute("INSERT INTO factcheck_schema (version) VALUES (0)", transaction: transaction);
            for (var next = Check(version ?? 0, shown); next < Migrations.Length; next++)
                connection.Execute(Migrations[next], transaction: transaction);
            connection.Execute("UPDATE factcheck_schema SET version = @Version", new { Version = Migrations.Length }, transaction);
            transaction.Commit();
        }
        Current[connection.ConnectionString] = true;
    }

    private static int Check(int version, string shown) => version <= Migrations.Length
        ? version
        : throw new InvalidDataException(
            $"{shown}: database schema version {version} is newer than this factcheck understands ({Migrations.Length}); upgrade factcheck");
}
