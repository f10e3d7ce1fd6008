using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A telephone number written with its area code joined by hyphens is no figure; "&gt;" and "&lt;" before a figure bound it as "more than" and
/// "fewer than" do. Sentences from the reporting of the 2020 Tennessee tornadoes and UN OCHA's 2019 Cyclone Idai updates.
/// </summary>
public sealed class PhoneLinesAndBoundSignsTests
{
    // KSHB, 4 March 2020.
    [Test]
    public void AHelplineWithItsAreaCode_IsNoFigure() =>
        Assert.That(Extracted.Claims("Anyone searching for a loved one can call the county helpline at 931-646-4630."), Is.Empty);

    // Written for the test: a range of two figures joined by a hyphen stays one.
    [Test]
    public void ARangeJoinedByAHyphen_StaysAFigure() =>
        Assert.That(Extracted.Figure("About 500-600 people were missing.", 550).High, Is.EqualTo(600));

    // UN OCHA, April 2019: "&gt;1.45M People reached", "&gt;11,000 Children".
    [TestCase(">1.45M People reached with food assistance", 1450000)]
    [TestCase(">11,000 Children under five years of age severely malnourished", 11000)]
    public void AGreaterThanSign_LeavesTheTopOpen(string line, double figure)
    {
        var claim = Extracted.Figure(line, figure);
        Assert.That((claim.Low, claim.IsUnbounded), Is.EqualTo((figure, true)));
    }

    // Written for the test: "&lt;50 of them children" is fewer than 50.
    [Test]
    public void ALessThanSign_BoundsTheTop() =>
        Assert.That(Extracted.Figure("More than 400 people, <50 of them children, were hurt.", 20).High, Is.EqualTo(50));
}
