using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// People shot are counted as shot, a measure of their own (some of the wounded, and often some of the dead), so a count of people
/// shot is set against other counts of people shot, never against a toll of the injured; shot and killed, shot dead or fatally shot
/// is killed, shot and wounded is wounded. Sentences from the reporting of the 2014 Ferguson unrest (KMOV, the Times Record), the
/// 2016 Pulse shooting (eTurboNews) and the 2020 Bangkok protests (Pattaya Mail).
/// </summary>
public sealed class PeopleShotTests
{
    [TestCase("Police said at least 52 people were arrested, two people were shot, and four officers were injured during the protests in Ferguson Sunday night and Monday.", 2)]
    [TestCase("FERGUSON, Mo. — Two men were shot during the chaos of demonstrations late Monday and early Tuesday near West Florissant and Canfield, police confirmed.", 2)]
    [TestCase("Latest unconfirmed reports increased the number of people shot to 40 and more.", 40)]
    public void PeopleShot_AreCountedAsShot(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low, published: new DateOnly(2014, 8, 19)).Metric, Is.EqualTo("shot"));

    [Test]
    public void AFigureRightBeforeShot_InAHeadline_IsShot() =>
        Assert.That(Extracted.Claims("Police: 52 arrested, 2 shot, 4 officers injured in Ferguson overnight", title: "Police: 52 arrested, 2 shot, 4 officers injured in Ferguson overnight")
            .Select(c => (c.Low, c.Metric)), Is.SupersetOf(new[] { (52.0, "arrested"), (2.0, "shot"), (4.0, "wounded") }));

    // Written for the test.
    [TestCase("Two protesters were shot and killed.", "killed")]
    [TestCase("Four people were fatally shot.", "killed")]
    [TestCase("Five people were shot dead.", "killed")]
    [TestCase("Three people were shot and wounded near the prayer centre.", "wounded")]
    public void HowTheShotFared_SaysTheMeasure(string sentence, string metric) =>
        Assert.That(Extracted.Claims(sentence).Single().Metric, Is.EqualTo(metric));

    [Test]
    public void TheDeadAmongThoseShot_AreKilled()
    {
        // Written for the test.
        var claims = Extracted.Claims("Twelve people were shot, three fatally.");
        Assert.That(claims.Select(c => (c.Low, c.Metric)), Is.EqualTo(new[] { (12.0, "shot"), (3.0, "killed") }));
    }

    // Controls, written for the test: a shot that hits no one counts no one shot.
    [TestCase("More than 2 million people received a booster shot.")]
    [TestCase("Two Mi-24 helicopters were shot down.")]
    public void AShotThatHitsNoOne_IsNoCountOfPeopleShot(string sentence) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Metric), Has.None.EqualTo("shot").And.None.EqualTo("wounded"));
}
