using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>The fields every rule shares are checked for their type when it loads: a wrong type is an error, never a silent default.</summary>
public sealed class SharedRuleFieldsTests
{
    private const string Settings = "\"metrics\": [\"killed\"], \"severity\": { \"low\": 1.5, \"medium\": 3, \"high\": 10 }";

    private static IReadOnlyList<IRule> Load(string json)
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), json);
        return new RuleLoader(Pipelines.Default.RuleKinds, RuleVocabulary.From(Some.Lexicon)).Load(folder.Path);
    }

    private static string Rule(string fields) => $$"""
        { "rules": [
          { "id": "toll", "kind": "numeric-conflict", "message": "m", {{Settings}},
            {{fields}} }
        ] }
        """;

    [TestCase("\"enabled\": \"false\"", "rules[0].enabled: 'enabled' must be true or false, not the string \"false\"")]
    [TestCase("\"enabled\": 0", "rules[0].enabled: 'enabled' must be true or false, not the number 0")]
    [TestCase("\"examples\": \"x\"", "rules[0].examples: 'examples' must be an array of examples, not the string \"x\"")]
    [TestCase("\"examples\": [\"x\"]", "rules[0].examples[0]: an example must be an object, not the string \"x\"")]
    [TestCase("\"examples\": [{ \"name\": \"n\", \"expect\": \"flag\", \"documents\": [{ \"date\": \"2022-03-02\", \"txt\": \"t\" }] }]",
        "rules[0].examples[0].documents[0].txt: unknown field 'txt' (expected: date, text)")]
    [TestCase("\"description\": 5", "rules[0].description: 'description' must be a string, not the number 5")]
    [TestCase("\"windowDays\": \"45\"", "rules[0].windowDays: 'windowDays' must be a number, not the string \"45\"")]
    [TestCase("\"risingTotalIsUpdate\": \"true\"", "rules[0].risingTotalIsUpdate: 'risingTotalIsUpdate' must be true or false, not the string \"true\"")]
    [TestCase("\"shortPeriods\": [\"\"]", "rules[0].shortPeriods[0]: 'shortPeriods[0]' is empty")]
    [TestCase("\"shortPeriods\": [24]", "rules[0].shortPeriods[0]: 'shortPeriods[0]' must be a string, not the number 24")]
    public void Load_FieldOfTheWrongType_IsAnErrorAtThatFieldSayingWhatWasExpected(string field, string expected)
    {
        var error = Assert.Throws<RuleFileException>(() => Load(Rule(field)))!;
        Assert.That(error.Message, Does.Match(@"mine\.json:3:\d+: rule 'toll' at ").And.EndWith(expected));
    }

    [TestCase("\"id\": \"\"", "mine.json:2:5 at rules[0].id: 'id' is empty")]
    [TestCase("\"id\": \"  \"", "mine.json:2:5 at rules[0].id: 'id' is empty")]
    [TestCase("\"id\": 7", "mine.json:2:5 at rules[0].id: 'id' must be a string, not the number 7")]
    [TestCase("\"id\": \"toll\", \"kind\": [\"numeric-conflict\"]", "mine.json:2:19: rule 'toll' at rules[0].kind: 'kind' must be a string, not an array")]
    public void Load_IdOrKindEmptyOrNotAString_IsAnError(string fields, string expected)
    {
        var error = Assert.Throws<RuleFileException>(() => Load($$"""
            { "rules": [
              { {{fields}}, "kind": "numeric-conflict", "message": "m", {{Settings}} }
            ] }
            """.Replace("\"kind\": [\"numeric-conflict\"], \"kind\": \"numeric-conflict\"", "\"kind\": [\"numeric-conflict\"]")))!;
        Assert.That(error.Message, Does.EndWith(expected));
    }

    [Test]
    public void Load_FieldGivenTwice_IsAnError_AsNoReaderCanTellWhichCounts()
    {
        var error = Assert.Throws<RuleFileException>(() => Load(Rule("\"enabled\": false, \"enabled\": true")))!;
        Assert.That(error.Message, Does.EndWith("mine.json:3:23: 'enabled' is given twice in one object; keep one"));
    }

    [Test]
    public void Load_EnabledFalse_LeavesTheRuleOut() =>
        Assert.That(Load(Rule("\"enabled\": false")), Is.Empty);

    [Test]
    public void Load_EnabledTrue_LoadsTheRule() =>
        Assert.That(Load(Rule("\"enabled\": true")).Single().Definition.Id, Is.EqualTo("toll"));

    [Test]
    public void Validate_EveryInvalidRuleOfAFile_IsReported_NotOnlyTheFirst()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), """
            { "rules": [
              { "id": "", "kind": "numeric-conflict", "message": "m" },
              { "id": "b", "kind": "numeric-conflict", "message": "m", "enabled": "no" }
            ] }
            """);
        var problems = new RuleLoader(Pipelines.Default.RuleKinds, RuleVocabulary.From(Some.Lexicon)).Validate([folder.File("mine.json")]);
        Assert.That(problems.Select(p => p.JsonPath), Is.EqualTo(new[] { "rules[0].id", "rules[1].enabled" }));
    }
}
