using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "The bodies of 81 victims, including 50 children, of them 32 girls and 18 boys, remain unidentified": asides that name some of a
/// group stand between it and the predicate that makes it a subset of a toll, not the toll. Sentence from The Guardian (20 September
/// 2004) on the Beslan siege; the second from the Los Angeles Times on the 2016 Tainan earthquake.
/// </summary>
public sealed class AsidesBeforeASubsetPredicateTests
{
    [Test]
    public void BodiesLeftUnidentified_PastTwoAsides_AreACountOfPartOfTheToll()
    {
        var claim = Extracted.Figure(
            "He added: \"The bodies of 81 victims, including 50 children, of them 32 girls and 18 boys, remain unidentified.\"",
            81, published: new DateOnly(2004, 9, 20));
        Assert.That((claim.Metric, claim.PartOfGroup), Is.EqualTo(("count", true)));
    }

    [Test]
    public void AGroupAmongTheDead_PastAnAside_IsAPart() =>
        Assert.That(Extracted.Figure("Three children, including the 10-day-old girl, were among the dozen residents killed when the building collapsed.", 3).PartOfGroup,
            Is.True);

    [Test]
    public void AnAsideWithNoSubsetPredicatePastIt_LeavesTheTollWhole()
    {
        // Written for the test.
        var claim = Extracted.Figure("The bodies of 81 victims, including 50 children, were found in the school.", 81);
        Assert.That((claim.Metric, claim.PartOfGroup), Is.EqualTo(("killed", false)));
    }
}
