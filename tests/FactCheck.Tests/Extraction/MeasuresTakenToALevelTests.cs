using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A toll a verb takes to a level ("bringing the total number of deaths ... to 48", "take the death toll ... to 34"), or one a sentence
/// opens with after a short phrase set off by a comma ("With the latest victims, the death toll ... rose to 46"), is the level's measure,
/// whatever event noun stands between them. Sentences from the reporting of the 2022-23 Peru protests (Reuters via Stabroek News,
/// Peoples Dispatch, Paudal).
/// </summary>
public sealed class MeasuresTakenToALevelTests
{
    // Stabroek News (Reuters), 10 January 2023; Paudal, 12 January 2023; Peoples Dispatch, 10 January 2023.
    [TestCase("The latest casualties take the death toll from anti-government clashes with security forces to 34 since the protests began in early December following the removal and arrest of Castillo shortly after he tried to illegally dissolve Congress.", 34)]
    [TestCase("In addition, one protester has been killed, bringing the total number of deaths in the anti-government protests to 48.", 48)]
    [TestCase("With the latest victims, the death toll from state repression of anti-government protests rose to 46.", 46)]
    public void ATollTakenToALevel_CountsTheDead(string sentence, double level) =>
        Assert.That(Extracted.Figure(sentence, level).Metric, Is.EqualTo("killed"));

    // Views Bangladesh, 29 November 2025: a toll opening the clause an "as" starts is the level it climbed to; the missing after it are missing.
    [Test]
    public void ATollOpeningAClause_CountsTheDeadItClimbedTo()
    {
        var claims = Extracted.Claims("Sri Lanka has appealed for international assistance as the death toll from catastrophic floods and landslides triggered by Cyclone " +
                                      "Ditwah climbed to 123, with 130 people still reported missing.");
        Assert.That((claims.Single(c => c.Low == 123).Metric, claims.Single(c => c.Low == 130).Metric), Is.EqualTo(("killed", "missing")));
    }

    // Control, written for the test: a crowd a sentence opens with after a day set off by a comma stays a crowd.
    [Test]
    public void ACrowdAfterAFrontedDay_StaysACrowd() =>
        Assert.That(Extracted.Figure("On Sunday, the number of protesters grew to 5,000.", 5000).Metric, Is.EqualTo("participated"));
}
