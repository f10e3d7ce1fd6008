using FactCheck.Diagnostics;
using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>
/// Runs the rules over the stored claims and saves what they find as a new check run. Given the
/// rules' fingerprint, it skips the work when neither the claims nor the rules changed since the
/// latest complete run, and keeps that run: the same rules over the same claims find the same flags.
/// When that run checked the same rules and documents were only written or removed since, it checks
/// the written documents and the pairs they form, and the store carries the run's other flags over:
/// the flags are those a full check would store.
/// </summary>
/// <param name="ranBy">Who runs the check, recorded with the run; the login name unless given.</param>
public sealed class Checker(Func<RuleEngine> loadEngine, IDocumentStore documents, IFindingStore findings, string? rulesFingerprint = null, string? ranBy = null)
{
    /// <summary>
    /// Past this share of the stored documents written since the last check, a full check is no slower,
    /// and holds a part of the claims at a time where the changed ones would be held at once.
    /// </summary>
    private const double MostChangedShare = 0.2;

    public Checker(RuleEngine engine, IDocumentStore documents, IFindingStore findings, string? rulesFingerprint = null)
        : this(() => engine, documents, findings, rulesFingerprint)
    {
    }

    /// <param name="full">Check every claim again, whatever the latest run covered.</param>
    public CheckResult Check(bool full = false)
    {
        StageTrace.Mark("store open");
        // Taken before the claims are read: of two checks at once, the later start read the newer claims.
        var startedAt = DateTimeOffset.UtcNow;
        // Read first too: every document written up to this version is in what the check reads.
        var state = documents.DocumentsState();
        var fingerprint = rulesFingerprint is null ? null : $"{rulesFingerprint}|{documents.ClaimsFingerprint()}";
        if (!full && fingerprint is not null && findings.CheckFingerprint() == fingerprint)
            return new CheckResult([], []) { Tally = findings.FindingTally(), Reused = true };

        // Loaded only now: rule files unchanged since a complete check were valid then, and need not be parsed again.
        StageTrace.Mark("documents state read");
        var engine = loadEngine();
        StageTrace.Mark("rules loaded");
        var checkRun = new CheckRun(fingerprint, startedAt, ranBy ?? Environment.UserName, rulesFingerprint, state);
        if (!full && ChangesSinceLatestRun(state) is { } changes)
        {
            StageTrace.Mark("documents written since the last check found");
            try
            {
                return Save(checkRun, engine.Start(documents.ClaimParts(), changes.Documents), changes);
            }
            catch (CarriedRunRemovedException)
            {
                // Later checks finished meanwhile and pruned the run: what it found is checked again below.
            }
        }
        return Save(checkRun, engine.Start(documents.ClaimParts()), null);
    }

    /// <summary>
    /// Stores the flags as the rules find them, part by part (a million documents' claims and findings
    /// are never held at once), with the earlier run's flags that stand when only changes were checked.
    /// </summary>
    private CheckResult Save(CheckRun checkRun, RuleRun run, Changes? changes)
    {
        var carried = changes is { } c ? new CarriedFlags(c.FromRun, c.Documents, run.CarriedRuleIds, c.OnlyAdded) : null;
        // A check in which a rule failed is incomplete: the next one runs again.
        findings.SaveRun(checkRun, run.Flags, complete: () => run.Failures.Count == 0, carried);
        return new CheckResult([], run.Failures)
        {
            Tally = carried is null ? run.Tally : findings.FindingTally(),
            Rechecked = changes?.Documents.Count,
        };
    }

    /// <summary>The documents written since the latest complete run, when it ran these rules; null when every claim must be checked.</summary>
    private Changes? ChangesSinceLatestRun(DocumentsState now)
    {
        if (rulesFingerprint is null || findings.LatestRun() is not { Fingerprint: not null, Documents: { } then } latest
            || latest.RulesFingerprint != rulesFingerprint)
            return null;
        var written = documents.DocumentsWrittenSince(then.Version);
        if (written.Count > MostChangedShare * Math.Max(1, now.Count)) return null;
        return new Changes(latest.Id, written, now.OnlyAddedSince(then, written.Count));
    }

    private sealed record Changes(long FromRun, IReadOnlyList<string> Documents, bool OnlyAdded);
}
