using Microsoft.Playwright;

namespace FactCheck.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright. A fresh machine lacks it: the first browser test installs it
/// with the project's `.ci/install-chromium` (apt-get), once for the whole run; nothing else is downloaded.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<string?> InstallProblem = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (InstallProblem.Value is { } problem)
            Assert.Fail($"{ExecutablePath} not found and could not be installed: {problem}");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }

    /// <summary>Runs the install script when Chromium is missing; null when Chromium is there afterwards.</summary>
    private static string? Install()
    {
        if (File.Exists(ExecutablePath)) return null;
        var script = Path.Combine(RepositoryPaths.Root, ".ci", "install-chromium");
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [script])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15))) process.Kill(entireProcessTree: true);
        return File.Exists(ExecutablePath) ? null : $"{script} failed: {error.Result.Trim()}";
    }
}
