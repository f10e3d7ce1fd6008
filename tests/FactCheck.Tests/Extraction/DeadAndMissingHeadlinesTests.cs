using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A headline's "dead, missing" with one figure counts the dead and the missing together, as "dead or missing" does. Headlines from the
/// reporting of Cyclone Nargis and the 2011 Tohoku earthquake.
/// </summary>
public sealed class DeadAndMissingHeadlinesTests
{
    // Reuters, 5 May 2008; The Sydney Morning Herald, 22 March 2011.
    [TestCase("Myanmar believes 13,000 dead, missing from cyclone", 13_000)]
    [TestCase("Japan quake dead, missing nears 22,000", 22_000)]
    public void DeadCommaMissing_IsKilledOrMissing(string headline, double figure) =>
        Assert.That(Extracted.Figure(headline, figure).Metric, Is.EqualTo("killed or missing"));

    // Control, written for the test: a figure for each keeps each its own.
    [Test]
    public void DeadAndMissingEachWithAFigure_StayApart() =>
        Assert.Multiple(() =>
        {
            Assert.That(Extracted.Figure("Five dead, 10 missing after floods", 5).Metric, Is.EqualTo("killed"));
            Assert.That(Extracted.Figure("Five dead, 10 missing after floods", 10).Metric, Is.EqualTo("missing"));
        });
}
