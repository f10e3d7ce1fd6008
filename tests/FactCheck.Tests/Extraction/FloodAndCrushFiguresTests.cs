using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Hathras stampede and the Wayanad landslides (2024), the Derna and Pakistan floods
/// (2023, 2022), the Pulse nightclub shooting (2016), the Lahaina fire (2023) and the yellow-vest protests (2018): ranges joined by
/// "or", a ceiling on a range, levels a toll has gone up to or reached, asides set off by two hyphens, and typed slips. Sentences
/// from real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class FloodAndCrushFiguresTests
{
    // PTI via NewsDrum, 2 July 2024: two neighbouring counts joined by "or" are one range, and what a video shows is a sighting, no toll.
    [Test]
    public void CountsJoinedByOr_AreOneRangeAndACamerasSightingIsAPart()
    {
        var claim = Extracted.Claims("A video clip showed a woman crying as she sat in a truck, amid five or six bodies.").Single();
        Assert.That((claim.Low, claim.High, claim.Qualifier, claim.PartOfGroup), Is.EqualTo((5.0, 6.0, "range", true)));
    }

    // Reuters, November 2017; written for the test: counts far apart joined by "or" are a choice between two, no range.
    [TestCase("She said 21 or 22 percent would be fine with me.", 21, 22)]
    [TestCase("Police arrested 3 or 30 people, the report said.", 3, 3)]
    public void CountsJoinedByOr_RangeOnlyWhenNeighbours(string sentence, double low, double high)
    {
        var claim = Extracted.Claims(sentence).First();
        Assert.That((claim.Low, claim.High), Is.EqualTo((low, high)));
    }

    // OODA Loop, 12 September 2023: "as many as" before a range the words bound already leaves the range.
    [Test]
    public void AsManyAsBeforeARange_IsTheRange()
    {
        var claim = Extracted.Figure("Multiple sources are reporting that as many as 5,000 to 6,000 residents are currently missing.", 5000);
        Assert.That((claim.High, claim.Qualifier, claim.Metric), Is.EqualTo((6000.0, "range", "missing")));
    }

    // Rediff, 2 August 2024: a toll that "has gone up to" a figure stands at it, a running total of the dead, no ceiling.
    [Test]
    public void TollGoneUpTo_IsTheLevelItReached()
    {
        var claim = Extracted.Claims("The number of people who have died in the massive landslides that hit Wayanad district three days ago has gone up to 210, Kerala Tourism Minister P A Mohamed Riyas said on Friday.").Single();
        Assert.That((claim.Low, claim.High, claim.Metric, claim.RunningTotal), Is.EqualTo((210.0, 210.0, "killed", true)));
    }

    // BOL News, 1 September 2022: the "more" after the level a toll has reached are what it went up by.
    [Test]
    public void MoreAfterTheLevelReached_IsAnIncrement()
    {
        var claims = Extracted.Claims("Karachi-The death toll from devastating floods and rains has reached 1,119 in Pakistan as 27 more people died across the country.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (1119.0, false), (27.0, true) }));
    }

    // AP via WNCN, 12 June 2016: those taken to local hospitals are hurt, not the dead named before them.
    [Test]
    public void TransportedToLocalHospitals_AreWounded() =>
        Assert.That(Extracted.Figure("Police said at a news conference Sunday morning that multiple people were dead inside the club and 53 had been transported to local hospitals.", 53).Metric,
            Is.EqualTo("wounded"));

    // Business Standard, 30 August 2022: two hyphens set off an aside as a dash does; the verb after it is the figure's.
    [Test]
    public void AsideBetweenDoubleHyphens_LeavesTheVerbAfterIt() =>
        Assert.That(Extracted.Figure("The death toll from floods has crossed 1,100 in Pakistan and over 33 million -- one in every seven Pakistanis -- have been affected.", 33000000).Metric,
            Is.EqualTo("affected"));

    // Irish News after PA, 9 September 2023; PTI via NewsDrum, 1 August 2024: "Of those," opening a sentence makes its figures parts of a
    // group counted before.
    [TestCase("Police in Maui have released the names of 55 of those who perished in the blaze.\n\nOf those, 22 were in their 70s, with another 13 in their 60s.", new[] { 22.0, 13.0 })]
    [TestCase("He also said that 9,328 people have been relocated to 91 relief camps in the district.\n\nOf these, 2,328 people from 578 families displaced due to the landslides at Chooralmala and Meppadi have been moved to nine relief camps, he said.", new[] { 2328.0 })]
    public void FiguresAfterOfThose_AreParts(string text, double[] parts) =>
        Assert.That(parts.Select(p => Extracted.Figure(text, p).PartOfGroup), Is.All.True);

    // Irish Times, December 2018; VOA, November 2019: hundreds written with a hyphen.
    [TestCase("Two-hundred and sixty-four people were injured.", 264)]
    [TestCase("Nine-hundred were injured.", 900)]
    public void HundredsWithAHyphen_AreRead(string sentence, double value) =>
        Assert.That(Extracted.Claims(sentence).Single().Low, Is.EqualTo(value));

    // Kalinga TV, 4 July 2024: "Atleast", as Indian outlets often write it, is "at least".
    [Test]
    public void AtleastInOneWord_IsAtLeast()
    {
        var claim = Extracted.Figure("Uttar-Pradesh: Atleast Six people have been arrested in connection with the stampede that took place in Hathras district of Uttar-Pradesh.", 6);
        Assert.That((claim.Qualifier, claim.High), Is.EqualTo(("at least", double.PositiveInfinity)));
    }

    // AP via Dayton Daily News, 1 November 2022: digits grouped wrongly before a noun are a typo, not a crowd of 100; a decimal comma
    // before a percent sign or "thousand" is a decimal (written for the test after the events-mixed corpus's polls and counts).
    [Test]
    public void WronglyGroupedDigits_AreNoFigure() =>
        Assert.That(Extracted.Claims("But some observers questioned whether the 137 officers were enough to handle the estimated 100,00 people gathered Saturday in Itaewon.").Select(c => c.Low),
            Is.EqualTo(new[] { 137.0 }));

    [TestCase("About 9,5 thousand people took part in the actions across the country.", 9500)]
    [TestCase("Statistical error doesn't exceed 3,4%.", 3.4)]
    public void DecimalComma_IsADecimal(string sentence, double value) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.High), Has.Some.EqualTo(value).Within(value * 0.06));

    // Palm Beach Post, 9 July 2021; Philippines News Agency, 9 September 2023: a toll a measure or a present perfect gives, with only the
    // day of the event it names, is as of the report.
    [TestCase("Miami-Dade County Mayor Daniella Levine Cava said the death toll from the June 24 disaster stands at a \"staggering\" 79 fatalities.", 2021, 7, 9, 79)]
    [TestCase("The powerful earthquake that struck Morocco's central province of Al Haouz late on Friday, has killed 820 people, according to an updated report of the Interior ministry.", 2023, 9, 9, 820)]
    public void TollOfAnEventNamedByItsDay_IsAsOfTheReport(string sentence, int year, int month, int day, double toll) =>
        Assert.That(Extracted.Figure(sentence, toll, published: new DateOnly(year, month, day)).AssertedOn, Is.EqualTo(new DateOnly(year, month, day)));

    // Reuters, 7 December 2017; AP, 19 October 2022: a past perfect tells of the event's time, and an event named by a season or a month
    // keeps it.
    [TestCase("Bill supporters also pointed to last month’s Texas shooting, where a man fired his rifle on a fleeing gunman who had just killed 26 worshippers at a church.", 2017, 12, 7, 26, "month")]
    [TestCase("Pakistan's government says the World Bank estimates that this summer's record-breaking floods have caused $40 billion in damages in this impoverished country.", 2022, 10, 19, 40e9, "year")]
    public void FigureOfAnEventNamedByAMonthOrInThePastPerfect_KeepsTheEventsTime(string sentence, int year, int month, int day, double figure, string precision) =>
        Assert.That(Extracted.Figure(sentence, figure, published: new DateOnly(year, month, day)).AsOfPrecision, Is.EqualTo(precision));

    // Sputnik, 13 June 2016: "the 2007 incident" names an event of 2007; its toll is of that year.
    [Test]
    public void TollOfAnIncidentNamedByItsYear_IsOfThatYear() =>
        Assert.That(Extracted.Figure("The Orlando massacre has become the deadliest mass shooting in the history of the United States, surpassing the death toll from the 2007 incident at Virginia Tech, which claimed 32 lives.",
            32, published: new DateOnly(2016, 6, 13)).AssertedOn?.Year, Is.EqualTo(2007));

    // 7news after MAP, September 2023: an updated tally "of" a ministry is the ministry's, and "seven in the morning" is an hour; Reuters,
    // December 2017: a review a name leads is that name's, whatever it read.
    [Test]
    public void TallyOfAMinistry_IsTheMinistrys() =>
        Assert.That(Extracted.Figure("The toll rose to 632 deaths, according to an updated tally of the Ministry of the Interior.", 632).Claimant, Is.EqualTo("Ministry of the Interior"));

    [Test]
    public void HourInTheMorning_IsNoFigure() =>
        Assert.That(Extracted.Claims("The toll rose to 632 deaths, according to an updated tally of the Ministry of the Interior up to seven in the morning.").Select(c => c.Low),
            Is.EqualTo(new[] { 632.0 }));

    [Test]
    public void ReviewANameLeads_IsThatNames() =>
        Assert.That(Extracted.Figure("In the five weeks before the ban was lifted, 587 refugees from the 11 countries were allowed in, according to the Reuters review of the State Department data.", 587).Claimant,
            Is.EqualTo("Reuters"));

    // Hindustan Times, 3 June 2023: a numbered paragraph's number is no figure.
    [Test]
    public void NumberedParagraphsNumber_IsNoFigure() =>
        Assert.That(Extracted.Claims("Odisha train crash: toll nears 290\n\n1.\n\nSo far, 288 people have died and over 800 have been reported injured in the accident, said KS Anand.").Select(c => c.Low),
            Has.No.Member(1.0));

    // OnlyTrusted (Amnesty International's demands), December 2024; ReliefWeb (UN situation report), May 2008: a point's number, closed by
    // a bracket or a stop, is no figure; the figures of its sentence are.
    [TestCase("1. **End the violence**: Stop police and unknown groups from using excessive force against protesters.", new double[0])]
    [TestCase("3. According to the Ministry of Health, around 52,934 people have been hospitalized nationwide while 7,979 people have recovered.", new[] { 52934.0, 7979.0 })]
    [TestCase("3) Investigate the deaths of 5 protesters.", new[] { 5.0 })]
    public void APointsNumber_IsNoFigure(string sentence, double[] figures) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Low == c.High ? c.Low : Math.Round((c.Low + c.High) / 2)), Is.EqualTo(figures));

    // Onmanorama, 8 August 2024: a date after an event word in a clause "following" opens dates the event; those who remain missing are
    // counted as of the report.
    [Test]
    public void DateOfAnEventFollowing_DoesNotDateWhoRemainMissing() =>
        Assert.That(Extracted.Figure("Search operations are ongoing for the 131 people who remain missing from Mundakkai, Chooralmala, Attamala, and Punchirimattam following the landslides on July 30.",
            131, published: new DateOnly(2024, 8, 8)).AssertedOn, Is.EqualTo(new DateOnly(2024, 8, 8)));

    // NBC News, 26 October 2023: a count told in the present after an event dates the event, not the count, which is the mayor's of Thursday;
    // Itaewon (written for the test after the AP's wording): deaths told in the past after an event are of the event's day.
    [Test]
    public void ACountInThePresentAfterAnEvent_IsAsOfTheDayItWasGiven()
    {
        var published = new DateOnly(2023, 10, 26);
        Assert.That(Extracted.Figure("Twenty-seven people are dead and four people are missing after Hurricane Otis made landfall in Acapulco, Mexico, as a Category 5 storm " +
                                     "early Wednesday, the mayor of the resort city said Thursday at a news conference.", 4, published).AssertedOn, Is.EqualTo(published));
        Assert.That(Extracted.Figure("At least 146 people died after a crowd crush in Itaewon on Saturday night, officials said on Sunday.", 146, new DateOnly(2022, 10, 31)).AssertedOn,
            Is.EqualTo(new DateOnly(2022, 10, 29)));
    }

    // New Indian Express, 31 July 2024: a headline's list keeps each verb's measure; those the army rescues are no dead.
    [Test]
    public void RescuesInAHeadlinesList_AreRescued() =>
        Assert.That(Extracted.Figure("Day 2 Wayanad landslides: over 170 dead, 225 missing, Army recovers 89 bodies, rescues 1000 people", 1000).Metric, Is.EqualTo("rescued"));

    // Rediff, 2 August 2024: figures listed after a part "of them" are its siblings, parts of the injured too; Reuters/Ipsos, December 2017:
    // not after "of those polled", nor shares.
    [Test]
    public void FiguresListedAfterAPartOfThem_AreParts()
    {
        var claims = Extracted.Claims("As many as 264 people have been injured in the disaster; 177 of them have been discharged from hospitals, two have been referred to other medical institutions and 85 continue to undergo treatment in various hospitals in the district, the local administration said.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (0.0, false), (177.0, true), (2.0, true), (85.0, true) }));
        Assert.That(Extracted.Claims("When asked about Trump's handling of tax policy, 53 percent of those polled said they disapproved, 38 percent approved and 9 percent said they don't know, the poll showed.")
            .Where(c => c.Low is 38 or 9).Select(c => c.PartOfGroup), Is.EqualTo(new[] { false, false }));
    }

    // Cedar News after NNA, 9 September 2023: an agency's initials before a dash are no dateline, and no place "Nna".
    [Test]
    public void AgencyInitialsBeforeADash_AreNoDateline() =>
        Assert.That(Extracted.Figure("NNA – The Moroccan Ministry of Interior announced that the death toll from the devastating earthquake that occurred yesterday, Friday, has risen to 820 deaths.", 820).Location,
            Is.Not.EqualTo("Nna"));

    // The Assam Tribune, 3 July 2024: a count only the dateline places is where its sentence places the parts set off after it; a part's
    // own place right after it ("including 80,000 in Paris", RFI, January 2023) stays the part's.
    [Test]
    public void CountTheDatelineAlonePlaces_IsWhereItsPartsAre()
    {
        Assert.That(Extracted.Figure("Guwahati, July 3: At least 121 people, including more than 100 women and seven children, were killed in a tragic stampede that took place at a religious event in Hathras, Uttar Pradesh, on Tuesday.", 121).Location,
            Is.EqualTo("Hathras"));
        Assert.That(Extracted.Figure("France, Jan. 20 -- The Interior Ministry put the number of protesters marching against the pensions project at 1.2 million, including 80,000 in Paris.", 1200000).Location,
            Is.EqualTo("France"));
    }

    // ProPakistani, 27 August 2022: a table flattened into one line gives no claims; its cells are tied to no measure.
    [Test]
    public void TableFlattenedIntoALine_GivesNoClaims() =>
        Assert.That(Extracted.Claims("Province/Region Injuries Deaths AJK 21 37 Balochistan 102 234 GB 4 9 ICT 0 1 KP 250 195 Punjab 105 167 Sindh 974 ~339 (unconfirmed) Total 1,456 982"),
            Is.Empty);

    // WHO EMRO via Tunisia Euromed, 9 September 2023 (the outlet's "Morrocco" spelled right for the test): a place after a participle of its
    // own, "and affecting ...", is that participle's figure's, not the toll's before it.
    [Test]
    public void PlaceOfAnotherParticiplesFigure_IsNotTheTolls() =>
        Assert.That(Extracted.Figure("WHO expresses sincere condolences and support to the people of Morocco affected by tragic earthquake that struck on 8 September, killing hundreds and affecting more than 300,000 people in Marrakech and surrounding areas, WHO said.",
            200).Location, Is.Not.EqualTo("Marrakech"));

    // NBC Miami, 12 June 2021: "Five years ago today" is this day five years back.
    [Test]
    public void YearsAgoToday_IsThatDayYearsBack() =>
        Assert.That(Extracted.Figure("Five years ago today, 49 people were killed and 53 were injured at Pulse Nightclub.", 49, published: new DateOnly(2021, 6, 12)).AssertedOn,
            Is.EqualTo(new DateOnly(2016, 6, 12)));

    // The Independent, 16 September 2023; MambaOnline, 12 June 2016: the level a toll moved to is of the toll, whatever follows it, and the
    // level it moved from, "initial reports of 20", is an earlier one, no range.
    [Test]
    public void LevelATollMovedTo_IsOfTheToll() =>
        Assert.That(Extracted.Figure("Death toll from Maui wildfires drops from 115 to 97 with 31 people still missing", 97).Metric, Is.EqualTo("killed"));

    [Test]
    public void TollDoubledFromInitialReports_IsTwoLevels()
    {
        var claims = Extracted.Claims("Orlando Mayor Buddy Dyer confirmed that the death toll in the massacre had more than doubled from initial reports of 20 to 50 victims, with 53 injured.");
        Assert.That(claims.Where(c => c.Metric == "killed").Select(c => (c.Low, c.High, c.PartOfGroup)), Is.EqualTo(new[] { (20.0, 20.0, true), (50.0, 50.0, false) }));
    }

    // Good Morning Greece, 10 October 2015: the heavily wounded are some of the wounded; Reuters, January 2019: those sent to hospitals are
    // hurt; The Local, October 2019: "IN IMAGES" labels a headline, no source.
    [Test]
    public void HeavilyWounded_AreAPart() =>
        Assert.That(Extracted.Figure("Osman Nacar, the head of the emergency desk at the ministry, said 20 people were heavily wounded.", 20).PartOfGroup, Is.True);

    [Test]
    public void SentToHospitals_AreWounded() =>
        Assert.That(Extracted.Figure("The Minas Gerais state fire department, which gave the latest confirmed death toll, also said 23 people had been sent to hospitals.", 23).Metric,
            Is.EqualTo("wounded"));

    [Test]
    public void LabelBeforeAHeadlinesColon_IsNoSource() =>
        Assert.That(Extracted.Figure("IN IMAGES: 30 people arrested in Catalonia as clashes continued over second night", 30).Claimant, Is.EqualTo(Claim.Unattributed));

    // NBC DFW, September 2017; Taipei Times, December 2004: a small decimal right before a quake is its magnitude, no count.
    [TestCase("Hundreds Dead After 7.1M Quake Hits Mexico, Knocks Down Buildings")]
    [TestCase("One million people in Sri Lanka were displaced in massive flooding unleashed by Sunday's 9.0 earthquake under the Indian Ocean.")]
    public void DecimalBeforeAQuake_IsItsMagnitude(string sentence) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Low), Has.None.LessThan(10).And.None.EqualTo(7100000));

    // Denver7, 28 August 2017: "expected to rise" set off after the toll forecasts the next level; the toll itself is asserted.
    [Test]
    public void TollFollowedByExpectedToRise_IsAsserted() =>
        Assert.That(Extracted.Figure("Hurricane Harvey death toll increases to 7, expected to rise", 7).Modality, Is.EqualTo(Modality.Asserted));

    // AP via the Times of Israel, August 2020: "or more" after the counted noun makes the figure a floor.
    [Test]
    public void OrMoreAfterTheNoun_IsAFloor()
    {
        var claim = Extracted.Figure("There were no official figures on crowd size, but it appeared to be 150,000 people or more.", 150000);
        Assert.That((claim.Qualifier, claim.High), Is.EqualTo(("at least", double.PositiveInfinity)));
    }

    // The News International after AFP, 20 September 2017; VOA, 30 November 2019: a capital a direction is taken from is a reference
    // point; the figure is where the sentence's own place is.
    [TestCase("The state of Morelos, just south of the capital, was hardest hit with 42 deaths, according to its governor.", 42, "Morelos")]
    [TestCase("In the port city of Durres – 30 kilometers west of the capital, Tirana -- the quake killed 24.", 24, "Durres")]
    public void CapitalADirectionIsTakenFrom_IsNoFiguresPlace(string sentence, double figure, string place) =>
        Assert.That(Extracted.Figure(sentence, figure).Location, Is.EqualTo(place));

    // The Irrawaddy, 16 May 2023: what a source says he saw is a sighting, a part; CBS News, February 2011: what a researcher says she counted
    // is a tally, no part.
    [Test]
    public void WhatASourceSawIsAPart_WhatOneCountedIsNot()
    {
        Assert.That(Extracted.Figure("U Thein Shwe said he saw 15 bodies outside his village.", 15).PartOfGroup, Is.True);
        Assert.That(Extracted.Figure("The researcher said she counted 232 deaths in Cairo.", 232).PartOfGroup, Is.False);
    }

    // AP via CBS SF, September 2017: "The head of" an agency is a source, kept as written; AFP, June 2015 (events-mixed): a role left
    // unclosed after a name is that person's.
    [TestCase("The head of Mexico's civil defense agency says the nationwide death toll from Tuesday's earthquake has risen to 149.", 149, "head of Mexico's civil defense agency")]
    [TestCase("Dr Seemin Jamali, the head of the emergency department at state-run Jinnah Hospital said more than 100 people had died at the hospital.", 100, "Seemin Jamali")]
    public void HeadOfABody_Speaks(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // Reuters via NetNewsLedger, 26 January 2019: a list is a document; "according to a list released by" a company is the company's.
    [Test]
    public void ListReleasedBy_IsItsAuthors() =>
        Assert.That(Extracted.Figure("Some 250 people remained missing, according to a list released by Vale.", 240).Claimant, Is.EqualTo("Vale"));
}
