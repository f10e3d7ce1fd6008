using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Numbers that count nothing: an international telephone number's digit groups after its plus sign, the day of the month in
/// brackets after a day named relative to the report's ("this morning (21)", as Sri Lankan outlets date), and the number that
/// closes an outlet's name before its verb ("France 24 reported"), and a page's reading time ("3 min read"). Sentences from the reporting of the 2016 Nice attack, the 2019
/// Notre-Dame fire, the 2015 Nepal earthquake and the 2022 Sri Lanka protests.
/// </summary>
public sealed class DialledNumbersAndBracketedDaysTests
{
    // Mediapart (English edition), 15 July 2016; CNN, April 2015.
    [TestCase("From outside France this becomes (international code) + 33 1 43 17 56 46.")]
    [TestCase("Radio FM 104 Tweeted: “The Irish Embassy in Paris has asked anyone who needs assistance in #Nice to contact them at +33 (0)1 44 17 67 00.”")]
    [TestCase("If it’s safe for you to do so, WhatsApp us on +44 7435 939 154 to share your photos, experiences and video.")]
    public void AnInternationalTelephoneNumber_IsNoClaim(string sentence) =>
        Assert.That(Extracted.Claims(sentence).Where(c => c.Low > 0), Is.Empty);

    // Control, written for the test: a signed change is no telephone number.
    [Test]
    public void ASignedChange_StaysAFigure() =>
        Assert.That(Extracted.Claims("The death toll rose by +12 to 40.").Any(c => c.Low <= 40 && 40 <= c.High), Is.True);

    // Ceylon Today, 21 April 2022; Ada Derana, 22 May 2022.
    [TestCase("The Police curfew imposed in Rambukkana on Tuesday evening (19) was lifted at 05:00 am this morning (21).", 21)]
    [TestCase("Speaking at a press conference in Colombo today (24), SP Ruwan Gunasekara said that three of the arrested suspects are residents of Hijrapura.", 24)]
    public void ADayOfTheMonthInBracketsAfterARelativeDay_IsNoClaim(string sentence, double day) =>
        Assert.That(Extracted.Claims(sentence).Any(c => c.Low == day), Is.False);

    // MPR News, 15 April 2019.
    [Test]
    public void TheNumberInAnOutletsNameBeforeItsVerb_IsNoClaim() =>
        Assert.That(Extracted.Claims("The cathedral closed at 6:45 p.m. local time, and the fire broke five or six minutes later, France 24 reported.").Any(c => c.Low == 24), Is.False);

    // BBC News via Yahoo News, 20 June 2022; Actual News Magazine (undated): a page's reading time in minutes is a duration.
    [TestCase("·3 min read")]
    [TestCase("Reading time: 2 mins")]
    public void AReadingTime_IsNoClaim(string line) =>
        Assert.That(Extracted.Claims(line), Is.Empty);

    // Control, written for the test: a count after a sentence's opening word and before "said" still counts.
    [Test]
    public void ACountOpeningASentenceBeforeSaid_StaysAClaim() =>
        Assert.That(Extracted.Claims("Another 24 said they had lost their homes.").Any(c => c.Low == 24), Is.True);
}
