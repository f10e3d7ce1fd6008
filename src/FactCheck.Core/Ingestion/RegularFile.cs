using System.Runtime.InteropServices;

namespace FactCheck.Ingestion;

/// <summary>
/// Says why a path that looks like a file cannot be read as one, before any reader opens it: a
/// broken symbolic link, or, once links are followed, anything but a regular file. A device such as
/// /dev/zero never ends, and opening a named pipe for reading waits for a writer, so either would
/// hold the whole run up; here the path is opened without waiting and its type asked of the kernel.
/// </summary>
internal static class RegularFile
{
    /// <summary>
    /// Null when the path is a readable regular file (or a link to one); otherwise why it is not read,
    /// followed by <paramref name="consequence"/> ("skipped" for a document, "ignored" for a manifest).
    /// </summary>
    public static string? Problem(string path, string consequence = "skipped") =>
        Reason(path) is { } reason ? $"{reason}; {consequence}" : null;

    private static string? Reason(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } linkTarget)
        {
            try
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                    return $"broken symbolic link (to {linkTarget})";
            }
            catch (IOException e)
            {
                return $"cannot follow symbolic link ({e.Message})";
            }
        }
        return OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? UnixReason(path) : null;
    }

    private static string? UnixReason(string path)
    {
        var flags = OperatingSystem.IsMacOS() ? MacNonBlock | MacCloseOnExec : LinuxNonBlock | LinuxCloseOnExec;
        var descriptor = Open(path, flags);
        if (descriptor < 0)
            return $"cannot open ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())})";
        try
        {
            return NotRegular(descriptor) is { } kind ? $"not a regular file ({kind})" : null;
        }
        finally
        {
            Close(descriptor);
        }
    }

    /// <summary>What kind of file an open descriptor is, when not a regular one.</summary>
    private static string? NotRegular(int descriptor)
    {
        if (LinuxFileType.OfDescriptor(descriptor) is { } type) return type == LinuxFileType.Regular ? null : LinuxFileType.Describe(type);
        // Another system, or a C library older than statx: pipes and sockets are still told by seeking.
        return Seek(descriptor, 0, SeekCurrent) < 0 ? "a named pipe or socket" : null;
    }

    private const int LinuxNonBlock = 0x800, LinuxCloseOnExec = 0x80000;
    private const int MacNonBlock = 0x4, MacCloseOnExec = 0x1000000;
    private const int SeekCurrent = 1;

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static extern long Seek(int descriptor, long offset, int whence);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);
}
