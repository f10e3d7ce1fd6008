using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>`rules validate` and `rules test` through the real command line.</summary>
public sealed class RulesCommandTests
{
    [Test]
    public void Test_ShippedRules_EveryExamplePasses()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "rules", "test", "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.Zero, result.Output + result.Error);
        Assert.That(result.Output, Does.Contain(" passed, 0 failed").And.Not.Contain("FAIL"));
        Assert.That(result.Output.Split('\n').Count(l => l.StartsWith("pass", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(14));
    }

    [Test]
    public void Test_AnExampleTheRuleGetsWrong_Fails()
    {
        using var folder = CopyOfRules();
        var file = Path.Combine(folder.Path, "casualties.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"name\": \"NATO's range contains Zelensky's figure\",\n          \"expect\": \"no flag\"",
            "\"name\": \"NATO's range contains Zelensky's figure\",\n          \"expect\": \"flag\""));
        var result = CliProcess.Run(folder.Path, "rules", "test", "--rules", folder.Path);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("FAIL  casualty-toll-conflict: NATO's range contains Zelensky's figure"));
    }

    [Test]
    public void Validate_ReportsEveryProblemWithLineColumnRuleAndPath()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), """
            {
              "rules": [
                { "id": "a", "kind": "numeric-conflict", "metrics": ["killed"], "tolerence": 0.2,
                  "severity": { "low": 1.5, "medium": 3, "high": 10 }, "message": "{a.figure}" },
                { "id": "b", "kind": "numeric-clash", "message": "m" }
              ]
            }
            """);
        var result = CliProcess.Run(folder.Path, "rules", "validate", folder.File("mine.json"), "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("mine.json:3:69: rule 'a' at rules[0].tolerence: unknown field 'tolerence'"));
        Assert.That(result.Output, Does.Contain("mine.json:5:18: rule 'b' at rules[1].kind: unknown kind 'numeric-clash'"));
        Assert.That(result.Output, Does.Contain("2 problems in 1 rule files."));
    }

    private const string Toll = """
        "id": "toll", "kind": "numeric-conflict", "metrics": ["killed"], "severity": { "low": 1.5, "medium": 3, "high": 10 }, "message": "m"
        """;

    public static IEnumerable<TestCaseData> BrokenRuleFiles()
    {
        yield return new TestCaseData("{ \"rules\": [\n  { \"id\": \"x\",, }\n] }", "mine.json:2:15: malformed JSON (")
            .SetName("MalformedJson");
        yield return new TestCaseData("{ \"rules\": [\n  { " + Toll + ",\n    \"tolerence\": 0.2 }\n] }",
            "mine.json:3:5: rule 'toll' at rules[0].tolerence: unknown field 'tolerence'").SetName("UnknownField");
        yield return new TestCaseData("{ \"rules\": [\n  { " + Toll + ",\n    \"windowDays\": -3 }\n] }",
            "mine.json:3:5: rule 'toll' at rules[0].windowDays: 'windowDays' must be at least 0, not -3").SetName("NegativeWindow");
        yield return new TestCaseData("{ \"rules\": [\n  { " + Toll + ", \"shortPeriods\": [\"24 hours\"],\n    \"compareShortPeriods\": true }\n] }",
            "mine.json:3:5: rule 'toll' at rules[0].compareShortPeriods: 'compareShortPeriods' is true, so the 'shortPeriods' listed would never be used")
            .SetName("ContradictoryShortPeriods");
    }

    [TestCaseSource(nameof(BrokenRuleFiles))]
    public void ValidateAndCheck_BrokenRuleFile_GiveFileLineColumnAndProblem(string json, string expected)
    {
        using var folder = RulesFolderWith("mine.json", json);
        using var workspace = new TemporaryDirectory();

        var validate = CliProcess.Run(workspace.Path, "rules", "validate", "--rules", folder.Path);
        Assert.That(validate.ExitCode, Is.EqualTo(1), validate.Output + validate.Error);
        Assert.That(validate.Output, Does.StartWith(folder.File(expected)));

        var check = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That(check.ExitCode, Is.EqualTo(1), check.Output + check.Error);
        Assert.That(check.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), check.Error);
        Assert.That(check.Error, Does.StartWith("factcheck: " + folder.File(expected)));
    }

    /// <summary>A rules folder holding the shipped lexicon and one rule file, as a user's own would.</summary>
    private static TemporaryDirectory RulesFolderWith(string name, string json)
    {
        var folder = CopyOfRules();
        foreach (var file in Directory.GetFiles(folder.Path, "*.json")) File.Delete(file);
        File.WriteAllText(folder.File(name), json);
        return folder;
    }

    private static TemporaryDirectory CopyOfRules()
    {
        var folder = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(RepositoryPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }
}
