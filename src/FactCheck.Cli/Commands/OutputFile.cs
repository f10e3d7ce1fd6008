namespace FactCheck.Cli.Commands;

/// <summary>
/// Writes an output the user named. `-` is standard output. A regular file, or a new one, is written
/// beside its target and moved into place, so a failed run never leaves half a report. Anything
/// else is written in place: moving a file over a device, a named pipe or a link such as
/// /dev/stdout would replace it with a regular file.
/// </summary>
internal static class OutputFile
{
    public const string StandardOutput = "-";

    public static void Write(string path, Action<TextWriter> write)
    {
        if (path == StandardOutput)
        {
            write(Console.Out);
            Console.Out.Flush();
            return;
        }
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing or FileKind.RegularFile:
                var temporary = path + ".tmp";
                using (var file = new StreamWriter(temporary))
                    write(file);
                File.Move(temporary, path, overwrite: true);
                break;
            case FileKind.LinkToFile:
                using (var linked = new StreamWriter(path, append: false))
                    write(linked);
                break;
            default:
                // Open, not Create: a device or a pipe cannot be truncated.
                using (var device = new StreamWriter(new FileStream(path, FileMode.Open, FileAccess.Write)))
                    write(device);
                break;
        }
    }
}
