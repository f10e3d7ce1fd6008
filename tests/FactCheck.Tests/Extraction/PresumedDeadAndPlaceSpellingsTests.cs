using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "presumed dead" is believed, not confirmed, as "feared dead" is (LBC, 26 March 2024, on the Key Bridge collapse); places spelt as
/// English news spells them: Norwegian "ø" as "oe" ("Utoeya Island", Radio New Zealand, 23 July 2011) and New Zealand's "North Canterbury"
/// (Newshub, 14 November 2016), not the English city of Canterbury.
/// </summary>
public sealed class PresumedDeadAndPlaceSpellingsTests
{
    [Test]
    public void PresumedDead_IsNoAssertedToll()
    {
        var claim = Extracted.Figure("Six missing workers presumed dead after Baltimore bridge collapse, US Coast Guard says", 6,
            published: new DateOnly(2024, 3, 26));
        Assert.That((claim.Metric, claim.Modality), Is.EqualTo(("killed", Modality.Projection)));
    }

    [Test]
    public void ConfirmedDead_BesidePresumedDead_StaysAsserted()
    {
        // CBC News (undated page, July 2013) on the Lac-Mégantic derailment; the 22 are presumed dead, the 28 confirmed. The date is the test's.
        var claims = Extracted.Claims("Sûreté du Québec Insp. Michel Forget said an additional four people have been confirmed dead after the July 6 derailment and explosion of a runaway train carrying oil, raising the total number of deceased to 28, and another 22 presumed dead.",
            published: new DateOnly(2013, 7, 15));
        Assert.That(claims.Single(c => c.Low == 28).Modality, Is.EqualTo(Modality.Asserted));
        Assert.That(claims.Single(c => c.Low == 22).Modality, Is.EqualTo(Modality.Projection));
    }

    [Test]
    public void UtoeyaIsland_IsUtoya()
    {
        var claim = Extracted.Figure("Police in Norway say at least 84 were killed in shootings at Utoeya Island where a Labour Party youth camp was attacked on Friday.",
            84, published: new DateOnly(2011, 7, 23));
        Assert.That(claim.LocationPrecision, Is.EqualTo("site"));
    }

    [Test]
    public void NorthCanterbury_IsInNewZealand()
    {
        var claim = Extracted.Figure("Two people have been confirmed dead after a powerful 7.5 earthquake hit North Canterbury at 12:03am on Monday.",
            2, published: new DateOnly(2016, 11, 14));
        Assert.That((claim.Location, claim.LocationPrecision), Is.EqualTo(("North Canterbury", "region")));
    }
}
