using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Rules.QuoteVariance;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class QuoteVarianceRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(RuleKindRegistry.Default).Load(RepositoryPaths.Rules);
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

    [Test]
    public void DifferentSpeakers_AreNotCompared() =>
        Assert.That(Check(
            "\"Come with Ukrainian symbols to support Ukraine, to support freedom, to support life,\" Zelensky said.",
            "\"Go ahead with Ukrainian symbols to defend Ukraine, to defend freedom, to defend life,\" Stoltenberg said."), Is.Empty);

    [TestCase("I can announce that the government assesses it", "I can report that the government believes it", "announce>report|assesses>believes")]
    [TestCase("we are ready to fight for each building", "and we are ready to fight for each building today", "")]
    public void WordDifference_ListsReplacementsNotExtraEnds(string first, string second, string expected)
    {
        var differences = WordDifference.Between(first, second).Select(d => $"{d.Before}>{d.After}");
        Assert.That(string.Join('|', differences), Is.EqualTo(expected));
    }
}
