using System.Diagnostics;
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
        yield return new TestCaseData("{ \"rules\": [\n  { " + Toll + ",\n    \"oneIncident\": { \"explosion\": [\"violense\"] } }\n] }",
            "mine.json:3:22: rule 'toll' at rules[0].oneIncident.explosion: unknown event kind 'violense'; did you mean 'violence'?").SetName("MisspelledEventKind");
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

    [Test]
    public void ValidateAndCheck_MisspelledMetric_NameTheRuleThePositionAndTheMetricMeant()
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        Edit(folder.File("crowds.json"), "\"participated\"", "\"marchd\"");
        var expected = folder.File("crowds.json") +
                       ":9:9: rule 'crowd-size-conflict' at rules[0].metrics[0]: unknown metric 'marchd'; did you mean 'participated' (its words in metrics.json include 'marched')?";

        var validate = CliProcess.Run(workspace.Path, "rules", "validate", "--rules", folder.Path);
        Assert.That(validate.ExitCode, Is.EqualTo(1), validate.Output + validate.Error);
        Assert.That(validate.Output, Does.StartWith(expected + $"\n1 problems in {ShippedRuleFiles} rule files."));

        var check = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That(check.ExitCode, Is.EqualTo(1), check.Output + check.Error);
        Assert.That(check.Error, Is.EqualTo("factcheck: " + expected + "\n"));
    }

    [Test]
    public void ValidateAndCheck_EnabledGivenAsAString_IsRefusedNotTakenAsOn()
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        Edit(folder.File("crowds.json"), "\"kind\": \"numeric-conflict\",", "\"kind\": \"numeric-conflict\", \"enabled\": \"false\",");
        var expected = folder.File("crowds.json") + ":6:35: rule 'crowd-size-conflict' at rules[0].enabled: 'enabled' must be true or false, not the string \"false\"";

        var validate = CliProcess.Run(workspace.Path, "rules", "validate", "--rules", folder.Path);
        Assert.That((validate.ExitCode, validate.Output), Is.EqualTo((1, expected + $"\n1 problems in {ShippedRuleFiles} rule files.\n")), validate.Error);

        var check = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That((check.ExitCode, check.Error), Is.EqualTo((1, "factcheck: " + expected + "\n")));
    }

    public static IEnumerable<TestCaseData> UnreadableRuleFiles()
    {
        yield return new TestCaseData((Action<string>)MakeFifo, "not a regular file (a named pipe)").SetName("NamedPipe");
        yield return new TestCaseData((Action<string>)(path => File.CreateSymbolicLink(path, "/dev/zero")),
            "not a regular file (a character device)").SetName("LinkToDevZero");
        yield return new TestCaseData((Action<string>)(path => File.CreateSymbolicLink(path, "/dev/urandom")),
            "not a regular file (a character device)").SetName("LinkToDevUrandom");
        yield return new TestCaseData((Action<string>)(path =>
        {
            using var file = new FileStream(path, FileMode.CreateNew);
            file.SetLength(5L << 20);
        }), "5 MB, over the limit of 4 MB for this kind of file").SetName("FiveMegabytes");
    }

    /// <summary>
    /// A pipe would hold the command up for ever and a device fill memory: validate names the file as a
    /// problem; check skips it with a warning, runs the other rules, and warns again next time.
    /// </summary>
    [TestCaseSource(nameof(UnreadableRuleFiles))]
    public void ValidateAndCheck_RuleFileThatIsNotARegularFileOrTooLarge_IsNamedAndTheOthersLoad(Action<string> create, string problem)
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        create(folder.File("bad.json"));

        var validate = CliProcess.Run(workspace.Path, "rules", "validate", "--rules", folder.Path);
        Assert.That((validate.ExitCode, validate.Output), Is.EqualTo((1, $"{folder.File("bad.json")}: {problem}\n1 problems in {ShippedRuleFiles + 1} rule files.\n")), validate.Error);

        var run = CliProcess.Run(workspace.Path, "run", RepositoryPaths.Seeds, "--rules", folder.Path, "--db", workspace.File("factcheck.db"), "--format", "json",
            "--out", workspace.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error, Is.EqualTo($"warning: {folder.File("bad.json")}: {problem}; skipped\n"));
        Assert.That(run.Output, Does.Match(@"Checked: \d+ discrepanc"), "the other rules ran");

        var again = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That((again.ExitCode, again.Error), Is.EqualTo((0, $"warning: {folder.File("bad.json")}: {problem}; skipped\n")));
    }

    [Test]
    public void ValidateAndCheck_LexiconFileThatIsANamedPipe_StopWithTheFileNamed()
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        var metrics = Path.Combine(folder.Path, "lexicon", "metrics.json");
        File.Delete(metrics);
        MakeFifo(metrics);
        var expected = $"factcheck: {metrics}: not a regular file (a named pipe)\n";

        var validate = CliProcess.Run(workspace.Path, "rules", "validate", "--rules", folder.Path);
        Assert.That((validate.ExitCode, validate.Error), Is.EqualTo((1, expected)));
        var check = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That((check.ExitCode, check.Error), Is.EqualTo((1, expected)));
    }

    [Test]
    public void Check_OfStoredClaimsWithALexiconFileItCannotRead_StopsWithTheFileNamed_NotATrace()
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        File.WriteAllText(workspace.File("report.txt"), "Police said 20 people were killed in the blast on Monday.\n");
        var ingest = CliProcess.Run(workspace.Path, "ingest", workspace.File("report.txt"), "--db", workspace.File("factcheck.db"));
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Error);
        // Checked once already: the next check loads its rules on the thread that runs them.
        var first = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var numbers = Path.Combine(folder.Path, "lexicon", "numbers.json");
        File.WriteAllText(numbers, File.ReadAllText(numbers).Replace("\"increments\":", "\"incrementz\":"));

        // With progress lines on, as in a pipeline, the check runs beside the thread that writes them.
        var check = CliProcess.RunWithEnvironment(workspace.Path, new Dictionary<string, string?> { ["FACTCHECK_PROGRESS"] = "5" },
            "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That(check.ExitCode, Is.EqualTo(1));
        Assert.That(check.Error, Does.StartWith($"factcheck: {numbers}: line ").And.Contain("'incrementz'").And.Not.Contain("Exception"));
    }

    [Test]
    public void Check_NamedPipeBesideTheLexiconFiles_IsNotReadAndDoesNotHoldTheCheckUp()
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        MakeFifo(Path.Combine(folder.Path, "lexicon", "notes.json"));
        MakeFifo(Path.Combine(folder.Path, "schema", "draft.json"));

        var check = CliProcess.Run(workspace.Path, "check", "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That(check.ExitCode, Is.Zero, check.Error);
        Assert.That(check.Output, Does.StartWith("Checked: "));
    }

    /// <summary>The rule files shipped (the lexicon and schema live in folders of their own).</summary>
    private static int ShippedRuleFiles => Directory.GetFiles(RepositoryPaths.Rules, "*.json").Length;

    [Test]
    public void Validate_ShippedRules_AreValidUnderTheStrictChecks()
    {
        var validate = CliProcess.Run(RepositoryPaths.Root, "rules", "validate", "--rules", RepositoryPaths.Rules);
        Assert.That((validate.ExitCode, validate.Output, validate.Error), Is.EqualTo((0, $"{ShippedRuleFiles} rule files valid.\n", "")));
    }

    /// <summary>A lookahead needs the backtracking engine and its time limit; (a|aa)+ before a mismatch is exponential there.</summary>
    [Test]
    public void Ingest_LexiconPeriodPatternThatTimesOut_WarningNamesTheFileAndThePattern()
    {
        using var folder = CopyOfRules();
        using var workspace = new TemporaryDirectory();
        var periods = Path.Combine(folder.Path, "lexicon", "periods.json");
        Edit(periods, "\"patterns\": [", "\"patterns\": [\"^(?=(a|aa)+$)\", ");
        File.WriteAllText(workspace.File("article.txt"), new string('a', 60) + " 5 people were killed.\n");

        var ingest = CliProcess.Run(workspace.Path, "ingest", workspace.File("article.txt"), "--rules", folder.Path, "--db", workspace.File("factcheck.db"));
        Assert.That(ingest.Error, Does.Contain(
            $"claims could not be extracted (LexiconException: {periods}: pattern '^(?=(a|aa)+$)' took longer than 1 s on one sentence"), ingest.Error);
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain(from));
        File.WriteAllText(file, text.Replace(from, to));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
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
