using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "the town of Paradise, population 27,000,": a population set off after a place's name counts the people who live there, at any
/// date, not what the story's event did on its day. Sentences from The Salt Lake Tribune (AP) on the 2018 Camp Fire and the Santiago
/// Times on the 2017 Mocoa mudslide.
/// </summary>
public sealed class PopulationAsidesTests
{
    // The Salt Lake Tribune (AP), 17 November 2018.
    [Test]
    public void APopulationAside_CountsPeopleOnTheDayOfWriting()
    {
        var population = Extracted.Figure("The blaze that started Nov. 8 largely destroyed the town of Paradise, population 27,000, and heavily damaged the nearby communities of Magalia and Concow.",
            27_000, published: new DateOnly(2018, 11, 17));
        Assert.That((population.Subject, population.AssertedOn), Is.EqualTo(("people", (DateOnly?)new DateOnly(2018, 11, 17))));
    }

    // Santiago Times, 3 April 2017.
    [Test]
    public void APopulationAsideAfterACity_CountsPeople() =>
        Assert.That(Extracted.Figure("The president flew to Mocoa, population 345,000, to oversee rescue efforts on the city outskirts and speak with affected families.", 345_000).Subject,
            Is.EqualTo("people"));
}
