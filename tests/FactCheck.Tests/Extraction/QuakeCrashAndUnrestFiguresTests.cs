using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the 2016 Kumamoto and Tainan earthquakes, the 2020 Kozhikode air crash, the 2022 Sylhet
/// floods, the 2017 Venezuelan protests, the 2023 Tempi train crash and the 2021 Texas winter storm: a count as of a weekday after the
/// report's own, two sentences a page ran together, "the one" standing for a thing, a score on an intensity scale, a runway's number,
/// a list of telephone numbers, what a plane broke into, a half of a place, a time zone's offset, a feature's label before a headline's
/// colon, a source in sentence case before one, an adjective between an article and a measure, a word saying when after a figure, a
/// participle describing a source noun, a firm's name an ampersand joins, outlets counted only to say who speaks, a plural's name
/// joined by "for", a toll standing at a figure by a day, an agency and a dash before a measure, "more" after a level and "of the
/// deaths". Sentences from real news; where a test adds or cuts words, its comment says so.
/// </summary>
public sealed class QuakeCrashAndUnrestFiguresTests
{
    // The Spokesman-Review (Los Angeles Times), Saturday 6 February 2016; UPI, Thursday 14 April 2016: a count as of a weekday the day
    // after the report's is of that next day, not six days back.
    [TestCase("As of early Sunday, Tainan authorities said 132 people remained unaccounted for.", 2016, 2, 6, 132, 2016, 2, 7)]
    [TestCase("By early Friday, 44,400 people have already been evacuated from their homes, filing 500 shelters in the prefecture.", 2016, 4, 14, 44400, 2016, 4, 15)]
    public void ACountAsOfTheWeekdayAfterTheReport_IsOfThatDay(string text, int year, int month, int day, double figure, int asOfYear, int asOfMonth, int asOfDay) =>
        Assert.That(Extracted.Figure(text, figure, published: new DateOnly(year, month, day)).AssertedOn, Is.EqualTo(new DateOnly(asOfYear, asOfMonth, asOfDay)));

    // ReliefWeb, February 2016: a toll that stood at a figure "by" a day is as of that day.
    [Test]
    public void ATollStandingAtAFigureByADay_IsOfThatDay() =>
        Assert.That(Extracted.Figure("The death toll stood at 116 by Saturday, 13 February.", 116, published: new DateOnly(2016, 2, 14)).AssertedOn,
            Is.EqualTo(new DateOnly(2016, 2, 13)));

    // Reuters, 7 December 2017: what is expected "by" a day is no date of the figure before it.
    [Test]
    public void WhatIsExpectedByADay_DatesNoFigure() =>
        Assert.That(Extracted.Figure("By a vote of 235-193, the House approved the stop-gap spending bill, sending it to the Senate for passage, which is expected by Friday.",
            235, published: new DateOnly(2017, 12, 7)).AsOfFrom, Is.EqualTo(Provenance.Publication));

    // Written for the test: a weekday that gives no time a count stands at is still the one before the report.
    [Test]
    public void AWeekdayAfterTheReportsWithoutAsOf_IsTheOneBefore() =>
        Assert.That(Extracted.Figure("On Sunday police said 10 people died.", 10, published: new DateOnly(2016, 2, 6)).AssertedOn, Is.EqualTo(new DateOnly(2016, 1, 31)));

    // Sputnik, 19 June 2022: a full stop with no space after it between a word and a capitalized one ends a sentence; the years of a
    // comparison are no toll, and the next sentence keeps its "at least".
    [Test]
    public void SentencesAPageRanTogether_AreReadApart()
    {
        var claims = Extracted.Claims("The floods are the worst Bangladesh has seen in 122 years.At least five people have died amid the floods, The Dhaka Tribune said.");
        Assert.That(claims.Select(c => (c.Low, c.Qualifier)), Is.EqualTo(new[] { (5.0, "at least") }));
    }

