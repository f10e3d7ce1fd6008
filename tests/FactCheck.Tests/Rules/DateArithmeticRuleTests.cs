using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class DateArithmeticRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);

    private static IReadOnlyList<Flag> Check(string metric, double value, DateOnly date, string sentence) =>
        new RuleEngine(ShippedRules).Run([
            Some.Claim("unattributed", value, value, metric: metric, subject: "war", side: null, qualifier: "exact", date: date) with
            {
                Sentence = sentence, Unit = metric == "war day" ? "day" : "year",
            },
        ]).Flags.Where(f => f.RuleId == "war-day-count").ToList();

    [Test]
    public void WarDay772OnApril4_2024_IsOneDayOff()
    {
        var flag = Check("war day", 772, new DateOnly(2024, 4, 4), "Russia-Ukraine war enters its 772nd day.").Single();
        Assert.That(flag.Severity, Is.EqualTo(Severity.Low));
        Assert.That(flag.Message, Does.Contain("the calendar gives 771"));
    }

    [Test]
    public void SeventhDayOnMarch2_2022_IsRight() =>
        Assert.That(Check("war day", 7, new DateOnly(2022, 3, 2), "On the seventh day of Putin's offensive, troops landed."), Is.Empty);

    [Test]
    public void NatoSeventyFifthAnniversaryIn2024_IsRight() =>
        Assert.That(Check("anniversary", 75, new DateOnly(2024, 4, 3), "NATO ministers celebrate the 75th anniversary of the alliance."), Is.Empty);

    [Test]
    public void DayCountWithoutANamedEvent_IsNotChecked() =>
        Assert.That(Check("war day", 500, new DateOnly(2024, 4, 4), "The strike enters its 500th day."), Is.Empty);

    // Shine (Xinhua), 8 October 2023: another war's day, in a sentence naming no place of the invasion.
    [Test]
    public void AnotherWarsDay_IsNoDayOfTheInvasion() =>
        Assert.That(Check("war day", 2, new DateOnly(2023, 10, 8), "The death toll reached 600, Israel's state-owned Kan TV news reported on Sunday, the second day of the deadly war."), Is.Empty);

    [Test]
    public void EventWithABadStartDate_IsARuleFileError()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.File("r.json"), """
            { "rules": [ { "id": "d", "kind": "date-arithmetic", "message": "{a.figure}",
              "events": [ { "name": "x", "start": "24/02/2022", "cues": ["war"] } ] } ] }
            """);
        var error = Assert.Throws<RuleFileException>(() => new RuleLoader(Pipelines.Default.RuleKinds, RuleVocabulary.From(Some.Lexicon)).Load(folder.Path))!;
        Assert.That(error.Message, Does.Contain("rule 'd'").And.Contain("'start' must be a date"));
    }
}
