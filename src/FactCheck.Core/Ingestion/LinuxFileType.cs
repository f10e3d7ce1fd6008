using System.Runtime.InteropServices;

namespace FactCheck.Ingestion;

/// <summary>
/// A file's type as Linux's kernel reports it (the S_IFMT bits of statx, whose layout is the same on
/// every architecture, unlike struct stat's). .NET reports a device or a named pipe as a normal file,
/// so readers and writers of user-named paths ask here. Null where statx is unavailable (another
/// system, or a C library older than glibc 2.28).
/// </summary>
public static class LinuxFileType
{
    public const int Missing = 0, Regular = 0x8000, Link = 0xA000, Directory = 0x4000,
        CharacterDevice = 0x2000, BlockDevice = 0x6000, NamedPipe = 0x1000, Socket = 0xC000;

    /// <summary>The type of what a path names (of the link itself unless <paramref name="followLinks"/>), <see cref="Missing"/> when nothing is there.</summary>
    public static int? OfPath(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var status = new byte[StatxSize];
        try
        {
            if (StatX(CurrentDirectory, path, followLinks ? 0 : NoFollow, StatxType, status) == 0) return Type(status);
            return Marshal.GetLastPInvokeError() == NoSuchFile ? Missing : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The type of an open file descriptor.</summary>
    internal static int? OfDescriptor(int descriptor)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var status = new byte[StatxSize];
        try
        {
            return StatX(descriptor, "", EmptyPath, StatxType, status) == 0 ? Type(status) : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>"a character device", "a named pipe": for messages about a path that is not a regular file.</summary>
    public static string Describe(int type) => type switch
    {
        Regular => "a regular file",
        CharacterDevice => "a character device",
        BlockDevice => "a block device",
        NamedPipe => "a named pipe",
        Socket => "a socket",
        Directory => "a folder",
        Link => "a symbolic link",
        _ => "of an unknown type",
    };

    private static int Type(byte[] status) => BitConverter.ToUInt16(status, ModeOffset) & TypeMask;

    private const int CurrentDirectory = -100, NoFollow = 0x100, EmptyPath = 0x1000, NoSuchFile = 2;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256, ModeOffset = 28, TypeMask = 0xF000;

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatX(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] status);
}
