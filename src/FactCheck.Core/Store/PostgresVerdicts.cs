using System.Globalization;
using Dapper;
using FactCheck.Review;
using Npgsql;

namespace FactCheck.Store;

/// <summary>The verdicts' audit trail in PostgreSQL: appended, each decision its own row, never changed.</summary>
internal sealed class PostgresVerdicts(NpgsqlConnection connection)
{
    private sealed record Row(string flag_id, string verdict, string? note, string reviewer, string recorded_at, string? lineage);

    public void Record(VerdictEntry entry)
    {
        if (!Verdicts.IsRecordable(entry.Verdict))
            throw new ArgumentException($"unknown verdict \"{entry.Verdict}\" (expected {string.Join(", ", Verdicts.Known)})", nameof(entry));
        // One INSERT commits on its own; reviewers writing at once each get their own row (the sequence never collides).
        connection.Execute(
            "INSERT INTO verdicts (flag_id, verdict, note, reviewer, recorded_at, lineage) VALUES (@FlagId, @Verdict, @Note, @Reviewer, @RecordedAt, @Lineage)",
            new { entry.FlagId, entry.Verdict, entry.Note, entry.Reviewer, RecordedAt = entry.RecordedAt.ToString("O", CultureInfo.InvariantCulture), entry.Lineage });
    }

    public IReadOnlyList<VerdictEntry> History(string? flagId) =>
        Read("WHERE @flagId::text IS NULL OR flag_id = @flagId", new { flagId });

    public IReadOnlyList<VerdictEntry> History(Rules.Flag flag) =>
        Read("WHERE flag_id = @Id OR lineage = @Lineage", new { flag.Id, flag.Lineage });

    private List<VerdictEntry> Read(string where, object parameters) =>
        connection.Query<Row>($"SELECT flag_id, verdict, note, reviewer, recorded_at, lineage FROM verdicts {where} ORDER BY seq", parameters)
            .Select(r => new VerdictEntry(r.flag_id, r.verdict, r.note, r.reviewer,
                DateTimeOffset.Parse(r.recorded_at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.lineage))
            .ToList();
}
