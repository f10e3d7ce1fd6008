using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "one Canadian was killed", "one American with minor injuries": one person named by a people's adjective is that people's, as "176
/// Indians" are. Sentences from Expatica (undated page) and The Local Spain (18 August 2017) on the Barcelona attack.
/// </summary>
public sealed class OnePersonOfANationTests
{
    [TestCase("Canadian Prime Minister Justin Trudeau said one Canadian was killed and four others were injured.", "Canadian")]
    [TestCase("China also confirmed a citizen of Hong Kong had minor injuries, while the US state department said it knew of one American with minor injuries.", "American")]
    public void OnePersonOfANation_IsThatPeoples(string sentence, string side)
    {
        var claim = Extracted.Figure(sentence, 1);
        Assert.That((claim.Subject, claim.Side), Is.EqualTo(("people", side)));
    }

    [Test]
    public void AnAdjectiveBeforeANoun_StillDescribesTheNoun()
    {
        // Written for the test.
        var claim = Extracted.Figure("One American soldier was killed.", 1);
        Assert.That((claim.Subject, claim.Side), Is.EqualTo(("soldiers", "American")));
    }
}
