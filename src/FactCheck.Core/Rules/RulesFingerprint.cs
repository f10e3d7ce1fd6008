using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Rules;

/// <summary>
/// What a check's findings depend on besides the claims: every file under the rules folder (the
/// rule files, and to be safe the lexicon and schema beside them) and this build of the rule code.
/// </summary>
public static class RulesFingerprint
{
    public static string Of(string rulesDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A new build may evaluate the same rule files differently.
        hash.AppendData(typeof(RuleEngine).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.GetFiles(rulesDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(file);
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(rulesDirectory, file)}\n{content.Length}\n"));
            hash.AppendData(content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
