using System.Diagnostics;
using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// Where `report --out` writes: a regular file is replaced whole; a named pipe, a device or a link
/// is written through, never replaced by a regular file; `-` is standard output.
/// </summary>
[TestFixture]
public sealed class ReportCommandTests
{
    private TemporaryDirectory _workspace = null!;

    [OneTimeSetUp]
    public void RunOnSeeds()
    {
        _workspace = new TemporaryDirectory();
        var run = Cli("run", RepositoryPaths.Seeds, "--format", "json", "--out", _workspace.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    private CliResult Cli(params string[] arguments) =>
        CliProcess.Run(_workspace.Path, [.. arguments, "--db", _workspace.File("factcheck.db"), "--rules", RepositoryPaths.Rules]);

    [Test]
    public void Report_ToANamedPipe_IsWrittenThroughItAndThePipeStays()
    {
        using var folder = new TemporaryDirectory();
        var pipe = folder.File("report.pipe");
        Assert.That(Process.Start("mkfifo", [pipe])!.WaitForExitAsync().Wait(TimeSpan.FromSeconds(30)), Is.True);
        var reader = Task.Run(() => File.ReadAllText(pipe));

        var result = Cli("report", "--format", "json", "--out", pipe);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(reader.Wait(TimeSpan.FromMinutes(1)), Is.True, "the reader got the end of the report");
        Assert.That(JsonDocument.Parse(reader.Result).RootElement.GetProperty("summary").GetProperty("documents").GetInt32(), Is.EqualTo(5));
        Assert.That(FileType(pipe), Is.EqualTo("fifo"));
    }

    [Test]
    public void Report_ToALinkToDevNull_LeavesTheLinkAndTheDevice()
    {
        using var folder = new TemporaryDirectory();
        var link = folder.File("null");
        File.CreateSymbolicLink(link, "/dev/null");

        var result = Cli("report", "--format", "json", "--out", link);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("/dev/null"), "the link is still a link");
        Assert.That(FileType("/dev/null"), Is.EqualTo("character special file"));
        Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.EqualTo(new[] { link }), "no temporary file left beside it");
    }

    [Test]
    public void Report_ToALinkToARegularFile_FillsTheFileAndKeepsTheLink()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("target.md"), "an older report, longer than nothing at all");
        File.CreateSymbolicLink(folder.File("latest.md"), folder.File("target.md"));

        var result = Cli("report", "--format", "md", "--out", folder.File("latest.md"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(new FileInfo(folder.File("latest.md")).LinkTarget, Is.Not.Null);
        Assert.That(File.ReadAllText(folder.File("target.md")), Does.StartWith("# FactCheck"));
    }

    [Test]
    public void Report_ToDash_WritesStandardOutput()
    {
        var result = Cli("report", "--format", "json", "--out", "-");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(JsonDocument.Parse(result.Output).RootElement.GetProperty("summary").GetProperty("documents").GetInt32(), Is.EqualTo(5));
        Assert.That(File.Exists(_workspace.File("-")), Is.False);
    }

    [Test]
    public void Report_ToARegularFile_ReplacesItWhole()
    {
        var target = _workspace.File("old.json");
        File.WriteAllText(target, new string('x', 200_000));

        var result = Cli("report", "--format", "json", "--out", target);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetProperty("summary").GetProperty("claims").GetInt32(), Is.GreaterThan(0));
    }

    /// <summary>The file type as stat(1) names it, read without following a link.</summary>
    private static string FileType(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }
}
