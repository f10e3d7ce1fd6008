using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Toll on Indonesia's Lombok rises, thousands wait for aid": a measure moved with no level given ends its clause at the comma, so a
/// figure opening the next clause is not its value. Headline of The News International (Reuters) of 8 August 2018 on the Lombok
/// earthquake; control from ABC News on the 2022 Kazakhstan unrest.
/// </summary>
public sealed class TollsMovedWithNoLevelTests
{
    [Test]
    public void AFigureAfterATollRises_IsNoToll()
    {
        var claims = Extracted.Claims("Toll on Indonesia’s Lombok rises, thousands wait for aid\n\n"
                                      + "KAYANGAN, Indonesia: The death toll from a powerful earthquake that hit Indonesia’s tourist island of Lombok topped 100 on Tuesday.",
            title: "Toll on Indonesia’s Lombok rises, thousands wait for aid", published: new DateOnly(2018, 8, 8));
        Assert.That(claims.Single(c => c.Low == 2_000).Metric, Is.Not.EqualTo("killed"));
        Assert.That(claims.Single(c => c.Low == 100).Metric, Is.EqualTo("killed"));
    }

    // Written for the test: a level given after the move, past an aside, is the measure's.
    [Test]
    public void ALevelGivenAfterAnAside_IsTheToll() =>
        Assert.That(Extracted.Figure("The death toll has risen, officials said, to 40.", 40).Metric, Is.EqualTo("killed"));

    // ABC News, 10 January 2022: "as" gives the level.
    [Test]
    public void ATollReportedAsAFigure_IsTheToll() =>
        Assert.That(Extracted.Figure("Authorities previously reported the civilian death toll as 26.", 26).Metric, Is.EqualTo("killed"));
}
