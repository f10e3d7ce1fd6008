using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A source that "released" a count, figures, a statement or a report gives what they say; a report released on a day by an agent is
/// the agent's; and a measure whose owner a possessive names is the owner's, more than "official" says. Sentences from the reporting of
/// Hurricane Katrina, the 2024 Bangladesh protests, the 2011 Tohoku earthquake and Reuters' 2017 wire.
/// </summary>
public sealed class ReleasedFiguresTests
{
    // WTOK, September 2005.
    [Test]
    public void AnOfficeThatReleasedACount_GivesIt() =>
        Assert.That(Extracted.Figure("Gov. Haley Barbour's office released a death count in Mississippi of 218 on Monday, up four from the weekend.", 218).Claimant,
            Does.Contain("Barbour"));

    // NewsBox, 2025.
    [Test]
    public void AnOfficeThatReleasedAReport_GivesWhatItIndicates() =>
        Assert.That(Extracted.Figure("The UN Human Rights Office (OHCHR) has released a report indicating that up to 1,400 people may have died in Bangladesh during the suppression of student protests last summer.", 1_400)
            .Claimant, Is.EqualTo("UN Human Rights Office"));

    // Reuters, 2017 (row 937); the second written for the test with "provided".
    [TestCase("Modernizing and maintaining the U.S. nuclear arsenal over the next 30 years will cost more than $1.2 trillion, according to a report released on Tuesday by the Congressional Budget Office.")]
    [TestCase("Modernizing and maintaining the U.S. nuclear arsenal over the next 30 years will cost more than $1.2 trillion, according to a report provided on Tuesday by the Congressional Budget Office.")]
    public void AReportReleasedOnADayByAnAgent_IsTheAgents(string sentence) =>
        Assert.That(Extracted.Figure(sentence, 1.2e12).Claimant, Is.EqualTo("Congressional Budget Office"));

    // Control, Reuters, November 2017: "released a statement" reports, and "the firm" is the one that released it.
    [Test]
    public void AFirmThatReleasedAStatement_KeepsItsQuote()
    {
        var quote = Extracted.Claims("Appleby released a statement late on Sunday saying that the release of its documents was the result of “an illegal computer hack” and not a leak. "
                                     + "“This was not the work of anybody who works at Appleby,” the firm with offices in Bermuda, the Cayman Islands, Hong Kong and other offshore jurisdictions said.")
            .First(c => c.Metric == Claim.QuoteMetric && c.Sentence.Contains("not the work"));
        Assert.That(quote.Claimant, Is.EqualTo("Appleby"));
    }

    // The Guardian, 13 March 2011, written for the test without "as of early Sunday".
    [Test]
    public void APossessiveOwnerOfAnOfficialToll_GivesIt() =>
        Assert.That(Extracted.Figure("The National Police Agency's official death toll was 688, with 642 missing and 1,570 injured.", 688).Claimant, Is.EqualTo("National Police Agency"));
}
