using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// Progress of ingest and check when standard error is not a terminal: plain lines there, never
/// in the standard output a report may be written to. FACTCHECK_PROGRESS=all asks for a line at
/// every step, so the test does not depend on how long the run takes.
/// </summary>
[TestFixture]
public sealed class ProgressDisplayTests
{
    [Test]
    public void Run_NotOnATerminal_WritesProgressLinesToStandardErrorOnly()
    {
        using var workspace = new TemporaryDirectory();

        var result = CliProcess.RunWithEnvironment(workspace.Path, new Dictionary<string, string?> { ["FACTCHECK_PROGRESS"] = "all" },
            "run", RepositoryPaths.Seeds, "--rules", RepositoryPaths.Rules, "--format", "json", "--out", "-");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ingest = lines.Where(l => l.StartsWith("ingest: ", StringComparison.Ordinal)).ToList();
        Assert.That(ingest, Has.Count.EqualTo(5), result.Error);
        Assert.That(ingest[^1], Does.StartWith("ingest: 5 documents, "));
        Assert.That(lines, Has.Some.StartWith("check: "));
        Assert.That(Array.IndexOf(lines, ingest[^1]), Is.LessThan(Array.FindIndex(lines, l => l.StartsWith("Ingested", StringComparison.Ordinal))),
            "progress comes before the summary line");
        Assert.DoesNotThrow(() => JsonDocument.Parse(result.Output), "standard output holds the report alone");
    }

    [Test]
    public void Run_WithProgressOff_WritesNoProgressLines()
    {
        using var workspace = new TemporaryDirectory();

        var result = CliProcess.RunWithEnvironment(workspace.Path, new Dictionary<string, string?> { ["FACTCHECK_PROGRESS"] = "off" },
            "ingest", RepositoryPaths.Seeds, "--rules", RepositoryPaths.Rules);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Not.Contain("ingest: "));
    }
}
