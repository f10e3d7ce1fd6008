using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Which place a figure is about when a sentence or a document names several. Sentences from real news.</summary>
public sealed class PlaceChoiceTests
{
    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    [TestCase("Donetsk lies 110 kilometers (70 miles) south of Slovyansk.", 110, "Donetsk")]
    [TestCase("Donetsk lies 110 kilometers (70 miles) south of Slovyansk.", 70, "Donetsk")]
    [TestCase("Also in Maryinka (34 km west of Donetsk) and Novohrodivka (56 km northwest of Donetsk) the security situation was assessed as calm.", 56, "Novohrodivka")]
    [TestCase("The partial collapse occurred in the small, beachside town of Surfside, about 6 miles north of Miami Beach.", 6, "Surfside")]
    [TestCase("The Ukrainians have managed to push the Russians back 55 kilometres east and northeast of Kiev.", 55, "Kiev")]
    public void Distance_PlacesWhatItLocates_NotWhereItIsMeasuredFrom(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    // CNN, 9 June 2019: a weekday right after a place is when, no part of its name; the place the figure's clause names is its own,
    // not a country named further on.
    [Test]
    public void PlaceFollowedByAWeekday_IsStillThePlace() =>
        Assert.That(Figure("More than 1 million protesters took to the streets of Hong Kong Sunday, organizers said, to oppose a controversial " +
                           "extradition bill that would enable China to extradite fugitives from the city.", 1000000).Location, Is.EqualTo("Hong Kong"));

    // Interfax-Ukraine, May 2014; AFP, September 2023: a figure set off in parentheses after a place is that place's.
    [TestCase("The highest turnout was in the Lviv (78.2 percent), Ternopil (76.63 percent) and Ivano-Frankivsk (73.95 percent) regions.", 76.63, "Ternopil")]
    [TestCase("The highest turnout was in the Lviv (78.2 percent), Ternopil (76.63 percent) and Ivano-Frankivsk (73.95 percent) regions.", 73.95, "Ivano-Frankivsk")]
    [TestCase("More than a third of the deaths (394) were recorded in Al-Haouz, the epicentre of the quake, and in Taroudant (271) further south.", 271, "Taroudant")]
    public void FigureInParenthesesAfterAPlace_IsThatPlaces(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void APartOfTheWorld_PlacesItsOwnSentence_AndIsNotCarried()
    {
        var claims = Extracted.Claims("WASHINGTON (Reuters) - The Trump administration paused refugee admissions from 11 countries mostly in the Middle East and Africa.\n" +
                                      "A State Department official attributed the drop to a smaller annual refugee quota this year of 45,000, the lowest level in decades.");
        Assert.That(claims.Select(c => (c.Low, c.Location)), Is.EqualTo(new[] { (11.0, (string?)"Middle East and Africa"), (45000.0, "Washington") }), "the dateline places what the paragraph does not");
    }

    [Test]
    public void DistanceWithItsUnitLeftOut_TakesTheUnitTheDocumentGivesDistancesIn()
    {
        var claim = Figure("Two monitors were detained in Yenakiyeve (55 km northeast of Donetsk).\n" +
                           "Another team, upon receiving permission to enter the police building in Horlivka (43 northeast of Donetsk), was approached by five armed men.", 43);
        Assert.That((claim.Metric, claim.Unit, claim.Location, claim.MeasuredFrom), Is.EqualTo(("distance", "km", "Horlivka", "Ukraine > Donetsk region > Donetsk")));
    }

    [TestCase("In Teresopolis, 40 miles north of Rio, 223 people died and bodies had to be taken to a nearby church.", 223, "Teresopolis")]
    [TestCase("At a checkpoint near government-controlled Maiorsk (44km north of Donetsk) the SMM counted 370 vehicles waiting to enter the area.", 370, "Maiorsk")]
    [TestCase("The toll of the powerful earthquake that struck the province of Al Haouz, southwest of Marrakech last night, has reached 296 people killed.", 296, "Al Haouz")]
    public void PlaceADistanceIsMeasuredFrom_IsAReferencePoint_NotWhereTheFigureIs(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    [TestCase("Russian flags flooded Lenin Square in the centre of Crimea's capital Simferopol on Sunday as thousands rallied in support of Moscow's takeover.", 2000, "Simferopol")]
    [TestCase("Doug Jones, the Democrat who won a special election in the deeply Republican state of Alabama, took 49 percent of the vote.", 49, "Alabama")]
    public void PlaceNoun_IntroducesTheNameAfterIt(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    [TestCase("The clashes came as Russia moved 15 transport planes and 20 trains out of three provinces that border Ukraine, according to the defence ministry.", 3, "Russia")]
    [TestCase("The governor of the Belgorod region said that thousands of good people are coming to the Belgorod region, not only from southeastern Ukraine but also from its central region, escaping from the lawlessness of rebels who seized power in Kiev.", 2000, "Belgorod region")]
    [TestCase("On New Year’s Day, about 15,000 people took part in a torchlit procession through Kiev to mark the birth of wartime nationalist leader Stepan Bandera, who is honoured with statues in western Ukraine.", 15000, "Kiev")]
    // The Moscow Times, August 2014: the capital stands for the government that names the campaign.
    [TestCase("The press service of Ukraine's \"counterterrorist operation,\" as Kiev terms its campaign against the insurgents, on Tuesday released videos of four men who identify themselves on camera as Russian paratroopers.", 4, "Ukraine")]
    public void PlaceBorderedOrNamedInAClauseAboutSomeoneElse_IsNotTheFiguresPlace(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void ScopeOfAComparison_IsNotWhereTheFigureIs()
    {
        // CBS News, 8 July 2021: the collapse is in Surfside, the comparison is with U.S. history.
        var claim = Extracted.Claims("A 12-story residential building partially collapsed in Miami-Dade County. " +
                                     "If any of their remains are found in the building, the death toll could rise to as high as 99 people, making the fall of the " +
                                     "Champlain Towers one of the deadliest structural building failures in U.S. history.").Single(c => c.High == 99);
        Assert.That(claim.Location, Is.EqualTo("Miami-Dade County"));
    }

    // actualnewsmagazine after franceinfo, 24 March 2023: a part's place in brackets is the part's, for no figure outside them.
    [TestCase(3500000)]
    [TestCase(1045000)]
    public void PlaceOfAPartInBrackets_IsNotTheWholes(double low) =>
        Assert.That(Figure("Opponents were more numerous in many cities in France: 3.5 million according to figures from the CGT (including 800,000 " +
                           "in Paris) and nearly 1.1 million according to the Ministry of the Interior (including 119,000 in the capital).", low).Location,
            Is.EqualTo("France"));

    // After franceinfo, March 2023: "the capital" is the capital of the country the sentence names, when no story has set one yet.
    [Test]
    public void TheCapital_IsThatOfTheCountryTheSentenceNames() =>
        Assert.That(Figure("In France, nearly 1.1 million marched according to the Ministry of the Interior, including 119,000 in the capital.", 119000).Location,
            Is.EqualTo("Paris"));

    // FOX 35 Orlando, 2018: a university named as who studied, before its researchers, is no place the story is set in.
    [Test]
    public void InstitutionBeforeItsPeople_IsNoSetting()
    {
        var claim = Extracted.Claims("A study by Harvard University researchers finds that the death count from Hurricane Maria in Puerto Rico is far greater " +
                                     "than the official number of 64.\n\nThe study, published in the New England Journal of Medicine, finds at least 4,645 people " +
                                     "were killed when the vicious storm ravaged the island in the Caribbean in September 2017.").Single(c => c.Low == 4645);
        Assert.That(claim.Location, Is.EqualTo("Puerto Rico"), "carried from the sentence before, not the university");
    }

    // Baller Alert after ABC News, September 2017: the scope of a comparison does not move the story away from where its lede set it.
    [Test]
    public void ScopeOfAComparison_DoesNotCarryOverTheLedesPlace()
    {
        var claim = Extracted.Claims("While the worst of Hurricane Harvey has finally come to an end in Texas, many people are still suffering from the damages " +
                                     "that were caused by the deadly storm. Now, officials are struggling to assess the full damage caused by the storm as data is " +
                                     "pointing to Harvey being the second costliest storm in U.S. history. According to ABC News, Moody's Analytics predicts the " +
                                     "total cost of damage caused by Harvey to be at $108 billion in destruction.").Single(c => c.Low == 108e9);
        Assert.That(claim.Location, Is.EqualTo("Texas"));
    }

    // Reuters, 22 May 2014; Reuters, 5 December 2017.
    [TestCase("Ukraine's health ministry said 16 troops died in a firefight in the town of Volnovakha in the Donetsk region, in addition to one soldier killed in another attack in the neighbouring region of Luhansk.", 1, "Luhansk region")]
    [TestCase("Ukraine's health ministry said 16 troops died in a firefight in the town of Volnovakha in the Donetsk region, in addition to one soldier killed in another attack in the neighbouring region of Luhansk.", 16, "Volnovakha")]
    [TestCase("The debts include a loan exceeding $50 million for a historic property he redeveloped in downtown Washington, mortgages worth more than $55 million on a golf course in Florida, and a $25 million loan on a tower in Chicago.", 55000000, "Florida")]
    // Honolulu Star-Advertiser, 10 August 2023: a place right after another group ("some at Lahaina Harbor") is that group's.
    [TestCase("Preliminary reports were that the fire that tore through Maui claimed at least 36 lives, wounded nearly 30, forced some at Lahaina Harbor into the ocean to escape flames.", 36, "Maui")]
    // Daily Pakistan, 30 June 2015: 'whereas' opens a part of its own, with or without a comma.
    [TestCase("Death toll because of scorching heatwave has climbed to 1,659, out of which 1219 deaths are reported from various private and government hospitals of Karachi whereas 10 deaths are reported from other parts of Sindh.", 10, "Sindh")]
    public void PlaceInTheFiguresOwnPhrase_OutranksAMoreSpecificOneInAnotherFiguresPhrase(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    // CBS New York, 20 September 2017; Reuters, 3 November 2017; Reuters, 24 February 2022.
    [TestCase("At least 230 people were killed after the 7.1 magnitude quake struck central Mexico, toppling dozens of buildings, including a school in the capital of Mexico City.", 230, "central Mexico")]
    [TestCase("The U.S. House of Representatives on Friday approved legislation to continue a federal insurance program for millions of lower-income children.\nStill, 11 states, including Colorado, California, Utah, Ohio and Pennsylvania expect to exhaust their funding by the end of the year, according to the Kaiser Family Foundation.", 11, "United States")]
    [TestCase("On the ground, at least four people died, including two children, and six others were injured in Russian strikes on the town of Rubizhne, near Lugansk, in eastern Ukraine.", 4, "Rubizhne")]
    public void PlaceNamedAmongTheParts_IsNotWhereTheWholeIs(string sentence, double low, string place) =>
        Assert.That(Figure("WASHINGTON (Reuters) - " + sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void WhereAPersonIsFrom_IsNotCarriedToLaterSentences()
    {
        // Reuters, 10 December 2017.
        var claim = Figure("WASHINGTON (Reuters) - Republican U.S. Senator Susan Collins said on Sunday she has not yet decided whether she will back the final measure.\n" +
                           "The moderate Republican from Maine has laid out conditions for her support of a final version of the tax proposal.\n" +
                           "They include assurances that Republicans will support two separate health care bills aimed at reducing premium costs.", 2);
        Assert.That(claim.Location, Is.EqualTo("Washington"), "the dateline, not Maine, where the senator is from");
    }

    // AP via 1News, September 2019; VOA News, 11 September 2019.
    [TestCase("More than a week after Dorian smashed thousands of homes on the country's Grand Bahama and Abaco islands, the death toll stood at 50 and was expected to rise.", "Grand Bahama and Abaco islands")]
    [TestCase("Officials in the Bahamas say 2,500 people are listed as missing more than a week after Hurricane Dorian ravaged Abaco and Grand Bahama islands.", "Abaco and Grand Bahama islands")]
    public void NamesJoinedBeforeAPluralPlaceNoun_AreOneSetOfPlaces_InAnyOrder(string sentence, string place)
    {
        var claim = Extracted.Claims(sentence).Single(c => c.Metric is "killed" or "missing");
        Assert.That((claim.Location, claim.PlacePath), Is.EqualTo((place, "Abaco & Grand Bahama")));
    }

    [Test]
    public void APluralPlaceNounAfterOneModifier_NamesNoPlace()
    {
        // Reuters, 2017: a kind of district, not a named one.
        var claim = Figure("It is now one of nine Republican districts in California that Democrats have targeted.", 9);
        Assert.That(claim.Location, Is.EqualTo("California"));
    }

    [TestCase("Destructive wildfires in Maui, Hawaii have claimed at least 80 lives.", 80, "Maui")]
    [TestCase("The official death toll from the wildfires on Hawaii's Maui Island has risen to 55 as of early Friday.", 55, "Maui")]
    [TestCase("A single person killed 58 people at a music festival in Las Vegas, Nevada.", 58, "Las Vegas")]
    public void PlaceFollowedByWhereItLies_IsThePlace(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void WhereSomeoneIsFrom_IsNotWhereTheFigureIs() =>
        Assert.That(Figure("A truck attack on a bike path in Manhattan killed eight people on Tuesday.\n" +
                           "Five Argentine tourists, a Belgian woman, a New Yorker and a New Jersey man were killed.", 5).Location, Is.EqualTo("Manhattan"));

    // Associated Press, 1 November 2022; BBC, 24 February 2011.
    [TestCase("The dead included some 26 foreign nationals from Iran, China, Russia, the United States, Japan and elsewhere.", 26, "Itaewon")]
    [TestCase("Hundreds of foreign search and rescue specialists - from the US, UK, Japan, Singapore and Taiwan - arrived in the area.", 200, "Itaewon")]
    public void WhereACountedGroupComesFrom_IsNotWhereTheFigureIs(string sentence, double low, string place) =>
        Assert.That(Figure("A crowd surge in the Itaewon district killed 154 people on Saturday night.\n" + sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void ClauseOnTheFiguresOwnGroup_PlacesIt() =>
        Assert.That(Figure("Rutte asked for discussions with the 27 other EU member states, who did ratify the treaty in Brussels.", 27).Location, Is.EqualTo("Brussels"));

    [TestCase("Republicans hold a slim 52-48 majority in the Senate and are eager to maintain their advantage.", 52)]
    [TestCase("Advocates said the decision is likely to lead to the closure of dozens of resettlement offices around the country.", 24)]
    public void NationalBodyOrScope_PlacesTheFigureInTheCountryOfTheDateline_NotInAPlaceNamedInPassing(string sentence, double low)
    {
        // Reuters, 3 December 2017.
        var claim = Figure("WASHINGTON (Reuters) - Roy Moore led his Democratic opponent in a CBS News poll released on Sunday.\n" +
                           "Trump is slated to travel to a rally in Pensacola, Florida on Friday.\n" + sentence, low);
        Assert.That((claim.Location, claim.LocationFrom), Is.EqualTo(("United States", Provenance.Dateline)));
    }

    [Test]
    public void ExtentRightAfterTheFigure_BeatsAPlaceAnotherFigureIsGivenAt()
    {
        // US Free News, May 2019.
        var claims = Extracted.Claims("PARIS - Protesters marched in Paris on Saturday.\n" +
                                      "For comparison, last Saturday around 12.5 thousand people protested across the country, in Paris – 2.1 thousand.");
        Assert.That(claims.Where(c => c.Low is 11875 or 2100).Select(c => c.Location), Is.EqualTo(new[] { "France", "Paris" }));
        Assert.That(Figure("Before the Nov. 7 general election, Virginia Republicans held 66 seats to the Democrats' 34 in the House of Delegates.", 66).Location,
            Is.EqualTo("Virginia"), "a body's name is no extent");
    }

    [Test]
    public void Bengal_IsWestBengal_AndTheBayOfBengalIsNot()
    {
        Assert.That(Figure("Three railway staff members were among eight people killed in a train collision in Bengal.", 8).PlacePath, Is.EqualTo("India > West Bengal"));
        Assert.That(Figure("The cyclone formed in the Bay of Bengal and killed 33 people.", 33).PlacePath, Is.EqualTo("Bay of Bengal"));
    }

    [Test]
    public void GroupAFigureCounts_PlacesItEvenWhenTheGroupIsWhoSpeaks()
    {
        // Reuters, 3 December 2017: the Republicans who "say" are the counted group, not a source named by its place.
        var claim = Figure("Republican lawmakers in Washington have distanced themselves from Moore.\n" +
                           "According to the CBS poll, 71 percent of Alabama Republicans say the allegations against Moore are false.", 71);
        Assert.That((claim.Location, claim.Claimant), Is.EqualTo(("Alabama", "CBS")));
    }

    [Test]
    public void SentenceWithoutAPlace_TakesThePlaceTheDocumentKeepsReturningTo()
    {
        var claim = Figure(
            "Refugee admissions to the United States fell sharply this year.\n" +
            "Officials in the United States said vetting had been tightened.\n" +
            "Some of the refugees came from camps in Iran.\n" +
            "In the five weeks after the ban was lifted, just 15 refugees from those countries were allowed in.", 15);
        Assert.That(claim.Location, Is.EqualTo("United States"));
    }

    [TestCase("Until this year, Idaho had four resettlement offices - three in Boise and one in Twin Falls, said Jan Reeves.", 4, "Idaho")]
    [TestCase("Until this year, Idaho had four resettlement offices - three in Boise and one in Twin Falls, said Jan Reeves.", 3, "Boise")]
    [TestCase("Until this year, Idaho had four resettlement offices - three in Boise and one in Twin Falls, said Jan Reeves.", 1, "Twin Falls")]
    [TestCase("Two federal appeals courts, one in Washington and one in Virginia, last week rejected the administration's request.", 1, "Virginia")]
    [TestCase("The state's health and civil defense department reported 58 fatalities in the town of Petropolis and 19 in Sumidouro.", 19, "Sumidouro")]
    // Beside Alabama and North Carolina, Georgia is the U.S. state, by its listed name.
    [TestCase("Their target list of 91 districts includes one each in Alabama, Arkansas and Kentucky, two in Georgia and four in North Carolina.", 2, "Georgia (U.S. state)")]
    public void PlaceRightAfterAnotherFigure_IsThatFiguresOnly(string sentence, double low, string place) =>
        Assert.That(Extracted.Claims(sentence).Last(c => c.Low == low).Location, Is.EqualTo(place));

    [Test]
    public void EndsOfARoute_AreNotWhereTheFigureIs_NorCarried()
    {
        // CBS News, 17 June 2024: the crash is in West Bengal; the train was going between two other states.
        var claims = Extracted.Claims(
            "At least eight people were killed when a freight train slammed into a passenger train Monday in the eastern Indian state of West Bengal.\n\n" +
            "The Kanchanjunga Express was travelling from Silchar in Assam state to Sealdah in Kolkata when the collision occurred.\n\n" +
            "Officials later raised the confirmed death toll to eight.");
        Assert.That(claims.Select(c => c.Location), Is.All.EqualTo("West Bengal"));
    }

    [TestCase("A ferry sailing from Incheon to the southern resort island of Jeju sank with 459 on board.", 459)]
    [TestCase("The plane, en route from Amsterdam to Kuala Lumpur, carried nearly 200 Dutch citizens.", 190)]
    public void EndsOfARoute_PlaceNoFigureInTheirSentence(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Location, Is.Null);

    [Test]
    public void DistanceFromTheOnlyPlaceItsSentenceNames_LocatesThePlaceThePassageIsAbout()
    {
        // Reuters, 22 May 2014: the attack is in Volnovakha; Donetsk is what it is measured from.
        var claim = Figure(
            "Ukraine's health ministry said 16 troops died in a firefight in the town of Volnovakha in the Donetsk region.\n" +
            "The attack happened about 20 kilometres south of the industrial hub of Donetsk, which is now in the hands of separatists.", 20);
        Assert.That((claim.Location, claim.LocationFrom), Is.EqualTo(("Volnovakha", Provenance.Paragraph)));
    }

    [Test]
    public void NamedSiteTheLexiconDoesNotList_LiesInTheCityTheHeadlineNames()
    {
        var claim = Extracted.Claims("Mumbai stampede: no help came\n\nAt least 27 people were killed in a stampede on the foot overbridge at Elphinstone Road railway station on Friday.")
            .Single(c => c.Low == 27);
        Assert.That((claim.Location, claim.PlacePath), Is.EqualTo(("Elphinstone Road", "India > Maharashtra > Mumbai > Elphinstone Road")));
    }

    [Test]
    public void SiteNamedWithItsCitysPossessive_LiesInThatCity() =>
        Assert.That(Figure("Twenty-two people were killed in a stampede on a footbridge at Mumbai's Elphinstone Road station on Friday.", 22).PlacePath,
            Is.EqualTo("India > Maharashtra > Mumbai > Elphinstone Road"));

    [TestCase("\"In the second half of this year, the United States will provide the Ukrainian government an additional loan of $1 billion,\" Toloui said.", 1e9, "Ukraine")]
    [TestCase("The United States has imposed visa restrictions on Ukrainian officials in the wake of allegations that two protesters were shot and killed by security forces.", 2, "Ukraine")]
    public void CountryThatActs_SaysWhoseWeakly_NotWhereTheFigureIs(string sentence, double low, string place) =>
        Assert.That(Figure("The government in Ukraine faces a debt crisis.\n" + sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void CountryThatActs_DoesNotCarryToLaterSentences()
    {
        // BBC, 19 February 2014: Glazyev's claim about the US, then the day's toll in Kiev.
        var claim = Figure(
            "Thousands of opposition activists marched on parliament in Kiev.\n" +
            "Sergei Glazyev said the US was spending $20m a week on opposition groups.\n" +
            "At least three protesters died in the violence.", 3);
        Assert.That(claim.Location, Is.EqualTo("Kiev"));
    }

    [Test]
    public void SentenceNamingACountryActedOnAndAPlace_IsSetInThePlace()
    {
        // BBC, 6 February 2014: the US is accused; Ukraine is where the story is.
        var claim = Figure(
            "A senior adviser to Russian President Vladimir Putin has accused the US of meddling in Ukraine, in breach of a 1994 agreement over non-intervention.\n" +
            "Sergei Glazyev said the US was spending $20m a week on opposition groups.", 20e6);
        Assert.That(claim.Location, Is.EqualTo("Ukraine"));
    }

    // AP, 3 June 2023; AFP, 13 January 2011; Reuters, 5 May 2024; BBC, 24 February 2011.
    [TestCase("More than 900 people were injured after a passenger train derailed in Odisha, about 137 miles southwest of Kolkata.\n" +
              "Some of the debris from the crash scattered onto another track, causing at least three cars from a second passenger train to derail as well.", 3, "Odisha")]
    [TestCase("The official death toll has been put at 495 in the Serrana region, north of the city of Rio.\nMore than 13,500 people have been left homeless.", 13500, "Serrana region")]
    [TestCase("Floods hit Rio Grande do Sul, which borders Uruguay and Argentina.\nMore than 400,000 people were without power on Sunday evening, authorities said.", 400000, "Rio Grande do Sul")]
    [TestCase("The quake struck Christchurch on Tuesday.\nForeign specialists - from the US, UK, Japan and Taiwan - have arrived in the city.\n" +
              "The missing include dozens of Japanese, Chinese and Filipino nationals who were studying at the language school.", 24, "Christchurch")]
    public void PlaceNamedAside_AReferencePointABorderAnOriginOrOneOfAList_DoesNotSetLaterSentences(string text, double low, string place) =>
        Assert.That(Figure(text, low).Location, Is.EqualTo(place));

    [Test]
    public void FigureForPlacesNamedTogether_IsThemAll_ComparedAsThePlaceThatHoldsThem()
    {
        // Seed 001; AFP, 19 November 2018.
        var rallies = Figure("Dozens of people were arrested in the evening during rallies against the invasion of Ukraine organized in Moscow and Saint Petersburg.", 24);
        Assert.That((rallies.Location, rallies.PlacePath), Is.EqualTo(("Moscow and Saint Petersburg", "Russia")));
        Assert.That(Figure("Last year, Cyclone Ockhi left nearly 250 people dead in Tamil Nadu and Kerala states.", 237.5).PlacePath, Is.EqualTo("India"));
        // New Delhi Times (WHO), November 2014: countries nothing holds together are compared as that set, in any order.
        var ebola = Figure("The World Health Organization said that Ebola has claimed 5,147 lives in Guinea, Liberia and Sierra Leone till now.", 5147);
        Assert.That((ebola.Location, ebola.PlacePath), Is.EqualTo(("Guinea, Liberia and Sierra Leone", "Guinea & Liberia & Sierra Leone")));
        Assert.That(Figure("The WHO said almost all cases and all but 15 deaths have been in Guinea, Sierra Leone and Liberia, which reported 600 new cases.", 600).PlacePath,
            Is.EqualTo("Guinea & Liberia & Sierra Leone"));
        // "respectively" pairs each figure with one place.
        Assert.That(Figure("Most of the deaths were reported in the cities of Nova Friburgo and Teresopolis, with 302 and 276 fatalities, respectively.", 302).Location,
            Is.Not.EqualTo("Nova Friburgo and Teresopolis"));
    }

    [Test]
    public void HeadlineFigureNothingPlaces_IsWhereTheLedeSetsTheStory()
    {
        // The Tribune (PTI), 5 June 2023.
        var claims = Extracted.Claims("187 bodies not identified yet, toll revised to 275\n\nBalasore, June 4\n\n" +
                                      "The Odisha Government on Sunday revised the death toll in the three-train crash on Friday to 275 from 288.",
            title: "187 bodies not identified yet, toll revised to 275");
        var headline = claims.First(c => c.Low == 187);
        Assert.That((headline.Location, headline.LocationFrom), Is.EqualTo(("Balasore", Provenance.Lede)));
    }

    [Test]
    public void PossessivePlaceBeforeAPlaceNounAndItsAdjectives_PlacesTheFigure()
    {
        // AP, 24 June 2015: the article is set in Pakistan; the doctor works in Karachi.
        var claim = Figure("Pakistan's largest charity said its morgue was full.\nSemi Jamali, a doctor at Karachi's largest hospital, said they had treated about 3,000 patients.", 2850);
        Assert.That(claim.Location, Is.EqualTo("Karachi"));
    }

    [Test]
    public void CountryBeforeAPastTense_StaysWhereTheFigureIs() =>
        Assert.That(Figure("The clashes came as Russia moved 15 transport planes out of three provinces.", 15).Location, Is.EqualTo("Russia"));

    // Reuters, 1 November 2017; Reuters, 17 May 2014.
    [TestCase("(Reuters) - A New Jersey man who worked at the World Trade Center, a young New Yorker, a Belgian mother of two, and five Argentines celebrating " +
              "their high school graduation 30 years ago were killed in the truck attack on a New York City bike path.", 5, "New York City")]
    [TestCase("The bodies of the last two missing miners who were killed at a coal mine in western Turkey have been located, raising the death toll of the disaster to 301.", 301, "western Turkey")]
    public void PlaceInARelativeClauseAboutSomeoneElse_IsNotTheFigures_UnlessTheClauseTellsWhereTheEventHappened(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    [Test]
    public void PlaceTheSentenceOpensIn_IsNotPartOfItsSource()
    {
        // Reuters, 24 May 2014: no comma after the opening place.
        var claim = Figure("In Luhansk Ukrainian border guards said they had fought off an attempt by dozens of separatists, armed with grenade launchers and rifles, " +
                           "to enter the region from Russia.", 24);
        Assert.That((claim.Location, claim.Claimant), Is.EqualTo(("Luhansk", "Ukraine")));
    }

    [TestCase("Collins said both leaders will not allow a 4 percent cut in Medicare payments to take effect.", 4)]
    [TestCase("At least 24 players kneeling this weekend at NFL stadiums that are now having a very hard time filling up.", 24)]
    [TestCase("Excluding hurricane effects, CEA estimates that real GDP growth would have been 3.9% in Q3.", 3.9)]
    public void NamesThatAreNoPlaces_PlaceNothing(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Location, Is.Null);

    // AP via KBTX, 15 November 2013; Philstar (AFP), 29 October 2022: where a source spoke is not where its figure is, when the
    // sentence names that too.
    [TestCase("In a briefing Thursday at U.N. headquarters in New York, Associate Spokesman Farhan Haq said the latest count was 4,460 people killed, and that the figure came from officials in the Philippines.", 4460, "Philippines")]
    [TestCase("National civil defense chief Rafaelito Alejandro also confirmed the lower figure at a news conference in Manila, saying 40 bodies were recovered from the disaster in the southern region of Mindanao.", 40, "Mindanao")]
    public void WhereASourceSpoke_GivesWayToWhereTheFigureIs(string sentence, double low, string place) =>
        Assert.That(Figure(sentence, low).Location, Is.EqualTo(place));

    // The Times, 10 June 2019: the agent of a passive is who acted, not where the figure is.
    [Test]
    public void PlaceAfterAPassivesBy_IsWhoActed_NotWhere() =>
        Assert.That(Figure("Huge Hong Kong crowd fights China clampdown\n\nThe organisers put the turnout at 1.3 million people, which would make it the largest political protest " +
                           "since the territory was handed back by Britain in 1997 under an agreement that was meant to protect democratic freedoms.", 1.3e6).Location,
            Is.EqualTo("Hong Kong"));

    // AP via CBS News, 19 October 2017: a place before a clause holding another figure is where that figure's event was.
    [TestCase(29, "Los Angeles")]
    [TestCase(25, "Oakland")]
    public void PlaceOfAnotherFiguresEvent_IsThatFigures(double low, string place) =>
        Assert.That(Figure("A 1993 Los Angeles fire that killed 29 people was the deadliest single blaze, followed by a 1991 fire in Oakland that killed 25.", low).Location,
            Is.EqualTo(place));
}
