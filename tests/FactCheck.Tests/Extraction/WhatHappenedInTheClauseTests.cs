using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>What happened to the group a figure counts, read from the figure's own clause. Sentences from real news.</summary>
public sealed class WhatHappenedInTheClauseTests
{
    // NBC News, 25 June 2021: people accounted for are counted, not missing.
    [TestCase(120, "count")]
    [TestCase(159, "missing")]
    public void AccountedFor_IsACount_UnaccountedFor_IsMissing(double low, string metric) =>
        Assert.That(Extracted.Figure("There were 120 people accounted for from the building and 159 people unaccounted for, Miami-Dade County Mayor Daniella Levine Cava said Friday.", low).Metric,
            Is.EqualTo(metric));

    // Your Middle East (AFP), 25 August 2013: patients who flooded into hospitals after others died did not die; the hospitals are no victims.
    [TestCase(3600, "count")]
    [TestCase(3, "count")]
    public void FigureWithAVerbOfItsOwn_AfterAClauseOpener_IsNotTheDeathsBeforeIt(double low, string metric) =>
        Assert.That(Extracted.Figure("Hours earlier, medical charity Doctors Without Borders (MSF) said 355 people had died after around 3,600 patients displaying \"neurotoxic symptoms\" " +
                                     "flooded into three hospitals on Wednesday, the day of the alleged attacks.", low).Metric, Is.EqualTo(metric));

    // UPI, 30 August 2013: people treated at hospitals are the injured.
    [Test]
    public void PeopleTreatedAtHospitals_AreInjured() =>
        Assert.That(Extracted.Figure("The assessment indicates 1,429 people, including 426 children, died in the attack and about 3,600 people were treated at hospitals for symptoms.", 3600).Metric,
            Is.EqualTo("wounded"));

    // A News (Anadolu), 25 July 2024; New Zealand Police via i, March 2019: a death toll counts deaths, whatever event a phrase after it names.
    [TestCase("The death toll from student protests in Bangladesh rose to 201 Thursday with four more people dying in the capital Dhaka and the surrounding area as a crackdown " +
              "intensified against opposition parties, according to officials and local media.", 201)]
    [TestCase("Death toll rises to 50 in Christchurch mosque attacks, says New Zealand Police", 50)]
    public void DeathToll_CountsDeaths_NotTheEventItIsIn(string sentence, double low) =>
        Assert.That((Extracted.Figure(sentence, low).Metric, Extracted.Figure(sentence, low).Subject), Is.EqualTo(("killed", "people")));

    // Reuters via Yahoo, October 2020: detaining is arresting.
    [Test]
    public void PoliceDetainingPeople_AreArrests() =>
        Assert.That(Extracted.Figure("Warsaw police detain 37 during abortion rights protest", 37).Metric, Is.EqualTo("arrested"));

    // Pedestrian (AAP), 15 March 2019: past the comma after a whole a sentence opens with, what happened is the part's.
    [Test]
    public void WholeASentenceOpensWith_IsNotWhatHappenedToItsPart() =>
        Assert.That(Extracted.Figure("Of the 40 people taken to Christchurch Hospital, one has since died from their injuries.", 40).Metric, Is.Not.EqualTo("killed"));

    // Reuters via Yahoo, May 2024: people who received hospital treatment are the injured, and the ministry said so, whoever quoted its bulletin.
    [Test]
    public void HospitalTreatment_IsInjury_SaidByTheBulletinsAuthor()
    {
        var claim = Extracted.Figure("Georgia's Health Ministry, in a bulletin quoted by Georgian media, said 11 people, including six police officers, had received hospital treatment " +
                                     "after Wednesday's altercations.", 11);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("wounded", "Georgia's Health Ministry")));
    }

    // Montreal Gazette, 8 July 2013: bodies still looked for are missing, not found dead.
    [Test]
    public void BodiesStillLookedFor_AreMissing() =>
        Assert.That(Extracted.Figure("Sgt. Benoit Richard confirmed the SQ are still looking for the other 37 bodies.", 37).Metric, Is.EqualTo("missing"));

    // Arab News (Reuters), August 2024; i, March 2019: losing one's eyesight and lying critical in intensive care are injuries.
    [TestCase("“Over 1,000 people have been killed and over 400 students have lost their eyesight,” a statement from the health ministry said, quoting its chief Nurjahan Begum.", 400)]
    [TestCase("Health officials say 34 people remain in hospital, with 12 victims critical in intensive care, and are being treated for injuries such as severe gunshot wounds.", 12)]
    public void LostEyesightOrInIntensiveCare_AreInjured(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).Metric, Is.EqualTo("wounded"));

    // TASS, 9 January 2023: riots are a protest's event.
    [Test]
    public void PeopleWhoTookPartInRiots_TurnedOutForAProtest()
    {
        var claim = Extracted.Figure("According to preliminary estimates, about 5,000 people participated in the riots.", 5000);
        Assert.That((claim.Metric, claim.Event), Is.EqualTo(("participated", "protest")));
    }

    // AFP via Yemen Daily News, March 2023; Reuters via Nasdaq and ABC News, October-November 2023: a population is a count whatever died; the dead and
    // missing together are their own measure, said by whoever "they've" refers to, never by the word.
    [TestCase("Some 360 people have died in Malawi, according to the latest toll released late Friday, in a country of nearly 20 million people.", 19e6, "count")]
    [TestCase("Nearly 100 dead and missing in Mexico from hurricane -state governor", 95, "killed or missing")]
    [TestCase("Alejandro Martínez Sidney, president of the local chamber of commerce in Acapulco, said in an interview with a local outlet that they've counted about 120 dead or missing at sea alone.", 114, "killed or missing")]
    public void PopulationOrDeadAndMissing_IsItsOwnMeasure(string text, double low, string metric) =>
        Assert.That(Extracted.Figure(text, low).Metric, Is.EqualTo(metric));

    // Malawi24, March 2023: councils that are affected are no affected people.
    [Test]
    public void AffectedPlaces_AreNoAffectedPeople() =>
        Assert.That(Extracted.Figure("The 14 affected councils are Balaka, Blantyre City, Blantyre District, Chikwawa, Chiradzulu, Machinga, Mangochi, Mulanje, Neno, Nsanje, Phalombe, " +
                                     "Thyolo, Zomba City and Zomba District.", 14).Subject, Is.EqualTo("councils"));
}
