using System.Runtime.InteropServices;

namespace FactCheck.Ingestion;

/// <summary>
/// Says why a path that looks like a file cannot be read as one, before any reader opens it: a
/// broken symbolic link, or a named pipe or socket. Opening a named pipe for reading waits for a
/// writer, so it would hold the whole run up; here it is opened without waiting and asked whether
/// it can seek, which pipes and sockets cannot.
/// </summary>
internal static class RegularFile
{
    /// <summary>Null when the path is a readable regular file (or a link to one); otherwise why it is skipped.</summary>
    public static string? Problem(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } linkTarget)
        {
            try
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                    return $"broken symbolic link (to {linkTarget}); skipped";
            }
            catch (IOException e)
            {
                return $"cannot follow symbolic link ({e.Message}); skipped";
            }
        }
        return OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? UnixProblem(path) : null;
    }

    private static string? UnixProblem(string path)
    {
        var flags = OperatingSystem.IsMacOS() ? MacNonBlock | MacCloseOnExec : LinuxNonBlock | LinuxCloseOnExec;
        var descriptor = Open(path, flags);
        if (descriptor < 0)
            return $"cannot open ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}); skipped";
        try
        {
            return Seek(descriptor, 0, SeekCurrent) < 0 ? "not a regular file (a named pipe or socket); skipped" : null;
        }
        finally
        {
            Close(descriptor);
        }
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
