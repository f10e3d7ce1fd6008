using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Offices that give tolls speak as sources ("according to the Boston Police commissioner", "the superintendent of ... Hospital", "the
/// medical examiner"); a "casualty count" counts the dead and the hurt together; a name and its common noun before a plural ("Seven
/// Boston area hospitals") modify what was counted. Sentences from ABC News (via WTXL), the Long Island Press and Modern Healthcare
/// on the 2013 Boston Marathon bombing, 5Pillars on the 2024 Bangladesh protests and Reuters (reuters-2017).
/// </summary>
public sealed class OfficesAndCasualtyCountsTests
{
    // ABC News via WTXL, 16 April 2013.
    [Test]
    public void APoliceCommissioner_IsTheSource() =>
        Assert.That(Extracted.Figure("BOSTON, Mass. (ABC News)-- The death toll in the Boston Marathon bombings has increased to three people, according to the Boston Police commissioner.", 3).Claimant,
            Is.EqualTo("Boston Police commissioner"));

    // 5Pillars, 18 July 2024.
    [Test]
    public void AHospitalsSuperintendent_IsTheSource_NotTheNewspaperThatReportedIt() =>
        Assert.That(Extracted.Figure("In the Uttara neighborhood of Dhaka, at least four protesters were killed in a clash with police, according to the superintendent of "
                                     + "Kuwait Bangladesh Friendship Government Hospital, as reported by the Daily Star newspaper.", 4).Claimant, Does.StartWith("superintendent"));

    // Written for the test.
    [Test]
    public void TheMedicalExaminer_IsTheSource() =>
        Assert.That(Extracted.Figure("The medical examiner said 12 people died.", 12).Claimant, Is.EqualTo("medical examiner"));

    // Long Island Press, 16 April 2013.
    [Test]
    public void ACasualtyCount_CountsTheDeadAndTheHurt() =>
        Assert.That(Extracted.Figure("The Boston Marathon bombing casualty count rose to nearly 200 a day after the smoke cleared and the investigation got into full swing Tuesday, "
                                     + "although more questions than answers remain so far.", 200).Metric, Is.EqualTo("killed or wounded"));

    // Modern Healthcare, 15 April 2013.
    [Test]
    public void HospitalsNamedAfterACity_AreWhatIsCounted_NotTheWounded()
    {
        var hospitals = Extracted.Figure("Seven Boston area hospitals were treating at least 143 patients injured in the explosions that occurred earlier Monday at the finish line of the Boston Marathon.", 7);
        Assert.That((hospitals.Metric, hospitals.Subject), Is.EqualTo(("count", "hospitals")));
    }

    // Reuters, 16 November 2017 (reuters-2017 corpus).
    [Test]
    public void NomineesNamedAfterAPresident_AreWhatIsCounted() =>
        Assert.That(Extracted.Figure("The Senate has now voted to confirm 14 Trump judicial nominees, including Donald Coggins on Thursday as a district judge in South Carolina.", 14).Subject,
            Is.EqualTo("nominees"));

    // Control, The Nation (Pakistan), 4 October 2013 (the sentence cut after "shores"): asylum seekers are people.
    [Test]
    public void AsylumSeekers_ArePeople() =>
        Assert.That(Extracted.Figure("Three hundred people were feared dead Thursday after a boat with up to 500 African asylum seekers caught fire and sank off Italian shores.", 500).Subject,
            Is.EqualTo("people"));
}
