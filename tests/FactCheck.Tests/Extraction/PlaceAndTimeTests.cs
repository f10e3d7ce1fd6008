using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Where and when a figure is, read from its sentence, else from the paragraph, dateline or headline.</summary>
public sealed class PlaceAndTimeTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);
    private static readonly DateOnly Published = new(2024, 5, 10);

    private static IReadOnlyList<Claim> Extract(string text) => Extractor.Extract(Some.Document(text, published: Published));

    [Test]
    public void FigureAboutAnotherYear_TakesThatYear_NotTheDocumentsDate()
    {
        var claims = Extract("Floods in Brennick last year killed nine people. A similar march in Ardmoor in 2023 drew 3,000.");
        var floods = claims.Single(c => c.Low == 9);
        var march = claims.Single(c => c.Low == 3000);
        Assert.Multiple(() =>
        {
            Assert.That((floods.AssertedOn, floods.AsOfPrecision, floods.AsOfText), Is.EqualTo((new DateOnly(2023, 1, 1), "year", "last year")));
            Assert.That((march.AssertedOn, march.AsOfPrecision, march.AsOfText), Is.EqualTo((new DateOnly(2023, 1, 1), "year", "in 2023")));
            Assert.That(march.Location, Is.EqualTo("Ardmoor"));
            Assert.That(claims.Any(c => c.Low == 2023), Is.False, "a year is not a count");
        });
    }

    // The Epoch Times, August 2023; Reuters, 6 December 2017.
    [TestCase("It is the state's deadliest natural disaster since a 1960 tsunami killed 61 people on the Big Island.", 61, 1960)]
    [TestCase("Jones prosecuted the Ku Klux Klan members convicted of a 1963 church bombing in Birmingham that killed four young girls.", 4, 1963)]
    public void YearOnAnEventsNoun_DatesTheEventsFigures(string sentence, double low, int year)
    {
        var claim = Extract(sentence).Single(c => c.Low == low);
        Assert.That((claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo((new DateOnly(year, 1, 1), "year")));
    }

    [Test]
    public void DatelinesDate_IsWhenTheReportWasFiled_NotTheFiguresDate()
    {
        // UrduPoint (APP), 13 January 2019, a Sunday: the marches were on Saturday.
        var claim = Extractor.Extract(Some.Document("Paris, (UrduPoint / Pakistan Point News, app - 13th Jan, 2019 ) :Around 84,000 protesters turned out for the ninth round of \"yellow vest\" rallies across France on Saturday, the interior ministry said.",
            published: new DateOnly(2019, 1, 13))).Single(c => c.Low < 84000 && c.High > 84000);
        Assert.That((claim.AssertedOn, claim.AsOfText), Is.EqualTo(((DateOnly?)new DateOnly(2019, 1, 12), (string?)"on Saturday")));
    }

    [Test]
    public void RunningTotal_IsAsOfTheDayItIsGiven_NotOfTheDayTheEventStruck()
    {
        // A report of 8 July 2021 on the Surfside collapse of 24 June.
        var claim = Extractor.Extract(Some.Document("Ten more bodies were recovered, raising to 64 the death toll from the June 24 implosion of the Champlain Towers South complex, said Miami-Dade Mayor Daniella Levine Cava.",
            published: new DateOnly(2021, 7, 8))).Single(c => c.Low == 64);
        Assert.That((claim.AssertedOn, claim.AsOfText), Is.EqualTo(((DateOnly?)new DateOnly(2021, 7, 8), (string?)null)));
    }

    [Test]
    public void LastWeekday_IsTheOneBeforeThisWeeks()
    {
        // A report written on Saturday 1 June 2019 about that day's yellow-vest marches, comparing with the week before.
        var claims = Extractor.Extract(Some.Document("Police said 9,500 people marched on Saturday. For comparison, last Saturday around 12,500 people marched.",
            published: new DateOnly(2019, 6, 1)));
        Assert.That(claims.Select(c => (c.AssertedOn, c.AsOfText)),
            Is.EqualTo(new[] { ((DateOnly?)new DateOnly(2019, 6, 1), (string?)"on Saturday"), (new DateOnly(2019, 5, 25), "last Saturday") }));
    }

    [Test]
    public void DateInAWithPhraseOfAnotherFigure_IsThatFigures()
    {
        // Geo News, Thursday 27 June 2024: the six days' total is as of the report; Tuesday is the peak day's.
        var claims = Extractor.Extract(Some.Document("Over the past six days, they collected a total of 568 bodies, with a single day, Tuesday, seeing a peak of 141 deaths.",
            published: new DateOnly(2024, 6, 27)));
        Assert.That(claims.Select(c => (c.Low, c.AsOfText)), Is.EqualTo(new[] { (568d, (string?)null), (141d, "Tuesday") }));
    }

    [Test]
    public void TwoWeekdaysJoined_DateTheCountToTheLater()
    {
        // Dawn, Monday 22 June 2015.
        var claim = Extractor.Extract(Some.Document("Earlier, it was reported that 30 people had died in ASH on Saturday and Sunday.",
            published: new DateOnly(2015, 6, 22))).Single();
        Assert.That((claim.AssertedOn, claim.AsOfText), Is.EqualTo(((DateOnly?)new DateOnly(2015, 6, 21), (string?)"on Saturday and Sunday")));
    }

    [Test]
    public void RelativeDateInThePossessive_DatesWhatItNames_ButATollGivenOnAnotherDayIsOfThatDay()
    {
        // Reuters, 10 December 2017; Euronews, 22 September 2017.
        var election = Extractor.Extract(Some.Document("Alabama voters went strongly for Trump in last year’s presidential election, favoring him by 62 percent to 34 percent.",
            published: new DateOnly(2017, 12, 10))).Single(c => c.Low == 62);
        var toll = Extractor.Extract(Some.Document("Rescue workers from around the world kept digging Thursday for possible survivors of this week's central Mexican earthquake as authorities said the number of deaths had risen to 273.",
            published: new DateOnly(2017, 9, 22))).Single(c => c.Low == 273);
        Assert.Multiple(() =>
        {
            Assert.That((election.AssertedOn, election.AsOfPrecision, election.AsOfText), Is.EqualTo((new DateOnly(2016, 1, 1), "year", "last year’s")));
            Assert.That((toll.AssertedOn, toll.AsOfText), Is.EqualTo((new DateOnly(2017, 9, 21), "Thursday")));
        });
    }

    [TestCase("The International Organization for Migration said that as of September, at least 1,162 people were killed.", 1162, "September")]
    [TestCase("A poll taken at the end of November also showed 49 percent opposed to the plan.", 49, "November")]
    [TestCase("\"In the last two weeks of February around 143,000 people have applied.", 143000, null)]
    public void MonthAfterOf_DatesTheFigure_UnlessItEndsASpan(string sentence, double low, string? words) =>
        Assert.That(Extract(sentence).Single(c => c.Low <= low && c.High >= low).AsOfText, Is.EqualTo(words));

    [Test]
    public void DateRightAfterAnEarlierValue_IsThatValuesAlone()
    {
        // AFP via UrduPoint, 13 January 2019 (a Sunday here: published 2024-05-12).
        var claims = Extractor.Extract(Some.Document(
            "Around 84,000 protesters turned out for the ninth round of rallies across France on Saturday, up from 50,000 the previous week, " +
            "the interior ministry said, adding that 244 people were detained.", published: new DateOnly(2024, 5, 12)));
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 50000).AsOfText, Is.EqualTo("the previous week"));
            Assert.That(claims.Single(c => c.Low == 244).AsOfText, Is.EqualTo("on Saturday"));
            Assert.That(claims.Single(c => c.Low < 84000 && c.High > 84000).AsOfText, Is.EqualTo("on Saturday"));
        });
    }

    [Test]
    public void LaterFigureOfTheStorysEvent_TakesTheDayItsLedeGives()
    {
        // AP, 9 May 2014, published the next day here: the lede names the day once.
        var claims = Extractor.Extract(Some.Document(
            "Fierce fighting between Ukrainian government forces and pro-Russia protesters Friday in Mariupol killed seven people.\n" +
            "Mariupol is a city of 500,000 on the Sea of Azov.\n" +
            "Ukrainian Interior Minister Arsen Avakov said about 60 gunmen attacked the police station in fighting that killed one policeman.\n" +
            "So far, 20 people have died in the fighting, officials said.", published: new DateOnly(2014, 5, 10)));
        Assert.Multiple(() =>
        {
            var policeman = claims.Single(c => c.Low == 1);
            Assert.That((policeman.AsOfText, policeman.AsOfFrom, policeman.AssertedOn), Is.EqualTo(("Friday", Provenance.Lede, new DateOnly(2014, 5, 9))));
            Assert.That(claims.Single(c => c.Low == 500000).AsOfText, Is.Null, "a population is no event's");
            Assert.That(claims.Single(c => c.Low == 20).AsOfText, Is.Null, "a running total is as of the report");
        });
    }

    [TestCase("U.S. Attorney General Jeff Sessions on Wednesday ordered a review of a government database, after a man who killed 26 people in a Texas church was left off the system.", 26)]
    [TestCase("Trump, who will stop in five Asian countries on his first visit to the region as president, will arrive in Beijing on Nov. 8.", 5)]
    // Reuters, 3 November 2017; a court report of the kind wires file after an attack.
    [TestCase("The sister of the Uzbek immigrant accused of killing eight people in New York said her brother might have been brainwashed and appealed to U.S. President Donald Trump on Friday.", 8)]
    [TestCase("A man charged with killing 50 people at two mosques appeared in court on Saturday.", 50)]
    public void FigureInAClauseOnSomeone_IsNotDatedByAnotherVerbsDate(string sentence, double low)
    {
        var claim = Extract(sentence).Single(c => c.Low == low);
        Assert.That((claim.AsOfText, claim.AsOfFrom), Is.EqualTo(((string?)null, Provenance.Publication)));
    }

    [Test]
    public void FigureInAClauseOnAnEvent_IsDatedByThePossessiveDateThatNamesIt()
    {
        // Reuters, 6 December 2017.
        var claim = Extractor.Extract(Some.Document("Bill supporters also pointed to last month’s Texas shooting, where a man fired his rifle on a fleeing gunman who had just killed 26 worshippers at a church.",
            published: new DateOnly(2017, 12, 6))).Single(c => c.Low == 26);
        Assert.That((claim.AsOfText, claim.AssertedOn), Is.EqualTo(("last month’s", new DateOnly(2017, 11, 1))));
    }

    [Test]
    public void AfterClauseDate_IsWhenACountSoFarBegan_ButDatesDeathsToldInThePast()
    {
        // ABC News, 1 July 2021; The Washington Post, 30 October 2022.
        var since = Extractor.Extract(Some.Document("At least 18 people are dead and 145 others remain unaccounted for after a 12-story residential building partially collapsed in South Florida's Miami-Dade County last week, officials said.",
            published: new DateOnly(2021, 7, 1)));
        Assert.That(since.Select(c => c.AsOfText), Is.All.Null);
        var then = Extractor.Extract(Some.Document("At least 146 people died and at least 150 more were injured after an apparent crowd crush during Halloween celebrations in the Itaewon area of Seoul on Saturday night.",
            published: new DateOnly(2022, 10, 30)));
        Assert.That(then.Select(c => c.AsOfText), Is.All.EqualTo("on Saturday night"));
    }

    [Test]
    public void TollGivenOnADay_IsAsOfThatDay_NotOfTheDateNamingTheEvent()
    {
        // The Tribune (PTI), 5 June 2023.
        var revised = Extractor.Extract(Some.Document("The Odisha Government on Sunday revised the death toll in the three-train crash on Friday to 275 from 288.",
            published: new DateOnly(2023, 6, 5))).First(c => c.Low == 275);
        Assert.That((revised.AssertedOn, revised.AsOfFrom), Is.EqualTo(((DateOnly?)new DateOnly(2023, 6, 4), Provenance.Statement)));
        var attack = Extractor.Extract(Some.Document("Police said on Monday that the attack on Friday killed 12 people.", published: new DateOnly(2023, 6, 6))).Single();
        Assert.That(attack.AssertedOn, Is.EqualTo(new DateOnly(2023, 6, 2)), "an event's toll with no measure named is of the event's day");
    }

    [Test]
    public void DateRightAfterALaterFigure_IsThatFigures()
    {
        // AP, 26 June 2024; Reuters, 2017.
        var claims = Extractor.Extract(Some.Document("The Edhi ambulance service reported collecting 568 bodies over the past six days, with 141 on Tuesday alone.",
            published: new DateOnly(2024, 6, 27)));
        Assert.That(claims.Select(c => (c.Low, c.AsOfText)), Is.EqualTo(new[] { (568d, (string?)null), (141d, "on Tuesday") }));
        var shares = Extract("Shares of Time Warner closed up 2.1 percent at $89.56 on Tuesday.").First(c => c.Low == 2.1);
        Assert.That(shares.AsOfText, Is.EqualTo("on Tuesday"), "a figure in the same phrase shares the date");
    }

    [Test]
    public void FigureInsideAnAllegation_KeepsTheDateInsideIt()
    {
        var claim = Extract("Police arrested a man suspected of killing three people on Sunday.").Single(c => c.Low == 3);
        Assert.That(claim.AsOfText, Is.EqualTo("on Sunday"));
    }

    [Test]
    public void LedeDayAWeekOld_IsNotCarried()
    {
        var claims = Extractor.Extract(Some.Document(
            "An earthquake on May 1 killed 30 people in the province.\nRescuers said 12 people were injured in the earthquake.", published: new DateOnly(2024, 5, 10)));
        Assert.That(claims.Single(c => c.Low == 12).AsOfFrom, Is.EqualTo(Provenance.Publication));
    }

    [TestCase("At least 313,000 Rohingya have fled to Bangladesh since Aug. 25, when insurgents attacked police posts.", 313000)]
    [TestCase("A dozen more people were injured in the city's bloodiest single attack since Sept. 11, 2001.", 12)]
    [TestCase("The CBO said the number of Americans with health insurance would fall by 13 million by 2027 under the bill.", 13000000)]
    [TestCase("Since the probe began in May, the special counsel has charged four people, two of whom have pleaded guilty.", 4)]
    [TestCase("The two men have met face-to-face six times since Trump was elected U.S. president a year ago.", 6)]
    [TestCase("So far this year, 14,412 people have died and 29,277 have been injured in firearm-related incidents in the United States.", 14412)]
    // CBS, 1 July 2021; Reuters, 19 September 2023: the toll is today's, the collapse or the storm was earlier.
    [TestCase("At least 18 people are dead and 145 are unaccounted for after a 12-story building partially collapsed last week.", 18)]
    [TestCase("The death toll from floods in eastern Libya surged past 11,300 people, after a storm slammed into the nation a week ago.", 11300)]
    [TestCase("The two men have met face-to-face six times since Trump was elected U.S. president a year ago and had 16 telephone calls.", 16)]
    public void DateThatBoundsASpan_IsNotTheFiguresDate_TheReportsIs(string text, double low)
    {
        var claim = Extract(text).Single(c => c.Low == low);
        Assert.That((claim.AssertedOn, claim.AsOfFrom), Is.EqualTo((Published, Provenance.Publication)));
    }

    [Test]
    public void FigureInsideTheClauseThatIsDated_KeepsThatDate()
    {
        // Reuters, 20 November 2017.
        var claim = Extract("The United States offered Temporary Protected Status to Haitians after the January 2010 earthquake killed some 300,000 people.").Single(c => c.Low == 285000);
        Assert.That((claim.AsOfText, claim.AsOfFrom), Is.EqualTo(("January 2010", Provenance.Sentence)));
    }

    [TestCase("Pakistan is estimated to have suffered losses of $4 billion as a result of climate-related disasters between 1998 and 2018.", 4e9, 2018, "between 1998 and 2018")]
    [TestCase("The program was extended 17 times from 2008 to 2012 and lapsed four times in that period.", 17, 2012, "from 2008 to 2012")]
    [TestCase("The floods killed about 300 people in 2010-2012, officials said.", 285, 2012, "in 2010-2012")]
    public void FigureOverASpanOfYears_IsAsOfItsLastYear(string text, double low, int year, string words)
    {
        var claim = Extract(text).Single(c => c.Low == low);
        Assert.That((claim.AssertedOn, claim.AsOfPrecision, claim.AsOfText), Is.EqualTo((new DateOnly(year, 1, 1), "year", words)));
    }

    [TestCase("Twelve other people were injured in Tuesday's attack in lower Manhattan by an Uzbek immigrant.", 12, 2024, 5, 7)]
    [TestCase("Tuesday's 7.1-magnitude earthquake killed 19 children and six adults, including a woman whose body was pulled from the wreckage on Thursday morning.", 19, 2024, 5, 7)]
    public void WeekdayInThePossessive_DatesWhatItNames(string text, double low, int year, int month, int day)
    {
        var claim = Extract(text).Single(c => c.Low == low);
        Assert.That((claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo((new DateOnly(year, month, day), "day")));
    }

    [TestCase("18:56 - At least 31 people have died in a fire at a trade union building in Odessa's city center, according to Ukraine's interior ministry.", 31, "Odessa")]
    [TestCase("A ferry carrying 475 people sank off South Korea's southern coast on Wednesday.", 475, "South Korea")]
    [TestCase("Russian flags flood Crimean capital as thousands back takeover by Russia. At least 3,000 rallied in support of Moscow's takeover in Simferopol.", 3000, "Simferopol")]
    [TestCase("Twelve other people were injured in Tuesday's attack in lower Manhattan by an Uzbek immigrant.", 12, "lower Manhattan")]
    public void PossessivePlace_PlacesTheFigure_WhenAPlaceNounFollows_ElseOnlyWeakly(string text, double low, string place) =>
        Assert.That(Extract(text).First(c => c.Low == low).Location, Is.EqualTo(place));

    [Test]
    public void PossessiveCountry_SaysWhose_TheDatelineInsideItSaysWhere()
    {
        var claim = Extract("DONETSK, Ukraine — Deep strains emerged Thursday in the ranks of Ukraine's pro-Moscow insurgents as dozens turned in their weapons.")
            .Single(c => c.Low == 24);
        Assert.That((claim.Location, claim.LocationFrom), Is.EqualTo(("Donetsk", Provenance.Dateline)));
    }

    [Test]
    public void PlaceBeforeAGroupNoun_PlacesTheGroup() =>
        Assert.That(Extract("Before the Nov. 7 general election, Virginia Republicans held 66 seats to the Democrats' 34 in the House of Delegates.")
            .First(c => c.Low == 66).Location, Is.EqualTo("Virginia"));

    [Test]
    public void CurrencyWrittenInLetters_IsNoPlace() =>
        Assert.That(Extract("Officials said over 531 people had been compensated amounting to around Rs 15.6 crores.").Select(c => c.Location), Has.None.EqualTo("Rs"));

    [Test]
    public void PlaceInsideALongerName_IsNoPlace() =>
        Assert.That(Extract("\"Twenty-five people are injured,\" Abhishek Roy, Additional Superintendent of Police for the Darjeeling Police District, told reporters.")
            .First(c => c.Low == 25).Location, Is.Not.EqualTo("Darjeeling"));

    // New Zealand Police, March 2011; Washington Post, October 2022: a place that names its event is where the figure is.
    [TestCase("The names of two more victims of the Christchurch Earthquake will be released publicly tomorrow morning.", 2, "Christchurch")]
    [TestCase("At least 146 dead in Seoul Halloween crowd crush", 146, "Seoul")]
    public void PlaceNamingItsEvent_PlacesTheFigure(string text, double low, string place) =>
        Assert.That(Extract(text).First(c => c.Low == low).Location, Is.EqualTo(place));

    [Test]
    public void DateOnTheReportingVerb_IsWhenTheStatementWasMade_NotWhatTheFigureIsAbout()
    {
        var claim = Extract("Armenia regrets the latest spate of violence in Ukraine resulting in dozens of victims, a Foreign Ministry spokesman said on Wednesday.")
            .Single(c => c.Low == 24);
        Assert.That((claim.AsOfText, claim.AsOfFrom, claim.AssertedOn), Is.EqualTo(((string?)null, Provenance.Statement, new DateOnly(2024, 5, 8))));
    }

    [Test]
    public void DateOnTheReportingVerb_InAStoryWithNoDate_IsAllThatDatesTheFigure()
    {
        // Reuters, September 2023 (a copy with no date line).
        const string text = "Morocco's deadliest earthquake in decades has killed at least 820 people, officials said Saturday.";
        var undated = Some.Document(text) with { Published = null, Sections = [new FactCheck.Ingestion.DocumentSection(0, text.Length, null, null, null)] };
        var claim = Extractor.Extract(undated).Single(c => c.Low == 820);
        Assert.That((claim.AsOfText, claim.AsOfFrom), Is.EqualTo(("Saturday", Provenance.Statement)));
    }

    [TestCase("From all countries, 1,469 refugees were admitted to the United States in the five weeks between Oct. 25 and Nov. 28.", 1469)]
    [TestCase("Seventeen Ukrainian soldiers were killed in clashes with pro-Russian separatists, three days before a presidential election.", 17)]
    [TestCase("By 2025, coal-fired power plant capacity will dip to 226,380 MW, down about 30 percent from 2011.", 30)]
    public void SpanBoundsAndDistancesFromEvents_AreNoFiguresOwnDate(string sentence, double low) =>
        Assert.That(Extract(sentence).First(c => c.Low <= low && c.High >= low).AsOfText, Is.Not.EqualTo("Oct. 25").And.Not.EqualTo("three days before").And.Not.EqualTo("2011"));

    [TestCase("Yet he has also been criticized for leading the rebel withdrawal last weekend from the eastern city of Slovyansk, 110 kilometres north of Donetsk.", 110)]
    [TestCase("Fighting exploded Friday in Mariupol, a city of 500,000 on the Sea of Azov.", 500000)]
    [TestCase("There were varying accounts of Friday's violence in Mariupol, a city of a half-million people that also was hit by unrest last month.", 500000)]
    public void DistanceBetweenPlacesOrAPopulation_HoldsWhateverTheDay_SoTakesNoDateFromItsSentence(string sentence, double low)
    {
        var claim = Extract(sentence).Single(c => c.Low == low);
        Assert.That((claim.AsOfText, claim.AsOfFrom), Is.EqualTo(((string?)null, Provenance.Publication)));
    }

    [Test]
    public void LengthOfSomethingDamaged_IsNoStandingDistance_AndKeepsItsStatementsDate()
    {
        var claim = Extract("The disaster authority said on Monday that 2,200 miles of roads and 157 bridges were damaged.").Single(c => c.Low == 2200);
        Assert.That((claim.AsOfFrom, claim.AssertedOn), Is.EqualTo((Provenance.Statement, new DateOnly(2024, 5, 6))));
    }

    [Test]
    public void Weekday_DatesTheFigureToThatDayBeforePublication()
    {
        var claim = Extract("Seven people were killed on Tuesday in Mariupol.").Single();
        Assert.That((claim.AssertedOn, claim.AsOfPrecision, claim.AsOfFrom), Is.EqualTo((new DateOnly(2024, 5, 7), "day", Provenance.Sentence)));
    }

    [Test]
    public void UndatedFigure_TakesThePublicationDate()
    {
        var claim = Extract("Seven people were killed in Mariupol.").Single();
        Assert.That((claim.AssertedOn, claim.AsOfFrom, claim.AsOfText), Is.EqualTo((Published, Provenance.Publication, (string?)null)));
    }

    [Test]
    public void PlaceNamedInAnEarlierSentence_IsCarried_WithWhereItWasRead()
    {
        var claims = Extract("Fighting exploded Friday in Mariupol, a port city. The Donetsk regional government said seven people were killed.");
        var killed = claims.Single(c => c.Low == 7);
        Assert.That((killed.Location, killed.LocationFrom), Is.EqualTo(("Mariupol", Provenance.Paragraph)));
    }

    [Test]
    public void MostSpecificPlaceInTheClause_Wins_WithItsPrecision()
    {
        var claim = Extract("Ukraine's health ministry said 16 troops died in a firefight in the town of Volnovakha in the Donetsk region.").Single();
        Assert.That((claim.Location, claim.LocationPrecision, claim.LocationFrom), Is.EqualTo(("Volnovakha", "city", Provenance.Sentence)));
    }

    [Test]
    public void Dateline_PlacesItsParagraph()
    {
        var claim = Extract("Title\n\nDONETSK, Ukraine — Dozens turned in their weapons on Thursday.").Single();
        Assert.That(claim.Location, Is.EqualTo("Donetsk"));
    }

    // Just Earth News, 2022; ABC News, 1 July 2021; a label is no dateline.
    [TestCase("Islamabad: Flood damage in Pakistan could reach $12.5 billion.\n\nPakistan's disaster authority said 157 bridges were damaged.", 157, "Pakistan")]
    [TestCase("(SURFSIDE, Fla.) — At least 18 people are dead after a residential building partially collapsed last week, officials said.", 18, "Surfside")]
    [TestCase("STORY: Tens of thousands of partiers had crowded into narrow streets.", 20000, null)]
    // KEYT (CNN), September 2024: an outlet in brackets is no place.
    [TestCase("(CNN) — The death toll from Helene has risen to at least 232 people, according to CNN’s tally.", 232, null)]
    // UrduPoint (Sputnik), 18 October 2019: the agency in brackets closes the dateline without a dash.
    [TestCase("BARCELONA (UrduPoint News / Sputnik - 18th October, 2019) Thousands of people marched on Friday.", 2000, "Barcelona")]
    public void DatelineWrittenAsANameInBracketsOrBeforeAColon_IsTheReportersPlace_NotTheStorys(string text, double low, string? place)
    {
        var claim = Extract("Title\n\n" + text).First(c => c.Low == low);
        Assert.That(claim.Location, Is.EqualTo(place));
    }

    [Test]
    public void Headline_PlacesFiguresWhenNothingElseDoes()
    {
        var claims = Extractor.Extract(Some.Document("Floods hit Kerala\n\nAt least 357 people have died.", title: "Floods hit Kerala"));
        var toll = claims.Single(c => c.Low == 357);
        Assert.That((toll.Location, toll.LocationFrom), Is.EqualTo(("Kerala", Provenance.Headline)));
    }

    // Reuters, 19 October 2023: a site the lexicon does not list lies where the story keeps returning to, not in the city it was filed from.
    [Test]
    public void UnlistedSite_LiesWhereTheStoryIs_NotInTheDatelinesCity()
    {
        var claim = Extracted.Figure(
            "WASHINGTON (Reuters) – An unclassified U.S. intelligence report, seen by Reuters on Thursday, estimated the death toll from a blast at a Gaza " +
            "hospital was \"probably at the low end of the 100 to 300 spectrum,\" but added that the assessment may evolve.\n" +
            "Palestinian officials said 471 people were killed in the blast at Al-Ahli al-Arabi Hospital late on Tuesday.", 471);
        Assert.That(claim.PlacePath, Is.EqualTo("Palestine > Gaza Strip > Al-Ahli al-Arabi Hospital"));
    }
}
