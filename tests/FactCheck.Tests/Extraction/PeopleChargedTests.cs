using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// People charged are a count of their own, compared with other counts of charges, never with arrests: "the number of arrests hit 1,065
/// and 53 people have so far been charged" gives two measures. Sentences from The Independent and the Evening Standard on the April 2019
/// Extinction Rebellion protests in London and the Latin Post on the 2021 Cuba protests.
/// </summary>
public sealed class PeopleChargedTests
{
    [Test]
    public void ChargesAfterArrests_AreTheirOwnCount()
    {
        var claims = Extracted.Claims("The Metropolitan Police said the number of arrests hit 1,065 and 53 people have so far been charged.", published: new DateOnly(2019, 4, 22));
        Assert.That(claims.Select(c => (c.Low, c.Metric)), Is.EqualTo(new[] { (1065.0, "arrested"), (53.0, "charged") }));
    }

    [TestCase("As well as high number of arrests, some 28 people have been charged with offences linked to the demonstration and Scotland Yard said more may face the same consequences.", 28)]
    [TestCase("Prosecutors in Cuba said at least 790 people, including dozens of teenagers, were charged over the anti-government protests that erupted in July.", 790)]
    public void PeopleCharged_AreCharged(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low, published: new DateOnly(2021, 1, 26)).Metric, Is.EqualTo("charged"));

    // Control, written for the test: protesters who charged at police lines were charged with nothing.
    [Test]
    public void ProtestersWhoChargedAtPolice_AreNoCountOfCharges() =>
        Assert.That(Extracted.Figure("A group of 40 protesters charged at police lines.", 40).Metric, Is.Not.EqualTo("charged"));
}
