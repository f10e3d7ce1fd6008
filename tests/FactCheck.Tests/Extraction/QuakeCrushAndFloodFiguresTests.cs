using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Readings that are no counts, what a toll counts, parts, running totals, places and sources in the reporting of the Turkey-Syria
/// earthquakes (2023), the Herat earthquakes (2023), the Crocus City Hall attack (2024), the Uvalde shooting (2022), the Astroworld crush
/// (2021), Hurricane Helene (2024), the Texas floods (2025), the Nepal, French pension, Israeli and Women's March protests, the Lampedusa
/// shipwreck (2013), Hurricane Katrina (2005), the 2004 tsunami, the Paris attacks (2015), Cyclones Nargis and Sidr, March for Our Lives
/// (2018) and the Gaza border protests (2018). Sentences from real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class QuakeCrushAndFloodFiguresTests
{
    // Newsflash, AP (via Scripps News), Al Jazeera, the UN Geneva newsroom, BBC (2017, events-mixed): a magnitude is a reading on a scale.
    [TestCase("The first quake struck as people slept and measured magnitude 7.8, making it one of the most powerful in the region in at least a century.", 7.8)]
    [TestCase("The country's Civil Protection Agency said 1,297 dead from the magnitude 7.2 earthquake had been counted by Sunday.", 7.2)]
    [TestCase("Less than 12 hours later, a second 7.6 magnitude tremor struck the same region.", 7.6)]
    [TestCase("According to the US Geological Survey (USGS), six earthquakes occurred in western Afghanistan; the largest one was at a magnitude of 6.3.", 6.3)]
    [TestCase("President Enrique Pena Nieto said that rescuing and attending to those injured by Tuesday's 7.1 magnitude quake would remain the highest priority.", 7.1)]
    // Daily Times, Save the Children UK and Business Standard (AP), September 2025: a reading a quake's verb gives, or "in magnitude" after it.
    [TestCase("A powerful earthquake measuring 6.2 struck eastern Afghanistan on Sunday night, leaving at least 250 people dead and over 500 others injured.", 6.2)]
    [TestCase("More than 72 hours after the 6.0 magnitude earthquake struck, continuous aftershocks - including one today measuring 4.7 – are being felt by Save the Children aid teams in Kunar province.", 4.7)]
    [TestCase("A series of aftershocks ranging from 5.2 to 5.6 in magnitude added to the difficulties, she said.", 5.2)]
    public void Magnitude_IsNoCount(string sentence, double reading) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Low), Has.No.Member(reading));

    // Newser and NPR, May 2022; 13WMAZ, September 2024: the emergency line and a station's call sign are no counts.
    [TestCase("Meanwhile, young survivors inside were calling 911 and pleading for help.")]
    [TestCase("In Georgia, 11 counties either had 911 outages.", 11)]
    [TestCase("Students trapped inside the classroom were making frantic calls to 911.")]
    [TestCase("Reports in Georgia said two people died in Wheeler County when a suspected tornado overturned a mobile home, according to local station 13WMAZ.", 2)]
    public void EmergencyNumberAndCallSign_AreNoCounts(string sentence, params double[] figures) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Low), Is.EqualTo(figures));

    // Written for the test: "911 people" is counted; the number is the line's only beside a word of calling or of the line.
    [Test]
    public void NineOneOne_BesidePeople_IsCounted() =>
        Assert.That(Extracted.Figure("The storm killed 911 people.", 911).Metric, Is.EqualTo("killed"));

    // Denton Record-Chronicle after AP, 6 November 2021: the victims' ages, listed after a colon.
    [Test]
    public void AgesListedAfterAColon_AreNoCounts() =>
        Assert.That(Extracted.Claims("During a news conference on Saturday, police released the victims’ ages: 14, 16, 21, 21, 23, 23, 27."), Is.Empty);

    // The Stateline after IANS, 15 September 2025; goachronicle, March 2023: a day listed with a date is part of it; "On January 19, 31
    // people died" still counts.
    [TestCase("The Gen Z protests, which erupted on 8 and 9 September, were organised by young Nepalis under 30.")]
    [TestCase("However, it was less than at the demonstrations on January 19, 31 and March 7, the Monde newspaper reported.")]
    public void DayListedWithADate_AndAnAge_AreNoCounts(string sentence) =>
        Assert.That(Extracted.Claims(sentence), Is.Empty);

    // Written for the test: a figure after a date and its comma still counts.
    [Test]
    public void FigureAfterADateAndAComma_IsCounted() =>
        Assert.That(Extracted.Figure("On January 19, 31 people died.", 31).Metric, Is.EqualTo("killed"));

    // Washington Examiner, November 2021: cardiac arrest is no arrest; the 11 are some of the 17 taken to hospital.
    [Test]
    public void CardiacArrest_IsAnInjuryNotAnArrest()
    {
        var claim = Extracted.Figure("Officials transported 17 people to hospitals, including 11 who were in cardiac arrest, Peña said.", 11);
        Assert.That((claim.Metric, claim.PartOfGroup), Is.EqualTo(("wounded", true)));
    }

    // Trend, 27 March 2024: outpatients and those in moderate condition are some of the injured.
    [TestCase("He added that 76 victims have already been discharged from hospitals and are under medical supervision, while 205 people received outpatient care.", 205)]
    [TestCase("“The condition of four patients remains extremely serious; 19 patients, including three children, are in serious condition, and 34 victims are in moderate condition.", 34)]
    public void OutpatientsAndModerateCondition_AreSomeOfTheInjured(string sentence, double figure)
    {
        var claim = Extracted.Figure(sentence, figure);
        Assert.That((claim.Metric, claim.PartOfGroup), Is.EqualTo(("wounded", true)));
    }

    // Trend, 27 March 2024; Lokmat Times after ANI, 10 September 2025: the event a death toll is in is its subject, not what it counts;
    // "grows to", "increased to" are running totals, after a sentence adverb too. The last case, an older test's sentence, keeps "the number of
    // protesters killed" killed.
    [TestCase("Death toll in Russia's Crocus City Hall terrorist attack grows to 140", 140)]
    [TestCase("The death toll in Russia's Crocus City Hall terrorist attack has grown to 140, the country's Health Minister Mikhail Murashko said, Trend reports via the local media.", 140)]
    [TestCase("Thus, the death toll in the terrorist attack increased to 140.", 140)]
    [TestCase("Kathmandu [Nepal], September 10 : The death toll in the September 8 protest led by Gen-Z in Nepal has risen to 30, the Ministry of Health and " +
              "Population announced on Wednesday evening.", 30)]
    [TestCase("Police said the number of protesters killed had risen to 20.", 20)]
    public void DeathTollInAnEvent_CountsTheDeadAsARunningTotal(string sentence, double figure)
    {
        var claim = Extracted.Figure(sentence, figure);
        Assert.That((claim.Metric, claim.RunningTotal), Is.EqualTo(("killed", true)));
    }

    // The Guardian, 7 October 2013; People, November 2021: "brought the ... toll to", "brings the total number of deaths ... to".
    [TestCase("That brought the confirmed death toll from Thursday's tragedy to 211.", 211)]
    [TestCase("It brings the total number of deaths from the tragedy to nine.", 9)]
    public void BroughtTheTollTo_IsARunningTotal(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).RunningTotal, Is.True);

    // Sputnik India, 6 June 2023 (events-mixed): a date right before the verb that moves a toll is when it moved, not the crash's day.
    [Test]
    public void DateRightBeforeTheVerbThatMovesATotal_DatesTheTotal()
    {
        var claim = Extracted.Claims("New Delhi: With three more people succumbing to their injuries, the official death toll in the Odisha triple train crash on Monday increased to 278.",
            published: new DateOnly(2023, 6, 6)).Single(c => c.Low == 278);
        Assert.That((claim.RunningTotal, claim.AssertedOn), Is.EqualTo((true, new DateOnly(2023, 6, 5))));
    }

    // UNHCR, 11 October 2013: bodies yet to be found are missing, not counted dead.
    [Test]
    public void BodiesYetToBeFound_AreMissing() =>
        Assert.That(Extracted.Figure("Statements from the 156 survivors, said Edwards, suggest that that the bodies of between 50 and 70 people have yet to be found.", 50).Metric,
            Is.EqualTo("missing"));

    // Sputnik via Fresh News Asia, 20 January 2023: a dateline's date is when the report was filed; "on Thursday" dates the crowd.
    [Test]
    public void DatelineWithItsDate_LeavesTheFigureItsOwnDay()
    {
        var claim = Extracted.Claims("MOSCOW, Jan. 20 (Sputnik) - About 1.12 million people took part in protests against pension reform in France on Thursday, " +
                                     "French media reported, citing the country's interior ministry.", published: new DateOnly(2023, 1, 20)).Single();
        Assert.That((claim.AssertedOn, claim.Location), Is.EqualTo((new DateOnly(2023, 1, 19), "France")));
    }

    // Rusreality after RIA Novosti, 5 January 2019 (events-mixed): an agency filing from Moscow on France's protests; the headline's country
    // is where the crowd was.
    [Test]
    public void DatelineAbroad_LeavesTheHeadlinesCountry() =>
        Assert.That(Extracted.Claims("In France fifty thousand people are participating in the “yellow vests”\n\nMOSCOW, 5 Jan — RIA Novosti. At least fifty thousand " +
                                     "people participated in the mass protests of the movement \"yellow jackets\", told the radio station France Info, citing the statement of " +
                                     "interior Minister Christoph Costanera.", title: "In France fifty thousand people are participating in the “yellow vests”")
                .Select(c => c.Location).Distinct(), Is.EqualTo(new[] { "France" }));

    // KVIA after ABC News, July 2025; WSB-TV, September 2024: a name ending in a region's noun is that region, as a subject too, and not
    // the city its first word names.
    [TestCase("Kerr County was hit the hardest, with at least 87 deaths, including 30 children.", 87, "Kerr County")]
    [TestCase("The new deaths include two children who died after a tree fell and trapped them in a burning house in Washington County.", 2, "Washington County")]
    public void NameEndingInCounty_IsThatRegion(string sentence, double figure, string place) =>
        Assert.That(Extracted.Figure(sentence, figure).Location, Is.EqualTo(place));

    // UPI, 9 July 2025: a clause joined with its own named subject and verb has its own place.
    [Test]
    public void ClauseJoinedWithItsOwnNamedSubject_HasItsOwnPlace()
    {
        var claims = Extracted.Claims("Travis County has the next-highest number of flood casualties with seven killed and 10 missing, and Kendall County has " +
                                      "eight reported fatalities with none missing.");
        Assert.That(claims.Select(c => (c.Low, c.Location)), Is.EqualTo(new[] { (7.0, "Travis County"), (10.0, "Travis County"), (8.0, "Kendall County") }));
    }

    // The Dallas Morning News, 18 July 2025: where something happened, after a news conference's place, is the figure's.
    [Test]
    public void PlaceBeforeWhere_IsTheFiguresEvenAtANewsConference() =>
        Assert.That(Extracted.Figure("Abbott provided an update on the Texas floods during a news conference while in San Angelo, where one person died in the July 4 floods.", 1).Location,
            Is.EqualTo("San Angelo"));

    // Times of Israel, July 2023; Lokmat Times after ANI, September 2025: "Nationwide", "across the nation" put the figure in the story's country
    // (each text's first sentence written for the test, to name that country).
    [TestCase("Tens of thousands rallied in Tel Aviv on Saturday, Israel's 26th weekend of protests.\n\nNationwide, the organizers claimed a turnout of some 286,000.", 286000, "Israel")]
    [TestCase("Police fired on protesters in Kathmandu, Nepal.\n\nIn a single day, at least 19 people were killed across the nation, with hundreds more injured.", 19, "Nepal")]
    public void NationalScope_PutsTheFigureInTheStorysCountry(string text, double figure, string country) =>
        Assert.That(Extracted.Figure(text, figure).Location, Is.EqualTo(country));

    // ABC News (Australia), 7 July 2025; Libya Observer (events-mixed): the dead in other counties, elsewhere, are the rest of a total.
    [TestCase("Officials said 10 people died in other Texas counties, for a total of 78.", 10)]
    [TestCase("The storm also killed about 170 people elsewhere in the country.", 170)]
    public void CountInOtherPlaces_IsAPartOfATotal(string sentence, double figure) =>
        Assert.That(Extracted.Claims(sentence).Single(c => c.Low <= figure && figure <= c.High).PartOfGroup, Is.True);

    // ABC News (Australia), 7 July 2025: the people staying at a camp, in a clause with its own verb, are not the missing.
    [Test]
    public void FigureWithItsOwnProgressiveVerb_TakesNoMetricFromTheMainClause() =>
        Assert.That(Extracted.Figure("Those still missing include 11 people from a riverside Christian summer camp where some 750 people had been staying when disaster struck.", 712.5).Metric,
            Is.EqualTo("count"));

    // Sputnik India (events-mixed), June 2023; Dawn, June 2015: undergoing treatment, being treated, are injuries.
    [TestCase("He also said that of the 1,100 injured, less than 200 are undergoing treatment in various hospitals.", 0)]
    [TestCase("\"So far, 793 passengers have been discharged and 382 are being treated free of cost,\" Jena said.", 382)]
    public void UndergoingOrBeingTreated_IsWounded(string sentence, double low) =>
        Assert.That(Extracted.Claims(sentence).Single(c => c.Low == low).Metric, Is.EqualTo("wounded"));

    // Sputnik via Fresh News Asia, January 2023; AP, February 2023: a plural event noun right after the figure counts events, not people.
    [TestCase("More than 200 demonstrations took place across France on Thursday amid a nationwide strike against pension reform.", 200, "demonstrations")]
    [TestCase("Some 11,000 police were on duty for an estimated 250 protests nationwide.", 237.5, "protests")]
    public void EventNounAfterTheFigure_CountsEvents(string sentence, double low, string counted)
    {
        var claim = Extracted.Figure(sentence, low);
        Assert.That((claim.Metric, claim.Subject), Is.EqualTo(("count", counted)));
    }

    // AFP (events-mixed), January 2019: a verb of people after the noun says the writer meant the people.
    [Test]
    public void EventNounFollowedByAVerbOfPeople_CountsPeople() =>
        Assert.That(Extracted.Figure("Interior Minister Christophe Castaner said that \"responsibility triumphed\" in Paris, where 8,000 protests marched \"without serious incident\".", 8000).Metric,
            Is.EqualTo("participated"));

    // Pledge Times after AFP, 19 October 2023: figures denied before "but", and the few dozen given instead.
    [Test]
    public void FiguresDeniedBeforeBut_AreNoClaims() =>
        Assert.That(Extracted.Claims("On condition of anonymity, the source from the European intelligence service told the AFP that “there are not 200 or 500 dead, " +
                                     "but rather a few dozen, probably between 10 and 50”.").Where(c => c.Unit == "people").Select(c => c.Low), Has.No.Member(200.0).And.No.Member(500.0));

    // The National after Reuters, 8 October 2023: houses are buildings, which nobody killed.
    [Test]
    public void HousesDamagedOrDestroyed_AreBuildingsNotDead()
    {
        var claim = Extracted.Figure("Mullah Janan Sayeeq, spokesman for the Taliban's Ministry of Disasters, told Reuters that 2,053 people were dead, 9,240 injured " +
                                     "and 1,329 houses damaged or destroyed.", 1329);
        Assert.That((claim.Metric, claim.Subject), Is.EqualTo(("count", "buildings")));
    }

    // Reuters, November 2017 (reuters-2017): "one or both houses of Congress" counts nothing.
    [Test]
    public void OneOrBoth_IsNoCount() =>
        Assert.That(Extracted.Claims("In next year’s elections, Democrats will seek to wrest one or both houses of Congress from Republican control."), Is.Empty);

    // MENAFN, 26 March 2024; CBS News Chicago, May 2022: "disclosed that", "shared on Facebook that" report a figure.
    [TestCase("Bastrykin also disclosed that 182 individuals sustained injuries of varying severity as a result of the attack.", 182, "Bastrykin")]
    [TestCase("The Uvalde Memorial Hospital previously shared on Facebook that 13 children were transported there for treatment.", 13, "Uvalde Memorial Hospital")]
    public void DisclosedOrSharedThat_Reports(string sentence, double figure, string source) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(source));

    // Reuters, December 2017 (reuters-2017): a gerund after "of" reports nothing.
    [Test]
    public void GerundAfterOf_ReportsNothing() =>
        Assert.That(Extracted.Figure("Instead of claiming the standard deduction, about one-third of taxpayers, mostly high-earning Americans, itemize deductions.", 31.635).Claimant,
            Is.EqualTo("unattributed"));

    // Times of Israel, July 2023; Haaretz, March 2023; Le Monde, January 2023: a contrast with no comma before a source, "with organizers
    // claiming", and an aside on whose behalf, each give the figure its own source.
    [TestCase("Channel 13 partner Crowd Solutions estimated some 130,000 participants while organizers put the number at some 150,000.", 142500, "organizers")]
    [TestCase("Israelis took to the streets for the tenth week straight, with organizers claiming as many as 500,000 pro-democracy protesters in attendance nationwide.", 0, "organizers")]
    [TestCase("In Paris, there were 150,000 demonstrators according to the police headquarters, while the CGT, on behalf of the inter-union group, counted 500,000.", 500000, "CGT")]
    public void RivalSourceInTheSameSentence_GivesItsOwnFigure(string sentence, double low, string source) =>
        Assert.That(Extracted.Claims(sentence).Single(c => c.Low == low).Claimant, Is.EqualTo(source));

    // Sputnik via Fresh News Asia, January 2023: a place set off with another figure after a comma is that figure's, not the total's.
    [Test]
    public void PlaceOfAPartSetOffAfterAComma_IsNotTheTotals()
    {
        var claims = Extracted.Claims("According to the French Interior Ministry, nearly 1.12 million people joined the protests across France, 80,000 of them in Paris alone.");
        Assert.That(claims.Select(c => c.Location), Is.EqualTo(new[] { "France", "Paris" }));
    }

    // MENAFN, 26 March 2024: "two additional victims" is an increment; "five further deaths" (written for the test) too.
    [TestCase("Bastrykin revealed that two additional victims succumbed to their injuries in the hospital, bringing the total number of fatalities to 139.", 2)]
    [TestCase("Five further deaths were recorded overnight.", 5)]
    public void AdditionalOrFurther_IsAnIncrement(string sentence, double figure)
    {
        var claim = Extracted.Figure(sentence, figure);
        Assert.That((claim.PartOfGroup, claim.Subject), Is.EqualTo((true, "people")));
    }

    // France 24, March 2022 (seeds): "500 km further west" is a distance, no increase.
    [Test]
    public void DistanceFurtherOn_IsNoIncrement() =>
        Assert.That(Extracted.Figure("Bombings also took place in Zhitomir, 150 km further west.", 150).PartOfGroup, Is.False);

    // WHYY after AP, 6 November 2021: a year on a noun a clause of where tells of dates the clause's figures.
    [Test]
    public void YearOnANounAWhereClauseTellsOf_DatesItsFigures()
    {
        var claims = Extracted.Claims("The deaths called to mind a 1979 concert for The Who where 11 people died and about two dozen were injured as thousands of fans tried " +
                                      "to get into Cincinnati’s riverfront coliseum.", published: new DateOnly(2021, 11, 6));
        Assert.That(claims.Select(c => c.AssertedOn).Distinct(), Is.EqualTo(new DateOnly?[] { new DateOnly(1979, 1, 1) }));
    }

    // People, 6 November 2021: "confirmed" after a count and before its noun is an adjective, no verb with "Eight" its source.
    [Test]
    public void ParticipleBetweenACountAndItsNoun_ReportsNothing() =>
        Assert.That(Extracted.Claims("Eight confirmed fatalities and we had scores of individuals that were injured here at this event.").Select(c => c.Claimant).Distinct(),
            Is.EqualTo(new[] { "unattributed" }));

    // DiversityInc, January 2017: "a million and a half"; "two and a half million" (written for the test).
    [TestCase("Trump said of his inauguration crowd, “It looked honestly like a million and a half people, whatever it was.”", 1500000)]
    [TestCase("Organizers said two and a half million people marched.", 2500000)]
    public void AndAHalf_WithAMagnitude_IsHalfOfIt(string sentence, double value) =>
        Assert.That(Extracted.Claims(sentence).Where(c => c.Unit == "people").Select(c => c.Low), Is.EqualTo(new[] { value }));

    // The Stateline after IANS, 15 September 2025: every item of a list a part marker opens is a part, of the whole's measure; a figure after
    // "while" with a measure of its own is no part.
    [Test]
    public void ItemsOfAListAPartMarkerOpens_ArePartsOfTheWhole()
    {
        var claims = Extracted.Claims("The protests claimed 72 lives, including 59 protesters, 10 prisoners, and three police officers, while more than 1,300 people were injured.");
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.PartOfGroup)),
            Is.EqualTo(new[] { (72.0, "killed", false), (59.0, "killed", true), (10.0, "killed", true), (3.0, "killed", true), (1300.0, "wounded", false) }));
    }

    // France 24, 24 March 2022 (seeds): a figure with a verb of its own after the list is no item of it.
    [Test]
    public void FigureWithItsOwnVerbAfterAList_IsNoItem() =>
        Assert.That(Extracted.Figure("On the ground, at least four people died, including two children, and six others were injured in Russian strikes on the town of Rubizhne.", 6)
            .Metric, Is.EqualTo("wounded"));

    // Reuters via RedOrbit, 4 September 2005; the Times-Picayune, 6 September 2005: a morgue's capacity, its rate and "one at a time" are no tolls.
    [TestCase("Officials said they had assembled facilities capable of handling 1,000 bodies immediately and were expanding them.", 1000, "projection")]
    [TestCase("The teams can process 144 bodies a day, they said.", 144, "projection")]
    public void CapacityToHandleOrProcess_IsNoCount(string sentence, double figure, string modality) =>
        Assert.That(Extracted.Figure(sentence, figure).Modality.ToString().ToLowerInvariant(), Is.EqualTo(modality));

    [Test]
    public void OneAtATime_IsNoCount() =>
        Assert.That(Extracted.Claims("“We're going to take one deceased victim at a time.”").Where(c => c.Unit == "people"), Is.Empty);

    // Reuters via RedOrbit, September 2005; World Bulletin after AFP, November 2007: an expectation and "likely to be" project.
    [TestCase("Federal and state officials have said they expect Katrina's death toll to be in the thousands.", 2000)]
    [TestCase("The final toll from cyclone Sidr was likely to be more than 4,000 as hundreds of fishermen are still missing in Bangladesh, the army said on Thursday.", 4000)]
    public void ExpectationOrLikelihood_IsAProjection(string sentence, double low) =>
        Assert.That(Extracted.Claims(sentence).First(c => c.Low == low).Modality, Is.EqualTo(FactCheck.Extraction.Modality.Projection));

    // TamilNet, 27 December 2004: 2000 before a verb counts people, no year.
    [Test]
    public void TwoThousandBeforeAVerb_IsACount() =>
        Assert.That(Extracted.Claims("More than 2000 are missing in Batticaloa.").Select(c => (c.Low, c.Metric)), Is.EqualTo(new[] { (2000.0, "missing") }));

    // Reuters, December 2017 (reuters-2017): "in 2016 were" is still the year.
    [Test]
    public void YearAfterInBeforeAVerb_IsStillTheYear() =>
        Assert.That(Extracted.Figure("The Reuters data analysis shows that 37 percent of the total mortgages issued in Orange County in 2016 were above $500,000.", 37).AssertedOn,
            Is.EqualTo(new DateOnly(2016, 1, 1)));

    // Reuters, May 2008 (the sentence's opening written for the test): a distance per hour is a speed.
    [Test]
    public void DistancePerHour_IsASpeedNotADistance() =>
        Assert.That(Extracted.Claims("The delta bore the brunt of Cyclone Nargis's 190 km (120 miles) per hour winds."), Is.Empty);

    // PBS NewsHour, 5 May 2008: a time fronted before a participle's subject is no source.
    [Test]
    public void FrontedTime_IsNoSource() =>
        Assert.That(Extracted.Figure("Earlier Monday, the government raised the death toll more than tenfold from an earlier tally, saying that almost 4,000 people were killed.", 3800)
            .Claimant, Is.Not.EqualTo("Earlier Monday").And.EqualTo("unattributed"));

    // EFE, 15 May 2018: a count since a beginning is a running total, as of the report, not of the day it began.
    [Test]
    public void CountSinceABeginning_IsARunningTotalAsOfTheReport()
    {
        var claim = Extracted.Claims("Since the Great March of Return protests began Mar. 30, at least 109 Palestinians have been killed and 12,000 others injured.",
            published: new DateOnly(2018, 5, 15)).First();
        Assert.That((claim.Low, claim.RunningTotal, claim.AssertedOn), Is.EqualTo((109.0, true, new DateOnly(2018, 5, 15))));
    }

    // VICE, January 2017; Reuters (events-mixed), January 2011: a place set off before ", with" and the figure is the figure's.
    [TestCase("D.C. was followed by Los Angeles, with 450,000, and then New York, with 400,000 protesters.", 400000, "New York")]
    [TestCase("The worst-hit towns in the Serrana region were Nova Friburgo, with 365 dead, and Teresopolis, with 308 dead.", 308, "Teresopolis")]
    public void PlaceBeforeCommaWith_IsTheFigures(string sentence, double figure, string place) =>
        Assert.That(Extracted.Figure(sentence, figure).Location, Is.EqualTo(place));

    // Sputnik (events-mixed), January 2011: not when the sentence pairs them "respectively".
    [Test]
    public void PlacesPairedRespectively_KeepTheirOrder() =>
        Assert.That(Extracted.Figure("Most of the deaths were reported in the cities of Nova Friburgo and Teresopolis, with 302 and 276 fatalities, respectively.", 302).Location,
            Is.EqualTo("Nova Friburgo"));

    // time.news, January 2023: an unlisted town in a list with its count in brackets is that count's place.
    [Test]
    public void UnlistedTownWithItsCountInBrackets_IsThatCountsPlace() =>
        Assert.That(Extracted.Claims("A perceptible revival also in smaller towns, such as Sete (4500), Calais (5000) or Guéret (4300).").Select(c => c.Location),
            Is.EqualTo(new[] { "Sete", "Calais", "Guéret" }));

    // China Daily, 6 May 2008; Belfast Telegraph, July 2016: a sentence opening "Of the dead," or "Of those injured," gives a part of a toll
    // right after its comma; not a later clause's figure of another event.
    [Test]
    public void OpeningOfTheDead_MakesTheFigureAfterItsCommaAPart()
    {
        var claims = Extracted.Claims("Of the dead, only 671 were in Yangon, and its outlying districts, state radio said, confirming Nargis as the most devastating cyclone " +
                                      "to hit Asia since 1991, when 143,000 people died in Bangladesh.");
        Assert.That(claims.Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (671.0, true), (143000.0, false) }));
    }

    [Test]
    public void OpeningOfThoseInjured_MakesItsFiguresParts() =>
        Assert.That(Extracted.Claims("Of those injured, 48 are in a critical condition and 25 are in intensive care.").Select(c => c.PartOfGroup), Is.All.True);

    // The Thursday Review, 20 November 2015: "N of the most badly wounded" is some of the wounded.
    [Test]
    public void SomeOfTheMostBadlyWounded_IsAPart() =>
        Assert.That(Extracted.Figure("French authorities say that 41 of the most badly wounded remain in intensive care units.", 41).PartOfGroup, Is.True);

    // The Washington Times, 26 March 2018: a transit system's ridership is no crowd, whatever the clause after it says of marchers.
    [Test]
    public void Ridership_IsNoCrowd() =>
        Assert.That(Extracted.Figure("Metrorail said that total ridership was 558,735 for the entire day, which includes people who were not attending the march.", 558735).Metric,
            Is.EqualTo("ridership"));

    // The Hindu after Reuters, 23 June 2024: a people's adjective on a toll says whose dead it counts.
    [Test]
    public void PeoplesAdjectiveOnAToll_IsItsSide() =>
        Assert.That(Extracted.Figure("Security and medical sources told Reuters on June 23 that the Egyptian death toll had risen to 672 and another 25 were missing.", 672).Side,
            Is.EqualTo("Egyptian"));
}
