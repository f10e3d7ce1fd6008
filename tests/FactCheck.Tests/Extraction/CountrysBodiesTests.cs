using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A body of government its country's name opens ("Colombia human rights ombudsman and prosecutor's office") speaks for the country as
/// its government does: under a dateline inside that country, a toll it gives with no place of its own is the country's. Sentences from
/// the reporting of the 2021 Colombia protests.
/// </summary>
public sealed class CountrysBodiesTests
{
    // La Prensa Latina (EFE), 7 May 2021.
    [Test]
    public void ACountrysBodyUnderADatelineInIt_CountsInTheCountry() =>
        Assert.That(Extracted.Figure("Bogota, May 7 (EFE).- At least 27 people have lost their lives in days of protests against proposed tax reform, Colombia human rights ombudsman and prosecutor's office said Friday.", 27)
            .Location, Is.EqualTo("Colombia"));

    // Control, written for the test: a body of another country keeps the dateline's place.
    [Test]
    public void ABodyOfAnotherCountry_KeepsTheDatelinesPlace() =>
        Assert.That(Extracted.Figure("KABUL, Aug 27 (Reuters) - The US Defense Department said 13 service members were killed.", 13).Location, Is.Not.EqualTo("United States"));
}
