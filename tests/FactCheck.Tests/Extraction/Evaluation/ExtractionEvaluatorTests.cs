using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction.Evaluation;

public sealed class ExtractionEvaluatorTests
{
    private static GoldClaim Gold(int start, int end, string claimant = "NATO", double low = 7000, double? high = 15000, string? location = null) => new()
    {
        Text = "x", Metric = "killed", Subject = "soldiers", Side = "Russian", Low = low, High = high,
        Qualifier = "range", Claimant = claimant, Location = location, Start = start, End = end,
    };

    private static GoldNotClaim NotClaim(int start, int end) => new() { Text = "19:31", Why = "clock time", Start = start, End = end };

    private static Claim Predicted(int start, int end, string claimant = "NATO", string? location = null) =>
        Some.Claim(claimant, location: location) with { Start = start, End = end };

    private static ExtractionEvaluation Evaluate(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> predicted, IReadOnlyList<GoldNotClaim>? notClaims = null) =>
        ExtractionEvaluator.Evaluate([new EvaluatedDocument("d", "", new GoldFile { Document = "d", Claims = gold, NotClaims = notClaims ?? [] }, predicted)]);

    [Test]
    public void Evaluate_CountsFoundNumbersByOverlappingSpans()
    {
        var result = Evaluate([Gold(10, 20), Gold(30, 40)], [Predicted(12, 18), Predicted(50, 55)]);
        Assert.That((result.Numbers.Correct, result.Numbers.Predicted, result.Numbers.Expected), Is.EqualTo((1, 2, 2)));
        Assert.That(result.Numbers.F1, Is.EqualTo(0.5));
        Assert.That(result.Unmatched.Single().Start, Is.EqualTo(50));
        Assert.That(result.Misses.Single().Gold.Start, Is.EqualTo(30));
    }

    [Test]
    public void Evaluate_AFrameIsRightOnlyWhenEveryPartIs()
    {
        var result = Evaluate([Gold(0, 5), Gold(10, 15), Gold(20, 25, high: null)],
            [Predicted(0, 5), Predicted(10, 15, claimant: "Russia"), Predicted(20, 25)]);
        Assert.That(result.Frames.Correct, Is.EqualTo(1));
        Assert.That(result.Claimants.Correct, Is.EqualTo(2));
        Assert.That(result.Matches[1].Wrong, Is.EqualTo(new[] { "claimant" }));
        Assert.That(result.Matches[2].Wrong, Is.EqualTo(new[] { "interval" }));
    }

    [Test]
    public void Evaluate_AWrongPlaceCostsTheLocationFieldButNotTheWholeFrame()
    {
        var result = Evaluate([Gold(0, 5, location: "Mariupol"), Gold(10, 15, location: "Donetsk")],
            [Predicted(0, 5, location: "Odessa"), Predicted(10, 15, location: "Donetsk region")]);
        Assert.That(result.Frames.Correct, Is.EqualTo(2));
        var location = result.Fields.Single(f => f.Name == "location");
        Assert.That((location.Right, location.Found), Is.EqualTo((1, 2)));
        Assert.That(result.ErrorsIn("location").Single().Gold.Location, Is.EqualTo("Mariupol"));
    }

    [Test]
    public void Evaluate_ScoresEveryFieldOverTheFoundClaimsOnly()
    {
        var result = Evaluate([Gold(0, 5), Gold(10, 15)], [Predicted(0, 5)]);
        Assert.That(result.Fields.Select(f => f.Name),
            Is.EqualTo(new[] { "interval", "metric", "subject", "side", "claimant", "location", "date", "modality" }));
        Assert.That(result.Fields.Select(f => (f.Right, f.Found)), Is.All.EqualTo((1, 1)));
    }

    [Test]
    public void Evaluate_EachPredictionMatchesOneGoldClaimAtMost()
    {
        var result = Evaluate([Gold(0, 10), Gold(5, 15)], [Predicted(0, 15)]);
        Assert.That(result.Numbers.Correct, Is.EqualTo(1));
    }

    [Test]
    public void Evaluate_ANotClaimIsExtractedWhenAnyClaimOverlapsIt()
    {
        var result = Evaluate([Gold(0, 5)], [Predicted(0, 5), Predicted(22, 24)], [NotClaim(20, 25), NotClaim(30, 35), NotClaim(3, 4)]);
        Assert.That(result.NotClaims.Extracted.Select(h => h.NotClaim.Start), Is.EqualTo(new[] { 20, 3 }));
        Assert.That(result.NotClaims.Total, Is.EqualTo(3));
        Assert.That(result.NotClaims.Share, Is.EqualTo(2.0 / 3));
    }

    [Test]
    public void Evaluate_NoNotClaimsAnnotated_ShareIsZero()
    {
        var result = Evaluate([Gold(0, 5)], [Predicted(0, 5)]);
        Assert.That((result.NotClaims.Extracted.Count, result.NotClaims.Total, result.NotClaims.Share), Is.EqualTo((0, 0, 0.0)));
    }

    [Test]
    public void Evaluate_AMissIsShownWithTheLineAroundTheGoldWords()
    {
        const string text = "Headline\nPolice said 300 people marched.\nOrganisers said 3,000.";
        var gold = Gold(text.IndexOf("300", StringComparison.Ordinal), text.IndexOf("300", StringComparison.Ordinal) + 3);
        var result = ExtractionEvaluator.Evaluate([new EvaluatedDocument("d", text, new GoldFile { Document = "d", Claims = [gold] }, [])]);
        Assert.That(result.Misses.Single().Sentence, Is.EqualTo("Police said 300 people marched."));
    }
}
