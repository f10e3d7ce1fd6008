using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>Names a rule gives for metrics, subjects, units and currencies are checked against the lexicon when it loads.</summary>
public sealed class RuleVocabularyTests
{
    private static readonly RuleVocabulary Vocabulary = RuleVocabulary.From(Some.Lexicon);

    private static string Toll(string metrics, string placeRequiredFor = "[\"people\"]") => $$"""
        { "rules": [
          { "id": "toll", "kind": "numeric-conflict",
            "metrics": {{metrics}},
            "placeRequiredFor": {{placeRequiredFor}},
            "severity": { "low": 1.5, "medium": 3, "high": 10 }, "message": "{a.figure} vs {b.figure}" }
        ] }
        """;

    private static string Conversion(string units, string rates) => $$"""
        { "rules": [
          { "id": "fx", "kind": "conversion",
            "units": {{units}},
            "currencies": [ { "from": "2022-01-01", "to": "2022-12-31", "rates": {{rates}} } ],
            "message": "{a.figure}" }
        ] }
        """;

    private static IReadOnlyList<IRule> Load(string json)
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("mine.json"), json);
        return new RuleLoader(Pipelines.Default.RuleKinds, Vocabulary).Load(folder.Path);
    }

    private static string LoadFailure(string json) => Assert.Throws<RuleFileException>(() => Load(json))!.Message;

    [Test]
    public void Load_MisspelledMetric_IsAnErrorAtThatNameWithTheMetricItResembles() =>
        Assert.That(LoadFailure(Toll("[\"killed\", \"marchd\"]")), Does.EndWith(
            "mine.json:3:27: rule 'toll' at rules[0].metrics[1]: unknown metric 'marchd'; did you mean 'participated' (its words in metrics.json include 'marched')?"));

    [Test]
    public void Load_MetricMisspelledCloseToItsName_SuggestsTheName() =>
        Assert.That(LoadFailure(Toll("[\"kiled\"]")), Does.EndWith("at rules[0].metrics[0]: unknown metric 'kiled'; did you mean 'killed'?"));

    [Test]
    public void Load_AWordForAMetricInPlaceOfItsName_SaysWhichMetricItIsAWordFor() =>
        Assert.That(LoadFailure(Toll("[\"dead\"]")), Does.EndWith(
            "unknown metric 'dead': it is one of the words for the metric 'killed' in metrics.json; did you mean 'killed'?"));

    [Test]
    public void Load_MetricLikeNothingKnown_ListsTheKnownMetrics() =>
        Assert.That(LoadFailure(Toll("[\"xyzzy\"]")), Does.Contain("unknown metric 'xyzzy' (known: ").And.Contain("killed, ").And.Contain("add it to metrics.json"));

    [Test]
    public void Load_MisspelledSubject_IsAnErrorWithTheSubjectItResembles() =>
        Assert.That(LoadFailure(Toll("[\"killed\"]", "[\"people\", \"civillians\"]")), Does.EndWith(
            "mine.json:4:36: rule 'toll' at rules[0].placeRequiredFor[1]: unknown subject 'civillians'; did you mean 'civilians'?"));

    [Test]
    public void Load_UnitNotInTheLexicon_IsAnErrorAtThatUnit() =>
        Assert.That(LoadFailure(Conversion("{ \"km\": 1, \"kilometers\": 1 }", "{ \"USD\": 1, \"GBP\": 1.24 }")), Does.EndWith(
            "mine.json:3:25: rule 'fx' at rules[0].units.kilometers: unknown unit 'kilometers': it is one of the words for the unit 'km' in units.json; did you mean 'km'?"));

    [Test]
    public void Load_CurrencyNotInTheLexicon_IsAnErrorAtThatCurrency() =>
        Assert.That(LoadFailure(Conversion("{ \"km\": 1, \"miles\": 1.609344 }", "{ \"USD\": 1, \"GPB\": 1.24 }")), Does.Contain(
            "rule 'fx' at rules[0].currencies[0].rates.GPB: unknown currency 'GPB'"));

    [Test]
    public void Load_NamesExtractionGivesByItself_AreKnown()
    {
        var rules = Load(Toll("[\"distance\", \"share\", \"war day\", \"*\"]", "[\"unspecified\"]"));
        Assert.That(rules.Single().Definition.Id, Is.EqualTo("toll"));
    }

    [Test]
    public void Load_NamesDifferingOnlyInCase_AreKnown_AsRulesMatchThemIgnoringCase() =>
        Assert.That(Load(Toll("[\"Killed\"]", "[\"Civilians\"]")), Has.Count.EqualTo(1));

    /// <summary>The built-in names are those extraction really gives, none missing and none dead.</summary>
    [Test]
    public void BuiltInMetrics_AreExactlyTheMetricsExtractionGivesWithoutALexiconWord()
    {
        var sentences = new[]
        {
            "Officials said 9 percent of the city had no power.",
            "The shelling hit a town 30 km from the border.",
            "The ministry said it would spend $5 million on repairs.",
            "Officials said 4,000 tonnes of grain were shipped.",
            "Officials said 12 helicopters were seen.",
            "It was the 75th anniversary of the alliance.",
            "On the 40th day of the war, officials said 3 people were killed.",
            "“We will never surrender to anyone, not ever,” Zelensky said on Tuesday.",
        };
        var listed = Some.Lexicon.Names.Metrics.WordsByName.Keys.ToHashSet();
        var metrics = sentences.SelectMany(s => Extracted.Claims(s)).Select(c => c.Metric).ToHashSet();
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").SelectMany(f => Extracted.Claims(File.ReadAllText(f))).Select(c => c.Metric);

        Assert.That(metrics.Concat(seeds).Where(m => !listed.Contains(m)).Distinct().Order(), Is.SubsetOf(RuleVocabulary.BuiltInMetrics));
        Assert.That(RuleVocabulary.BuiltInMetrics, Is.SubsetOf(metrics), "a built-in name no sentence gives");
    }
}
