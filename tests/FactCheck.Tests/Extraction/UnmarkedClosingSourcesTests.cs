using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A headline that closes on "says" and its source with no comma before it ("Over 220,000 missing after cyclone says UN"); not a verb whose
/// object is whom someone wrote to. Headlines and sentences from real news.
/// </summary>
public sealed class UnmarkedClosingSourcesTests
{
    // The Irish Times, May 2008; ITV News, 10 July 2017 (written out for the test with a name): the source closing a headline.
    [TestCase("Over 220,000 missing after cyclone says UN", 220000, "United Nations")]
    [TestCase("Greece boat disaster: Up to 500 people still missing says UN", 500, "United Nations")]
    [TestCase("Death toll hits 40 says Red Cross", 40, "Red Cross")]
    public void SaysAndASourceClosingAHeadline_NameTheSource(string headline, double figure, string claimant) =>
        Assert.That(Extracted.Figure(headline, figure).Claimant, Is.EqualTo(claimant));

    // Reuters, November 2017 (reuters-2017, articles.csv row 789): "wrote Sessions" names whom the letter went to, not who wrote it.
    [Test]
    public void WroteAndAName_IsNoClosingSource() =>
        Assert.That(Extracted.Claims("In a letter to Sessions on Tuesday, all 17 Democratic members of the Judiciary Committee told the attorney general they would " +
                                     "question him. “We intend to ask you about these inconsistencies,” ranking committee Democrat Rep. John Conyers and his " +
                                     "colleagues wrote Sessions.").Any(c => c.Claimant.Contains("Sessions")), Is.False);
}
