using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>`explain` through the real command line, on the seeds.</summary>
[TestFixture]
public sealed class ExplainCommandTests
{
    private TemporaryDirectory _workspace = null!;
    private string _database = null!;
    private JsonElement[] _flags = null!;
    private JsonElement[] _claims = null!;

    [OneTimeSetUp]
    public void RunOnSeeds()
    {
        _workspace = new TemporaryDirectory();
        _database = _workspace.File("factcheck.db");
        var run = CliProcess.Run(_workspace.Path, "run", RepositoryPaths.Seeds, "--db", _database, "--rules", RepositoryPaths.Rules,
            "--format", "json", "--out", _workspace.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        _flags = JsonDocument.Parse(File.ReadAllText(_workspace.File("report.json"))).RootElement.GetProperty("flags").EnumerateArray().ToArray();
        var claims = Cli("claims", "--json");
        Assert.That(claims.ExitCode, Is.Zero, claims.Error);
        _claims = JsonDocument.Parse(claims.Output).RootElement.EnumerateArray().ToArray();
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    private CliResult Cli(params string[] arguments) =>
        CliProcess.Run(_workspace.Path, [.. arguments, "--db", _database, "--rules", RepositoryPaths.Rules]);

    [Test]
    public void Explain_AFlag_ShowsEveryConditionPassing()
    {
        var flag = _flags.First(f => f.GetProperty("message").GetString()!.Contains("NATO"));
        var result = Cli("explain", flag.GetProperty("id").GetString()!);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("intervals disjoint after tolerance").And.Contain("casualty-toll-conflict"));
        Assert.That(result.Output, Does.Not.Contain(" no "));
    }

    [Test]
    public void Explain_TwoOverlappingClaims_SaysWhyTheyWereNotFlagged()
    {
        string Id(Func<JsonElement, bool> match) => _claims.First(match).GetProperty("id").GetString()!;
        var nato = Id(c => c.GetProperty("source").GetString() == "NATO" && c.GetProperty("low").GetDouble() == 7000);
        var zelensky = Id(c => c.GetProperty("source").GetString() == "Zelensky" && c.GetProperty("high").ValueKind == JsonValueKind.Number
                                && c.GetProperty("high").GetDouble() == 9000);
        var result = Cli("explain", "--claims", nato, zelensky);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("casualty-toll-conflict: does not fire").And.Contain("intervals disjoint after tolerance"));
    }

    [Test]
    public void Explain_AFlagByAPrefixOfItsId_ExplainsThatFlag()
    {
        var id = _flags.First(f => f.GetProperty("message").GetString()!.Contains("NATO")).GetProperty("id").GetString()!;
        var result = Cli("explain", id[..5]);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("casualty-toll-conflict").And.Contain("NATO"));
    }

    [Test]
    public void Explain_UnknownFlag_FailsWithOneLine()
    {
        var result = Cli("explain", "fdeadbeef");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("factcheck: no flag fdeadbeef"));
    }
}
