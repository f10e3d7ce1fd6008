using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Diagnostics;

/// <summary>
/// A SHA-256 over every file under a folder (names, lengths and bytes, in a stable order) and the
/// build of the code that reads them: what a stored result depends on besides its input.
/// </summary>
public static class ContentFingerprint
{
    public static string OfFolder(string folder, Assembly code)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A new build may read the same files differently.
        hash.AppendData(code.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(file);
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(folder, file)}\n{content.Length}\n"));
            hash.AppendData(content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
