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
}
