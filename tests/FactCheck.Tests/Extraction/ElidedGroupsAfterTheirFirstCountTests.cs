using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "At least 12 US service members killed, 15 injured": a figure with only a participle after it, following a count of a group in its
/// sentence, counts that group again (its side too), not people at large; so the 15 service members wounded are never set against every
/// wounded person's toll. Lines from CNN on the 2021 Kabul airport bombing and Trend on the 2020 Nagorno-Karabakh war.
/// </summary>
public sealed class ElidedGroupsAfterTheirFirstCountTests
{
    [Test]
    public void ACountWithOnlyAParticiple_CountsTheGroupBeforeIt()
    {
        const string headline = "At least 12 US service members killed, 15 injured in ISIS blasts outside Kabul airport";
        var claim = Extracted.Claims(headline, title: headline, published: new DateOnly(2021, 8, 27)).Single(c => c.Low == 15);
        Assert.That((claim.Metric, claim.Subject, claim.Side), Is.EqualTo(("wounded", "soldiers", "American")));
    }

    [Test]
    public void AfterCiviliansKilled_TheWoundedAreCivilians() =>
        Assert.That(Extracted.Figure("Some 61 Azerbaijani civilians were killed, 282 wounded as a result of Armenia’s attacks against Azerbaijani civilians, Trend reports on Oct. 15 citing the Azerbaijani General Prosecutor's Office.",
            282, published: new DateOnly(2020, 10, 15)).Subject, Is.EqualTo("civilians"));

    // Control, written for the test: a noun of what happened still counts people.
    [Test]
    public void ANounOfWhatHappened_CountsPeople() =>
        Assert.That(Extracted.Figure("Soldiers killed 12 protesters on Monday, and there were 15 deaths on Tuesday.", 15).Subject, Is.EqualTo("people"));
}
