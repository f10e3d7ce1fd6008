using System.Diagnostics;

namespace FactCheck.Tests.Support;

/// <summary>`factcheck serve` running as a child process on a free port, stopped on dispose.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The address printed by serve, with its token.</summary>
    public string Url { get; }

    public Uri Origin => new(new Uri(Url).GetLeftPart(UriPartial.Authority));

    public static ServeProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "factcheck.dll"));
        foreach (var argument in new[] { "serve", "--port", "0" }.Concat(arguments)) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();

        var firstLine = process.StandardOutput.ReadLineAsync();
        if (!firstLine.Wait(TimeSpan.FromSeconds(60)) || firstLine.Result is not { } line || !line.StartsWith("Review page: ", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"factcheck serve did not print its address: {(firstLine.IsCompleted ? firstLine.Result : "(nothing within 60 s)")}\n{error.Result}");
        }
        // Keep draining standard output so the server never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync();
        return new ServeProcess(process, firstLine.Result!["Review page: ".Length..].Trim());
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
