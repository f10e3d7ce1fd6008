using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// What a user of .NET tools expects of the command line: a misspelt option, a value outside an
/// option's set, or a database that is not there is refused with exit 1 and a message, and nothing
/// is written.
/// </summary>
[TestFixture]
public sealed class CommandLineConventionTests
{
    [Test]
    public void Run_WithAMisspeltOption_FailsAndWritesNothing()
    {
        using var workspace = new TemporaryDirectory();

        var result = CliProcess.Run(workspace.Path, "run", RepositoryPaths.Seeds, "--fromat", "md", "--rules", RepositoryPaths.Rules);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain("Unrecognized option '--fromat'"));
        Assert.That(Directory.GetFileSystemEntries(workspace.Path), Is.Empty, "neither a database nor a report");
    }

    [TestCase("ingest", "--verbose")]
    [TestCase("review", "show", "-x")]
    [TestCase("eval", "pairs", "--pairs-file")]
    public void AnyArgument_GivenSomethingShapedLikeAnOption_IsRefused(params string[] arguments)
    {
        using var workspace = new TemporaryDirectory();

        var result = CliProcess.Run(workspace.Path, [.. arguments, "--rules", RepositoryPaths.Rules]);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain($"Unrecognized option '{arguments[^1]}'"));
    }

    [TestCase("review", "list", "--status", "bogus", "follow-up")]
    [TestCase("review", "list", "--severity", "severe", "medium")]
    [TestCase("review", "set", "f43b3353130d", "--verdict", "maybe", "dismissed")]
    [TestCase("report", "--format", "pdf", "json")]
    [TestCase("run", "seeds", "--format", "docx", "csv")]
    [TestCase("review", "export", "--format", "xml", "claimreview")]
    public void AnOptionWithAFixedSet_GivenAnotherValue_ListsTheValidOnes(params string[] argumentsThenOneValidValue)
    {
        using var workspace = new TemporaryDirectory();
        var arguments = argumentsThenOneValidValue[..^1];

        var result = CliProcess.Run(workspace.Path, [.. arguments, "--rules", RepositoryPaths.Rules]);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain($"'{arguments[^1]}' not recognized").And.Contain(argumentsThenOneValidValue[^1]));
        Assert.That(Directory.GetFileSystemEntries(workspace.Path), Is.Empty);
    }

    [TestCase("report")]
    [TestCase("report", "--format", "json", "--out", "report.json")]
    [TestCase("claims")]
    [TestCase("explain", "f43b3353130d")]
    [TestCase("review", "list")]
    [TestCase("review", "show", "f43b3353130d")]
    [TestCase("review", "set", "f43b3353130d", "--verdict", "confirmed", "--reviewer", "ana")]
    [TestCase("review", "export")]
    [TestCase("serve", "--port", "0")]
    public void ACommandOnStoredFindings_WithoutADatabase_RefusesAndCreatesNone(params string[] arguments)
    {
        using var workspace = new TemporaryDirectory();

        var result = CliProcess.Run(workspace.Path, [.. arguments, "--rules", RepositoryPaths.Rules]);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.StartWith("factcheck: factcheck.db: database not found"));
        Assert.That(Directory.GetFileSystemEntries(workspace.Path), Is.Empty);
    }
}
