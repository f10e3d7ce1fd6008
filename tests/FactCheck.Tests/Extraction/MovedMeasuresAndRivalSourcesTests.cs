using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How far a source moved a measure it names between the verb and "by" ("raised the toll by three") is a change, some of a toll, never
/// the toll; a second source set against the first with "while" and an article ("while the Associated Press said 18 died") gives its
/// own figure. Sentences from UPI's reporting of the 2016 Brussels bombings, the Los Angeles Times on the 2005 Kashmir earthquake, the
/// Taipei Times on the 2004 tsunami and Reuters relayed by Hathalyoum on the 2019 Karbala protests.
/// </summary>
public sealed class MovedMeasuresAndRivalSourcesTests
{
    // UPI, 22 March 2016; Los Angeles Times, November 2005; Taipei Times, 28 December 2004.
    [TestCase("One official raised the toll by three Tuesday evening, saying the updated numbers would be formally announced early Wednesday.", 3)]
    [TestCase("The announcement, which increased the official toll by nearly 16,000, brought the central government figure closer to the number reported by local officials, who have said that the Oct. 8 quake killed at least 79,000.", 16_000)]
    [TestCase("Military spokesman Brigadier Daya Ratnayake said yesterday that 5,017 bodies had been recovered from areas of the island nation under government control, raising the official tally by more than 500 from the previous day.", 500)]
    public void HowFarASourceMovedAMeasure_IsAPartOfIt(string sentence, double change) =>
        Assert.That(Extracted.Figure(sentence, change).PartOfGroup, Is.True);

    // Control, written for the test: the level a toll rose to is the toll.
    [Test]
    public void TheLevelAMeasureRoseTo_IsNoPart() =>
        Assert.That(Extracted.Figure("The number of dead rose by three to 35.", 35).PartOfGroup, Is.False);

    // Hathalyoum (Reuters), 29 October 2019.
    [Test]
    public void ASourceSetAgainstAnotherWithWhileAndAnArticle_GivesItsOwnFigure()
    {
        var claims = Extracted.Claims("Reuters said 14 people were killed in Karbala while the Associated Press said 18 died.");
        Assert.That(claims.Where(c => c.Metric == "killed").Select(c => (c.Low, c.Claimant)),
            Is.EqualTo(new[] { (14.0, "Reuters"), (18.0, "Associated Press") }));
    }
}
