using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Bench;

/// <summary>
/// Runs a command as a cold child process under /usr/bin/time, for its wall time and its peak
/// resident memory (maximum RSS, the peak working set), as the kernel accounts them.
/// </summary>
public static class ChildProcess
{
    public sealed record Result(double WallSeconds, double PeakMegabytes, string Output);

    public static Result Run(string workingDirectory, string program, params string[] arguments)
    {
        var timing = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-f", "%e %M", "-o", timing, program, .. arguments]) start.ArgumentList.Add(argument);
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var wall = watch.Elapsed.TotalSeconds;
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
            var fields = File.ReadAllLines(timing).Last().Split(' ');
            // The stopwatch is finer than time's 10 ms; time's own start-up is a millisecond or two.
            return new Result(wall, double.Parse(fields[1], CultureInfo.InvariantCulture) / 1024, output);
        }
        finally
        {
            File.Delete(timing);
        }
    }
}
