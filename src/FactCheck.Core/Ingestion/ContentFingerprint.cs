using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Ingestion;

/// <summary>
/// A SHA-256 over every file under a folder (names, lengths and bytes, in a stable order) and the
/// build of the code that reads them: what a stored result depends on besides its input.
/// </summary>
internal static class ContentFingerprint
{
    public static string OfFolder(string folder, Assembly code)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A new build may read the same files differently.
        hash.AppendData(code.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // A named pipe would wait for a writer and a device never ends: neither is read here; whoever
            // reads the folder's files says what is wrong with them.
            if (RegularFile.Problem(file) is { } problem)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(folder, file)}\n{problem}\n"));
                continue;
            }
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var length = stream.Length;
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(folder, file)}\n{length}\n"));
            // Only the bytes the file says it has: a device says 0 and would read on for ever.
            var buffer = new byte[64 * 1024];
            for (long left = length; left > 0;)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0) break;
                hash.AppendData(buffer, 0, read);
                left -= read;
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
