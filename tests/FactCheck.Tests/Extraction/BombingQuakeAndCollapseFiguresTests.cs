using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Boston, Oslo, London and Brussels attacks, hurricane Irma, typhoon Hagibis, the
/// Surfside collapse and the Sichuan and Soma disasters: a capital's own bodies, outlets whose names hold a number, agencies whose
/// names hold an event word, the worst hurt among the injured, limbs lost and an island's people. Sentences from real news; where a
/// test adds words of its own, its comment says so.
/// </summary>
public sealed class BombingQuakeAndCollapseFiguresTests
{
    // The Guardian, 7 July 2005, and TRT World, 28 March 2016: a capital before a source noun that is no government's names the
    // city's own body, not the country.
    [TestCase("The London ambulance service said it had treated 45 people with serious or critical injuries, including burns and amputations, and another 300 people with minor injuries.", 45, "London ambulance service")]
    [TestCase("London hospitals reported treating hundreds of wounded.", 200, "London hospitals")]
    [TestCase("Brussels prosecutors on Monday said they had charged three more people with participating in a terrorist group after a series of raids.", 3, "Brussels prosecutors")]
    public void ACapitalsOwnBody_SpeaksForItself(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // Written for the test: before a government's noun, or "police" (a country's police speak for it, as the gold README has it), the
    // capital still speaks for its country, by any of its names.
    [TestCase("Kiev authorities said 14 soldiers were killed.")]
    [TestCase("Kiev police said 14 soldiers were killed.")]
    [TestCase("Kyiv police said 14 soldiers were killed.")]
    public void ACapitalsAuthorities_SpeakForTheCountry(string text) =>
        Assert.That(Extracted.Figure(text, 14).Claimant, Is.EqualTo("Ukraine"));

    // The Guardian, 7 July 2005: "France 2" is a channel, no count of two.
    [Test]
    public void AChannelsNumber_IsNoFigure() =>
        Assert.That(Extracted.Claims("He told me that the provisional toll was 50 dead, 300 wounded, including 50 very seriously,\" Mr Sarkozy said on France 2 television.")
            .Where(c => c.Low == 2), Is.Empty);

    // Written for the test: a number inside an outlet's name is part of the source.
    [Test]
    public void AnOutletsNameWithANumber_IsTheSource() =>
        Assert.That(Extracted.Figure("Channel 4 News reported that 12 people were injured.", 12).Claimant, Is.EqualTo("Channel 4 News"));

    // The Guardian, 7 July 2005, and The Irish Times, 20 December 2016: the worst hurt and the lightly hurt are some of the injured.
    [TestCase("The London ambulance service said it had treated 45 people with serious or critical injuries, including burns and amputations, and another 300 people with minor injuries.", 45)]
    [TestCase("Of 48 injured, 12 in hospital with serious injuries, including one in medically induced coma", 12)]
    public void TheSeriouslyInjured_ArePartOfTheInjured(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.True);

    // USA Today (AP), 13 October 2019, and Miami Herald, July 2021: an event word inside an agency's name is who speaks, not what happened.
    [Test]
    public void AFireAgencysName_NamesNoFire() =>
        Assert.That(Extracted.Figure("The government’s Fire and Disaster Management Agency, which is generally more conservative in assessing its numbers, said 24 people were dead and nine were missing.", 24).Event,
            Is.Not.EqualTo("fire"));

    [Test]
    public void AFireRescueChiefsTitle_NamesNoFire() =>
        Assert.That(Extracted.Figure("Approximately 55 of the oceanfront complex's 136 units were destroyed, according to Miami-Dade Fire Rescue Assistant Chief Raide Jadallah.", 136).Event,
            Is.Not.EqualTo("fire"));

    // Written for the test: a fire named as what happened is still one.
    [Test]
    public void AFireThatKilled_IsAFire() =>
        Assert.That(Extracted.Figure("Fire killed 12 people in Osaka, the Fire Department said.", 12).Event, Is.EqualTo("fire"));

    // Belle News, 24 April 2013: people who lost a limb were wounded, not killed.
    [Test]
    public void PeopleWhoLostALimb_AreWounded() =>
        Assert.That(Extracted.Figure("At least 14 people lost all or part of a limb and three of them lost more than one.", 14).Metric, Is.EqualTo("wounded"));

    // The Citizen (AFP), September 2017: the island's residents are its population, not the dead of the sentence.
    [Test]
    public void AnIslandOfResidents_IsAPopulation() =>
        Assert.That(Extracted.Figure("A child died on the island of 1,600 residents, and 1,413 people were evacuated to Antigua.", 1600).Metric, Is.EqualTo("count"));

    // Slate, 24 August 2013, and the seeds' Reuters report: where a source is based is no figure's place; where the counted are based is.
    [Test]
    public void WhereASourceIsBased_IsNoPlaceOfItsFigure() =>
        Assert.That(Extracted.Figure("Meanwhile, the Syrian Observatory for Human Rights, which is based in England, increased its estimated death toll for Wednesday’s alleged chemical attack to 322, including 54 children.", 322).Location,
            Is.Not.EqualTo("England"));

    [Test]
    public void WhereTheCountedAreBased_IsTheirPlace() =>
        Assert.That(Extracted.Figure("Russia on Wednesday said it was expelling US diplomats in retaliation for Washington's step to remove 12 of Moscow's representatives to the UN based in New York.", 12).Location,
            Is.EqualTo("New York"));

    // The Guardian, 14 May 2014, and EWN, 22 September 2013: bodies brought out are dead, not a crowd; a march that brings people out
    // counts them (written for the test).
    [TestCase("By mid-morning on Wednesday, 363 miners had been rescued and more than 200 bodies had been brought out.", 200, "killed")]
    [TestCase("The death toll from an attack by Islamist militants on a Nairobi shopping mall has reached 68, after nine more bodies were brought out from the building, Kenya's Red Cross said on Sunday.", 9, "killed")]
    [TestCase("The march brought out 200,000 people.", 200_000, "participated")]
    public void WhatIsBroughtOut_IsCountedByWhatItIs(string text, double figure, string metric) =>
        Assert.That(Extracted.Figure(text, figure).Metric, Is.EqualTo(metric));

    // Xinhua, 16 May 2008: those buried in the rubble are trapped, a count of their own, not part of the injured.
    [Test]
    public void ThoseBuriedInTheRubble_AreTrapped()
    {
        var buried = Extracted.Figure("Another 102,103 people were injured and 12,323 buried in the rubble.", 12_323);
        Assert.That((buried.Metric, buried.PartOfGroup), Is.EqualTo(("trapped", false)));
    }

    // Newsmax, 14 September 2017, and Al Jazeera, 11 September 2017: the Caribbean is a place, wider than a country; a toll given
    // at it, or in a headline, is placed there, and one found in a country named after it stays in that country.
    [TestCase("The Hurricane Irma confirmed death toll in the U.S. stood at 31 on Thursday, and at least 44 in the Caribbean after 10 bodies were found in Cuba, but searching still continued on hard-hit islands and in the Florida keys.", 44, "Caribbean")]
    [TestCase("The Hurricane Irma confirmed death toll in the U.S. stood at 31 on Thursday, and at least 44 in the Caribbean after 10 bodies were found in Cuba, but searching still continued on hard-hit islands and in the Florida keys.", 10, "Cuba")]
    [TestCase("The Hurricane Irma confirmed death toll in the U.S. stood at 31 on Thursday, and at least 44 in the Caribbean after 10 bodies were found in Cuba, but searching still continued on hard-hit islands and in the Florida keys.", 31, "United States")]
    [TestCase("Irma death toll rises to 38 in Caribbean", 38, "Caribbean")]
    public void APartOfTheWorld_PlacesTheFiguresGivenAtIt(string text, double figure, string place) =>
        Assert.That(Extracted.Figure(text, figure).Location, Is.EqualTo(place));

    // Reuters, 28 August 2018: before a noun a part of the world says what kind of place, and the place named is where the toll is.
    [Test]
    public void APartOfTheWorldBeforeANoun_IsNoPlace() =>
        Assert.That(Extracted.Figure("The official estimate of Puerto Rico’s death toll from Hurricane Maria, the most powerful storm to strike the Caribbean U.S. island territory in nearly 90 years, has been raised to 2,975, up from 64, Governor Ricardo Rossello said on Tuesday.", 2975).Location,
            Is.EqualTo("Puerto Rico"));
}
