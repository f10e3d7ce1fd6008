using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Rules.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules.Evaluation;

public sealed class PairEvaluatorTests
{
    private static readonly Claim Moscow = Some.Claim("Russia", low: 498, high: 498, document: "moscow.txt");
    private static readonly Claim Nato = Some.Claim("NATO", low: 7000, high: 15000, document: "nato.txt");
    private static readonly Claim Zelensky = Some.Claim("Zelensky", low: 8550, high: 9000, document: "nato.txt");

    private static PairSide Side(Claim claim) => new(Path.GetFileNameWithoutExtension(claim.Document), claim.Low, claim.Claimant);

    private static Flag FlagOf(FindingKind kind, params Claim[] claims) => new()
    {
        RuleId = "toll", RuleKind = "numeric-conflict", Severity = Severity.High, Kind = kind, Message = "m", Claims = claims,
    };

    private static PairsEvaluation Evaluate(PairsFile pairs, params Flag[] flags) =>
        PairEvaluator.Evaluate(pairs, [Moscow, Nato, Zelensky], flags);

    [Test]
    public void Evaluate_APairIsFlaggedWhenADiscrepancyHoldsAClaimOfEachSide()
    {
        var pairs = new PairsFile
        {
            MustFlag = [new GoldPair { Why = "tolls", A = Side(Moscow), B = Side(Nato) }],
            MustNotFlag = [new GoldPair { Why = "overlap", A = Side(Nato), B = Side(Zelensky) }],
        };
        var result = Evaluate(pairs, FlagOf(FindingKind.Discrepancy, Moscow, Nato));
        Assert.That(result.Tally(PairExpectation.MustFlag), Is.EqualTo(new PairTally(1, 1, 0)));
        Assert.That(result.Tally(PairExpectation.MustNotFlag), Is.EqualTo(new PairTally(0, 1, 0)));
        Assert.That(result.Results[0].Flags.Single().Claims, Is.EqualTo(new[] { Moscow, Nato }));
    }

    [Test]
    public void Evaluate_AnAgreementIsNotAFlag()
    {
        var pairs = new PairsFile { MustNotFlag = [new GoldPair { Why = "overlap", A = Side(Nato), B = Side(Zelensky) }] };
        var result = Evaluate(pairs, FlagOf(FindingKind.Agreement, Nato, Zelensky));
        Assert.That(result.Results.Single().Outcome, Is.EqualTo(PairOutcome.NotFlagged));
    }

    [Test]
    public void Evaluate_AMustNotEntryWithoutASecondSideIsFlaggedByAnyDiscrepancyHoldingIt()
    {
        var pairs = new PairsFile { MustNotFlag = [new GoldPair { Why = "never", A = Side(Zelensky) }] };
        Assert.That(Evaluate(pairs, FlagOf(FindingKind.Discrepancy, Moscow, Zelensky)).Results.Single().Outcome, Is.EqualTo(PairOutcome.Flagged));
        Assert.That(Evaluate(pairs, FlagOf(FindingKind.Discrepancy, Moscow, Nato)).Results.Single().Outcome, Is.EqualTo(PairOutcome.NotFlagged));
    }

    [Test]
    public void Evaluate_ASideMatchingNoClaimIsNotExtracted()
    {
        var pairs = new PairsFile { ShouldFlag = [new GoldPair { Why = "tolls", A = Side(Moscow), B = new PairSide("kyiv", 1300, "Zelensky") }] };
        var result = Evaluate(pairs, FlagOf(FindingKind.Discrepancy, Moscow, Nato));
        Assert.That(result.Tally(PairExpectation.ShouldFlag), Is.EqualTo(new PairTally(0, 1, 1)));
        Assert.That(result.Sides.Count(s => s.Claims == 0), Is.EqualTo(1));
    }

    [Test]
    public void Evaluate_OneClaimOnBothSidesDoesNotJoinThePairAlone()
    {
        var pairs = new PairsFile { MustFlag = [new GoldPair { Why = "same", A = new PairSide("nato", 7000, "said"), B = new PairSide("nato", 7000, "said") }] };
        Assert.That(Evaluate(pairs, FlagOf(FindingKind.Discrepancy, Nato, Moscow)).Results.Single().Outcome, Is.EqualTo(PairOutcome.NotFlagged));
    }
}
