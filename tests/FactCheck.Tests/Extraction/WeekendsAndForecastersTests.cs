using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "over the weekend" in a story written after it is the Saturday and Sunday before, not the week the story is written in; insurers,
/// forecasters and seismologists are sources; and neither a word that only opens the sentence ("Damage estimates ranged") nor an event's
/// name in the possessive ("Hurricane Helene's official death toll") is anyone who gave a figure. Sentences from Reuters and Newsmax on
/// Hurricane Helene (2024), the Straits Times on the Kanjuruhan stadium disaster (2022) and Reuters on the 2017 US tax bill.
/// </summary>
public sealed class WeekendsAndForecastersTests
{
    [Test]
    public void OverTheWeekend_InAMondayStory_IsTheWeekBefore()
    {
        // Monday 4 December 2017: the Senate passed its bill on Saturday 2 December.
        var claim = Extracted.Figure("The Senate bill, approved over the weekend, puts the rate at 14.49 percent.", 14.49, published: new DateOnly(2017, 12, 4));
        Assert.That((claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo((new DateOnly(2017, 11, 27), "week")));
    }

    [Test]
    public void OverTheWeekend_InASundayStory_IsItsOwnWeek()
    {
        // Written for the test: a story of Sunday 29 September 2024.
        var claim = Extracted.Figure("Twelve people died in the floods over the weekend.", 12, published: new DateOnly(2024, 9, 29));
        Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2024, 9, 23)));
    }

    [Test]
    public void InsurersAndForecasters_GiveTheEstimate_NotTheWordOpeningTheSentence()
    {
        var claims = Extracted.Claims("Damage estimates ranged from $15 billion to more than $100 billion, insurers and forecasters said over the weekend.",
            published: new DateOnly(2024, 9, 29));
        Assert.That(claims.Select(c => c.Claimant).Distinct(), Is.EqualTo(new[] { "insurers and forecasters" }));
    }

    [Test]
    public void AWordOpeningTheSentence_IsNoSourceOfItsEstimates() =>
        Assert.That(Extracted.Figure("Damage estimates showed $15 billion in losses.", 15_000_000_000).Claimant, Is.Not.EqualTo("Damage"));

    [Test]
    public void AnEventsNameInThePossessive_IsNoSource() =>
        Assert.That(Extracted.Figure("Hurricane Helene's official death toll rose to at least 215 people Thursday, making it the deadliest storm to hit the U.S. mainland since Hurricane Katrina in 2005, Axios reported.",
            215, published: new DateOnly(2024, 10, 4)).Claimant, Is.Not.EqualTo("Hurricane Helene"));

    // Control, written for the test: a maker's name before its estimate stays the source.
    [Test]
    public void AMakersNameBeforeItsEstimate_StaysTheSource() =>
        Assert.That(Extracted.Figure("Eqecat's estimate is $1.8 billion.", 1_800_000_000).Claimant, Is.EqualTo("Eqecat"));
}
