using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// People in critical or serious condition are wounded whatever adverb stands before the condition ("in extremely critical condition");
/// and a month, day and year joined by hyphens ("8-30-05", as US stations date a story) is a date, not a range. Sentences from the
/// reporting of the 2016 Nice attack and of Hurricane Katrina.
/// </summary>
public sealed class CriticalConditionAndHyphenatedDatesTests
{
    // Quartz, July 2016.
    [Test]
    public void ExtremelyCriticalCondition_IsWounded() =>
        Assert.That(Extracted.Figure("As of now, official tallies say 84 people were killed in the devastating attack, with at least 18 people in extremely critical condition and over two dozen more in critical condition.", 18)
            .Metric, Is.EqualTo("wounded"));

    // KXII, 30 August 2005; the second written for the test.
    [TestCase("8-30-05 - As dawn broke over the ravaged Gulf Coast on Tuesday, rescuers in boats and helicopters furiously searched for survivors of Hurricane Katrina.")]
    [TestCase("The poll was taken 11-14-2017 among likely voters.")]
    public void AHyphenatedMonthDayAndYear_IsNoClaim(string sentence) =>
        Assert.That(Extracted.Claims(sentence), Is.Empty);

    // Control, written for the test: a range with no year joined to it stays a range.
    [Test]
    public void ARangeOfPeople_StaysARange()
    {
        var claim = Extracted.Figure("Between 8-10 people died in the flooding.", 8);
        Assert.That((claim.Low, claim.High), Is.EqualTo((8d, 10d)));
    }
}
