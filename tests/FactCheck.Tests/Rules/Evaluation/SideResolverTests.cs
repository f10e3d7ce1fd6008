using FactCheck.Rules.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules.Evaluation;

public sealed class SideResolverTests
{
    private static readonly FactCheck.Extraction.Claim Article1 =
        Some.Claim(low: 7, high: 7, document: "corpus/article_1.txt") with { Sentence = "Seven  people were\nkilled on Friday." };
    private static readonly FactCheck.Extraction.Claim Article10 =
        Some.Claim(low: 7, high: 7, document: "corpus/article_10.txt") with { Sentence = "Seven people were wounded." };

    [Test]
    public void Resolve_ThePrefixMatchesSeveralFilesAndTheFragmentDecides()
    {
        Assert.That(SideResolver.Resolve(new PairSide("article_1", 7, "people were KILLED"), [Article1, Article10]), Is.EqualTo(new[] { Article1 }));
        Assert.That(SideResolver.Resolve(new PairSide("article_1", 7, "were wounded"), [Article1, Article10]), Is.EqualTo(new[] { Article10 }));
    }

    [TestCase(7000, ExpectedResult = true)]
    [TestCase(15000, ExpectedResult = true)]
    [TestCase(6950, ExpectedResult = true)]
    [TestCase(6900, ExpectedResult = false)]
    [TestCase(16000, ExpectedResult = false)]
    public bool Resolve_TheNumberFallsInTheIntervalOrWithinOnePercentOfItsStart(double number) =>
        SideResolver.Resolve(new PairSide("a", number, "said"), [Some.Claim(low: 7000, high: 15000, document: "a.txt")]).Count == 1;

    [Test]
    public void Resolve_AnOpenIntervalHoldsEveryLargerNumber() =>
        Assert.That(SideResolver.Resolve(new PairSide("a", 600, "said"), [Some.Claim(low: 500, high: double.PositiveInfinity, document: "a.txt")]), Has.Count.EqualTo(1));

    [Test]
    public void Resolve_TakesTheSameAssertionRepeatedInItsDocument()
    {
        var dateline = Some.Claim(low: 22, high: 22, document: "e25c.txt") with { Sentence = "Mumbai : Twenty-two people were killed." };
        var repeat = dateline with { Sentence = "22 people were killed at Mumbai's Elphinstone Road station." };
        var otherSource = repeat with { Claimant = "police" };
        Assert.That(SideResolver.Resolve(new PairSide("e25c", 22, "Twenty-two people"), [dateline, repeat, otherSource]), Is.EqualTo(new[] { dateline, repeat }));
    }

    [Test]
    public void Resolve_NothingMatchingIsAnEmptyList() =>
        Assert.That(SideResolver.Resolve(new PairSide("b", 7, "Seven"), [Article1]), Is.Empty);
}
