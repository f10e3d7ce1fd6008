using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Of the hundreds wounded in the six attacks, 99 were in critical condition": the figure right after the comma that closes a whole
/// the sentence opens with counts some of that whole's people, not more of the attacks the whole's own phrase numbers. Sentence from
/// Maclean's reporting of the 2015 Paris attacks.
/// </summary>
public sealed class OpeningWholesTests
{
    // Maclean's (AP), 14 November 2015.
    [Test]
    public void APartAfterAWholeThatNumbersAttacks_CountsTheWounded()
    {
        var part = Extracted.Figure("Of the hundreds wounded in the six attacks, 99 were in critical condition.", 99);
        Assert.That((part.Metric, part.Subject), Is.EqualTo(("wounded", "people")));
    }

    // Control, written for the test: the attacks the whole numbers are still attacks.
    [Test]
    public void TheAttacksInsideTheWhole_StayAttacks() =>
        Assert.That(Extracted.Figure("Of the hundreds wounded in the six attacks, 99 were in critical condition.", 6).Subject, Is.EqualTo("attacks"));
}
