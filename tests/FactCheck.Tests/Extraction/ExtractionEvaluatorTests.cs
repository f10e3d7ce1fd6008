using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

public sealed class ExtractionEvaluatorTests
{
    private static GoldClaim Gold(int start, int end, string claimant = "NATO", double low = 7000, double? high = 15000) => new()
    {
        Text = "x", Metric = "killed", Subject = "soldiers", Side = "Russian", Low = low, High = high,
        Qualifier = "range", Claimant = claimant, Start = start, End = end,
    };

    private static Claim Predicted(int start, int end, string claimant = "NATO") =>
        Some.Claim(claimant) with { Start = start, End = end };

    [Test]
    public void Evaluate_CountsFoundNumbersByOverlappingSpans()
    {
        var result = ExtractionEvaluator.Evaluate([("d", [Gold(10, 20), Gold(30, 40)], [Predicted(12, 18), Predicted(50, 55)])]);
        Assert.That((result.Numbers.Correct, result.Numbers.Predicted, result.Numbers.Expected), Is.EqualTo((1, 2, 2)));
        Assert.That(result.Numbers.F1, Is.EqualTo(0.5));
        Assert.That(result.Unmatched.Single().Start, Is.EqualTo(50));
    }

    [Test]
    public void Evaluate_AFrameIsRightOnlyWhenEveryPartIs()
    {
        var result = ExtractionEvaluator.Evaluate([("d",
            [Gold(0, 5), Gold(10, 15), Gold(20, 25, high: null)],
            [Predicted(0, 5), Predicted(10, 15, claimant: "Russia"), Predicted(20, 25)])]);
        Assert.That(result.Frames.Correct, Is.EqualTo(1));
        Assert.That(result.Claimants.Correct, Is.EqualTo(2));
        Assert.That(result.Matches[1].Wrong, Is.EqualTo(new[] { "claimant" }));
        Assert.That(result.Matches[2].Wrong, Is.EqualTo(new[] { "interval" }));
    }

    [Test]
    public void Evaluate_EachPredictionMatchesOneGoldClaimAtMost()
    {
        var result = ExtractionEvaluator.Evaluate([("d", [Gold(0, 10), Gold(5, 15)], [Predicted(0, 15)])]);
        Assert.That(result.Numbers.Correct, Is.EqualTo(1));
    }
}
