using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>
/// Runs the rules over every stored claim and stores what they find. Given the rules' fingerprint,
/// it skips the work when neither the claims nor the rules changed since the last complete check,
/// and keeps the stored findings: the same rules over the same claims find the same flags.
/// </summary>
public sealed class Checker(Func<RuleEngine> loadEngine, IFactStore store, string? rulesFingerprint = null)
{
    public Checker(RuleEngine engine, IFactStore store, string? rulesFingerprint = null) : this(() => engine, store, rulesFingerprint)
    {
    }

    public CheckResult Check()
    {
        var fingerprint = rulesFingerprint is null ? null : $"{rulesFingerprint}|{store.ClaimsFingerprint()}";
        if (fingerprint is not null && store.CheckFingerprint() == fingerprint)
            return new CheckResult([], []) { Tally = store.FindingTally(), Reused = true };

        // Loaded only now: rule files unchanged since a complete check were valid then, and need not be parsed again.
        // The flags go to the store as the rules find them, part by part: a million documents' claims
        // and findings are never held at once.
        var run = loadEngine().Start(store.ClaimParts());
        // A check in which a rule failed is incomplete: the next one runs again.
        store.SaveFlags(run.Flags, () => run.Failures.Count == 0 ? fingerprint : null);
        return new CheckResult([], run.Failures) { Tally = run.Tally };
    }
}
