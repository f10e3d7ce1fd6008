using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A toll of one country's people among a larger one: whose they are, said by "from" a country or a country's adjective, and no
/// place of the figure. Sentences from real news.
/// </summary>
public sealed class NationalsTests
{
    // LongIsland-NY (AFP), June 2024: people from a country are its people; where they come from is not where they died.
    [TestCase(138, "Indonesian")]
    [TestCase(35, "Tunisian")]
    public void PeopleFromACountry_AreItsPeople_AndNoPlaceOfTheFigure(double low, string side)
    {
        var claim = Extracted.Figure("The Washington Post reported Wednesday that the dead also included 138 people from Indonesia and 35 from Tunisia.", low);
        Assert.That((claim.Metric, claim.Side, claim.Location), Is.EqualTo(("killed", (string?)side, (string?)null)));
    }

    // LongIsland-NY (AFP), June 2024: a country's adjective in the measure's group says whose.
    [Test]
    public void NumberOfACountrysDead_IsThatCountrysToll()
    {
        var claim = Extracted.Figure("On Thursday, AFP quoted an Egyptian diplomat as saying the number of Egyptian dead had risen to over 600.", 600);
        Assert.That((claim.Metric, claim.Side), Is.EqualTo(("killed", (string?)"Egyptian")));
    }

    // ARY News (AFP), June 2024: what one country's dead accounted for is part of the whole toll.
    [Test]
    public void DeathsACountrysPeopleAccountedFor_ArePartOfTheToll() =>
        Assert.That(Extracted.Figure("Arab diplomats told AFP last week that Egyptians accounted for 658 deaths.", 658).PartOfGroup, Is.True);

    [Test]
    public void WhereAStudentIsFrom_IsNotCarriedToLaterSentences()
    {
        // The Korea Times, December 2024.
        var claim = Extracted.Figure("Jeong, an 18-year-old student from Daejeon who has been participating in the rallies every day since Dec. 3, said she was thrilled to have " +
                           "witnessed a moment in history.\nAccording to organizers, around 2 million people joined the Saturday rally.", 2e6);
        Assert.That(claim.Location, Is.Not.EqualTo("Daejeon"));
    }
}