    // France 24 (AFP), 5 February 2010 (the sentence's end cut): after an agency and a dash, the sentence opens with its measure.
    [Test]
    public void AMeasureAfterAnAgencyAndADash_OpensTheSentence() =>
        Assert.That(Extracted.Figure("AFP - The death toll from Haiti's catastrophic earthquake last month has reached 212,000, while the number of homeless may be far higher " +
                                     "than the one million estimated by authorities.", 212000).Metric, Is.EqualTo("killed"));

    // UPI, 11 April 2014: "four more bodies" after a toll that remains at a level are more of it, no toll.
    [Test]
    public void MoreAfterATollThatRemainsAtALevel_IsNoToll() =>
        Assert.That(Extracted.Figure("The death toll from the Oso, Wash., mudslide remains at 36 as medical examiner identifies four more bodies, including a 14-year-old boy.", 4)
            .PartOfGroup, Is.True);

    // Houston Public Media, 3 January 2022; written for the test with the whole's count: "Of the deaths ..., N" is a part of those deaths.
    [TestCase("Of the deaths recorded in the updated DSHS report, 148 were a direct result of extreme cold exposure, according to the report.")]
    [TestCase("Of the 246 deaths, 148 were a direct result of extreme cold exposure.")]
    public void AFigureAfterOfTheDeaths_IsAPart(string text) =>
        Assert.That(Extracted.Figure(text, 148).PartOfGroup, Is.True);

    // CBS News, 24 March 2014: the state a dateline gives says which Arlington; a city listed with its state is that one (written for
    // the test).
    [TestCase("ARLINGTON, Wash. - Desperate crews digging through the muck and rubble left by a massive mudslide found six more bodies Monday, bringing " +
              "the official death toll to 14.", 14, "Washington State")]
    [TestCase("ARLINGTON, Texas - Officials said 11 people died.", 11, "Arlington, Texas")]
    [TestCase("ARLINGTON, Va. - Officials said 10 people died.", 10, "Arlington")]
    public void TheStateADatelineGives_SaysWhichCity(string text, double figure, string place) =>
        Assert.That(Extracted.Figure(text, figure).Location, Is.EqualTo(place));

    // The Christian Post, 24 March 2014: a figure said not to be the count is denied; "will not be confirmed" denies no figure
    // (Reuters, 2017).
    [Test]
    public void AFigureSaidNotToBeTheCount_IsDenied()
    {
        Assert.That(Extracted.Figure("Pennington added, however, that he strongly believes that 176 is not going to be the number of total fatalities, and that it " +
                                     "will dwindle down.", 176).Modality, Is.EqualTo(Modality.Denied));
        Assert.That(Extracted.Figure("Two of President Donald Trump's judicial nominees will not be confirmed by the Republican-controlled U.S. Senate.", 2).Modality,
            Is.Not.EqualTo(Modality.Denied));
    }

    // Euronews, 25 May 2017: a name's possessive before what it said names the person a later "she" means.
    [Test]
    public void ThePersonWhoseCommentsOpenAParagraph_IsWhomSheMeans() =>
        Assert.That(Extracted.Figure("Luisa Ortega's comments came after almost two months of near-daily anti-government rallies.\n\n" +
                                     "She said 55 people had been killed and around 1,000 injured in the unrest.", 55).Claimant, Is.EqualTo("Luisa Ortega"));

    // Written for the test: a possessive name before another noun names no speaker.
    [Test]
    public void APossessiveNameBeforeAThing_IsNoSpeaker() =>
        Assert.That(Extracted.Figure("Luisa Ortega's office was closed on Monday.\n\nShe said 55 people had been killed.", 55).Claimant, Is.Not.EqualTo("Luisa Ortega"));

