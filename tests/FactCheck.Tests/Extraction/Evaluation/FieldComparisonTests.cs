using FactCheck.Extraction;
using FactCheck.Extraction.Evaluation;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction.Evaluation;

public sealed class FieldComparisonTests
{
    private static GoldClaim Gold(double low = 7000, double? high = 15000, Modality modality = Modality.Asserted) => new()
    {
        Text = "x", Metric = "killed", Subject = "soldiers", Low = low, High = high, Qualifier = "range", Claimant = "NATO", Modality = modality,
    };

    [TestCase("NATO", "nato")]
    [TestCase(" unattributed ", "Unattributed")]
    [TestCase(null, "")]
    [TestCase("", null)]
    public void SameText_IgnoresCaseSpacingAndNullAgainstEmpty(string? gold, string? got) =>
        Assert.That(FieldComparison.SameText(gold, got), Is.True);

    [Test]
    public void SameText_UnattributedIsAClaimantLikeAnyOther() =>
        Assert.That(FieldComparison.SameText("unattributed", null), Is.False);

    [TestCase("Las Vegas", "Las Vegas, Nevada")]
    [TestCase("Donetsk", "Donetsk region")]
    [TestCase("the Donetsk region", "Donetsk region")]
    [TestCase("eastern Ukraine", "Ukraine")]
    [TestCase("U.N. Security Council", "Security Council")]
    [TestCase("KHARKIV ", "kharkiv")]
    public void SameLocation_OneNameInsideTheOtherIsRight(string gold, string got) =>
        Assert.That(FieldComparison.SameLocation(gold, got), Is.True);

    [TestCase("Donetsk", "Luhansk")]
    [TestCase("Kiev", "Kyiv")]
    public void SameLocation_DifferentPlacesAreWrong(string gold, string got) =>
        Assert.That(FieldComparison.SameLocation(gold, got), Is.False);

    [TestCase("Vegas", "Las Vegas, Nevada")]
    public void SameLocation_AWordInsideTheOtherCountsAsContained(string gold, string got) =>
        Assert.That(FieldComparison.SameLocation(gold, got), Is.True);

    [Test]
    public void SameLocation_NullMatchesOnlyNull()
    {
        Assert.That(FieldComparison.SameLocation(null, null), Is.True);
        Assert.That(FieldComparison.SameLocation("Mariupol", null), Is.False);
        Assert.That(FieldComparison.SameLocation(null, "Mariupol"), Is.False);
    }

    [TestCase("Saturday", "on Saturday")]
    [TestCase("on Sunday", "Sunday")]
    [TestCase("April 16", "April 16-17")]
    [TestCase("Feb. 20", "on Feb 20")]
    [TestCase("as of Tuesday", "Tuesday")]
    [TestCase("since March", "in March")]
    public void SameDate_TheSameDayWordedDifferentlyIsRight(string gold, string got) =>
        Assert.That(FieldComparison.SameDate(gold, got), Is.True);

    [TestCase("last year", "this year")]
    [TestCase("Friday", "Thursday")]
    [TestCase("April 16-17", "April 18")]
    public void SameDate_OtherDaysAreWrongAndLastIsKept(string gold, string got) =>
        Assert.That(FieldComparison.SameDate(gold, got), Is.False);

    [Test]
    public void SameDate_NullMatchesOnlyNull()
    {
        Assert.That(FieldComparison.SameDate(null, null), Is.True);
        Assert.That(FieldComparison.SameDate("Friday", null), Is.False);
        Assert.That(FieldComparison.SameDate(null, "on Friday"), Is.False);
    }

    [Test]
    public void SameInterval_AllowsOnePercentAndMatchesAnOpenBoundOnlyWithAnOpenOne()
    {
        Assert.That(FieldComparison.SameInterval(Gold(7000, 15000), Some.Claim(low: 7050, high: 14900)), Is.True);
        Assert.That(FieldComparison.SameInterval(Gold(7000, 15000), Some.Claim(low: 7100, high: 15000)), Is.False);
        Assert.That(FieldComparison.SameInterval(Gold(7000, null), Some.Claim(low: 7000, high: double.PositiveInfinity)), Is.True);
        Assert.That(FieldComparison.SameInterval(Gold(7000, null), Some.Claim(low: 7000, high: 7000)), Is.False);
    }

    [Test]
    public void Modality_AGoldClaimWithoutOneIsAsserted()
    {
        var modality = FieldComparison.Fields.Single(f => f.Name == "modality");
        Assert.That(modality.Agrees(Gold(), Some.Claim()), Is.True);
        Assert.That(modality.Agrees(Gold(), Some.Claim(modality: Modality.Projection)), Is.False);
        Assert.That(modality.Agrees(Gold(modality: Modality.Comparison), Some.Claim(modality: Modality.Comparison)), Is.True);
    }

    [Test]
    public void Date_IsComparedWithTheClaimsAsOfWords()
    {
        var date = FieldComparison.Fields.Single(f => f.Name == "date");
        Assert.That(date.Agrees(Gold() with { Date = "Saturday" }, Some.Claim() with { AsOfText = "on Saturday" }), Is.True);
        Assert.That(date.Agrees(Gold() with { Date = "Saturday" }, Some.Claim()), Is.False);
        Assert.That(date.Got(Some.Claim() with { AsOfText = "last year" }), Is.EqualTo("last year"));
    }

    [Test]
    public void WholeFrame_LeavesPlaceDateAndModalityToTheirOwnScores() =>
        Assert.That(FieldComparison.WholeFrame, Is.EquivalentTo(new[] { "interval", "metric", "subject", "side", "claimant" }));
}
