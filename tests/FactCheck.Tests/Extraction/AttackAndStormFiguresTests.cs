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

    // China Daily, July 2010; Politico Europe, March 2016; AFP, August 2016: figures right after a count that add up to it are its breakdown.
    [TestCase("The 20 killed, 12 women and eight men, were aged between 18 and 38.", 20, new[] { 12.0, 8.0 })]
    [TestCase("According to the Belgian health ministry, the latest death toll is 31 — 20 at the metro station and 11 at the airport — with 300 injured.", 31, new[] { 20.0, 11.0 })]
    [TestCase("Of the total 250 victims confirmed so far, some 193 were in Amatrice, 11 in Accumoli, and 46 in Arquata del Tronto, the civil protection department said.", 250, new[] { 193.0, 11.0, 46.0 })]
    public void FiguresAddingUpToACountBeforeThem_AreItsParts(string sentence, double whole, double[] parts)
    {
        var claims = Extracted.Claims(sentence);
        Assert.That(claims.Single(c => c.Low == whole).PartOfGroup, Is.False);
        Assert.That(parts.Select(p => claims.Single(c => Math.Abs((c.Low + c.High) / 2 - p) < 0.5 || c.Low == p).PartOfGroup), Is.All.True);
    }

    // Business Standard after The Kathmandu Post, September 2025: a list of hospitals' counts is no total and its breakdown, though
    // three is two and one; the "one" after a serial comma counts as the items before it do.
    [Test]
    public void ListOfPlacesCounts_IsNoBreakdown()
    {
        var claims = Extracted.Claims("Citing hospital officials, The Kathmandu Post newspaper reported that eight people died at the National Trauma Centre, three at Everest Hospital, three at Civil Hospital, two at Kathmandu Medical College, and one at Tribhuvan Teaching Hospital.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (8.0, false), (3.0, false), (3.0, false), (2.0, false), (1.0, false) }));
    }

    // Politico Europe, March 2016: a spaced em dash opens an aside; "31 — 20" is no score.
    [Test]
    public void SpacedEmDashBetweenFigures_IsNoRange() =>
        Assert.That(Extracted.Claims("The latest death toll is 31 — 20 at the metro station.").Select(c => c.Low), Is.EqualTo(new[] { 31.0, 20.0 }));
}
