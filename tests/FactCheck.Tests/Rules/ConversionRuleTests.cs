using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class ConversionRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static IReadOnlyList<Flag> Check(string sentence) =>
        new RuleEngine(ShippedRules).Run(Extractor.Extract(Some.Document(sentence)))
            .Flags.Where(f => f.RuleKind == "conversion").ToList();

    [TestCase("Britain will send £25 million ($33 million, 30 million euros) in aid.")]
    [TestCase("The army retreated more than 30 kilometres (18 miles) east of Kyiv.")]
    [TestCase("Horlivka is a large industrial center located in about 35 kilometers (20 miles) northwest of Donetsk.")]
    public void Evaluate_ConsistentConversions_AreNotFlagged(string sentence) => Assert.That(Check(sentence), Is.Empty);

    [Test]
    public void Evaluate_WrongCurrencyConversion_IsFlagged()
    {
        var flag = Check("Britain will send £25 million ($33 million, 50 million euros) in aid.").Single();
        Assert.That(flag.Claims.Select(c => c.Unit), Is.EqualTo(new[] { "GBP", "EUR" }));
        Assert.That(flag.Message, Does.Contain("50 million EUR").And.Contain("about 29.52 million EUR"), "2022 average rates");
    }

    [TestCase("The army retreated 30 kilometres (30 miles) east of Kyiv.")]
    [TestCase("Horlivka is located 35 kilometers (20 miles) northwest of Donetsk.")]
    public void Evaluate_WrongUnitConversion_IsFlagged(string sentence) =>
        Assert.That(Check(sentence).Single().Severity, Is.EqualTo(Severity.Medium));

    [Test]
    public void Evaluate_CurrencyWithoutARateForTheYear_IsNotJudged()
    {
        var claims = Extractor.Extract(Some.Document("Britain will send £25 million ($90 million) in aid.", published: new DateOnly(2014, 5, 1)));
        Assert.That(new RuleEngine(ShippedRules).Run(claims).Flags.Where(f => f.RuleKind == "conversion"), Is.Empty);
    }

    [Test]
    public void Evaluate_FiguresNotInParentheses_AreNotConversions() =>
        Assert.That(Check("Britain gave £25 million and the US gave $90 million."), Is.Empty);
}
