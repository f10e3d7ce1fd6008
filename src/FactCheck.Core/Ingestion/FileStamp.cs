using System.Globalization;

namespace FactCheck.Ingestion;

/// <summary>
/// A file's size and modification time, as a re-run's shortcut past reading and hashing files it
/// has already stored: a file whose stamp is unchanged holds the same text. A file modified within
/// the last few seconds gets no stamp, since another write in the same clock tick would not show.
/// </summary>
internal static class FileStamp
{
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    public static string? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return null;
            var modified = info.LastWriteTimeUtc;
            if (DateTime.UtcNow - modified < Settled) return null;
            return string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{modified.Ticks}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
