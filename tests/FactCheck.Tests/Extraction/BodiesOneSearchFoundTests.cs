using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Rescue teams discovered the bodies of eight people on Thursday who had been trapped in a garage": what one search found, in the simple
/// past, is some of the toll, the remains named between the verb and the figure. Sentence from Dawn's copy of Reuters (31 October 2024) on
/// the Valencia floods.
/// </summary>
public sealed class BodiesOneSearchFoundTests
{
    [Test]
    public void TheBodiesOfPeopleOneSearchDiscovered_AreAPart() =>
        Assert.That(Extracted.Figure("Rescue teams discovered the bodies of eight people on Thursday who had been trapped in a garage after devastating flash floods hit eastern Spain.",
            8, published: new DateOnly(2024, 10, 31)).PartOfGroup, Is.True);

    // Control, written for the test: found so far, after an auxiliary, is the toll.
    [Test]
    public void TheBodiesFoundSoFar_AreTheToll() =>
        Assert.That(Extracted.Figure("Rescuers have found the bodies of 95 people.", 95).PartOfGroup, Is.False);
}
