using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "This was reported by a spokeswoman for the NRW Ministry of the Interior": a sentence that opens by pointing back and names, as the
/// agent of a passive reporting verb, who gave the figures of the sentence before. Sentences from the General-Anzeiger Bonn (undated page,
/// July 2021) on the floods in western Germany.
/// </summary>
public sealed class SourcesGivenInAPassiveAfterTheFiguresTests
{
    [Test]
    public void ThisWasReportedBy_GivesTheFiguresBeforeIt()
    {
        var claim = Extracted.Figure(
            "Throughout North Rhine-Westphalia, the number of dead in connection with the flood catastrophe has risen to 45, two more than on Friday. " +
            "This was reported by a spokeswoman for the NRW Ministry of the Interior on Saturday evening.", 45);
        Assert.That(claim.Claimant, Is.EqualTo("NRW Ministry of the Interior"));
    }

    [Test]
    public void ASentenceWithoutAPassiveAgent_GivesNothing()
    {
        // The same paragraph's next sentences: a passive with no agent, and a sentence with figures of its own.
        var claims = Extracted.Claims(
            "In some places where the devastating floods occurred, the water is now slowly receding - but the number of dead is rising and rising. " +
            "By Saturday afternoon, 110 deaths had been reported in one of the worst hit areas of Ahrweiler in Rhineland-Palatinate. " +
            "Police in Koblenz say 670 people were injured in the Ahrweiler district.");
        Assert.That(claims.Single(c => c.Low == 110).Claimant, Is.EqualTo("unattributed"));
        Assert.That(claims.Single(c => c.Low == 670).Claimant, Is.EqualTo("Police"));
    }
}
