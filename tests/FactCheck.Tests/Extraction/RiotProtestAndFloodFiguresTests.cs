using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the 2011 England riots, the 2021 Cuba protests, the 2015 Chennai floods, the 2010 Chile
/// and 2005 Kashmir earthquakes and Russian and Indonesian disasters: an age set off after a person the article introduces, an outlet
/// named after its noun, a source that stands by its toll, a distance in yards, patients counted apart from the people of a toll, the
/// day of the month after its weekday, a reference mark and detainees counted as arrests. Sentences from real news; where a test adds
/// or cuts words, its comment says so.
/// </summary>
public sealed class RiotProtestAndFloodFiguresTests
{
    // Rediff, 12 August 2011: "a man, 26," gives his age, no count of the arrested.
    [Test]
    public void AnAgeSetOffAfterAnIntroducedPerson_IsNoFigure() =>
        Assert.That(Extracted.Claims("The West Midlands Police said two boys, aged 16 and 17, and a man, 26, had been arrested on suspicion of murder.")
            .Select(c => c.Low), Has.No.Member(26));

    // Written for the test: a figure set off after a noun that no article introduces still counts.
    [Test]
    public void AFigureSetOffAfterAPluralNoun_StillCounts() =>
        Assert.That(Extracted.Figure("Among the dead were police officers, 12, and civilians, 30, the ministry said.", 30).Metric, Is.EqualTo("killed"));

    // Bluewin (dpa), 5 January 2025; events-mixed e11a (PV Desk), September 2017: the outlet or agency named after its noun speaks,
    // not its country or the body it belongs to.
    [TestCase("Three residents were unable to save themselves from the flames, the Russian state agency Tass reported.", 3, "Tass")]
    [TestCase("Some 5,200 people have entered Bangladesh from Myanmar as of Sunday in the wake of the latest violence in Rakhine state, UN refugee agency UNHCR estimates.",
        5200, "UNHCR")]
    public void AnOutletNamedAfterItsNoun_IsTheSource(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // Written for the test, in the form of Russian wire copy: a country's possessive before the outlet's noun says whose it is.
    [TestCase("Russia's state news agency RIA Novosti said 42 people were hurt in the blast.", 42, "RIA Novosti")]
    [TestCase("Russia's defence ministry said 45 soldiers were hurt in the blast.", 45, "Russia")]
    public void ACountryBeforeAnOutletsNoun_SaysWhoseItIs(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // AP, August 2018 (Lombok): a source that stands by its toll gives it.
    [Test]
    public void ASourceStandingByItsToll_GivesIt() =>
        Assert.That(Extracted.Figure("The national disaster agency stood by its latest death toll of 131.", 131).Claimant, Is.EqualTo("national disaster agency"));

    // Written for the test: one word may describe the measure a cued verb puts at a figure.
    [Test]
    public void ADescribedMeasure_NamesWhatItCounts() =>
        Assert.That(Extracted.Figure("Officials put the final number of dead at 12.", 12).Metric, Is.EqualTo("killed"));

    // Written for the test: the toll standing at a figure, with a figure after it, has no source in it.
    [Test]
    public void ATollStandingAtAFigure_IsNoSource() =>
        Assert.That(Extracted.Figure("The death toll stood at 140, up from the previous figure of 120.", 140).Claimant, Is.EqualTo(Claim.Unattributed));

    // The Telegraph, 7 August 2011: yards measure a distance; they are no one counted.
    [Test]
    public void YardsMeasureADistance() =>
        Assert.That(Extracted.Figure("This is about 200 yards north of Tottenham Police Station.", 200).Metric, Is.EqualTo("distance"));

    // Al Jazeera, 4 December 2015: patients who died in one hospital are a group of their own, not the people of a state's toll.
    [Test]
    public void PatientsWhoDied_ArePatients()
    {
        var claim = Extracted.Figure("Eighteen patients have died in an intensive care unit in the southern Indian city of Chennai after heavy flooding caused disruptions to generators running life-support systems, officials have said.", 18);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Metric, Is.EqualTo("killed"));
            Assert.That(claim.Subject, Is.EqualTo("patients"));
        });
    }

    // Market Research Telecast, July 2021: the day of the month after its weekday is a date, no crowd.
    [Test]
    public void TheDayOfTheMonthAfterItsWeekday_IsADate() =>
        Assert.That(Extracted.Claims("The demonstrations took place between Sunday 11 and Monday 12."), Is.Empty);

    // Written for the test: a figure after a weekday that counts someone is still a figure.
    [Test]
    public void AFigureAfterAWeekdayThatCountsSomeone_StillCounts() =>
        Assert.That(Extracted.Figure("On Sunday 11 people died in the floods.", 11).Metric, Is.EqualTo("killed"));

    // Human Rights Watch, July 2022: "[2]" marks a reference; it is no second death.
    [Test]
    public void AReferenceMark_IsNoFigure() =>
        Assert.That(Extracted.Claims("One protester, Diubis Laurencio Tejeda, a 36-year-old singer, died, seemingly at the hands of the police.[2] Cuban rights groups report that over 1,400 people were detained.")
            .Select(c => c.Low), Is.EquivalentTo(new double[] { 1, 1400 }));

    // USA Today (AP), 13 July 2021; Market Research Telecast, July 2021: detainees are the arrested.
    [TestCase("During a call with congressional staff this week, the U.S. State Department put the exact number of detainees at 99.", 99)]
    [TestCase("Activists denounced more than 500 detainees in Cuba after the protests, including 11 minors", 500)]
    public void Detainees_AreArrests(string text, double figure) =>
        Assert.That(Extracted.Claims(text).Single(c => c.Low == figure).Metric, Is.EqualTo("arrested"));
}
