using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A listed person's surname, written alone, is that person only where the document has named no one else by it: "Johnson said" after
/// "said Holly Johnson, the state's refugee coordinator" (Reuters, December 2017) or "Capt. Ron Johnson" (the Ferguson unrest, 2014) is not
/// Boris Johnson, and neither is "Senator Ron Johnson"; "says Johnson" over a live-blog entry naming Prime Minister Boris Johnson still is.
/// </summary>
public sealed class OtherPeopleOfAListedSurnameTests
{
    [Test]
    public void TheSurnameOfSomeoneNamedEarlier_IsThatPersons()
    {
        var claims = Extracted.Claims("The resettlement office in Chattanooga, Tennessee is at risk of shutting down, because it is only projected to receive about 85 refugees, said Holly Johnson, the state’s refugee coordinator. “Small doesn’t necessarily mean weak or subpar,” Johnson said.",
            published: new DateOnly(2017, 12, 21));
        Assert.That(claims.Select(c => c.Claimant), Is.All.EqualTo("Holly Johnson"));
    }

    [Test]
    public void ASurnameAfterAnotherFirstName_IsNoListedPerson() =>
        Assert.That(Extracted.Claims("Capt. Ron Johnson of the Missouri State Highway Patrol said 31 people were arrested overnight.").Single().Claimant,
            Is.Not.EqualTo("United Kingdom"));

    [Test]
    public void TheListedPersonsSurname_NamedInFullNearby_StaysThePerson()
    {
        var claims = Extracted.Claims("11:35 pm: UK to send 6,000 missiles, £25 mn to Ukraine army, says Johnson\nPrime Minister Boris Johnson said late Wednesday that Britain would send 6,000 missiles, consisting of anti-tank and high explosive weapons.",
            published: new DateOnly(2022, 3, 24));
        Assert.That(claims.Where(c => c.Low == 6000).Select(c => c.Claimant), Is.All.EqualTo("United Kingdom"));
    }
}
