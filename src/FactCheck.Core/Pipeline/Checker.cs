using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>
/// Runs the rules over every stored claim and saves what they find as a new check run. Given the
/// rules' fingerprint, it skips the work when neither the claims nor the rules changed since the
/// latest complete run, and keeps that run: the same rules over the same claims find the same flags.
/// </summary>
/// <param name="ranBy">Who runs the check, recorded with the run; the login name unless given.</param>
public sealed class Checker(Func<RuleEngine> loadEngine, IDocumentStore documents, IFindingStore findings, string? rulesFingerprint = null, string? ranBy = null)
{
    public Checker(RuleEngine engine, IDocumentStore documents, IFindingStore findings, string? rulesFingerprint = null)
        : this(() => engine, documents, findings, rulesFingerprint)
    {
    }

    public CheckResult Check()
    {
        // Taken before the claims are read: of two checks at once, the later start read the newer claims.
        var startedAt = DateTimeOffset.UtcNow;
        var fingerprint = rulesFingerprint is null ? null : $"{rulesFingerprint}|{documents.ClaimsFingerprint()}";
        if (fingerprint is not null && findings.CheckFingerprint() == fingerprint)
            return new CheckResult([], []) { Tally = findings.FindingTally(), Reused = true };

        // Loaded only now: rule files unchanged since a complete check were valid then, and need not be parsed again.
        // The flags go to the store as the rules find them, part by part: a million documents' claims
        // and findings are never held at once.
        var run = loadEngine().Start(documents.ClaimParts());
        // A check in which a rule failed is incomplete: the next one runs again.
        findings.SaveRun(new CheckRun(fingerprint, startedAt, ranBy ?? Environment.UserName), run.Flags, complete: () => run.Failures.Count == 0);
        return new CheckResult([], run.Failures) { Tally = run.Tally };
    }
}
