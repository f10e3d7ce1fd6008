using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Parts, places, sources and dates in the reporting of the Crocus City Hall attack (2024), the Karachi heatwave (2015, events-mixed),
/// the Kabul airport and Brussels bombings, the Love Parade crush, the Genoa bridge collapse, Typhoon Haiyan, the Tohoku earthquake and
/// the Haiti and Amatrice earthquakes. Sentences from real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class AttackAndStormFiguresTests
{
    // MENAFN, 26 March 2024: a toll split by how they died; neither figure is the toll.
    [Test]
    public void TollSplitWithOthers_GivesTwoParts()
    {
        var claims = Extracted.Claims("The investigation revealed that 40 individuals died from gunshot wounds, while two others succumbed to a combination of gunshot and stab wounds.");
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.PartOfGroup)), Is.EqualTo(new[] { (40.0, "killed", true), (2.0, "killed", true) }));
    }

    // Karachi heatwave, June 2015 (events-mixed): the toll of a place named with it stays that place's toll; the others are a part.
    [Test]
    public void PlacesTollBeforeOthers_StaysWhole()
    {
        var claims = Extracted.Claims("\"Since Saturday 151 people have died in Karachi and nine others (have died) in three districts of Sindh,\" says reports.");
        Assert.That(claims.Where(c => c.Metric == "killed").Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (151.0, false), (9.0, true) }));
    }

    // Written for the test: "others" after a figure of another measure is no part ("eight killed and more than 50 others injured").
    [Test]
    public void OthersOfAnotherMeasure_AreNoParts() =>
        Assert.That(Extracted.Claims("At least eight people were killed and more than 50 others injured.").Select(c => c.PartOfGroup), Is.All.False);

    // China Daily, July 2010; Politico Europe, March 2016; AFP, August 2016: figures right after a count that add up to it are its breakdown.
    [TestCase("The 20 killed, 12 women and eight men, were aged between 18 and 38.", 20, new[] { 12.0, 8.0 })]
    [TestCase("According to the Belgian health ministry, the latest death toll is 31 — 20 at the metro station and 11 at the airport — with 300 injured.", 31, new[] { 20.0, 11.0 })]
    [TestCase("Of the total 250 victims confirmed so far, some 193 were in Amatrice, 11 in Accumoli, and 46 in Arquata del Tronto, the civil protection department said.", 250, new[] { 193.0, 11.0, 46.0 })]
    public void FiguresAddingUpToACountBeforeThem_AreItsParts(string sentence, double whole, double[] parts)
    {
        var claims = Extracted.Claims(sentence);
        Assert.That(claims.Single(c => c.Low == whole).PartOfGroup, Is.False);
        Assert.That(parts.Select(p => claims.Single(c => Math.Abs((c.Low + c.High) / 2 - p) < 0.5 || c.Low == p).PartOfGroup), Is.All.True);
    }

    // China Daily, July 2010: the toll the story gave before, repeated to open a breakdown, is not counted twice; its breakdown is its parts.
    [Test]
    public void BreakdownOfATollGivenBefore_IsItsParts()
    {
        var claims = Extracted.Claims("The death toll at Saturday's mass panic during the Love Parade has risen to 20 on late Monday, local police said. "
                                      + "The 20 killed, 12 women and eight men, were aged between 18 and 38.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (20.0, false), (12.0, true), (8.0, true) }));
    }

    // Business Standard after The Kathmandu Post, September 2025: a list of hospitals' counts is no total and its breakdown, though
    // three is two and one; the "one" after a serial comma counts as the items before it do.
    [Test]
    public void ListOfPlacesCounts_IsNoBreakdown()
    {
        var claims = Extracted.Claims("Citing hospital officials, The Kathmandu Post newspaper reported that eight people died at the National Trauma Centre, three at Everest Hospital, three at Civil Hospital, two at Kathmandu Medical College, and one at Tribhuvan Teaching Hospital.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (8.0, false), (3.0, false), (3.0, false), (2.0, false), (1.0, false) }));
    }

    // Politico Europe, March 2016: a spaced em dash opens an aside; "31 — 20" is no score.
    [Test]
    public void SpacedEmDashBetweenFigures_IsNoRange() =>
        Assert.That(Extracted.Claims("The latest death toll is 31 — 20 at the metro station.").Select(c => c.Low), Is.EqualTo(new[] { 31.0, 20.0 }));

    // ABC Australia, 13 March 2011; ABS-CBN, 15 November 2013: a national body's toll, with no place in its sentence, is the country's,
    // not that of the town the paragraph before was about or of the dateline.
    [TestCase("10,000 missing in Japan port town", "Around 10,000 people are unaccounted for in the Japanese port town of Minamisanriku in quake-hit Miyagi prefecture, public broadcaster NHK said.\n\n" +
              "Authorities have so far confirmed that around 7,500 people in the town were evacuated to 25 shelters after Friday's quake, but they have been unable to contact the other 10,000, NHK said.\n\n" +
              "About 24 hours after the catastrophe, the National Police Agency said 503 people had been confirmed dead and 740 missing, with 1,040 injured in the disaster.", 503, "Japan")]
    [TestCase("Typhoon death toll nears 4,000: NDRRMC", "MANILA - The National Disaster Risk Reduction and Management Council (NDRRMC) on Friday said the death toll from super typhoon " +
              "\"Yolanda\" has reached 3,621, with more bodies still being found in typhoon-hit areas.", 3621, "Philippines")]
    public void NationalBodysToll_IsTheCountrys(string title, string text, double toll, string country) =>
        Assert.That(Extracted.Claims(title + "\n\n" + text, title).First(c => c.Low == toll).Location, Is.EqualTo(country));

    // TRT World, May 2020: a country's officials count in their country, named in the story, not in the other country the paragraph was about.
    [Test]
    public void CountrysOfficialsToll_IsInTheirCountry() =>
        Assert.That(Extracted.Figure("Cyclone Amphan has also wreaked havoc in Bangladesh.\n\nThe storm killed 72 people in India, officials said.\n\n" +
                                     "Bangladeshi officials earlier said 12 people had died there.", 12).Location, Is.EqualTo("Bangladesh"));

    // Written for the test after AP's Kabul reports (August 2021): a country's officials counting their own troops abroad count where the story is.
    [Test]
    public void CountrysOfficialsCountingTroopsAbroad_StayWhereTheStoryIs() =>
        Assert.That(Extracted.Figure("A suicide bomber struck outside Kabul airport.\n\nU.S. officials said 12 U.S. service members were killed.", 12).Location, Is.Not.EqualTo("United States"));

    // Epoch Times, March 2018: a national body's crowd count stays where the crowd was.
    [Test]
    public void NationalBodysCrowd_StaysWhereTheMarchWas() =>
        Assert.That(Extracted.Figure("Thousands marched in Washington on Saturday.\n\nThe National Park Service, though, said an anti-Vietnam War protest in 1969 drew 600,000 people.", 600000).Location,
            Is.EqualTo("Washington"));

    // Japan Times after Kyodo, 13 March 2011; AP, January 2011: "will likely" projects.
    [TestCase("The death toll from Friday’s devastating earthquake and tsunami in northeast Japan will likely surpass 10,000, the police chief of hard-hit Miyagi Prefecture said Sunday.", 10000)]
    [TestCase("The Rio de Janeiro prosecutor's office has released its first official estimate on the number of missing, more than 300, suggesting the final victim count will likely hit 1,000.", 1000)]
    public void WillLikely_IsAProjection(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Modality, Is.EqualTo(Modality.Projection));

    // AP via WXOW, 26 August 2021: a people in the plural is who was there, not a place.
    [Test]
    public void PeopleInThePlural_IsNoPlace() =>
        Assert.That(Extracted.Claims("KABUL, Afghanistan (AP) — Two suicide bombers and gunmen have targeted crowds of Afghans flocking to Kabul’s airport, in the waning days of a massive airlift.")
            .Select(c => c.Location), Has.No.Member("Afghans"));

    // SBS after AFP, 22 November 2013: the level a toll moved to "by nearly 1200" is the toll's, not the missing after it; the missing
    // "another" counts are a measure of their own, no increment.
    [Test]
    public void LevelAfterAChangeBy_IsTheTollsAndTheMissingAreWhole()
    {
        var claims = Extracted.Claims("The official death toll from the storm jumped by nearly 1200 to 5209, with another 1611 people still missing, the spokesman for the government's disaster management council, Reynaldo Balido, told AFP on Friday.");
        Assert.That(claims.Select(c => (c.Metric, c.PartOfGroup)), Is.EqualTo(new[] { ("killed", true), ("killed", false), ("missing", false) }));
    }

    // AsiaOne after AFP, March 2016: the toll of attacks counts the dead.
    [Test]
    public void AttacksToll_CountsTheDead() =>
        Assert.That(Extracted.Figure("Belgium attacks toll revised down to 28", 28).Metric, Is.EqualTo("killed"));

    // AsiaOne after AFP, March 2016: "whom" points back to the injured, not to the countries they came from.
    [Test]
    public void OfWhom_PointsBackToPeople()
    {
        var claim = Extracted.Figure("A total 340 people from 19 countries were injured, of whom 101 remain in hospital.", 101);
        Assert.That((claim.Metric, claim.Subject, claim.PartOfGroup), Is.EqualTo(("wounded", "people", true)));
    }

    // The Guardian, 19 August 2018; Belfast Telegraph, July 2016: those "in a critical condition" are some of the injured.
    [TestCase("Nine people are still in hospital, four in a critical condition, it said.", 4)]
    [TestCase("French President Francois Hollande has said 50 people are now in a critical condition in hospital after a terrorist attack.", 50)]
    public void InACriticalCondition_IsAPart(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).PartOfGroup, Is.True);

    // Police Magazine, 7 January 2021: a given name before a middle initial, after an organisation's name, is the person's.
    [Test]
    public void GivenNameBeforeAMiddleInitial_IsKept() =>
        Assert.That(Extracted.Figure("Acting chief of the DC Metropolitan Police Department Robert J. Contee said at a press conference Thursday that 56 of the department's officers were injured.", 56).Claimant,
            Is.EqualTo("Robert J. Contee"));

    // The Guardian, 19 August 2018: what a toll was raised with is an increment of it; CNN, September 2005: a level of its own stays whole.
    [TestCase("After three bodies were recovered from a crushed car over the weekend, the Genoa prefecture raised its official death toll.", 3, true)]
    [TestCase("The search operation ended overnight after the last three bodies were found, bringing the official death toll to 43.", 3, true)]
    [TestCase("The number of deaths in Louisiana blamed on Hurricane Katrina has risen to 799, the state's Department of Health and Hospitals said Wednesday, bringing the overall death toll to 1,033.", 799, false)]
    public void WhatRaisedATollBy_IsAnIncrement(string sentence, double figure, bool part) =>
        Assert.That(Extracted.Figure(sentence, figure).PartOfGroup, Is.EqualTo(part));

    // The Daily Star, December 2021; The Irish Times, December 2016 and March 2023: a number alone in brackets after a person's name is an age.
    [TestCase("The victim, Habib Khan (45), died at the Sheikh Hasina National Institute of Burn and Plastic Surgery.")]
    [TestCase("One of those injured in the attack was Iñaki Ellakuria (21), an Erasmus exchange student from the Basque town of Bilbao.")]
    [TestCase("I do not know who brought me here,” said Akimu (35), from a bed in Queen Elizabeth hospital in the city of Blantyre.")]
    public void NumberInBracketsAfterAName_IsAnAge(string sentence) =>
        Assert.That(Extracted.Claims(sentence).Where(c => c.Metric != Claim.QuoteMetric), Is.Empty);

    // Reuters, July 2015; Khaleej Times, March 2019; Channel 4 News, June 2015: a people named in an irregular plural is a side, and so is
    // one "amongst the dead".
    [TestCase("TUNIS (Reuters) - Thirty Britons and 8 other foreigners were killed in the Tunisian hotel attack last Friday.", 30, "killed", "British")]
    [TestCase("He said they included three Swedes, two Spaniards and two Poles.", 3, "count", "Swedish")]
    [TestCase("Three Irish people are also amongst the dead.", 3, "killed", "Irish")]
    public void IrregularPeoplesPlural_IsASide(string sentence, double figure, string metric, string side)
    {
        var claim = Extracted.Figure(sentence, figure);
        Assert.That((claim.Metric, claim.Side), Is.EqualTo((metric, side)));
    }

    // UPI, 29 December 2020; Tamilnet, December 2004: the place the figure's own verb puts it in, "nearby" or not, over one in a clause before.
    [TestCase("The Interior Ministry said a 12-year-old girl was killed in Petrinja and five men died in nearby Majske Poljane.", 5, "Majske Poljane")]
    [TestCase("Various figures from rescue workers in Northeast suggest that at least 1700 are dead in Mullaitivu district.", 1700, "Mullaitivu district")]
    public void PlaceAfterTheFiguresVerb_IsTheFigures(string sentence, double figure, string place) =>
        Assert.That(Extracted.Figure(sentence, figure).Location, Is.EqualTo(place));

    // Taipei Times after AFP, September 2018: a lake named after a place is not that place.
    [Test]
    public void LakeNamedAfterAPlace_IsNotThatPlace() =>
        Assert.That(Extracted.Figure("At least 500 people were killed when a ferry capsized in Lake Victoria in 1996.", 500).PlacePath, Does.Not.Contain("Australia"));

    // Sputnik, 27 January 2021: figures listed item by item after a colon a measure opens are its breakdown.
    [Test]
    public void ListAfterAColonAMeasureOpens_IsABreakdown() =>
        Assert.That(Extracted.Claims("The number of police injured in different parts of the city is as follows: in the outer district of Delhi - 75; in North Delhi - 41; " +
                                     "in East Delhi - 39; in West Delhi - 27; in South-West Delhi - 32; in the outer North district - 12; and in south district - four.")
            .Select(c => c.PartOfGroup), Is.All.True);

    // CBS News, December 2016; events-mixed (Odisha, June 2023): the level a measure moved from is superseded, no figure of its own.
    [TestCase("Police raised the death toll from nine to 12 dead, and 48 injured.", 9)]
    [TestCase("The Odisha Government on Sunday revised the death toll in the three-train crash on Friday to 275 from 288 and put the number of injured at 1,175.", 288)]
    public void LevelAMeasureMovedFrom_IsSuperseded(string sentence, double earlier) =>
        Assert.That(Extracted.Figure(sentence, earlier).PartOfGroup, Is.True);

    // Croatia Week after Hina, 29 December 2020: a magnitude between the measure and the figure counts nothing.
    [Test]
    public void MagnitudeInTheMeasuresSubject_LeavesTheMeasure() =>
        Assert.That(Extracted.Figure("The number of people killed in Tuesday’s devastating 6.2 magnitude earthquake that struck Petrinja has climbed to five, and a number of people have been injured and significant damage has been caused.", 5).Metric,
            Is.EqualTo("killed"));

    // The Guardian after AP, 30 September 2013: no bodies found yet is no toll of none.
    [Test]
    public void NoBodiesRecovered_IsNoTollOfNone() =>
        Assert.That(Extracted.Claims("Later in the interview he said all five Islamist attackers were thought to be under the rubble, and that no bodies of any terrorist suspects had been recovered.")
            .Where(c => c.Metric == "killed"), Is.Empty);

    // Novinite after BGNES, 20 December 2016: "24 of the people who were injured" are some of the injured.
    [Test]
    public void SomeOfThePeopleWhoWereInjured_IsAPart() =>
        Assert.That(Extracted.Figure("German police have reported that 24 of the people who were injured in the attack on the Christmas bazaar in Berlin on Monday night have been discharged from the hospital.", 24).PartOfGroup,
            Is.True);

    // Los Angeles Times, 1 February 2011: a count of the sites a toll is at places it there and is no measure the next figures leave out.
    [Test]
    public void CountOfSitesAToll_IsAt_PlacesItAndLeavesTheMeasure()
    {
        var claims = Extracted.Claims("In a separate 95-page report, New York-based Human Rights Watch said it had verified 80 deaths at two Cairo hospitals, another 36 in Alexandria and 13 in the port city of Suez.");
        Assert.That(claims.Single(c => c.Low == 80).Location, Is.EqualTo("Cairo"));
        Assert.That(claims.Where(c => c.Low is 36 or 13).Select(c => (c.Metric, c.Subject)), Is.All.EqualTo(("killed", "people")));
    }

    // TRT World and Reuters, March 2016: "The 13 victims" is a toll, however definite, and its breakdown is parts of it.
    [Test]
    public void DefiniteVictims_AreATollWithItsBreakdown()
    {
        var claims = Extracted.Claims("The 13 victims of the metro blast included 10 Belgians and three foreign nationals.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (13.0, false), (10.0, true), (3.0, true) }));
    }

    // The Straits Times after AFP, June 2015; written for the test after the same: an earlier event a figure is measured "since" names no
    // place of the figure's, and its year is no count.
    [TestCase("Britain said at least 15 of its citizens were killed in the attack, the country's worst loss of life in a terror incident since the 2005 London bombings.", 15)]
    [TestCase("Thirty people died in the attack, the deadliest since the 2004 Madrid train bombings.", 30)]
    public void PlaceOfAnEarlierEventSince_IsNotTheFigures(string sentence, double figure)
    {
        var claims = Extracted.Claims(sentence);
        Assert.That(claims.Single().Low, Is.EqualTo(figure));
        Assert.That(claims.Single().Location, Is.Null);
    }

    // The Local Spain, August 2017; The Brussels Times, July 2021: a function word opening the sentence is no source, and the person the
    // sentence names is the one "he" points back to; "WHO" is still the World Health Organization.
    [Test]
    public void FunctionWordOpeningTheSentence_IsNoSource()
    {
        Assert.That(Extracted.Figure("There are reports that three Germans are among the dead after the attack on the Las Ramblas.", 3).Claimant, Is.EqualTo(Claim.Unattributed));
        Assert.That(Extracted.Figure("Before announcing the latest decisions of the Committee, Prime Minister Alexander De Croo gave an update on the state of affairs. " +
                                     "\"Today, we know that we have lost 31 people,\" he said.", 31).Claimant, Is.Not.EqualTo("Before"));
        Assert.That(Extracted.Figure("WHO said the outbreak had claimed 5,147 lives.", 5147).Claimant, Is.EqualTo("WHO"));
    }

    // Reuters, 4 November 2012: a plural noun of what happened to people opening the sentence, linked to the figure by "were", is its measure.
    [Test]
    public void DeathsWereAtLeast_IsAToll() =>
        Assert.That(Extracted.Figure("Deaths in the United States and Canada blamed on Sandy, the ferocious storm that tore across the U.S. East Coast last week, were at least 113 on Sunday.", 113).Metric,
            Is.EqualTo("killed"));
}
