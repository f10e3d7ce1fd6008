using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

/// <summary>Claimants inside the shipped rules' messages read as English: lower case mid-sentence for a common noun, a plural verb for a plural.</summary>
public sealed class ClaimantGrammarTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static string Message(string ruleId, params string[] documents) =>
        new RuleEngine(ShippedRules).Run(documents.SelectMany((text, i) => Extractor.Extract(Some.Document(text, $"d{i}.txt", new DateOnly(2019, 6, 1)))))
            .Flags.Single(f => f.RuleId == ruleId).Message;

    [Test]
    public void APluralSourceOpeningItsSentence_IsWrittenInLowerCaseWithAPluralVerb()
    {
        var message = Message("crowd-size-conflict",
            "The interior ministry said 9,500 people took part in the protests across France on Saturday.",
            "Organisers said 24,000 people took part in the protests across France on Saturday.");
        Assert.That(message, Does.Contain("interior ministry counts 9,500").And.Contain("organisers count 24,000"));
        Assert.That(message, Does.Not.Contain("Organisers").And.Not.Contain("organisers counts"));
    }

    [Test]
    public void PoliceTakeAPluralVerb_ANamedSourceASingularOne()
    {
        var message = Message("casualty-toll-conflict",
            "Police said 12 people were killed in the blast in Kabul on Saturday.",
            "The Taliban-run interior ministry said 40 people were killed in the blast in Kabul on Saturday.");
        Assert.That(message, Does.Contain("police say 12").And.Contain("interior ministry says 40"));
    }

    [TestCase(" says 498", " say 498")]
    [TestCase(" has given 498", " have given 498")]
    [TestCase(" pushes it", " push it")]
    [TestCase(" said 498", " said 498")]
    [TestCase(" (a.txt) and", " (a.txt) and")]
    public void WithPluralVerb_InflectsOnlyAPresentTenseVerb(string rest, string expected) =>
        Assert.That(ClaimantGrammar.WithPluralVerb(rest), Is.EqualTo(expected));
}
