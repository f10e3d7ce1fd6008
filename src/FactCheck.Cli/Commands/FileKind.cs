using System.Runtime.InteropServices;

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
/// this asks the kernel (statx, whose layout is the same on every architecture); elsewhere a path
/// under /dev counts as a device.
/// </summary>
internal static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && LinuxType(path, followLinks: false) is { } type)
        {
            if (type == TypeMissing) return FileKind.Missing;
            if (type == TypeRegular) return FileKind.RegularFile;
            if (type != TypeLink) return FileKind.Other;
            var target = LinuxType(path, followLinks: true);
            return target is TypeRegular or TypeMissing ? FileKind.LinkToFile : FileKind.Other;
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return path.StartsWith("/dev/", StringComparison.Ordinal) ? FileKind.Other : FileKind.LinkToFile;
        if (Directory.Exists(path) || path.StartsWith("/dev/", StringComparison.Ordinal)) return FileKind.Other;
        return info.Exists ? FileKind.RegularFile : FileKind.Missing;
    }

    private const int TypeMask = 0xF000, TypeRegular = 0x8000, TypeLink = 0xA000, TypeMissing = 0;
    private const int CurrentDirectory = -100, NoFollow = 0x100, WantType = 0x1, NoSuchFile = 2;
    private const int ModeOffset = 28, BufferSize = 256;

    /// <summary>The S_IFMT bits of the path, 0 when it does not exist, null when statx is unavailable or fails otherwise.</summary>
    private static int? LinuxType(string path, bool followLinks)
    {
        var buffer = new byte[BufferSize];
        try
        {
            if (Statx(CurrentDirectory, path, followLinks ? 0 : NoFollow, WantType, buffer) == 0)
                return BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
            return Marshal.GetLastPInvokeError() == NoSuchFile ? TypeMissing : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library older than glibc 2.28
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
