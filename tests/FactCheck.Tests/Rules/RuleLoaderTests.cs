using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class RuleLoaderTests
{
    private const string ValidRule = """
        { "id": "toll", "kind": "numeric-conflict", "metrics": ["killed"], "severity": { "low": 1.5, "medium": 3, "high": 10 }, "message": "{a.figure} vs {b.figure}" }
        """;

    private static RuleFileException LoadFailure(string json)
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), json);
        return Assert.Throws<RuleFileException>(() => new RuleLoader(RuleKindRegistry.Default).Load(folder.Path))!;
    }

    [Test]
    public void Load_ShippedRules_Succeeds() =>
        Assert.That(new RuleLoader(RuleKindRegistry.Default).Load(RepositoryPaths.Rules), Is.Not.Empty);

    [Test]
    public void Load_ValidRule_Succeeds()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), $$"""{ "rules": [ {{ValidRule}} ] }""");
        Assert.That(new RuleLoader(RuleKindRegistry.Default).Load(folder.Path).Single().Definition.Id, Is.EqualTo("toll"));
    }

    [Test]
    public void Load_MalformedJson_NamesFileAndLine()
    {
        var error = LoadFailure("{ \"rules\": [\n  { \"id\": \"x\",, }\n] }");
        Assert.That(error.Message, Does.Contain("mine.json").And.Contain("line 2"));
    }

    [Test]
    public void Load_UnknownField_IsAnError()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("\"metrics\"", "\"tolerence\": 0.2, \"metrics\"")}} ] }""");
        Assert.That(error.Message, Does.Contain("rule 'toll'").And.Contain("unknown field 'tolerence'"));
    }

    [Test]
    public void Load_UnknownKind_ListsTheKnownKinds()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("numeric-conflict", "numeric-clash")}} ] }""");
        Assert.That(error.Message, Does.Contain("unknown kind 'numeric-clash'").And.Contain("numeric-conflict"));
    }

    [Test]
    public void Load_DuplicateIds_IsAnError()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule}}, {{ValidRule}} ] }""");
        Assert.That(error.Message, Does.Contain("duplicate rule id"));
    }

    [Test]
    public void Load_ContradictorySeverities_IsAnError()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("\"medium\": 3", "\"medium\": 30")}} ] }""");
        Assert.That(error.Message, Does.Contain("severity ratios must rise"));
    }

    [Test]
    public void Load_ToleranceOutOfRange_IsAnError()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("\"metrics\"", "\"tolerance\": 2, \"metrics\"")}} ] }""");
        Assert.That(error.Message, Does.Contain("'tolerance' must be between 0 and 1"));
    }

    [Test]
    public void Load_UnknownPlaceholder_IsAnError()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("{b.figure}", "{b.figur}")}} ] }""");
        Assert.That(error.Message, Does.Contain("{b.figur}"));
    }

    [Test]
    public void Load_BadRegularExpression_IsAnError()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("\"metrics\"", "\"shortPeriods\": [\"(24 hours\"], \"metrics\"")}} ] }""");
        Assert.That(error.Message, Does.Contain("invalid regular expression"));
    }
}
