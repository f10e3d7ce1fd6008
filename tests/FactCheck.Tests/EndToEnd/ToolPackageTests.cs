using System.Diagnostics;
using System.Runtime.InteropServices;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// factcheck as a .NET tool: packed from the checkout, installed with `dotnet tool install` from
/// that local package, and run from a folder without rules, on the rules the package ships.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class ToolPackageTests
{
    [Test]
    public void Pack_InstallAndRun_WorksWithoutACheckout()
    {
        using var folder = new TemporaryDirectory();
        var packages = folder.File("packages");
        var tools = folder.File("tools");
        var work = Directory.CreateDirectory(folder.File("work")).FullName;
        // Only the package just packed: a package of the same name elsewhere must not stand in for it.
        File.WriteAllText(folder.File("nuget.config"), $"""
            <configuration>
              <packageSources><clear /><add key="local" value="{packages}" /></packageSources>
            </configuration>
            """);

        // The tests were built with the command line project: pack that build, in the same configuration.
        var configuration = Path.GetFileName(Path.GetDirectoryName(TestContext.CurrentContext.TestDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        Dotnet(folder.Path, "pack", Path.Combine(RepositoryPaths.Root, "src", "FactCheck.Cli", "FactCheck.Cli.csproj"),
            "-c", configuration, "--no-build", "-o", packages);
        Dotnet(folder.Path, "tool", "install", "--tool-path", tools, "--add-source", packages, "factcheck");

        var factcheck = Path.Combine(tools, OperatingSystem.IsWindows() ? "factcheck.exe" : "factcheck");
        var version = Execute(work, factcheck, "--version");
        Assert.That(version.Output.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));

        var run = Execute(work, factcheck, "run", RepositoryPaths.Seeds, "--format", "md", "--out", "report.md");
        Assert.That(run.Output, Does.Contain("Ingested 5 documents").And.Contain("8 discrepancies"));
        Assert.That(File.ReadAllText(Path.Combine(work, "report.md")), Does.Contain("killed"));
        Assert.That(Directory.Exists(Path.Combine(work, "rules")), Is.False, "the rules came from the package");
    }

    private static void Dotnet(string workingDirectory, params string[] arguments) => Execute(workingDirectory, "dotnet", arguments);

    private static CliResult Execute(string workingDirectory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The installed tool's launcher finds the runtime these tests run on.
        start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["FACTCHECK_PROGRESS"] = "off";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within 5 minutes");
        }
        process.WaitForExit();
        var result = new CliResult(process.ExitCode, output.Result, error.Result);
        Assert.That(result.ExitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}:\n{result.Output}\n{result.Error}");
        return result;
    }
}
