using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class CorroborationRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);

    private static IReadOnlyList<Flag> Agreements(params Claim[] claims) =>
        new RuleEngine(ShippedRules).Run(claims).Flags.Where(f => f.Kind == FindingKind.Agreement).ToList();

    private static readonly Claim Trapped = Some.Claim("Zelensky", 95000, 100000, metric: "trapped", subject: "people", side: null,
        qualifier: "nearly", document: "002.txt", location: "Mariupol", date: new DateOnly(2022, 3, 22));

    [Test]
    public void Evaluate_SameFigureInTwoDocuments_IsAnAgreement()
    {
        var agreement = Agreements(Trapped, Trapped with { Low = 100000, Qualifier = "exact", Document = "000.txt" }).Single();
        Assert.That(agreement.Severity, Is.EqualTo(Severity.Info));
        Assert.That(agreement.Message, Does.Contain("nearly 100,000").And.Contain("agree"));
    }

    [Test]
    public void Evaluate_ASideStatedOnOneSideOnly_StillCorroborates()
    {
        var diplomats = Some.Claim("Russia", 12, 12, metric: "expelled", subject: "diplomats", qualifier: "exact", document: "000.txt");
        Assert.That(Agreements(diplomats, diplomats with { Claimant = "unattributed", Side = null, Document = "004.txt" }), Has.Count.EqualTo(1));
        Assert.That(Agreements(diplomats, diplomats with { Side = "Ukrainian", Document = "004.txt" }), Is.Empty, "two stated sides must match");
    }

    [Test]
    public void Evaluate_SameDocument_IsNotIndependent() =>
        Assert.That(Agreements(Trapped, Trapped with { Low = 100000, Qualifier = "exact", Sentence = "again" }), Is.Empty);

    [Test]
    public void Evaluate_DisagreeingFigures_AreNotAnAgreement() =>
        Assert.That(Agreements(Trapped, Trapped with { Low = 300000, High = 300000, Document = "000.txt" }), Is.Empty);

    // Hurricane Otis, 30 October 2023 - 2 November 2023: 46 dead against "at least 48" is a conflict; agreement's looser tolerance does
    // not also call the pair agreeing.
    [Test]
    public void Evaluate_APairAnotherRuleFindsInConflict_IsNoAgreement()
    {
        var state = Some.Claim("Guerrero state", 46, 46, subject: "people", side: null, qualifier: "exact", document: "abc.txt", location: "Acapulco",
            date: new DateOnly(2023, 11, 1));
        var federal = state with { Claimant = "civil protection", Low = 48, High = double.PositiveInfinity, Qualifier = "at least", Document = "reuters.txt" };
        var flags = new RuleEngine(ShippedRules).Run([state, federal]).Flags;
        Assert.That(flags.Select(f => f.Kind), Is.EqualTo(new[] { FindingKind.Discrepancy }));
    }

    // Sewol ferry reporting, April 2014: "at least 4" dead on the first day and 286 a month on fit under one open end, and say different
    // things; a floor agrees only with a figure near it.
    [TestCase(4, 286, false)]
    [TestCase(24, 200, false)]
    [TestCase(27, 27, true)]
    [TestCase(46, 48, true)]
    public void Evaluate_AFloor_AgreesOnlyWithAFigureNearIt(double floor, double other, bool agrees)
    {
        var atLeast = Some.Claim("coast guard", floor, double.PositiveInfinity, subject: "people", side: null, qualifier: "at least", document: "a.txt",
            location: "Jindo", date: new DateOnly(2014, 4, 17));
        var given = atLeast with { Claimant = "officials", Low = other, High = other, Qualifier = "exact", Document = "b.txt" };
        Assert.That(Agreements(atLeast, given), agrees ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [Test]
    public void Evaluate_ComparisonFigures_NeverCorroborate() =>
        Assert.That(Agreements(Trapped, Trapped with { Document = "000.txt", Modality = Modality.Comparison }), Is.Empty);
}
