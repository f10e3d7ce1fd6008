namespace FactCheck.Ingestion;

/// <summary>
/// The one size limit every reader holds a document to: a .txt, .md or .html file, a CSV row, a
/// JSONL line. A document over it is skipped with a warning, not cut at the limit: a cut article
/// would be stored, extracted and compared as if it were whole, silently missing its end, and no
/// article comes near the limit (the longest in the shared corpora is 14 KB, a long live blog's
/// page a few hundred), so what exceeds it is a dump, a log or an attack. The limit also bounds
/// memory: reading, parsing and extracting one document costs a few dozen times its size.
/// </summary>
internal static class DocumentLimit
{
    public const long MaximumBytes = 8L * 1024 * 1024;

    /// <summary>
    /// A manifest describes a whole folder (about 100 bytes a file, so 160,000 files), so it may be
    /// larger than one document; parsed whole, it costs about a dozen times its size at its peak.
    /// </summary>
    public const long MaximumManifestBytes = 16L * 1024 * 1024;

    public static string Problem => $"larger than {MaximumBytes / (1024 * 1024)} MB, too large for one article; skipped";

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="limit"/>: never more than
    /// limit + 1 bytes are read, whatever the file claims its length is.
    /// </summary>
    public static byte[]? ReadFile(string path, long limit = MaximumBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.Length > limit) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        // A file that grew since its length was read holds more than was allocated for.
        return stream.ReadByte() < 0 ? bytes : null;
    }
}
