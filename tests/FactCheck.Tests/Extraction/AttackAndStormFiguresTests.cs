using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Parts, places, sources and dates in the reporting of the Crocus City Hall attack (2024), the Karachi heatwave (2015, events-mixed),
/// the Kabul airport and Brussels bombings, the Love Parade crush, the Genoa bridge collapse, Typhoon Haiyan, the Tohoku earthquake and
/// the Haiti and Amatrice earthquakes. Sentences from real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class AttackAndStormFiguresTests
{
    // MENAFN, 26 March 2024: a toll split by how they died; neither figure is the toll.
    [Test]
    public void TollSplitWithOthers_GivesTwoParts()
    {
        var claims = Extracted.Claims("The investigation revealed that 40 individuals died from gunshot wounds, while two others succumbed to a combination of gunshot and stab wounds.");
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.PartOfGroup)), Is.EqualTo(new[] { (40.0, "killed", true), (2.0, "killed", true) }));
    }

    // Karachi heatwave, June 2015 (events-mixed): the toll of a place named with it stays that place's toll; the others are a part.
    [Test]
    public void PlacesTollBeforeOthers_StaysWhole()
    {
        var claims = Extracted.Claims("\"Since Saturday 151 people have died in Karachi and nine others (have died) in three districts of Sindh,\" says reports.");
        Assert.That(claims.Where(c => c.Metric == "killed").Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (151.0, false), (9.0, true) }));
    }

    // Written for the test: "others" after a figure of another measure is no part ("eight killed and more than 50 others injured").
    [Test]
    public void OthersOfAnotherMeasure_AreNoParts() =>
        Assert.That(Extracted.Claims("At least eight people were killed and more than 50 others injured.").Select(c => c.PartOfGroup), Is.All.False);
}
