using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Where a whole group was, when a clause on a part of it names where that part went or a comparison names another place. Sentences from real news.</summary>
public sealed class PlaceOfTheWholeTests
{
    // Sarbaz, July 2023: where half of the crowd rallied is not where all of it was; the half itself rallied there.
    private const string Crowd = "Protest organizers say some 400,000 people took to the streets Saturday night across Israel, half of whom rallied on Tel Aviv’s " +
                                 "Kaplan Street near Azrieli Junction, where the government buildings complex is located.";

    [Test]
    public void WholeCrowd_IsWhereTheSentencePutsIt_NotWhereAPartWent() =>
        Assert.That(Extracted.Figure(Crowd, 400000).Location, Is.EqualTo("Israel"));

    [Test]
    public void PartOfTheCrowd_IsWhereItWent() =>
        Assert.That(Extracted.Figure(Crowd, 50).Location, Does.Contain("Kaplan Street"));

    // Slate, January 2017: the place a comparison sets the crowd against is not where it was.
    [Test]
    public void PlaceAComparisonSetsTheFigureAgainst_IsNotItsPlace() =>
        Assert.That(Extracted.Figure("Organizers of the Los Angeles march claimed their numbers rivaled those of the National Mall, saying as many as 750,000 people attended, " +
                                     "although that wasn’t officially confirmed, and police put the number closer to 500,000.", 475000).Location, Is.EqualTo("Los Angeles"));
}
