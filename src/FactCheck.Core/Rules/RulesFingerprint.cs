using FactCheck.Ingestion;

namespace FactCheck.Rules;

/// <summary>
/// What a check's findings depend on besides the claims: every file under the rules folder (the
/// rule files, and to be safe the lexicon and schema beside them) and this build of the rule code.
/// </summary>
public static class RulesFingerprint
{
    /// <summary>
    /// Null when a rule file cannot be read: the check that skipped it is not complete, so the next
    /// one runs again, and says again which file it skipped, rather than reusing its findings in silence.
    /// </summary>
    public static string? Of(string rulesDirectory) =>
        Directory.Exists(rulesDirectory) && RuleLoader.RuleFiles(rulesDirectory).Any(file => SmallFile.Read(file, RuleLoader.MaxFileBytes, out _) is null)
            ? null
            : ContentFingerprint.OfFolder(rulesDirectory, typeof(RuleEngine).Assembly);
}
