using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// An aside led by a present participle, set off between a source and its verb, tells how the source spoke ("Another EU official,
/// speaking on condition of anonymity, said"), not who speaks; one of attribution ("citing", "according to") still passes the
/// figure to its origin. Sentences from the reporting of the 2019 Hong Kong marches, Hurricane Maria, the 2010 Haiti earthquake
/// and the 2018 Sulawesi earthquake.
/// </summary>
public sealed class SpeakingAsidesTests
{
    // The Straits Times, 13 June 2019.
    [Test]
    public void ATitledNameBeforeASpeakingAside_Speaks() =>
        Assert.That(Extracted.Figure("Police chief Stephen Lo, speaking at a press briefing, said 22 police officers were injured in the protests that turned violent on Wednesday.", 22)
            .Claimant, Is.EqualTo("Stephen Lo"));

    // The Guardian, February 2010.
    [Test]
    public void AOneWordNameBeforeALanguage_IsTheSource_NotTheLanguage() =>
        Assert.That(Extracted.Figure("Preval, speaking English, told journalists that the number was 170,000, apparently referring to the number of bodies contained in mass graves.", 170_000)
            .Claimant, Does.EndWith("Preval"));

    // Imperial Valley Press (AP), August 2018.
    [Test]
    public void AnUnnamedSourceBeforeAnAside_IsTheSource() =>
        Assert.That(Extracted.Figure("The government, relying on updated statistics it first reported in June, said in a report to Congress that there were 1,427 more deaths from September to December.", 1_427)
            .Claimant, Is.EqualTo("government"));

    // Reuters, 2017 ("A U.S. defense official, speaking on condition of anonymity, said"), written for the test with a figure.
    [Test]
    public void AnOfficialSpeakingOnConditionOfAnonymity_SpeaksForItsCountry() =>
        Assert.That(Extracted.Figure("A U.S. defense official, speaking on condition of anonymity, said 33 soldiers were killed.", 33).Claimant, Is.EqualTo("United States"));

    // Stabroek News (Reuters), April 2015: the quotation after the verb is the official's.
    [Test]
    public void AQuotationAfterASpeakingAside_IsTheSources()
    {
        var quote = Extracted.Claims("Another EU official, speaking on condition of anonymity, said: “A number of EU citizens are not accounted for, but this could be for many reasons.”")
            .Single(c => c.Metric == Claim.QuoteMetric);
        Assert.That(quote.Claimant, Is.EqualTo("European Union"));
    }

    // Control, 2018 Sulawesi earthquake live reporting: "citing" passes the toll on to the spokesman it names.
    [Test]
    public void ACitingAside_StillGivesTheOrigin() =>
        Assert.That(Extracted.Figure("Indonesian television and other media, citing disaster agency spokesman Sutopo Purwo Nugroho, says the death toll from the Sulawesi earthquake and tsunami has jumped to 384.", 384)
            .Claimant, Is.EqualTo("Sutopo Purwo Nugroho"));
}
