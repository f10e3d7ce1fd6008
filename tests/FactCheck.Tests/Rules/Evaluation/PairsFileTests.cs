using FactCheck.Rules.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules.Evaluation;

public sealed class PairsFileTests
{
    private static PairsFile Load(string json)
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("pairs.json"), json);
        return PairsFile.Load(directory.File("pairs.json"));
    }

    private static string LoadError(string json) =>
        Assert.Throws<InvalidDataException>(() => Load(json))!.Message;

    [Test]
    public void Load_ReadsEachListWithItsSides()
    {
        var pairs = Load("""
            {"about": "marches",
             "must_flag": [{"why": "same march", "a": ["police", 300, "300 people marched"], "b": ["organisers", 3000, "3,000 people"]}],
             "should_flag": [],
             "must_not_flag": [{"why": "a clock time", "a": ["police", 19, "At 19:31"]}]}
            """);
        Assert.That(pairs.MustFlag.Single().A, Is.EqualTo(new PairSide("police", 300, "300 people marched")));
        Assert.That(pairs.MustFlag.Single().B, Is.EqualTo(new PairSide("organisers", 3000, "3,000 people")));
        Assert.That(pairs.MustNotFlag.Single().B, Is.Null);
        Assert.That(pairs.All().Select(p => p.Expectation), Is.EqualTo(new[] { PairExpectation.MustFlag, PairExpectation.MustNotFlag }));
    }

    [Test]
    public void Load_ASideOfTheWrongShapeIsAnErrorSayingWhere() =>
        Assert.That(LoadError("""{"must_flag": [{"why": "x", "a": ["police", "300", "words"], "b": ["o", 1, "w"]}]}"""),
            Does.Contain("pairs.json: a side is [file prefix, number, sentence fragment] (at $.must_flag[0].a"));

    [Test]
    public void Load_AMisspeltListIsAnError() =>
        Assert.That(LoadError("""{"must_flags": []}"""), Does.Contain("must_flags"));

    [Test]
    public void Load_OnlyAMustNotEntryMayLeaveOutItsSecondSide() =>
        Assert.That(LoadError("""{"should_flag": [{"why": "lonely", "a": ["police", 300, "300 people"]}]}"""),
            Does.Contain("a pair to flag needs both sides"));

    [Test]
    public void Load_AMissingFileSaysSo()
    {
        var error = Assert.Throws<FileNotFoundException>(() => PairsFile.Load("no/such/pairs.json"));
        Assert.That(error!.Message, Is.EqualTo("no/such/pairs.json: pairs file not found"));
    }
}
