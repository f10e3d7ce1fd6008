using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// The seeds through the real command line on a PostgreSQL database, beside the same run on a SQLite
/// file from the same folder: every command answers the same, and no output shows the URI's password.
/// </summary>
[TestFixture]
public sealed class TeamModeTests
{
    private TemporaryDirectory _workspace = null!;
    private string _postgres = null!;
    private string _sqlite = null!;
    private readonly List<CliResult> _outputs = [];

    [OneTimeSetUp]
    public void RunOnSeedsOnBothStores()
    {
        _workspace = new TemporaryDirectory();
        _postgres = PostgresCluster.Shared.CreateDatabase();
        _sqlite = _workspace.File("factcheck.db");
        foreach (var database in new[] { _sqlite, _postgres })
        {
            var run = Cli(database, "run", RepositoryPaths.Seeds, "--format", "json", "--out", _workspace.File(Name(database) + ".json"));
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        }
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    private static string Name(string database) => database.StartsWith("postgres", StringComparison.Ordinal) ? "postgres" : "sqlite";

    private CliResult Cli(string database, params string[] arguments)
    {
        var result = CliProcess.Run(_workspace.Path, [.. arguments, "--db", database, "--rules", RepositoryPaths.Rules]);
        _outputs.Add(result);
        return result;
    }

    private static string[] FlagIds(string reportJson) =>
        JsonDocument.Parse(reportJson).RootElement.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();

    [Test]
    public void Run_OnSeeds_FlagsTheSameIdsAsOnSqlite_AndWritesTheSameReport()
    {
        var onSqlite = File.ReadAllText(_workspace.File("sqlite.json"));
        var onPostgres = File.ReadAllText(_workspace.File("postgres.json"));
        Assert.That(FlagIds(onSqlite), Is.Not.Empty);
        Assert.That(FlagIds(onPostgres), Is.EqualTo(FlagIds(onSqlite)));
        Assert.That(onPostgres, Is.EqualTo(onSqlite));
    }

    // Before any verdict is recorded on one store only (Order: unordered tests run after ordered ones).
    [Order(1)]
    [TestCase("report", "--format", "json")]
    [TestCase("report", "--format", "csv")]
    [TestCase("claims", "--json")]
    [TestCase("claims", "--source", "nato", "--metric", "KILLED")]
    [TestCase("review", "list", "--agreements")]
    [TestCase("review", "export")]
    [TestCase("check")]
    public void ReadingCommands_AnswerAsOnSqlite(params string[] command)
    {
        var sqlite = Cli(_sqlite, command);
        var postgres = Cli(_postgres, command);
        Assert.That(postgres.ExitCode, Is.Zero, postgres.Error);
        Assert.That(postgres.Output, Is.EqualTo(sqlite.Output));
    }

    [Test]
    public void ReviewSetAndList_AndExplain_WorkOnPostgres()
    {
        var flag = FlagIds(File.ReadAllText(_workspace.File("postgres.json")))[0];
        var set = Cli(_postgres, "review", "set", flag, "--verdict", "confirmed", "--note", "desk agrees", "--reviewer", "ana");
        Assert.That(set.ExitCode, Is.Zero, set.Error);
        var list = Cli(_postgres, "review", "list");
        Assert.That(list.ExitCode, Is.Zero, list.Error);
        Assert.That(list.Output, Does.Contain("1 reviewed"));
        var explain = Cli(_postgres, "explain", flag);
        Assert.That(explain.ExitCode, Is.Zero, explain.Error);
        Assert.That(explain.Output, Is.EqualTo(Cli(_sqlite, "explain", flag).Output));
        var report = Cli(_postgres, "report", "--format", "json");
        var verdict = JsonDocument.Parse(report.Output).RootElement.GetProperty("flags").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == flag).GetProperty("verdict").GetString();
        Assert.That(verdict, Is.EqualTo("confirmed"));
    }

    [Test]
    public void EvalPairs_ScoresAsOnSqlite()
    {
        var pairs = Path.Combine(RepositoryPaths.SharedGold, "ukraine-2014", "pairs.json");
        var sqlite = Cli(_sqlite, "eval", "pairs", pairs, "--json");
        var postgres = Cli(_postgres, "eval", "pairs", pairs, "--json");
        Assert.That(postgres.ExitCode, Is.Zero, postgres.Error);
        Assert.That(postgres.Output, Is.EqualTo(sqlite.Output));
    }

    [Test]
    public void FactcheckDbVariable_NamesTheDatabase_WhenNoDbIsGiven()
    {
        var environment = new Dictionary<string, string?> { ["FACTCHECK_DB"] = _postgres };
        var report = CliProcess.RunWithEnvironment(_workspace.Path, environment, "report", "--format", "json", "--rules", RepositoryPaths.Rules);
        _outputs.Add(report);
        Assert.That(report.ExitCode, Is.Zero, report.Error);
        Assert.That(FlagIds(report.Output), Is.EqualTo(FlagIds(File.ReadAllText(_workspace.File("postgres.json")))));
        var help = CliProcess.RunWithEnvironment(_workspace.Path, environment, "report", "--help");
        _outputs.Add(help);
        Assert.That(help.Output, Does.Contain("FACTCHECK_DB"));
    }

    [Test]
    public void ReadingCommand_OnADatabaseWithoutTheSchema_IsRefusedAndCreatesNothing()
    {
        var empty = PostgresCluster.Shared.CreateDatabase();
        var report = Cli(empty, "report");
        Assert.That(report.ExitCode, Is.EqualTo(1));
        Assert.That(report.Error, Does.Contain("database not found").And.Contain(empty.Replace(":" + PostgresCluster.Password, "", StringComparison.Ordinal)));
        Assert.That(FactCheck.Store.FactStores.Exists(empty), Is.False);
    }

    [Test]
    public void UnreachableServer_IsOneLineNamingItWithoutThePassword()
    {
        var result = Cli($"postgres://factcheck:{PostgresCluster.Password}@127.0.0.1:1/desk", "ingest", RepositoryPaths.Seeds);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("factcheck: postgres://factcheck@127.0.0.1:1/desk: cannot connect"));
    }

    [Test, Order(int.MaxValue)]
    public void NoOutput_ShowsThePassword()
    {
        Assert.That(_outputs, Is.Not.Empty);
        Assert.That(_outputs.Select(o => o.Output + o.Error), Has.None.Contains(PostgresCluster.Password));
    }
}
