using FactCheck.Extraction;
using FactCheck.Reports;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reports;

/// <summary>The "Over time" chart: a line is one source's count of one thing at one place.</summary>
public sealed class TimelineChartTests
{
    private static Claim Toll(string claimant, double figure, int day, string place, string document = "a.txt") =>
        Some.Claim(claimant, figure, figure, metric: "killed", subject: "civilians", side: null, qualifier: "exact",
            date: new DateOnly(2022, 3, day), document: document) with { PlacePath = place, Location = place.Split(" > ")[^1] };

    private static int Lines(string svg) => svg.Split("<path d=").Length - 1;

    [Test]
    public void OneSourcesFiguresForOnePlace_AreJoined() =>
        Assert.That(Lines(TimelineChart.Render("Over time", [Toll("police", 10, 1, "Ukraine > Kharkiv"), Toll("police", 24, 4, "Ukraine > Kharkiv")])), Is.EqualTo(1));

    [Test]
    public void OneSourcesFiguresForTwoPlaces_AreNotJoined() =>
        Assert.That(Lines(TimelineChart.Render("Over time", [Toll("police", 10, 1, "Ukraine > Kharkiv"), Toll("police", 240, 4, "Ukraine > Mariupol")])), Is.Zero,
            "Mariupol's toll after Kharkiv's is another incident, not a rising toll");

    [Test]
    public void UnattributedFiguresOfTwoArticles_AreNotOneSource() =>
        Assert.That(Lines(TimelineChart.Render("Over time", [
            Toll(Claim.Unattributed, 10, 1, "Ukraine > Kharkiv", "a.txt"), Toll(Claim.Unattributed, 24, 4, "Ukraine > Kharkiv", "b.txt")])), Is.Zero);
}
