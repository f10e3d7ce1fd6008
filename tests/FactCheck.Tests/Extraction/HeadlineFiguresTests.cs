using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Figures in title-case headlines, where capitals say nothing of names. Headlines from real news.</summary>
public sealed class HeadlineFiguresTests
{
    // The New York Times, September 2024: the capitalized plural after a figure is what it counts, no toll.
    [Test]
    public void CapitalizedPluralAfterAFigure_IsWhatItCounts()
    {
        var claims = Extracted.Claims("Helene Has Killed at Least 60 People in 5 States");
        var states = claims.Single(c => c.Low == 5);
        Assert.That((states.Metric, states.Subject, claims.Single(c => c.Low == 60).Metric), Is.EqualTo(("count", "states", "killed")));
    }
}
