using FactCheck.Diagnostics;

namespace FactCheck.Rules;

/// <summary>
/// What a check's findings depend on besides the claims: every file under the rules folder (the
/// rule files, and to be safe the lexicon and schema beside them) and this build of the rule code.
/// </summary>
public static class RulesFingerprint
{
    public static string Of(string rulesDirectory) => ContentFingerprint.OfFolder(rulesDirectory, typeof(RuleEngine).Assembly);
}
