using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A siege or a hostage-taking is an act of violence: its day dates the event, not the toll a report gives of it later ("The official
/// death toll from the siege 16 days ago has remained at 329", The Guardian of 20 September 2004 on Beslan).
/// </summary>
public sealed class SiegesAsEventsTests
{
    [Test]
    public void ATollOfASiegeDaysAgo_IsAsOfTheReport()
    {
        var claim = Extracted.Figure("The official death toll from the siege 16 days ago has remained at 329.", 329, published: new DateOnly(2004, 9, 20));
        Assert.That((claim.Metric, claim.AssertedOn, claim.Event), Is.EqualTo(("killed", new DateOnly(2004, 9, 20), "violence")));
    }
}
