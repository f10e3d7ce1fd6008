using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Where a whole group was, when a clause on a part of it names where that part went. Sentences from real news.</summary>
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
}
