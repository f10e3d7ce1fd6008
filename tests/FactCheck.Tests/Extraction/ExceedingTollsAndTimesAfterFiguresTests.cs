using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A toll said to be going to exceed or surpass a figure projects it, in a headline's shorthand too ("death toll 'to exceed 300'"); and
/// a time right after a figure ("overnight", "today", "yesterday") says when, never what was counted. Sentences from the reporting of
/// the 2011 Tohoku earthquake, the 2008 Sichuan earthquake, the 2013 Lampedusa shipwreck and the 2015 Eastern Star sinking.
/// </summary>
public sealed class ExceedingTollsAndTimesAfterFiguresTests
{
    // Space Travel (AFP), 13 March 2011; Reuters, 20 May 2008; Evening Standard, 5 October 2013.
    [TestCase("The death toll from Japan's devastating earthquake and tsunami is certain to exceed 10,000 in Miyagi prefecture alone, its police chief told reporters Sunday.", 10_000)]
    [TestCase("Authorities had previously said they expected the final death toll to exceed 50,000.", 50_000)]
    [TestCase("Lampedusa tragedy: Boat migrants death toll 'to exceed 300'", 300)]
    public void ATollToExceedAFigure_IsAProjection(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Modality, Is.EqualTo(Modality.Projection));

    // Control, written for the test: a toll that exceeded a figure asserts it.
    [Test]
    public void ATollThatExceededAFigure_IsAsserted() =>
        Assert.That(Extracted.Figure("The death toll exceeded 10,000 on Sunday, police said.", 10_000).Modality, Is.EqualTo(Modality.Asserted));

    // China.org.cn, 10 June 2008; South China Morning Post, June 2015.
    [TestCase("The death toll of China's May 12 earthquake increased by four overnight to 69,146 as of Tuesday noon, the State Council Information Office said.", 69_146)]
    [TestCase("The death toll from the Eastern Star cruise ship disaster reached nearly 400 today, making it China’s deadliest boat disaster in nearly seven decades.", 400)]
    public void ATimeAfterAFigure_IsNotWhatItCounts(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Subject, Is.EqualTo("people"));
}
