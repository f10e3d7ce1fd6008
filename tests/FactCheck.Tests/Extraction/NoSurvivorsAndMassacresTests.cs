using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "none of the 144 passengers and six crew members survived" counts the dead, not the rescued; "the massacre of 32 people", "the murder
/// of 50 people" count the killed. Sentences from The New York Times (via mankira.com) on the 2015 Germanwings crash, and Mambaonline
/// and Reuters (via Thanh Nien News) on the 2016 Orlando shooting.
/// </summary>
public sealed class NoSurvivorsAndMassacresTests
{
    // The New York Times, 25 March 2015.
    [Test]
    public void NoneOfThemSurvived_CountsTheDead()
    {
        var claims = Extracted.Claims("Prime Minister Manuel Valls said none of the 144 passengers and six crew members survived.");
        Assert.That(claims.Where(c => c.Low is 144 or 6).Select(c => c.Metric), Is.EqualTo(new[] { "killed", "killed" }));
    }

    // Control, written for the test: "none of" the rescued says nothing of their death.
    [Test]
    public void NoneOfTheRescuedWereHurt_StaysRescued() =>
        Assert.That(Extracted.Figure("None of the 30 people rescued were hurt.", 30).Metric, Is.EqualTo("rescued"));

    // Mambaonline, 12 June 2016.
    [Test]
    public void TheMurderOfFiftyPeople_CountsTheKilled() =>
        Assert.That(Extracted.Figure("The cold blooded murder of 50 people in the Pulse gay nightclub in Orlando, Florida has become one of the biggest mass shootings in US history.", 50).Metric,
            Is.EqualTo("killed"));

    // Reuters via Thanh Nien News (the page gives no date).
    [Test]
    public void TheMassacreOfThirtyTwoPeople_CountsTheKilled() =>
        Assert.That(Extracted.Figure("It ranked as the deadliest single U.S. mass shooting incident, eclipsing the massacre of 32 people at Virginia Tech University in 2007.", 32).Metric,
            Is.EqualTo("killed"));
}
