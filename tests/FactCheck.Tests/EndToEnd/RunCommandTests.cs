using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>`run` through the real command line: the order of its stages and what it says.</summary>
[TestFixture]
public sealed class RunCommandTests
{
    [Test]
    public void Run_WithABrokenRuleFile_StopsBeforeStoringAnyDocument()
    {
        using var workspace = new TemporaryDirectory();
        var rules = Directory.CreateDirectory(workspace.File("rules")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(rules, Path.GetRelativePath(RepositoryPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(rules, "mine.json"), """{"rules": [{"id": "mine", "kind": "no-such-kind"}]}""");

        var result = CliProcess.Run(workspace.Path, "run", RepositoryPaths.Seeds, "--rules", rules);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.StartWith("factcheck: " + Path.Combine(rules, "mine.json")));
        Assert.That(result.Output, Does.Not.Contain("Ingested"));
        Assert.That(File.Exists(workspace.File("factcheck.db")), Is.False, "no document stored");
    }

    [Test]
    public void Run_Again_SaysHowManyClaimsAreStored()
    {
        using var workspace = new TemporaryDirectory();
        CliResult Run() => CliProcess.Run(workspace.Path, "run", RepositoryPaths.Seeds, "--rules", RepositoryPaths.Rules);

        var first = Run();
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var extracted = Regex.Match(first.Output, @"(\d+) claims extracted").Groups[1].Value;
        Assert.That(first.Output, Does.Contain($"{extracted} claims extracted, {extracted} stored."));

        var again = Run();
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Output, Does.Contain($"0 claims extracted, {extracted} stored."));
    }

    [Test]
    public void Run_WithReportToStandardOutput_WritesOnlyTheReportThere()
    {
        using var workspace = new TemporaryDirectory();

        var result = CliProcess.Run(workspace.Path, "run", RepositoryPaths.Seeds, "--rules", RepositoryPaths.Rules, "--format", "json", "--out", "-");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(JsonDocument.Parse(result.Output).RootElement.GetProperty("summary").GetProperty("documents").GetInt32(), Is.EqualTo(5));
        Assert.That(result.Error, Does.Contain("Ingested 5 documents").And.Contain("Checked:"));
        Assert.That(Directory.GetFileSystemEntries(workspace.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "factcheck.db" }));
    }
}
