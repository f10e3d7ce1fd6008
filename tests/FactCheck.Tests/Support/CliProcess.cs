using System.Diagnostics;

namespace FactCheck.Tests.Support;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real factcheck executable, built beside the tests, as a child process.</summary>
public static class CliProcess
{
    private static readonly string Executable = Path.Combine(TestContext.CurrentContext.TestDirectory, "factcheck.dll");

    public static CliResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Executable);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"factcheck {string.Join(' ', arguments)} did not finish within 2 minutes");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
