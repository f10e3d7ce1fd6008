using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheck.Store;

/// <summary>
/// The database schema as an ordered list of migrations; `PRAGMA user_version` records how many
/// have been applied. Append new migrations; never edit one that has shipped.
/// </summary>
internal static class Schema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            published TEXT,
            date_source TEXT NOT NULL,
            publisher TEXT,
            ingested_at TEXT NOT NULL);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
            metric TEXT NOT NULL, subject TEXT NOT NULL, side TEXT,
            low REAL NOT NULL, high REAL, qualifier TEXT NOT NULL, unit TEXT NOT NULL,
            claimant TEXT NOT NULL, claimant_body TEXT, asserted_on TEXT,
            period TEXT, location TEXT, modality TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence TEXT NOT NULL,
            occurrence INTEGER NOT NULL);
        CREATE INDEX claims_by_document ON claims(document, start);
        CREATE INDEX claims_by_metric ON claims(metric);
        CREATE TABLE sources (name TEXT PRIMARY KEY, family TEXT);
        CREATE TABLE source_aliases (
            alias TEXT NOT NULL,
            source TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
            PRIMARY KEY (alias, source));
        CREATE TABLE flags (
            id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_kind TEXT NOT NULL,
            severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, conditions TEXT NOT NULL);
        CREATE TABLE flag_claims (
            flag_id TEXT NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (flag_id, position));
        -- Verdicts are an append-only audit trail keyed by flag id, so they outlive re-checks.
        CREATE TABLE verdicts (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            flag_id TEXT NOT NULL, verdict TEXT NOT NULL, note TEXT,
            reviewer TEXT NOT NULL, recorded_at TEXT NOT NULL);
        CREATE INDEX verdicts_by_flag ON verdicts(flag_id, seq);
        CREATE TRIGGER verdicts_are_never_updated BEFORE UPDATE ON verdicts
            BEGIN SELECT RAISE(ABORT, 'verdicts are append-only'); END;
        CREATE TRIGGER verdicts_are_never_deleted BEFORE DELETE ON verdicts
            BEGIN SELECT RAISE(ABORT, 'verdicts are append-only'); END;
        """,
        // The review page shows each claim inside its paragraph, so the text is kept with the document.
        // A lineage outlives a change of figure, so a verdict on the old figures can be shown as stale.
        """
        ALTER TABLE documents ADD COLUMN text TEXT;
        ALTER TABLE flags ADD COLUMN lineage TEXT;
        ALTER TABLE verdicts ADD COLUMN lineage TEXT;
        CREATE INDEX verdicts_by_lineage ON verdicts(lineage, seq);
        """,
        // What the current flags were computed from, so a re-run over unchanged claims and rules skips the check.
        """
        CREATE TABLE check_state (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL);
        """,
        """
        -- Claims are looked up by metric case-insensitively, which this (binary) index cannot serve;
        -- it only cost every ingest pages written per document.
        DROP INDEX IF EXISTS claims_by_metric;
        """,
        // Which lexicon and build extracted a document's claims: a new lexicon re-extracts unchanged text.
        """
        ALTER TABLE documents ADD COLUMN extracted_with TEXT;
        """,
        // An unchanged re-run reads the documents' versions and the findings' tally, not the rows behind them:
        // a file's stamp spares reading it again, a covering index reading each stored text, a stored tally counting the flags.
        """
        ALTER TABLE documents ADD COLUMN file_stamp TEXT;
        CREATE INDEX documents_versions ON documents(path, content_hash, extracted_with, file_stamp, ingested_at);
        ALTER TABLE check_state ADD COLUMN tally TEXT;
        """,
        // Every write of a document, and so of its claims, counts here: a re-run learns whether the claims
        // changed from one row rather than by reading every document's version (a quarter second at 100k).
        """
        CREATE TABLE store_state (id INTEGER PRIMARY KEY CHECK (id = 1), documents_version INTEGER NOT NULL);
        INSERT INTO store_state (id, documents_version) VALUES (1, 0);
        CREATE TRIGGER documents_version_on_insert AFTER INSERT ON documents
            BEGIN UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1; END;
        CREATE TRIGGER documents_version_on_update AFTER UPDATE OF path, content_hash, ingested_at, extracted_with ON documents
            BEGIN UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1; END;
        CREATE TRIGGER documents_version_on_delete AFTER DELETE ON documents
            BEGIN UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1; END;
        """,
        // Where a claim's claimant, place and date were read, and how precise the place and date are.
        """
        ALTER TABLE claims ADD COLUMN as_of_precision TEXT NOT NULL DEFAULT 'unknown';
        ALTER TABLE claims ADD COLUMN as_of_text TEXT;
        ALTER TABLE claims ADD COLUMN as_of_from TEXT NOT NULL DEFAULT 'none';
        ALTER TABLE claims ADD COLUMN as_of_span TEXT;
        ALTER TABLE claims ADD COLUMN location_precision TEXT;
        ALTER TABLE claims ADD COLUMN location_from TEXT;
        ALTER TABLE claims ADD COLUMN location_span TEXT;
        ALTER TABLE claims ADD COLUMN claimant_span TEXT;
        """,
        // The event a claim is about: the place as a lineage key, what happened, and whether it is a running total.
        """
        ALTER TABLE claims ADD COLUMN place_path TEXT;
        ALTER TABLE claims ADD COLUMN event_kind TEXT;
        ALTER TABLE claims ADD COLUMN event_from TEXT;
        ALTER TABLE claims ADD COLUMN running_total INTEGER NOT NULL DEFAULT 0;
        """,
        // A figure that counts part of a group ("nine of them"), never set against totals.
        """
        ALTER TABLE claims ADD COLUMN part_of_group INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN reported_on TEXT;
        ALTER TABLE claims ADD COLUMN publisher TEXT;
        ALTER TABLE claims ADD COLUMN measured_from TEXT;
        """,
        // Where the article is published, for a ClaimReview's appearance; null when no file, manifest or collection says.
        """
        ALTER TABLE documents ADD COLUMN url TEXT;
        """,
        // Each check's findings are a run of their own, so two checks at once never mix; readers see the
        // latest complete one. The one findings set kept so far becomes the first run, with its fingerprint
        // and tally, so an unchanged re-run still skips the check. Verdicts are untouched (keyed by flag id).
        """
        ALTER TABLE flag_claims RENAME TO flag_claims_before_runs;
        ALTER TABLE flags RENAME TO flags_before_runs;
        CREATE TABLE check_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fingerprint TEXT, started_at INTEGER NOT NULL, finished_at INTEGER, ran_by TEXT NOT NULL,
            tally TEXT, flag_count INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE flags (
            run_id INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
            id TEXT NOT NULL, rule_id TEXT NOT NULL, rule_kind TEXT NOT NULL,
            severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, conditions TEXT NOT NULL, lineage TEXT,
            PRIMARY KEY (run_id, id));
        CREATE TABLE flag_claims (
            run_id INTEGER NOT NULL, flag_id TEXT NOT NULL, claim_id TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (run_id, flag_id, position),
            FOREIGN KEY (run_id, flag_id) REFERENCES flags(run_id, id) ON DELETE CASCADE);
        INSERT INTO check_runs (id, fingerprint, started_at, finished_at, ran_by, tally, flag_count)
            SELECT 1, (SELECT fingerprint FROM check_state WHERE id = 1),
                   CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
                   'unknown (checked before runs were recorded)', (SELECT tally FROM check_state WHERE id = 1),
                   (SELECT count(*) FROM flags_before_runs)
            WHERE EXISTS (SELECT 1 FROM flags_before_runs) OR EXISTS (SELECT 1 FROM check_state);
        INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, message, conditions, lineage)
            SELECT 1, id, rule_id, rule_kind, severity, kind, message, conditions, lineage FROM flags_before_runs;
        INSERT INTO flag_claims (run_id, flag_id, claim_id, position)
            SELECT 1, flag_id, claim_id, position FROM flag_claims_before_runs;
        DROP TABLE flag_claims_before_runs;
        DROP TABLE flags_before_runs;
        DROP TABLE check_state;
        """,
        // A check over a grown store re-checks only the documents written since the last complete run of
        // the same rules: each document keeps the version its write made, and each run what it covered.
        // The old claims a new one can meet are read by metric and date.
        """
        ALTER TABLE documents ADD COLUMN written_version INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX documents_by_written_version ON documents(written_version);
        DROP TRIGGER documents_version_on_insert;
        CREATE TRIGGER documents_version_on_insert AFTER INSERT ON documents
            BEGIN
                UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1;
                UPDATE documents SET written_version = (SELECT documents_version FROM store_state WHERE id = 1) WHERE path = NEW.path;
            END;
        DROP TRIGGER documents_version_on_update;
        CREATE TRIGGER documents_version_on_update AFTER UPDATE OF path, content_hash, ingested_at, extracted_with ON documents
            BEGIN
                UPDATE store_state SET documents_version = documents_version + 1 WHERE id = 1;
                UPDATE documents SET written_version = (SELECT documents_version FROM store_state WHERE id = 1) WHERE path = NEW.path;
            END;
        ALTER TABLE check_runs ADD COLUMN rules_fingerprint TEXT;
        ALTER TABLE check_runs ADD COLUMN documents_version INTEGER;
        ALTER TABLE check_runs ADD COLUMN documents_count INTEGER;
        CREATE INDEX claims_by_metric_date ON claims(metric COLLATE NOCASE, asserted_on);
        """,
        // A flag's message, conditions and claims, nine tenths of its bytes, are kept once, by the run that
        // found it (text_run): a run that carries an earlier run's flags copies their short rows only, and
        // they outlive that run while a kept run carries them. Copying a hundred thousand flags whole wrote
        // 100 MB twice (log and checkpoint), a second and a half.
        """
        ALTER TABLE flag_claims RENAME TO flag_claims_before_texts;
        ALTER TABLE flags RENAME TO flags_before_texts;
        CREATE TABLE flags (
            run_id INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
            id TEXT NOT NULL, rule_id TEXT NOT NULL, rule_kind TEXT NOT NULL,
            severity TEXT NOT NULL, kind TEXT NOT NULL, lineage TEXT, text_run INTEGER NOT NULL,
            PRIMARY KEY (run_id, id));
        CREATE TABLE flag_claims (
            run_id INTEGER NOT NULL, flag_id TEXT NOT NULL, claim_id TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (run_id, flag_id, position));
        CREATE TABLE flag_texts (
            run_id INTEGER NOT NULL, flag_id TEXT NOT NULL, message TEXT NOT NULL, conditions TEXT NOT NULL,
            PRIMARY KEY (run_id, flag_id));
        INSERT INTO flag_texts (run_id, flag_id, message, conditions)
            SELECT run_id, id, message, conditions FROM flags_before_texts;
        INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, lineage, text_run)
            SELECT run_id, id, rule_id, rule_kind, severity, kind, lineage, run_id FROM flags_before_texts;
        INSERT INTO flag_claims (run_id, flag_id, claim_id, position)
            SELECT run_id, flag_id, claim_id, position FROM flag_claims_before_texts;
        DROP TABLE flag_claims_before_texts;
        DROP TABLE flags_before_texts;
        """,
        // Flags are written, carried and deleted a run at a time in id order: kept in the order of their key
        // (WITHOUT ROWID), a run writes one b-tree rather than a table and its key's index. At 100k documents,
        // carrying 80,000 flags to a new run took 0.13 s, now 0.07 s, and pruning a run half as long.
        """
        ALTER TABLE flags RENAME TO flags_with_rowids;
        CREATE TABLE flags (
            run_id INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
            id TEXT NOT NULL, rule_id TEXT NOT NULL, rule_kind TEXT NOT NULL,
            severity TEXT NOT NULL, kind TEXT NOT NULL, lineage TEXT, text_run INTEGER NOT NULL,
            PRIMARY KEY (run_id, id)) WITHOUT ROWID;
        INSERT INTO flags (run_id, id, rule_id, rule_kind, severity, kind, lineage, text_run)
            SELECT run_id, id, rule_id, rule_kind, severity, kind, lineage, text_run FROM flags_with_rowids ORDER BY run_id, id;
        DROP TABLE flags_with_rowids;
        """,
    ];

    public static int Version => Migrations.Length;

    public static void Migrate(SqliteConnection connection, string path) => Migrate(connection, path, Migrations.Length);

    /// <summary>
    /// Applies the migrations up to <paramref name="target"/>. As shipped migrations never change, a
    /// version names one schema for good: tests build a database of an old version with it.
    /// </summary>
    public static void Migrate(SqliteConnection connection, string path, int target)
    {
        if (Check(connection.ExecuteScalar<int>("PRAGMA user_version"), path) >= target) return;

        // Re-read inside the write transaction: two processes opening a new file at once must not
        // both apply the same migration.
        using var transaction = connection.BeginTransaction(IsolationLevel.Serializable);
        var current = Check(connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction), path);
        for (var version = current; version < target; version++)
            connection.Execute(Migrations[version], transaction: transaction);
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {Math.Max(current, target)}"), transaction: transaction);
        transaction.Commit();
    }

    private static int Check(int version, string path) => version <= Migrations.Length
        ? version
        : throw new InvalidDataException(
            $"{path}: database schema version {version} is newer than this factcheck understands ({Migrations.Length}); upgrade factcheck");
}
