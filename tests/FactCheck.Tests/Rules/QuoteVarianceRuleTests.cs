using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Rules;
using FactCheck.Rules.QuoteVariance;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class QuoteVarianceRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static IReadOnlyList<Flag> Check(params string[] documents) =>
        new RuleEngine(ShippedRules).Run(documents.SelectMany((text, i) => Extractor.Extract(Some.Document(text, $"d{i}.txt"))))
            .Flags.Where(f => f.RuleKind == "quote-variance").ToList();

    [Test]
    public void TheSameStatementInTwoWordings_IsFlaggedWithTheDifferingWords()
    {
        var flag = Check(
            "\"Come with Ukrainian symbols to support Ukraine, to support freedom, to support life,\" Zelensky said in a video address.",
            "“Go ahead with Ukrainian symbols to defend Ukraine, to defend freedom, to defend life!” Zelensky said.").Single();
        Assert.That(flag.Message, Does.StartWith("Zelensky quoted in two wordings").And.Contain("“Come” → “Go ahead”").And.Contain("“support” → “defend”"));
        Assert.That(flag.Severity, Is.EqualTo(Severity.Low));
    }

    [Test]
    public void AShorterExcerptOfTheSameWords_IsNotAVariance() =>
        Assert.That(Check(
            "\"The situation on the battlefield is difficult, and this is an argument for more support,\" Stoltenberg said.",
            "\"The situation on the battlefield is difficult,\" Stoltenberg said."), Is.Empty);

    // Jordan Pulse and LongIsland-NY (AFP), June 2024: words an editor put in square brackets, no speaker said.
    [Test]
    public void WordsAnEditorPutInBrackets_AreNoVariance() =>
        Assert.That(Check(
            "“All of them died because of heat” except for one who sustained fatal injuries during a minor crowd crush, one diplomat said to the AFP.",
            "“All of them [the Egyptians] died because of heat” except for one fatally injured in a crowd crush, one diplomat said."), Is.Empty);

    [Test]
    public void DifferentSpeakers_AreNotCompared() =>
        Assert.That(Check(
            "\"Come with Ukrainian symbols to support Ukraine, to support freedom, to support life,\" Zelensky said.",
            "\"Go ahead with Ukrainian symbols to defend Ukraine, to defend freedom, to defend life,\" Stoltenberg said."), Is.Empty);

    [Test]
    public void AUnitSpelledOutOrShort_IsOneWording()
    {
        var flag = Check(
            "\"The Ukrainians have managed to push the Russians back 55 kilometres east and northeast of Kiev,\" the senior Pentagon official told reporters.",
            "“The Ukrainians managed to push the Russians back 55 km east and northeast of Kiev,” a senior Pentagon official told reporters.").Single();
        Assert.That(flag.Message, Does.Contain("“have” → “”").And.Not.Contain("kilometres"));
    }

    [Test]
    public void AChangeMadeThreeTimes_IsListedOnceWithItsCount()
    {
        var flag = Check(
            "\"Come with Ukrainian symbols to support Ukraine, to support freedom, to support life,\" Zelensky said in a video address.",
            "“Go ahead with Ukrainian symbols to defend Ukraine, to defend freedom, to defend life!” Zelensky said.").Single();
        Assert.That(flag.Message, Does.Contain("“support” → “defend” (3 times)"));
        Assert.That(flag.Message.Split("“support” → “defend”").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void ChangedWordsOutnumberingTheShorterQuote_AreNotGivenAsAPartOfIt()
    {
        var claims = new[]
        {
            "\"Come with Ukrainian symbols to support Ukraine and freedom,\" Zelensky said in a video address.",
            "\"Come with Ukrainian symbols, flags, banners and songs, all of you, everywhere in Europe, to support Ukraine and freedom,\" Zelensky said.",
        }.SelectMany((text, i) => Extractor.Extract(Some.Document(text, $"d{i}.txt"))).Where(c => c.Metric == "quote").ToList();
        var rule = ShippedRules.OfType<QuoteVarianceRule>().Single();
        var inputs = rule.Compare(claims[0], claims[1]).Single(c => c.Name == "only a few words differ").Inputs;
        Assert.That(inputs, Does.Match(@"^\d+ words changed, at most \d+ allowed \(half the shorter quote's 9\)"));
        Assert.That(inputs, Does.Not.Match(@"^\d+ of \d+ words"));
    }

    [TestCase("I can announce that the government assesses it", "I can report that the government believes it", "announce>report|assesses>believes")]
    [TestCase("we are ready to fight for each building", "and we are ready to fight for each building today", "")]
    public void WordDifference_ListsReplacementsNotExtraEnds(string first, string second, string expected)
    {
        var differences = WordDifference.Between(first, second).Select(d => $"{d.Before}>{d.After}");
        Assert.That(string.Join('|', differences), Is.EqualTo(expected));
    }
}
