using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// `factcheck eval pairs` through the real command line, on a two-document corpus written here:
/// Moscow's 498 against NATO's 7,000 to 15,000 must be flagged; NATO's range and Zelensky's nearly
/// 9,000 overlap and must not be, though Zelensky's figure is flagged against Moscow's.
/// </summary>
[TestFixture]
public sealed class EvalPairsCommandTests
{
    private const string Pairs = """
        {"about": "Russian soldiers killed, early March 2022",
         "must_flag": [{"why": "Moscow's toll against NATO's estimate", "a": ["moscow", 498, "498 Russian soldiers"], "b": ["nato", 7000, "7,000 to 15,000 Russian"]}],
         "should_flag": [],
         "must_not_flag": [
           {"why": "NATO's range holds Zelensky's figure", "a": ["nato", 7000, "NATO estimated"], "b": ["nato", 9000, "nearly 9,000"]},
           {"why": "Zelensky's figure must never be flagged (it is, against Moscow's)", "a": ["nato", 9000, "Zelensky said nearly"]}]}
        """;

    private TemporaryDirectory _workspace = null!;
    private string _database = null!;

    [OneTimeSetUp]
    public void RunOnTwoReports()
    {
        _workspace = new TemporaryDirectory();
        var corpus = Directory.CreateDirectory(_workspace.File("corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "moscow.txt"), """
            ---
            published: 2022-03-02
            ---
            Moscow gives its first toll

            Russia's defence ministry said on Wednesday that 498 Russian soldiers had been killed in Ukraine.
            """);
        File.WriteAllText(Path.Combine(corpus, "nato.txt"), """
            ---
            published: 2022-03-03
            ---
            NATO gives an estimate

            NATO estimated on Thursday that 7,000 to 15,000 Russian soldiers have been killed in Ukraine. Ukrainian President Volodymyr Zelensky said nearly 9,000 Russian soldiers had been killed.
            """);
        File.WriteAllText(_workspace.File("pairs.json"), Pairs);
        _database = _workspace.File("factcheck.db");
        var run = CliProcess.Run(_workspace.Path, "run", corpus, "--db", _database, "--rules", RepositoryPaths.Rules, "--out", _workspace.File("report.html"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    private CliResult EvalPairs(params string[] options) =>
        CliProcess.Run(_workspace.Path, ["eval", "pairs", "pairs.json", "--db", _database, "--rules", RepositoryPaths.Rules, .. options]);

    [Test]
    public void EvalPairs_FindsTheMustFlagPairAndReportsTheFlaggedMustNot()
    {
        var result = EvalPairs("--json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var scores = JsonDocument.Parse(result.Output).RootElement;
        int Count(string list, string what) => scores.GetProperty(list).GetProperty(what).GetInt32();
        Assert.That((Count("mustFlag", "flagged"), Count("mustFlag", "total")), Is.EqualTo((1, 1)));
        Assert.That((Count("mustNotFlag", "flagged"), Count("mustNotFlag", "total")), Is.EqualTo((1, 2)));
        Assert.That(Count("sides", "notExtracted"), Is.Zero);
        var outcomes = scores.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("outcome").GetString());
        Assert.That(outcomes, Is.EqualTo(new[] { "flagged", "not flagged", "flagged" }));
    }

    [Test]
    public void EvalPairs_Verbose_GivesEachPairsOutcomeAndWhy()
    {
        var result = EvalPairs("--verbose");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("must_flag found                 1/1"));
        Assert.That(result.Output, Does.Contain("must_not_flag falsely flagged   1/2"));
        Assert.That(result.Output, Does.Contain("must_not_flag: flagged\n  a: nato 9000 \"Zelensky said nearly\" (1 claim)"));
        Assert.That(result.Output, Does.Contain("why: NATO's range holds Zelensky's figure"));
    }

    [Test]
    public void EvalPairs_MissingDatabase_FailsWithoutCreatingOne()
    {
        var missing = _workspace.File("missing.db");
        var result = CliProcess.Run(_workspace.Path, "eval", "pairs", "pairs.json", "--db", missing, "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith($"factcheck: {missing}: database not found"));
        Assert.That(File.Exists(missing), Is.False);
    }

    [Test]
    public void EvalPairs_AGoldFolderBeforePairs_IsRefusedNotIgnored()
    {
        var result = CliProcess.Run(_workspace.Path, "eval", "corpus", "pairs", "pairs.json", "--db", _database, "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Trim(), Is.EqualTo("factcheck: eval pairs takes a pairs file, not a gold folder (corpus)"));
    }

    [Test]
    public void EvalPairs_MalformedPairsFile_FailsNamingIt()
    {
        File.WriteAllText(_workspace.File("broken.json"), """{"must_flag": [{"why": "x", "a": ["moscow", 498]}]}""");
        var result = CliProcess.Run(_workspace.Path, "eval", "pairs", "broken.json", "--db", _database, "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Trim(), Does.StartWith("factcheck: broken.json: a side is [file prefix, number, sentence fragment]"));
    }
}
