using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the 2011 England riots, the 2021 Cuba, 2020 Thai and 2018 Armenian protests, the 2015
/// Chennai floods, the Mocoa mudslide, the Eastern Star capsizing, the Ghost Ship fire, the 2019-20 Australian bushfires and Russian
/// and Indonesian disasters: an age set off after a person the article introduces, an outlet named after its noun, a source that stands
/// by its toll, a distance in yards, patients counted apart from the people of a toll, the day of the month after its weekday, a
/// reference mark, detainees counted as arrests, a place whose size measures a figure, a photo credit, a heading in capitals, words
/// between a source and its verb, medical help, a monument, a video script's label, a modal in a free relative, an aside after an
/// acronym, a quote's speaker across a sentence's end, a list of groups onboard, "our" estimates in a quote, a quotation mark typed
/// for an apostrophe, a region before the verb that moves its toll, an infinitive's verb on another group and a plural's name joined
/// by "for". Sentences from real news; where a test adds or cuts words, its comment says so.
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

    // Daily Mail (AAP), 31 December 2019; NY Daily News, February 2020: a place whose size a figure is measured by is no figure's place.
    [Test]
    public void APlaceWhoseSizeMeasuresAFigure_IsNotItsPlace()
    {
        var claims = Extracted.Claims("NSW\n\n* 3.6 million hectares burned, greater than the size of Belgium\n\n* 911 homes confirmed destroyed");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 3_600_000).Location, Is.EqualTo("New South Wales"));
            Assert.That(claims.Single(c => c.Low == 911).Location, Is.EqualTo("New South Wales"));
            Assert.That(Extracted.Figure("Over 5 million hectares of land, comparable to the size of England, were affected in the fires in New South Wales alone.", 5_000_000).Location,
                Is.EqualTo("New South Wales"));
        });
    }

    // KQED, 6 December 2016: a photo's credit names who took it and for whom, never where later figures are.
    [Test]
    public void APhotoCredit_PlacesNothing() =>
        Assert.That(Extracted.Claims("Candles were laid out along the edge of Lake Merritt during the vigil. (Brittany Hosea-Small/KQED)\n\nUpdate, 6 a.m. Tuesday: The number of victims is not expected to rise beyond 36, said Alameda County Deputy Sheriff Tya Modeste.")
            .Single(c => c.Low == 36).Location, Is.Not.EqualTo("Brittany"));

    // 7NEWS (AAP), 5 January 2020: a place alone in capitals heads the lines under it, even a name other places share ("VICTORIA").
    [Test]
    public void APlaceInCapitalsAloneOnItsLine_HeadsTheLinesUnderIt()
    {
        var claims = Extracted.Claims("NSW\n\n* 18 people dead, two missing\n\nVICTORIA\n\n* Two people dead, four missing\n\nSOUTH AUSTRALIA\n\n* Three people dead");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 18).Location, Is.EqualTo("New South Wales"));
            Assert.That(claims.Single(c => c.Low == 4).Location, Is.EqualTo("Victoria"));
            Assert.That(claims.Single(c => c.Low == 3).Location, Is.EqualTo("South Australia"));
        });
    }

    // Ghanamma (AFP), 2 April 2017; Hindustan Times (Reuters), April 2017: "there" and "so far only" stand between a source and its
    // verb; a unit is a body that speaks.
    [TestCase("The toll from extensive mudslides in southern Colombia has reached 23 dead and 174 injured, Red Cross officials there reported Saturday.", 174, "Red Cross officials")]
    [TestCase("The disaster response unit has so far only given a toll of 24 deaths, with 120 people injured.", 24, "disaster response unit")]
    public void WordsBetweenASourceAndItsVerb_AreNoPartOfIt(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // State of the State (APA), 21 April 2018: those who sought medical help were hurt.
    [Test]
    public void PeopleWhoSoughtMedicalHelp_AreWounded() =>
        Assert.That(Extracted.Figure("Authorities said 46 people, including six police and opposition leader Pashinyan, sought medical help.", 46).Metric, Is.EqualTo("wounded"));

    // FORUM-ASIA, August 2020: a monument is a site, within the city whose possessive names it.
    [Test]
    public void AMonument_IsASite() =>
        Assert.That(Extracted.Figure("As darkness fell at Bangkok’s Democracy Monument, the numbers of student-led protesters calling on the government led by Gen Prayut Chan-o-cha to quit swelled well past 10,000.",
            10_000).LocationPrecision, Is.EqualTo(PlacePrecision.Site));

    // CNC News, 15 June 2015: a video script's label and the speaker after it open no dateline.
    [Test]
    public void AVideoScriptsLabel_OpensNoDateline() =>
        Assert.That(Extracted.Claims("SOUNDBITE (CHINESE) TANG GUANJUN, Yangtze River Navigation Affairs Administration:\n\n\"There were 403 tourists on Eastern Star, instead of 406.\"")
            .Select(c => c.Location), Has.None.EqualTo("Soundbite"));

    // The Irish Times, 3 June 2015: "what could be China's worst shipping disaster" hedges the disaster's rank, not the toll.
    [Test]
    public void AModalInAFreeRelative_HedgesNotTheFigure() =>
        Assert.That(Extracted.Figure("Scores of divers searched a capsized ship in the Yangtze River on Wednesday for more than 400 missing people, many of them elderly tourists, as the death toll in what could be China’s worst shipping disaster in almost 70 years jumped to 18.",
            18).Modality, Is.EqualTo(Modality.Asserted));

    // Reuters, 28 November 2017 (gold row_514): an aside opened by "another" after a name and its acronym describes the name, which speaks.
    [Test]
    public void AnAsideAfterANamesAcronym_DescribesTheName() =>
        Assert.That(Extracted.Figure("Meanwhile, the Congressional Budget Office (CBO), another nonpartisan research unit of Congress, said the number of Americans with health insurance would fall by 13 million by 2027 under the Republican tax bill.",
            13_000_000).Claimant, Is.EqualTo("Congressional Budget Office"));

    // Reuters, 21 November 2017: a quote inside a sentence whose speaker is named before it is not spoken by the next sentence's source.
    [Test]
    public void AQuotesSpeaker_IsNotTheNextSentences() =>
        Assert.That(Extracted.Claims("Merkley said the delegation was “not here today to recommend…what the U.S. government would do or should do,” when asked about the legislation introduced in the Congress. Myanmar officials have so far said they plan to resettle most returnees in new “model villages”, rather than on the land they previously occupied.")
            .Single(c => c.Metric == "quote").Claimant, Is.EqualTo("Merkley"));

    // ukraine-2014 article_69, April 2014: an abbreviated rank after the quote ends no sentence.
    [Test]
    public void AnAbbreviatedRankAfterAQuote_EndsNoSentence() =>
        Assert.That(Extracted.Claims("\"There is a lot of uncertainty about what we're going to be doing over there,\" Lt.-Gen. Yvan Blondin said, as the jet fighters left Bagotville, Que., for Romania Tuesday morning.")
            .Single(c => c.Metric == "quote").Claimant, Is.EqualTo("Yvan Blondin"));

    // China Daily, 2 June 2015: those onboard are aboard; a list of groups, each with its own noun, holds parts of a whole none gives.
    [Test]
    public void AListOfGroupsOnboard_ArePartsAboard()
    {
        var claims = Extracted.Claims("There were 406 passengers, five tour guides and 47 crew onboard the ship.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => c.Metric), Is.All.EqualTo("aboard"));
            Assert.That(claims.Select(c => c.PartOfGroup), Is.All.True);
        });
    }

    // Written for the test: a list of counts of one group by place is no list of groups.
    [Test]
    public void AListOfOneGroupsCountsByPlace_IsNoListOfGroups() =>
        Assert.That(Extracted.Figure("The quake killed 12 people in Lima, 30 in Cusco and 4 in Ica.", 12).PartOfGroup, Is.False);

    // Mail & Guardian, 9 October 2005: "our" estimates are the speaker's, whom the quote's verb names.
    [Test]
    public void OurEstimatesInAQuote_AreTheSpeakers() =>
        Assert.That(Extracted.Claims("Another Pakistani official, the Kashmir region’s minister for works and communication, Tariq Farooq, said an estimated 30 000 people were killed in Pakistan-controlled Kashmir alone.\n\n”Our rough estimates say more than 30 000 people have died in the earthquake in Kashmir,” he said.")
            .Single(c => c.Metric == "killed" && double.IsPositiveInfinity(c.High)).Claimant, Is.EqualTo("Tariq Farooq"));

    // Foreign Policy, 5 March 2010: an opening quotation mark typed for a possessive's apostrophe; a region before the adverb that moves
    // its toll.
    [Test]
    public void AQuotationMarkTypedForAnApostrophe_AndARegionBeforeDown()
    {
        var claim = Extracted.Figure("Chile‘s two main newspapers said the government had revised the death toll in the hard-hit Maule region down from 587 to 316.", 316);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Claimant, Is.EqualTo("Chile's two main newspapers"));
            Assert.That(claim.Location, Is.EqualTo("Maule region"));
        });
    }

    // Written for the test: a region before the verb that moves its toll.
    [Test]
    public void ARegionBeforeTheVerbThatMovesItsToll_IsItsPlace() =>
        Assert.That(Extracted.Figure("The death toll in the Maule region rose to 40.", 40).Location, Is.EqualTo("Maule region"));

    // HuffPost India (AP), 4 December 2015: what the rescuers raced to do was done to the residents, not to them.
    [Test]
    public void AnInfinitivesVerbOnAnotherGroup_IsNotTheFigures() =>
        Assert.That(Extracted.Figure("Thousands of rescuers raced to evacuate residents from deadly flooding, as India's Prime Minister Narendra Modi went to the southern state of Tamil Nadu to survey the devastation.",
            2000).Metric, Is.Not.EqualTo("evacuated"));

    // Written for the test: an infinitive with no group of its own after it is still the figure's.
    [Test]
    public void AnInfinitivesVerbWithNoGroupOfItsOwn_IsTheFigures() =>
        Assert.That(Extracted.Figure("More than 5,000 people were forced to evacuate their homes.", 5000).Metric, Is.EqualTo("evacuated"));

    // Khaosod English, 15 October 2020: a plural's name joined by "for" to the rest of it is one organisation's.
    [Test]
    public void APluralsNameJoinedByFor_IsOneOrganisations() =>
        Assert.That(Extracted.Figure("At least 20 people, which include activists Arnon Nampa, Parit Chiwarak, and Panupong Jadnok were arrested by police shortly after 4am, the Thai Lawyers for Human Rights group said.",
            20).Claimant, Does.StartWith("Thai Lawyers for Human Rights"));

    // Written for the test: a source noun before "for" still ends its head.
    [Test]
    public void ASourceNounBeforeFor_StillEndsItsHead() =>
        Assert.That(Extracted.Figure("Officials for the region said 22 people were arrested.", 22).Claimant, Is.EqualTo("Officials"));
}
