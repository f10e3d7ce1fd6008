using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Figures that are some of a toll counted elsewhere, not a toll of their own. Sentences from real news.</summary>
public sealed class PartsOfATollTests
{
    // San Mateo Daily Journal (AP), August 2023; Sewol coverage (events-mixed), April 2014: some of the dead or the injured are part of a
    // toll counted elsewhere; "one of the protesters was shot dead" is a toll of its own.
    [TestCase("Maui police have released the names of 55 of the dead.", 55, true)]
    [TestCase("Four of the fatalities, three of them students, were identified.", 4, true)]
    [TestCase("The opposition claims that at least one of the protesters was shot dead by police sniper fire.", 1, false)]
    public void SomeOfTheDeadOrTheInjured_ArePartOfATollCountedElsewhere(string sentence, double low, bool part) =>
        Assert.That(Extracted.Figure(sentence, low).PartOfGroup, Is.EqualTo(part));

    // Gulf News (AFP), 25 April 2019; News18 (PTI), 26 April 2019: how far a toll was cut is no toll.
    [TestCase("Colombo: Sri Lanka on Thursday night revised the death toll from the Easter Sunday blasts by more than 100, to \"about 253\", according to the health ministry.", 100)]
    [TestCase("The official toll released by the police was reduced by 106 after the reconciliation of autopsy and DNA reports, the ministry said in a statement.", 106)]
    public void HowFarATollWasCut_IsNoTollOfItsOwn(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).PartOfGroup, Is.True);

    // A News (Anadolu), 25 July 2024: new deaths confirmed are an increase, not a toll.
    [Test]
    public void NewDeaths_AreAnIncrease_NotAToll() =>
        Assert.That(Extracted.Figure("Inspector Bachchu Mia, who is in charge of the police outpost at Dhaka Medical College and Hospital (DMCH), confirmed to Anadolu three new deaths Wednesday night.", 3)
            .PartOfGroup, Is.True);

    // Gulf News (AFP), 25 April 2019: those who died in hospital are some of the dead, the rest died where it happened.
    [Test]
    public void DeadInHospital_AreSomeOfTheDead() =>
        Assert.That(Extracted.Figure("\"By 10am, the casualty number at hospitals has been reduced to 149. Only six had died in hospitals,\" Jasinghe said.", 6).PartOfGroup, Is.True);

    // AP via The Columbian, Tribtown and ABC News, October-November 2023: some of a toll, named as among it, after "among", as the figure
    // that leaves out a part's verb, or as how far the toll moved, is no toll of its own.
    [TestCase("MEXICO CITY (AP) — Officials in Mexico said Monday that three foreign residents were among at least 45 people killed when Hurricane Otis hit the resort city of Acapulco last week.", 3)]
    [TestCase("A week after a powerful Category 5 hurricane hit Acapulco, Mexico, at least 58 people are still missing, according to the Mexican government. Among the missing are 18 foreign nationals, including 11 Americans.", 18)]
    [TestCase("Mexico’s civil defense agency said in a statement that 43 of the dead were in the resort city of Acapulco and five in the nearby township of Coyuca de Benitez.", 5)]
    [TestCase("The new death toll was an increase of 12 from the initial tally of 27 announced Thursday.", 12)]
    public void SomeOfATollOrHowFarItMoved_IsNoTollOfItsOwn(string text, double low) =>
        Assert.That(Extracted.Figure(text, low).PartOfGroup, Is.True);

    // Devdiscourse (Reuters), 19 April 2021: a group named at the opening holds every figure listed after it, not a later clause's ("..., when
    // 143,000 people died in 1991", written for the test).
    [TestCase(240, true)]
    [TestCase(7, true)]
    public void FiguresListedAfterOfTheTotal_ArePartsOfIt(double low, bool part) =>
        Assert.That(Extracted.Figure("Of the total civilian deaths, 240 were killed when security forces opened fire in retaliation against protesters, seven died " +
                                     "while roadblocks were being cleared and most others died in accidents or of natural causes, state TV said.", low).PartOfGroup, Is.EqualTo(part));

    [Test]
    public void ALaterClausesFigure_IsNoPartOfTheOpeningGroup() =>
        Assert.That(Extracted.Figure("Of the dead, only 671 were in Yangon, when 143,000 people died in 1991.", 143000).PartOfGroup, Is.False);
}
