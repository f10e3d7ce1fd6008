using System.Text;

namespace FactCheck.Ingestion;

/// <summary>
/// Reads a file that should be small (a rule or lexicon file) whole, or says why it will not: not
/// a regular file (a named pipe would wait for a writer forever), a device (it would never end:
/// /dev/zero, /dev/urandom), or larger than the limit. Never holds more than the limit in memory.
/// </summary>
internal static class SmallFile
{
    /// <summary>The file's text (UTF-8, or as its byte order mark says), or null with the reason in <paramref name="problem"/>.</summary>
    public static string? Read(string path, long maxBytes, out string? problem)
    {
        if (RegularFile.Problem(path) is { } notRegular)
        {
            // Said for a document, which is skipped; the caller says what becomes of a rule or lexicon file.
            problem = notRegular.EndsWith("; skipped", StringComparison.Ordinal) ? notRegular[..^"; skipped".Length] : notRegular;
            return null;
        }
        problem = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var statedLength = stream.Length;
            if (statedLength > maxBytes)
            {
                problem = $"{Size(statedLength)}, over the limit of {Size(maxBytes)} for this kind of file";
                return null;
            }
            // A device states a length of 0 and reads on without end: one byte past the stated length tells.
            var bytes = new byte[statedLength + 1];
            var read = 0;
            for (int n; read < bytes.Length && (n = stream.Read(bytes, read, bytes.Length - read)) > 0;) read += n;
            if (read > statedLength)
            {
                problem = "not a regular file (it reads on past its stated size, as a device does)";
                return null;
            }
            using var reader = new StreamReader(new MemoryStream(bytes, 0, read), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({e.Message})";
            return null;
        }
    }

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes / (double)(1 << 20):0.#} MB" : $"{bytes:N0} bytes";
}
