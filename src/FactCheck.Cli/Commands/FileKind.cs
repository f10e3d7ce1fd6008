using FactCheck.Ingestion;

namespace FactCheck.Cli.Commands;

/// <summary>What a path names, as far as writing to it is concerned.</summary>
internal enum FileKind
{
    Missing,
    RegularFile,
    /// <summary>A symbolic link to a regular file, or to nothing yet.</summary>
    LinkToFile,
    /// <summary>A device, a named pipe, a socket, a folder, or a link to one (/dev/stdout).</summary>
    Other,
}

/// <summary>
/// Reads a path's file type. .NET reports a device or a named pipe as a normal file, so on Linux
/// the kernel is asked (<see cref="LinuxFileType"/>); elsewhere a path under /dev counts as a device.
/// </summary>
internal static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (LinuxFileType.OfPath(path, followLinks: false) is { } type)
        {
            if (type == LinuxFileType.Missing) return FileKind.Missing;
            if (type == LinuxFileType.Regular) return FileKind.RegularFile;
            if (type != LinuxFileType.Link) return FileKind.Other;
            var target = LinuxFileType.OfPath(path, followLinks: true);
            return target is LinuxFileType.Regular or LinuxFileType.Missing ? FileKind.LinkToFile : FileKind.Other;
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return path.StartsWith("/dev/", StringComparison.Ordinal) ? FileKind.Other : FileKind.LinkToFile;
        if (Directory.Exists(path) || path.StartsWith("/dev/", StringComparison.Ordinal)) return FileKind.Other;
        return info.Exists ? FileKind.RegularFile : FileKind.Missing;
    }
}
