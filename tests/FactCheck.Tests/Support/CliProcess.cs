using System.Diagnostics;

namespace FactCheck.Tests.Support;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real factcheck executable, built beside the tests, as a child process.</summary>
public static class CliProcess
{
    private static readonly string Executable = Path.Combine(TestContext.CurrentContext.TestDirectory, "factcheck.dll");

    public static CliResult Run(string workingDirectory, params string[] arguments)
    {
        using var running = Start(workingDirectory, arguments);
        return running.Wait();
    }

    /// <summary>Runs factcheck with these environment variables set (a null value removes one).</summary>
    public static CliResult RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var running = Start(workingDirectory, arguments, environment);
        return running.Wait();
    }

    /// <summary>Starts factcheck without waiting, for tests that kill it or run several at once.</summary>
    public static RunningCli Start(string workingDirectory, params string[] arguments) => Start(workingDirectory, arguments, null);

    private static RunningCli Start(string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Progress lines come every few seconds, so how many a run prints depends on the machine's load:
        // off, standard error holds only what the tests assert on. ProgressDisplayTests turn them on.
        start.Environment["FACTCHECK_PROGRESS"] = "off";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        start.ArgumentList.Add(Executable);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        return new RunningCli(process, arguments, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }
}

/// <summary>A factcheck child process whose output is being collected.</summary>
public sealed class RunningCli(Process process, string[] arguments, Task<string> output, Task<string> error) : IDisposable
{
    public bool HasExited => process.HasExited;

    /// <summary>SIGKILL on Unix: no handler runs, as when the machine loses power mid-write.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public CliResult Wait()
    {
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"factcheck {string.Join(' ', arguments)} did not finish within 2 minutes");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