    // KQED, 5 December 2016: a clock time before "10 more victims" counts no one; the ten are more of the toll.
    [Test]
    public void MoreAfterAClockTime_IsMoreOfTheToll() =>
        Assert.That(Extracted.Figure("Update, 10 p.m. Monday: Officials have released the names of 10 more victims of the fire at an Oakland warehouse:", 10).PartOfGroup,
            Is.True);

    // Los Angeles Times, 3 November 2005: a figure in a held portion of a region counts part of it; with the country it is joined to
    // (the name and role before "said" cut), all of it.
    [TestCase("In the Indian-held portion of Kashmir, 1,350 people reportedly died.", 1350, true)]
    [TestCase("Khan said 73,276 people had been confirmed dead in Pakistan and the Pakistani-controlled portion of Kashmir.", 73276, false)]
    public void AFigureInAHeldPortion_CountsPartOfThePlace(string text, double figure, bool part) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.EqualTo(part));

    // Channel 4 News, November 2011: the arrests that led to charges are some of the arrests.
    [Test]
    public void ArrestsResultingInCharges_AreSomeOfTheArrests()
    {
        var claims = Extracted.Claims("The MPS said a total of 3,003 people have been arrested, with 1,931 arrests resulting in charges or cautions.");
        Assert.That((claims.Single(c => c.Low == 3003).PartOfGroup, claims.Single(c => c.Low == 1931).PartOfGroup), Is.EqualTo((false, true)));
    }

    // CGTN, 6 June 2015 (its speaker cut); The Daily Star, 27 April 2013 (the sentence's end cut); The New York Times (events-mixed e26e), July 2021; Reuters
    // (the reuters-2017 corpus, the sentence cut): what one search found in the simple past is some of the toll; the perfect counts so far; a poll's
    // finding is no search's.
    [TestCase("Rescuers found six bodies after combing some 200 km of waterway downstream.", 6, true)]
    [TestCase("A rescue team of fire fighters found three people alive in the second floor in the morning and rescued them around noon.", 3, true)]
    [TestCase("In the 20 days crews have searched for victims, slowly removing layer after layer of rubble from the 13-story building, they have found " +
              "the remains of 95 people.", 95, false)]
    [TestCase("The poll found 32 percent of Americans think the wealthy will benefit most.", 32, false)]
    public void WhatOneSearchFound_IsSomeOfTheToll(string text, double figure, bool part) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.EqualTo(part));

    // France 24 (AFP), 5 February 2010: where an outlet is from places no figure; a railway's station and a broadcaster's building still
    // place theirs (Mid-day, 29 September 2017; The Spokesman-Review (Los Angeles Times), 23 February 2011). All three sentences shortened.
    [TestCase("More than 300,000 people had been injured, he told the US cable network Thursday.", 300000, null)]
    [TestCase("At least 27 people were killed in a stampede on the narrow foot overbridge at Elphinstone Road railway station.", 27, "Elphinstone Road")]
    [TestCase("Eight were pulled from the Canterbury television building.", 8, "Canterbury")]
    public void WhereAnOutletIsFrom_PlacesNoFigure(string text, double figure, string? place) =>
        Assert.That(Extracted.Figure(text, figure).Location, Is.EqualTo(place));

    // Deutsche Welle, 25 May 2017 (a caption run into it cut): "the one" stands for the canister, and kills no one.
    [Test]
    public void TheOneStandingForAThing_IsNoCount() =>
        Assert.That(Extracted.Claims("Ortega displayed the canister similar to the one allegedly used to kill Pernalete."), Is.Empty);

    // Mainichi, 15 April 2016: a bare figure after "a" is a reading on a scale; the deaths stay.
    [Test]
    public void AScoreOnAScale_IsNoCount() =>
        Assert.That(Extracted.Claims("Eight of the deaths were in the town of Mashiki, where tremors rating a 7 on the Japanese scale were measured.").Select(c => c.Low),
            Is.EqualTo(new[] { 8.0 }));

    // NDTV, August 2020: a runway's number names it.
    [Test]
    public void ARunwaysNumber_IsNoCount() =>
        Assert.That(Extracted.Claims("The officer said the aircraft was at full speed while landing and overshot the runway 10."), Is.Empty);

    // Karma News, August 2020: telephone numbers listed after one with a leading zero, and ten digits with no separator, count nothing.
    [Test]
    public void ListedTelephoneNumbers_AreNoCounts() =>
        Assert.That(Extracted.Claims("Airport control room numbers: 0483 2719493, 2719321, 2719318, 2713020, 8330052468."), Is.Empty);

    // Written for the test: a count written with its separators, after a comma, still counts.
    [Test]
    public void ACountWithSeparatorsAfterAComma_StillCounts() =>
        Assert.That(Extracted.Figure("Officials said 12 people died, 1,200,000 were displaced.", 1200000).Metric, Is.EqualTo("displaced"));

    // Gulf News, 7 August 2020; Yahoo News, August 2020: what a plane broke into is no one counted.
    [TestCase("An Air India Express flight from Dubai skidded off the runway at its destination Karipur Airport, Kozhikod, on Friday, and broke into two.")]
    [TestCase("The aircraft nosedived and cracked in two.")]
    public void WhatAPlaneBrokeInto_IsNoCount(string text) =>
        Assert.That(Extracted.Claims(text), Is.Empty);

    // Written for the test: what is put into a number of things, with its noun, still counts them.
    [Test]
    public void SplitIntoCountedThings_StillCounts() =>
        Assert.That(Extracted.Figure("The company expanded into three new states.", 3).Subject, Is.EqualTo("states"));

    // Los Angeles Times, 5 February 2016: a half of a place is no share.
    [Test]
    public void AHalfOfAPlace_IsNoShare() =>
        Assert.That(Extracted.Claims("The powerful quake cut off water supplies to 400,000 people and halted high-speed rail service to the southern half of the island.")
            .Select(c => c.Low), Is.EqualTo(new[] { 400000.0 }));

    // ReliefWeb, February 2016: a time zone's offset counts nothing.
    [Test]
    public void ATimeZonesOffset_IsNoCount() =>
        Assert.That(Extracted.Claims("The shallow quake struck at 03:57h local time (UTC +8) on Saturday, 6 February 2016, when most residents were still sleeping."), Is.Empty);

    // Republic World, 1 March 2023: a feature's label before a headline's colon names no one.
    [Test]
    public void AFeaturesLabelBeforeAHeadlinesColon_IsNoSource() =>
        Assert.That(Extracted.Figure("In Pics: Greece Grapples With Devastating Train Collision As 32 Killed And 85 Injured", 32).Claimant, Is.EqualTo(Claim.Unattributed));

    // Metro News (AP), 28 July 2017; events-mixed e21a: a source in sentence case, or in capitals, before a headline's colon gives its figures.
    [TestCase("Chief prosecutor: At least 114 deaths in Venezuela crisis", 114, "Chief prosecutor")]
    [TestCase("WHO: Ebola virus has claimed 5000 lives", 5000, "WHO")]
    public void ASourceBeforeAHeadlinesColon_GivesItsFigures(string headline, double figure, string claimant) =>
        Assert.That(Extracted.Figure(headline, figure).Claimant, Is.EqualTo(claimant));

    // Written for the test, from Human Rights Watch's title "Prison or Exile: Cuba's Systematic Repression of July 2021 Demonstrators"
    // and its figure "over 1,400 people were detained": words a coordinator joins before a headline's colon are a title, no source.
    [Test]
    public void ATitleWithACoordinatorBeforeAColon_IsNoSource() =>
        Assert.That(Extracted.Figure("Prison or Exile: 1,400 people were detained", 1400).Claimant, Is.EqualTo(Claim.Unattributed));

    // Rediff, 24 June 2013; Mid-Day, 24 June 2013 (the aside after the name cut): a toll that "may cross" a figure is above it.
    [TestCase("Uttarakhand death toll may cross 1,000: Shinde", 1000)]
    [TestCase("Bahuguna said the death toll could \u201cwell cross 1,000\u201d.", 1000)]
    public void ATollThatMayCrossAFigure_IsAboveIt(string text, double figure)
    {
        var claim = Extracted.Figure(text, figure);
        Assert.That((claim.Low, claim.High, claim.Modality), Is.EqualTo((figure, double.PositiveInfinity, Modality.Projection)));
    }

    // gaeatimes.com (AP) headline, 24 January 2010: "gov't" is a country's government, which speaks as the country.
    [Test]
    public void ACountrysGovtBeforeItsVerb_IsTheCountry() =>
        Assert.That(Extracted.Figure("Haiti gov\u2019t says 150 confirmed dead just in capital, as rescue effort winds down", 150).Claimant, Is.EqualTo("Haiti"));

    // Kathimerini, 2 March 2023: "official confirmed" between an article and a measure describes the toll; the fire service gives it,
    // and "late" says when, not who died.
    [Test]
    public void AnAdjectiveBetweenAnArticleAndAMeasure_IsNoSource()
    {
        var claim = Extracted.Figure("The official confirmed death toll of the Tempi rail crash has risen to 57 late on Thursday night, with 56 passengers still missing " +
                                     "according to the latest release by the Hellenic Fire Service.", 57);
        Assert.That((claim.Claimant, claim.Subject), Is.EqualTo(("Hellenic Fire Service", "people")));
    }

    // Written for the test: an official who confirms a toll gives it.
    [Test]
    public void AnOfficialConfirmingAToll_GivesIt() =>
        Assert.That(Extracted.Figure("The official confirmed the toll of 58.", 58).Claimant, Is.EqualTo("official"));

    // Hot Springs Village (Insurance Journal), 1 March 2021: a participle before a source noun describes it; an ampersand joins a firm's name.
    [TestCase("Catastrophe modelling agency Karen Clark & Co. has estimated insured losses from the storm at around $18 billion.", 18e9, "Karen Clark & Co")]
    [TestCase("Hurricane Harvey caused about $19 billion in insured losses in Texas and $30 billion across the U.S., S&P Global noted.", 30e9, "S&P Global")]
    public void AFirmsNameAfterItsDescription_IsTheSource(string text, double figure, string claimant) =>
        Assert.That(Extracted.Claims(text).Single(c => c.Low <= figure && c.High >= figure).Claimant, Is.EqualTo(claimant));

    // Written for the test: an ampersand with spaces joins two capitalized words of one firm.
    [Test]
    public void AnAmpersandBetweenCapitalizedWords_JoinsOneName() =>
        Assert.That(Extracted.Figure("Procter & Gamble said 40 workers were laid off.", 40).Claimant, Is.EqualTo("Procter & Gamble"));

    // Foreign Policy, 5 March 2010: outlets counted before their verb only say who speaks; the revised tolls stay.
    [Test]
    public void OutletsCountedBeforeTheirVerb_AreNoFigure() =>
        Assert.That(Extracted.Claims("Chile's two main newspapers said the government had revised the death toll in the hard-hit Maule region down from 587 to 316.")
            .Select(c => c.Low).Order(), Is.EqualTo(new[] { 316.0, 587.0 }));

    // Written for the test, from a sentence of the Thai 2020 protests that ended "the Thai Lawyers for Human Rights group said" (the
    // "group" cut), and a like name: a plural's name joined by "for" is one organisation's.
    [TestCase("Thai Lawyers for Human Rights said 45 people were arrested.", 45, "Thai Lawyers for Human Rights")]
    [TestCase("Physicians for Human Rights said 47 people were killed.", 47, "Physicians for Human Rights")]
    public void APluralsNameJoinedByFor_IsOneOrganisation(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));
}
