using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A part of a toll set off after it with a verb of its own ("with 630 of the victims located within the Kathmandu Valley", "231 were found
/// in Amatrice") takes the place its verb names; the whole does not. Sentences from the reporting of the 2015 Nepal earthquake and the 2016
/// Amatrice earthquake.
/// </summary>
public sealed class PartsPlacedApartTests
{
    // ATWNetwork, 26 April 2015.
    private const string Nepal = "The death toll for a major Nepal earthquake has risen to 1,341 deaths, with 630 of the victims located within the Kathmandu Valley, " +
                                 "a spokesperson for the Nepal police has said.";

    [Test]
    public void AWholeTollBeforeAPartWithItsOwnVerb_IsNotPlacedWhereThePartIs() =>
        Assert.That(Extracted.Figure(Nepal, 1341).Location, Is.EqualTo("Nepal"));

    [Test]
    public void ThePartWithItsOwnVerb_IsPlacedWhereItsVerbSays() =>
        Assert.That(Extracted.Figure(Nepal, 630).Location, Does.StartWith("Kathmandu"));

    // The Guardian, 27 August 2016: "were" and any participle.
    [Test]
    public void APartThatWasFoundSomewhere_IsPlacedThere() =>
        Assert.That(Extracted.Figure("Of the 292 confirmed dead in the earthquake, 231 were found in Amatrice.", 231).Location, Is.EqualTo("Amatrice"));

    // Reuters, November 2017 (reuters-2017): "some in the U.S. business community" is no figure's part; an article after "in" stops the
    // reach of a bare quantifier.
    [Test]
    public void AQuantifierBeforeAnArticledPlace_LeavesThePlaceToTheFigure() =>
        Assert.That(Extracted.Figure("Trump and Xi, who call themselves friends, also oversaw the signing of about $250 billion in commercial deals, a show that some in " +
                                     "the U.S. business community and others say detracts from addressing structural impediments that puts them at a disadvantage " +
                                     "to Chinese rivals.", 250e9).Location, Is.EqualTo("United States"));
}
