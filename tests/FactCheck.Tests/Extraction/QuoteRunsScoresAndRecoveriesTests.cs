using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the 2020 #EndSARS protests, the 2018 Palu earthquake, the 2018 Genoa bridge collapse,
/// the 2017 Grenfell Tower fire, the 2019 Khartoum sit-in, the 2022 Kanjuruhan stadium crush and the 2011 England riots: a quotation
/// running over paragraphs that each open it, one a page ends inside, a list of ages, an outlet named after its noun, an aside picking a
/// name out of a group, a game's score, bodies taken from one place, what a count of hospitals reported and a continent's people. Sentences from real news; where a test adds or cuts words,
/// its comment says so.
/// </summary>
public sealed class QuoteRunsScoresAndRecoveriesTests
{
    // The Street Journal (Vanguard), 22 October 2020: a quotation over paragraphs opens each one and closes only the last; the figures
    // of every paragraph are the speaker's who opened it. The headline is cut.
    [Test]
    public void AQuotationRunningOverParagraphs_KeepsItsSpeaker()
    {
        var claims = Extracted.Claims(
            "Adamu said: “In total, 71 public warehouses and 248 privately-owned stores were looted in the course of the protests nationwide.\n\n" +
            "“A total of 51 civilian fatalities and 37 civilian injuries have been recorded, while a total of 22 policemen were gruesomely murdered with 26 others injured by the protesters.\n\n" +
            "“In addition, 1,596 suspects have so far been arrested in connection with the violence and widespread looting by the protesters across the country.\n\n" +
            "“The breakdown shows 520 suspects were arrested in Lagos, 367 in Plateau State, 210 in the FCT and 142 in Kwara State.");
        Assert.That(claims.Where(c => c.Metric != Claim.QuoteMetric).Select(c => c.Claimant).Distinct(), Is.EqualTo(new[] { "Adamu" }));
    }

    // The Telegraph, 7 August 2011: a statement the page ends inside is still its speaker's.
    [Test]
    public void AQuotationThePageEndsInside_IsItsSpeakers() =>
        Assert.That(Extracted.Figure("Scotland Yard said in a statement: “Two police cars had parked up at Forster Road/ High Road while their officers conducted traffic patrols on foot. " +
                                     "This is about 200 yards north of Tottenham Police Station.", 200).Claimant, Is.EqualTo("Scotland Yard"));

    // Written for the test: a quotation opened with no speaker before it, which a blank line ends unclosed, names no one.
    [Test]
    public void AnUnclosedQuotationWithNoSpeaker_StaysUnattributed() =>
        Assert.That(Extracted.Claims("“We counted 40 bodies on the road.\n\nThe road was closed on Monday.").Single(c => c.Low == 40).Claimant, Is.EqualTo(Claim.Unattributed));

    // Newstalk, 15 August 2018: the ages listed after "aged" are no counts.
    [Test]
    public void AListOfAgesAfterAged_IsNoCount() =>
        Assert.That(Extracted.Claims("Three children - aged 8, 12 and 13 - are said to be among those who died.").Select(c => c.Low), Is.EqualTo(new[] { 3.0 }));

    // Channel NewsAsia, 30 September 2018: an outlet named after its noun ("news website Kompas") is no person a later "he" means.
    [Test]
    public void AnOutletNamedAfterItsNoun_IsNoOneAHeMeans() =>
        Assert.That(Extracted.Claims(
                "The Head of the National Disaster Management Agency (BNPB), Willem Rampangilei, told reporters in Sulawesi late on Saturday the death toll from Palu had reached 420 people, " +
                "according to news website Kompas.\n\nSome 540 people have been badly injured, officials added.\n\n" +
                "\"It's estimated that 10,000 refugees are scattered in 50 points in Palu city,\" he was quoted by Kompas as saying.")
            .Single(c => c.Low == 10000).Claimant, Is.EqualTo("Willem Rampangilei"));

    // The Columbian (AP), 5 June 2019: an aside picking the source out of a group describes it; "one of" counts no one, so "eight more"
    // are still more of a toll.
    [Test]
    public void AnAsidePickingANameOutOfAGroup_LeavesTheNameTheSource()
    {
        var eight = Extracted.Figure("The Sudan Doctors Committee, one of the protest groups, reported eight more deaths by late Wednesday and said at least 509 people had been wounded.", 8);
        Assert.That((eight.Claimant, eight.PartOfGroup), Is.EqualTo(("Sudan Doctors Committee", true)));
    }

    // UrduPoint (Sputnik) and SBS News, 2 October 2022: a game's score is no count.
    [TestCase("Thousands of angry football fans of Arema FC rushed onto the pitch at the Kanjuruhan stadium in the Javanese region of Malang on Saturday after their team lost 3-2 to Persebaya Surabaya.")]
    [TestCase("Home side Arema had lost the match 3-2 to Persebaya Surabaya, though authorities had said tickets were not issued to away supporters because of security concerns.")]
    public void AGamesScore_IsNoCount(string text) =>
        Assert.That(Extracted.Claims(text).Select(c => c.Low), Has.None.EqualTo(3.0));

    // Written for the test: a tally with no word of a game beside it, or of large numbers, stays a tally.
    [TestCase("The court issued a 5-4 ruling.", 5)]
    [TestCase("The House passed the bill 227-205.", 227)]
    public void ATallyWithNoGameBesideIt_StaysACount(string text, double first) =>
        Assert.That(Extracted.Claims(text).Select(c => c.Low), Is.EqualTo(new[] { first }));

    // ITV News, 10 July 2017; The Guardian, 19 August 2018: bodies taken from one place are some of a toll.
    [TestCase("Six bodies were recovered from outside the building.", 6)]
    [TestCase("After three bodies were recovered from a crushed car over the weekend, the Genoa prefecture raised its official death toll.", 3)]
    public void BodiesRecoveredFromOnePlace_ArePartOfAToll(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.True);

    // KTLA (AP), 29 September 2018: what a count of hospitals reported is what those took in, some of a toll; one hospital named as
    // the source is written for the test.
    [Test]
    public void WhatACountOfHospitalsReported_IsPartOfAToll()
    {
        Assert.That(Extracted.Figure("Disaster agency spokesman Sutopo Purwo Nugroho told a news conference that four hospitals in Palu have reported 48 dead and hundreds of injured.", 48)
            .PartOfGroup, Is.True);
        Assert.That(Extracted.Figure("The hospital reported 48 dead.", 48).PartOfGroup, Is.False);
    }

    // Stabroek News (Reuters), 2 May 2015: a continent's people are some of those counted, as a country's are.
    [Test]
    public void AContinentsPeople_AreOfItsSide() =>
        Assert.That(Extracted.Figure("The head of the European Union delegation in Nepal said up to 1,000 Europeans were still unaccounted for, mostly around popular trekking routes.", 1000)
            .Side, Is.EqualTo("European"));

    // CBS News, 20 September 2017 (events-mixed e04a): people pulled from the rubble alive are no part of a toll's.
    [Test]
    public void PeoplePulledFromTheRubble_AreNoPartOfAToll() =>
        Assert.That(Extracted.Figure("As CBS News' Chris Martinez reported, more than 50 people had been pulled from the rubble of the earthquake as of late Wednesday.", 50)
            .PartOfGroup, Is.False);
}
