using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Costa Concordia shipwreck, the Santiago de Compostela derailment, the Henan floods,
/// the Freetown mudslide, the Lombok quakes, the Gezi and Kazakhstan unrest, the Black Saturday fires and the French riots of 2023:
/// abbreviated ranks and roles around a name, a dash typed as two hyphens, a population beside a toll, the noun of the next figure in
/// a list, someone found alive, a wish, a forecast or a comparison in another clause, a ministry's national count, a headline's toll
/// "up to" a figure, and the day of an event after its toll. Sentences from real news; where a test adds or cuts words, its comment
/// says so.
/// </summary>
public sealed class ShipwreckDerailmentAndFloodFiguresTests
{
    // AP (Salon), 14 January 2012; USA Today, 17 January 2012: an abbreviated rank is a title before the name it belongs to.
    [TestCase("Three bodies were recovered from the sea, said Coast Guard Cmdr. Francesco Paolillo.", 3, "Francesco Paolillo")]
    [TestCase("The death toll now stands at 11 after divers extracted five adults wearing life jackets from the rear of the ship near an emergency evacuation point, according to Italian Coast Guard Cmdr. Cosimo Nicastro.",
        11, "Cosimo Nicastro")]
    public void AnAbbreviatedRank_LeadsTheName(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // Newsday (AP), July 2013: "--" closes the dateline; the source after it starts at its first word.
    [Test]
    public void ADashOfTwoHyphens_IsNoPartOfTheSource() =>
        Assert.That(Extracted.Figure("SANTIAGO DE COMPOSTELA, Spain -- Spanish police said yesterday they have arrested the driver of the train that sped through a curve and toppled over, killing 78 people, and plan to question him over suspected reckless driving.",
            78).Claimant, Is.EqualTo("Spain"));

    // Written for the test: a hyphen inside a name still joins it.
    [Test]
    public void AHyphenInsideAName_StillJoinsIt() =>
        Assert.That(Extracted.Figure("The Washington Post-Schar School poll said 50 people were killed.", 50).Claimant, Is.EqualTo("Washington Post-Schar School"));

    // Newsday (AP), July 2013: a conjunction opening the sentence is capitalized, not part of the name.
    [Test]
    public void AnOpeningConjunction_IsNoPartOfTheName() =>
        Assert.That(Extracted.Figure("And Gonzalo Ferre, president of the rail infrastructure company Adif, said the driver should have started slowing the train 2.5 miles before reaching a dangerous bend that train drivers had been told to respect.",
            2.5).Claimant, Is.EqualTo("Gonzalo Ferre"));

    // ABC News and the Toronto Star (AP), July-August 2021; AFP, January 2022: a place's population beside a toll counts who live there.
    [TestCase("The vast majority of the victims were in Zhengzhou, the provincial capital of 12 million people on the Yellow River, where 292 died and 47 are missing.")]
    [TestCase("The flooding displaced nearly 400,000 people in the city of 12 million that is a major hub for industry and transportation.")]
    public void APopulationBesideAToll_IsAPopulation(string text)
    {
        var claims = Extracted.Claims(text);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 12_000_000).Metric, Is.EqualTo("count"));
            Assert.That(claims.Where(c => c.Low != 12_000_000).Select(c => c.Metric), Is.SubsetOf(new[] { "killed", "missing", "displaced" }).And.Not.Empty);
        });
    }

    // The Nomad Today, 8 January 2022.
    [Test]
    public void InhabitantsOfACountry_AreAPopulation() =>
        Assert.That(Extracted.Figure("The largest wave of protests in years was triggered by resentment over significantly increased fuel prices at petrol stations in the oil and gas-rich former Soviet republic with more than 18 million inhabitants.",
            18_000_000).Metric, Is.EqualTo("count"));

    // Written for the test: a city named with a figure is still a name, not a population.
    [Test]
    public void ACityOfANumberInAName_IsNoPopulation() =>
        Assert.That(Extracted.Claims("Protesters gathered in the city of 47 C on Monday.").Where(c => c.Metric == "count" && c.Unit == "people"), Is.Empty);

    // The Nelson Daily, 16 January 2012: the noun of the next figure in a list is that figure's, not the first one's.
    [Test]
    public void TheNextFiguresNoun_IsNotTheFirstFigures() =>
        Assert.That(Extracted.Figure("“At the last meeting I was told that 11 passengers and six crew members remain unaccounted for.”", 11).Metric, Is.EqualTo("missing"));

    // The Nelson Daily, 16 January 2012: a noun naming those aboard after another figure still tells where the first figure's group was.
    [Test]
    public void ThoseAmongTheAboard_AreAboard() =>
        Assert.That(Extracted.Figure("More than 3,000 holidaymakers were among the 4,229 people aboard the ship.", 3_000).Metric, Is.EqualTo("aboard"));

    // The Nelson Daily, 16 January 2012: lives a disaster claimed are deaths, whatever the clause before its relative pronoun says.
    [Test]
    public void LivesTheDisasterClaimed_AreDeaths() =>
        Assert.That(Extracted.Figure("Rescuers had previously said 34 or 36 people were still missing from the disaster that claimed three lives and injured around 40.", 3).Metric,
            Is.EqualTo("killed"));

    // Al Jazeera, 25 July 2013: a wish is no count.
    [Test]
    public void AWish_IsNoCount() =>
        Assert.That(Extracted.Figure("El Pais' online edition quoted the driver as saying: \"I hope no one died because it will weigh on my conscience.\"", 0).Modality,
            Is.Not.EqualTo(Modality.Asserted));

    // Written for the test: a day opening the sentence before its reporting verb is the day it was said; the figure's own day dates it.
    [Test]
    public void TheFiguresOwnDay_OutranksADayOpeningTheSentence() =>
        Assert.That(Extracted.Figure("On Friday, police said 10 people had died on Thursday in the floods in Kerala.", 10, new DateOnly(2024, 5, 11)).AssertedOn,
            Is.EqualTo(new DateOnly(2024, 5, 9)));

    [Test]
    public void ADayOpeningTheSentence_StillDatesAFigureWithNoDayOfItsOwn() =>
        Assert.That(Extracted.Figure("On Friday, police said 12 people had died.", 12, new DateOnly(2024, 5, 11)).AssertedOn, Is.EqualTo(new DateOnly(2024, 5, 10)));

    // Daily Post, 14 August 2017; The News International (AFP), 5 August 2018; The Moscow Times, 9 January 2022; Al-Akhbar English, June
    // 2013; the Los Angeles Times, 20 August 2017: a name set off after a bare role, a name before a role where the role is, a presidency,
    // a ministry quoted by the media, a government's last estimate and a charity named with "the" are the sources, not fragments.
    [TestCase("According to spokesman for the Red Cross, Abubakarr Tarawallie, 179 bodies had been taken to the central morgue in Freetown.", 179, "Abubakarr Tarawallie")]
    [TestCase("\"The latest data we have is that 19 people are dead at Tanjung Hospital (North Lombok),\" Agus Hendra Sanjaya, Mataram search and rescue spokesman, told AFP.",
        19, "Agus Hendra Sanjaya")]
    [TestCase("In total, 5,800 people have been detained for questioning, the presidency said in a statement on Sunday after President Kassym-Jomart Tokayev held a crisis meeting.",
        5_800, "presidency")]
    [TestCase("The interior ministry, quoted Sunday by local media, put property damage at around 175 million euros ($199 million).", 175_000_000, "interior ministry")]
    [TestCase("The government's last estimate on Sunday put the figure at 58 civilians and 115 security forces.", 58, "government")]
    [TestCase("At least 122 of the victims are children, and a similar number have been orphaned by the disaster, the aid group Save the Children said.", 122, "Save the Children")]
    public void TheSource_IsWhoSpeaksNotAFragment(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // Written for the test: a spokesman with no name set off after him speaks for the body he speaks for.
    [Test]
    public void ASpokesmanWithNoNameAfterIt_IsTheBodyHeSpeaksFor() =>
        Assert.That(Extracted.Figure("According to a spokesman for the Red Cross, 180 bodies had been taken to the morgue.", 180).Claimant, Is.EqualTo("Red Cross"));

    // Dawn (AFP), 7 August 2018; Ahram Online (Reuters), 15 January 2012: someone pulled or found alive was rescued.
    [TestCase("Crews using heavy equipment to search a collapsed mosque in northern Lombok found three bodies but also managed to pull one man alive from the twisted wreckage.", 1)]
    [TestCase("After midnight, rescue workers had found two people, both South Koreans, still alive in a cabin after making voice contact with them from several decks above and brought them ashore.", 2)]
    public void SomeoneFoundAlive_IsRescued(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).Metric, Is.EqualTo("rescued"));

    // Breaking Travel News, January 2011: those buried alive died.
    [Test]
    public void ThoseBuriedAlive_AreDead() =>
        Assert.That(Extracted.Claims("But rescuers fearing many more bodies would be discovered, with scores thought to have been buried alive as they slept.").Single().Metric,
            Is.EqualTo("killed"));

    // ABC News, 9 August 2018: "despite" opens no part of the counted noun or of the source.
    [Test]
    public void Despite_IsNoPartOfTheCountedNounOrTheSource()
    {
        var claim = Extracted.Figure("The national disaster agency stood by its latest death toll of 131 despite other government agencies including the military reporting much higher figures.", 131);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Subject, Is.EqualTo("people"));
            Assert.That(claim.Claimant, Does.Not.StartWith("despite"));
        });
    }

    // The News International (AFP), 5 August 2018: a day after a place's name is no part of it.
    [Test]
    public void ADayAfterAPlacesName_IsNoPartOfIt() =>
        Assert.That(Extracted.Figure("Mataram: -A major earthquake on the Indonesian island of Lombok Sunday killed at least 19 people, injured dozens and damaged buildings, officials said.",
            19, new DateOnly(2018, 8, 5)).Location, Is.EqualTo("Lombok"));

    // ANI (Xinhua), 22 July 2021: a listed region named with its noun is that region.
    [Test]
    public void AListedRegionNamedWithItsNoun_IsThatRegion()
    {
        var claim = Extracted.Figure("Zhengzhou [China], July 22 (ANI/Xinhua): Torrential rain has affected about 3 million people in central China's Henan Province, with 33 reported dead and eight still missing as of 4 am Thursday, local authorities said.",
            33, new DateOnly(2021, 7, 22));
        Assert.Multiple(() =>
        {
            Assert.That(claim.Location, Is.EqualTo("Henan"));
            Assert.That(claim.LocationPrecision, Is.EqualTo(PlacePrecision.Region));
        });
    }

    // USA Today, 2 June 2013 (after its dateline); The Independent, 4 June 2013: a city and others across the country put a figure at the country.
    [TestCase("Thousands of anti-government protesters continued demonstrations Sunday in Istanbul and several major cities across Turkey, speaking against rising authoritarianism and calling for the government to resign after police used violence against demonstrators marching against plans to demolish a local park.")]
    [TestCase("Thousands of protesters have taken to the streets of Istanbul and cities across the nation as anti-government demonstrations enter their fifth day.")]
    public void ACityAndOthersAcrossTheCountry_AreTheCountry(string text) =>
        Assert.That(Extracted.Claims(text, title: "Turkey protests").Single().Location, Is.EqualTo("Turkey"));

    // Radio New Zealand, 8 February 2009: a toll's value counts the dead, not the houses of the figure joined after it.
    [Test]
    public void ATollsValue_CountsTheDeadNotTheNextFiguresNoun()
    {
        var claims = Extracted.Claims("The death toll from Victoria's bushfires has risen to 66 and 640 houses have been destroyed.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 66).Metric, Is.EqualTo("killed"));
            Assert.That(claims.Single(c => c.Low == 640).Subject, Is.EqualTo("buildings"));
        });
    }

    // News18 (AFP), 15 January 2022: quotation marks around an item's words stay inside a breakdown after a dash.
    [TestCase(26)]
    [TestCase(18)]
    public void ItemsOfABreakdownAfterADash_AreParts(double figure) =>
        Assert.That(Extracted.Claims("Kazakhstan had previously acknowledged fewer than 50 fatalities — 26 “armed criminals” and 18 security officers in the conflict that exposed infighting at the very top of the government.")
            .Single(c => c.Low == figure).PartOfGroup, Is.True);

    // CNN (WRAL), 15 August 2017; ABC News, 16 August 2017: an absolute "with" or a contrast after the figure keeps its cue from it.
    [TestCase("The hunt for survivors of the deadly mudslide in Sierra Leone continued Tuesday as the official death toll rose to 245, with numbers expected to grow and hundreds still missing.", 245)]
    [TestCase("The hunt for survivors of the deadly mudslide in Sierra Leone continued Tuesday as the official death toll rose to 245, with numbers expected to grow and hundreds still missing.", 200)]
    [TestCase("\"As the search continues, we have collected nearly 400 bodies — but we anticipate more than 500,\" chief coroner Seneh Dumbuya said.", 400)]
    public void AFigureBeforeALaterClausesCue_IsAsserted(string text, double figure) =>
        Assert.That(Extracted.Claims(text).Single(c => c.Low == figure || c.High == figure).Modality, Is.EqualTo(Modality.Asserted));

    [Test]
    public void TheLaterClausesOwnFigure_IsStillProjected() =>
        Assert.That(Extracted.Claims("\"As the search continues, we have collected nearly 400 bodies — but we anticipate more than 500,\" chief coroner Seneh Dumbuya said.")
            .Single(c => c.Low == 500).Modality, Is.EqualTo(Modality.Projection));

    // Written for the test: a cue whose object holds the figures projects them all.
    [TestCase(200)]
    [TestCase(300)]
    public void FiguresACueTakesTogether_AreProjected(double figure) =>
        Assert.That(Extracted.Claims("Officials expect 200 dead and 300 injured.").Single(c => c.Low == figure).Modality, Is.EqualTo(Modality.Projection));

    // The Age, 19 February 2009: a headline's toll and its event "up to" a figure stands at it; with a modal it is a ceiling.
    [Test]
    public void AHeadlinesTollUpToAFigure_StandsAtIt() =>
        Assert.That(Extracted.Claims("Death toll from fires up to 208", title: "Death toll from fires up to 208").Single().Qualifier, Is.EqualTo("exact"));

    // Written for the test.
    [Test]
    public void ATollThatCouldBeUpToAFigure_IsACeiling() =>
        Assert.That(Extracted.Claims("The toll from the floods could be up to 500.").Single().Low, Is.EqualTo(0));

    // AP, 25 March 2018: a country's state news agency speaks for itself, not for the country.
    [Test]
    public void ACountrysNewsAgency_IsNotTheCountry() =>
        Assert.That(Extracted.Figure("MOSCOW (AP) -- A devastating fire at a shopping center in a Siberian city killed 37 people and left 69 others missing Sunday, many of them children, a Russian state news agency reported.",
            37).Claimant, Is.EqualTo("Russian state news agency"));

    // TheLiberal.ie, June 2023 (its first sentence shortened), after a paragraph on Paris: a ministry's count, where its sentence names no
    // place, is the country's.
    [Test]
    public void AMinistrysCount_IsTheCountrys()
    {
        var claims = Extracted.Claims("Buses and trams in Paris will be stopped every evening at 9pm until further notice, regional transport authority IDFM said.\n\n"
                                      + "French police arrested 875 people during overnight riots, the interior ministry said, updating the previous figure to 667.", title: "France riots");
        Assert.That(claims.Single(c => c.Low == 875).Location, Is.EqualTo("France"));
    }

    // Written for the test: a provincial ministry is no national body.
    [Test]
    public void AProvincialMinistrysCount_StaysWhereTheStoryIs()
    {
        var claims = Extracted.Claims("Floods hit Zhengzhou on Tuesday.\n\nThe provincial health ministry said 12 people were injured.", title: "Floods in China");
        Assert.That(claims.Single(c => c.Low == 12).Location, Is.EqualTo("Zhengzhou"));
    }

    // AFP (Voice of Vienna), July 2023: a comparison a contrasting clause sets apart frames none of that clause's figures.
    [TestCase(994)]
    [TestCase(79)]
    public void AFigureAfterAContrastWithAComparison_IsAsserted(double figure) =>
        Assert.That(Extracted.Figure("The government said the violence had “lessened” compared to previous nights, but the interior ministry still reported 994 arrests nationwide overnight, and 79 injuries among police and gendarmes.",
            figure).Modality, Is.EqualTo(Modality.Asserted));

    // CHB44, July 2023; Reuters, 2017: a people noun before a plural noun of things modifies it.
    [TestCase("In addition, ten police stations, ten gendarmerie barracks and six municipal police stations were targeted, the ministry said.", 6, "stations")]
    [TestCase("Rights monitors accused Myanmar’s military of atrocities, including killings, mass rape and arson, against the stateless Rohingya during so-called clearance operations after Rohingya militants’ Aug. 25 attacks on 30 police posts and an army base.",
        30, "posts")]
    public void APeopleNounBeforeAThing_ModifiesIt(string text, double figure, string subject) =>
        Assert.That(Extracted.Figure(text, figure).Subject, Is.EqualTo(subject));

    // Written for the test, and Reuters, 2017: people with a noun of their office after them are still people; "versus" is no noun.
    [TestCase("Ten police chiefs were sacked.", 10)]
    [TestCase("In September, the Congressional Budget Office said it expected 2018 enrollment to reach 11 million people versus about 10 million this year.", 11_000_000)]
    public void PeopleNamedWithTheirOffice_ArePeople(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).Unit, Is.EqualTo("people"));

    // The Los Angeles Times, 20 August 2017: a toll's event's day after it, past the event's place set off by commas, dates the event,
    // not the toll.
    [Test]
    public void ATollWithItsEventsDayAfterIt_IsNotOfThatDay() =>
        Assert.That(Extracted.Figure("The death toll is already above 450 from the flooding and mudslides in the capital, Freetown, early Monday.", 450,
            new DateOnly(2017, 8, 20)).AssertedOn, Is.Not.EqualTo(new DateOnly(2017, 8, 14)));

    // TASS, 16 January 2022: arrests made so far after riots early in the month are of the day they are given.
    [Test]
    public void ArrestsSinceTheRiotsEarlyInTheMonth_AreOfTheDayGiven() =>
        Assert.That(Extracted.Figure("As many as 249 people have been arrested in Almaty following riots in early January, the city’s prosecutor Berik Zhuiriktayev said.", 249,
            new DateOnly(2022, 1, 16)).AsOfPrecision, Is.EqualTo(AsOfPrecision.Day));

    // AAP, 9 February 2009: a past disaster's toll keeps its year.
    [Test]
    public void APastDisastersToll_KeepsItsYear() =>
        Assert.That(Extracted.Claims("The latest death toll, announced by Victoria Police at 2am (AEDT) on Monday, surpasses the toll from the 1983 Ash Wednesday bushfires, in which 75 people died in Victoria and South Australia, and the Black Friday bushfires of 1939, which killed 71.",
            published: new DateOnly(2009, 2, 9)).Single(c => c.Low == 71).AssertedOn?.Year, Is.EqualTo(1939));

    // The Express Tribune (AFP), October 2017: a count since a part of a month is a count so far.
    [Test]
    public void ACountSinceLateInAMonth_IsARunningTotal() =>
        Assert.That(Extracted.Figure("GENEVA: Some 582,000 Rohingya refugees have fled their homes in Myanmar and arrived in Bangladesh since late August, the United Nations said Tuesday, warning that thousands more were stranded at the border.",
            582_000).RunningTotal, Is.True);
}
