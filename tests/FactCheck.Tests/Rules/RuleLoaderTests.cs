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
        return Assert.Throws<RuleFileException>(() => new RuleLoader(Pipelines.Default.RuleKinds, RuleVocabulary.From(Some.Lexicon)).Load(folder.Path))!;
    }

    [Test]
    public void Load_ShippedRules_Succeeds() =>
        Assert.That(new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules), Is.Not.Empty);

    [Test]
    public void Load_ValidRule_Succeeds()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), $$"""{ "rules": [ {{ValidRule}} ] }""");
        Assert.That(new RuleLoader(Pipelines.Default.RuleKinds, RuleVocabulary.From(Some.Lexicon)).Load(folder.Path).Single().Definition.Id, Is.EqualTo("toll"));
    }

    [Test]
    public void Load_MalformedJson_NamesFileLineAndColumn()
    {
        var error = LoadFailure("{ \"rules\": [\n  { \"id\": \"x\",, }\n] }");
        Assert.That(error.Message, Does.Match(@"mine\.json:2:15: malformed JSON \(.+\)$"));
    }

    [Test]
    public void Load_UnknownTopLevelField_NamesLineAndColumn()
    {
        var error = LoadFailure($$"""
            {
              "rules": [ {{ValidRule}} ],
              "rulez": []
            }
            """);
        Assert.That(error.Message, Does.EndWith("mine.json:3:3 at rulez: unknown top-level field 'rulez'"));
    }

    [Test]
    public void Load_RuleWithoutKind_NamesTheRuleAndWhereItStarts()
    {
        var error = LoadFailure("""
            { "rules": [
                { "id": "toll", "message": "m" }
            ] }
            """);
        Assert.That(error.Message, Does.EndWith("mine.json:2:5: rule 'toll' at rules[0]: missing 'kind'"));
    }

    [Test]
    public void Load_UnknownField_IsAnErrorAtThatField()
    {
        var error = LoadFailure($$"""{ "rules": [ {{ValidRule.Replace("\"metrics\"", "\"tolerence\": 0.2, \"metrics\"")}} ] }""");
        Assert.That(error.Message, Does.EndWith("mine.json:1:58: rule 'toll' at rules[0].tolerence: unknown field 'tolerence'"));
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

    [Test]
    public void Load_CompareShortPeriodsWithShortPeriodsListed_IsAContradiction()
    {
        var error = LoadFailure($$"""
            { "rules": [
              {{ValidRule.Replace("\"metrics\"", "\"shortPeriods\": [\"24 hours\"],\n    \"compareShortPeriods\": true, \"metrics\"")}}
            ] }
            """);
        Assert.That(error.Message, Does.EndWith(
            "mine.json:3:5: rule 'toll' at rules[0].compareShortPeriods: 'compareShortPeriods' is true, so the 'shortPeriods' listed would never be used; remove one of them"));
    }

    [TestCase("\"windowDays\": -1", "'windowDays' must be at least 0, not -1")]
    [TestCase("\"tolerance\": 1.5", "'tolerance' must be between 0 and 1, not 1.5")]
    [TestCase("\"severity\": { \"low\": 10, \"medium\": 3, \"high\": 1.5 }", "severity ratios must rise")]
    public void Load_ImpossibleSetting_IsAnErrorWithLineAndColumn(string setting, string problem)
    {
        var rule = ValidRule.Replace("\"severity\": { \"low\": 1.5, \"medium\": 3, \"high\": 10 }, ", "")
            .Replace("\"metrics\"", (setting.StartsWith("\"severity", StringComparison.Ordinal) ? "" : "\"severity\": { \"low\": 1.5, \"medium\": 3, \"high\": 10 },\n    ")
                                   + setting + ",\n    \"metrics\"");
        var error = LoadFailure($$"""{ "rules": [ {{rule}} ] }""");
        Assert.That(error.Message, Does.Match(@"^\S*mine\.json:\d+:\d+: rule 'toll' at rules\[0\]").And.Contain(problem));
    }

    [Test]
    public void Load_QuoteSeverityThresholdOutsideTheFlaggedSimilarities_IsAContradiction()
    {
        var error = LoadFailure("""
            { "rules": [
              { "id": "quotes", "kind": "quote-variance", "minSimilarity": 70, "maxSimilarity": 98,
                "lowBelow": 60, "message": "{speaker}" }
            ] }
            """);
        Assert.That(error.Message, Does.Contain("mine.json:3:5: rule 'quotes' at rules[0].lowBelow: 'lowBelow' (60) must lie between"));
    }

    [Test]
    public void Load_OverlappingCurrencyTables_IsAContradiction()
    {
        var error = LoadFailure("""
            { "rules": [
              { "id": "fx", "kind": "conversion", "units": { "km": 1, "miles": 1.609344 },
                "currencies": [
                  { "from": "2022-01-01", "to": "2022-12-31", "rates": { "USD": 1, "GBP": 1.24 } },
                  { "from": "2022-06-01", "to": "2023-05-31", "rates": { "USD": 1, "GBP": 1.20 } }
                ],
                "message": "{a.figure}" }
            ] }
            """);
        Assert.That(error.Message, Does.EndWith(
            "mine.json:5:7: rule 'fx' at rules[0].currencies[1]: currencies[1] (2022-06-01 to 2023-05-31) overlaps currencies[0] (2022-01-01 to 2022-12-31)"));
    }
}
