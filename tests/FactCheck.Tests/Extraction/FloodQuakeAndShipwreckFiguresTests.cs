using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Rohingya exodus, the Kerala floods, the Christchurch, Sichuan and Hualien
/// earthquakes, hurricane Dorian, the Germanwings crash, the Ecuador protests and the George Floyd protests: lakh grouping, ranges that
/// are estimates, floors and forecasts of a toll, the change on the way to a level, the day a toll is given after the day of the event,
/// parts listed by where they are from, and a state or city that speaks for itself. Sentences from real news; where a test adds words
/// of its own, its comment says so.
/// </summary>
public sealed class FloodQuakeAndShipwreckFiguresTests
{
    // The Daily Star, 13 September 2017: South Asian news groups a figure's digits in pairs before the last three.
    [Test]
    public void LakhGrouping_IsOneFigure()
    {
        var claims = Extracted.Claims("Talking to The Daily Star over phone, Joseph also confirmed that around 3,89,000 Rohingya refugees have entered Bangladesh so far.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low <= 389_000 && c.High >= 389_000).Qualifier, Is.EqualTo("about"));
            Assert.That(claims.Where(c => c.Low is 3 or 89_000 || c.Low < 3.5 && c.High > 2.5), Is.Empty);
        });
    }

    // Written for the test: three-digit groups are read as before.
    [Test]
    public void ThousandsGrouping_IsReadAsBefore() =>
        Assert.That(Extracted.Figure("Officials said 1,234,567 people were affected.", 1_234_567).High, Is.EqualTo(1_234_567));

    // Tasnim (AP), 12 September 2017: an estimate given as a range is the range as written.
    [Test]
    public void AnEstimatedRange_IsTheRangeAsWritten()
    {
        var claim = Extracted.Figure("\"Since Sunday night, an estimated 10,000-15,000 Rohingya refugees have entered Bangladesh through the Anjuman Para border crossing point in Ukhia district in the country's south-east,\" he told reporters.", 10_000);
        Assert.That((claim.Low, claim.High), Is.EqualTo((10_000d, 15_000d)));
    }

    // Pardaphash, 30 August 2018: "minimum of" is a floor.
    [Test]
    public void AMinimumOf_IsAFloor()
    {
        var claim = Extracted.Figure("Thiruvananthapuram: Chief Minister Pinarayi Vijayan today informed that minimum of 483 people have died and 15 people are still missing since the floods ravaged Kerala.", 483);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Qualifier, Is.EqualTo("at least"));
            Assert.That(claim.High, Is.EqualTo(double.PositiveInfinity));
        });
    }

    // Stuff and The Guardian, February 2011: what a toll will be is a forecast, not a count.
    [TestCase("The death toll from Tuesday's devastating Christchurch earthquake will be more than 200, police say.")]
    [TestCase("New Zealand prime minister says final tally likely to exceed 200")]
    public void WhatATollWillBe_IsAProjection(string text) =>
        Assert.That(Extracted.Figure(text, 200).Modality, Is.EqualTo(Modality.Projection));

    // Written for the test: a toll that rose is still asserted.
    [Test]
    public void ATollThatRose_IsAsserted() =>
        Assert.That(Extracted.Figure("The death toll from the earthquake has risen to 200, police say.", 200).Modality, Is.EqualTo(Modality.Asserted));

    // Xinhua, May 2008, and The Straits Times, April 2024: how far a count moved on the way to its level is part of the level.
    [TestCase("The confirmed death toll in Sichuan was 19,509 by 4:00 PM on Thursday, up by 5,046 from Wednesday's 14,463.", 5_046)]
    [TestCase("The death toll from the 7.4-magnitude earthquake, which struck at around 8am in the waters off the eastern coastal county, rose to 13 after three bodies were found on a walking trail.", 3)]
    public void TheChangeOnTheWayToALevel_IsPartOfIt(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.True);

    [TestCase("The confirmed death toll in Sichuan was 19,509 by 4:00 PM on Thursday, up by 5,046 from Wednesday's 14,463.", 19_509)]
    [TestCase("The death toll from the 7.4-magnitude earthquake, which struck at around 8am in the waters off the eastern coastal county, rose to 13 after three bodies were found on a walking trail.", 13)]
    public void TheLevel_IsNoPart(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.False);

    // Written for the test: a contrast after the level counts something else.
    [Test]
    public void AFigureSetAgainstTheLevel_IsNoPart() =>
        Assert.That(Extracted.Figure("The death toll rose to 13 while 20 people were injured.", 20).PartOfGroup, Is.False);

    // Shine (Xinhua), 4 April 2024, and CNN, 27 February 2011: the day of the event named inside the toll's subject dates the event; the
    // toll that has risen since is as of the day it is given.
    [Test]
    public void ATollRisenSinceTheEventsDay_IsOfTheDayItIsGiven() =>
        Assert.That(Extracted.Figure("The death toll following a 7.3-magnitude earthquake in China's Taiwan on Wednesday morning has risen to 10, local authorities said on Thursday.",
            10, new DateOnly(2024, 4, 4)).AssertedOn, Is.EqualTo(new DateOnly(2024, 4, 4)));

    [Test]
    public void ATollClimbedSinceLastWeeksQuake_IsOfTheDayItIsGiven() =>
        Assert.That(Extracted.Figure("(CNN) -- The death toll from the 6.3-magnitude earthquake that demolished parts of Christchurch, New Zealand, last week has climbed to 147, authorities said Sunday.",
            147, new DateOnly(2011, 2, 27)).AssertedOn, Is.EqualTo(new DateOnly(2011, 2, 27)));

    // Reuters, 2017: a span of this year is still the year's.
    [Test]
    public void ATollOfThisYearsAttacks_KeepsItsYear() =>
        Assert.That(Extracted.Figure("Islamist militants have carried out several major attacks in Britain this year that have killed a total of 36 people, including a bombing in Manchester and two attacks on bridges in London.",
            36, new DateOnly(2017, 11, 30)).AsOfPrecision, Is.EqualTo(AsOfPrecision.Year));

    // KHQ (AP), 6 September 2019: a part by where the dead were from, and the next part that leaves out its verb.
    [TestCase(17)]
    [TestCase(3)]
    public void PartsByWhereTheDeadWereFrom_AreParts(double figure) =>
        Assert.That(Extracted.Figure("Bahamian Health Minister Duane Sands said 17 of the dead were from the Abaco islands and three from Grand Bahama.", figure).PartOfGroup, Is.True);

    // Vietnam Investment Review (AFP), 26 March 2015: a figure compared with another a speaker gave, then cited by a third, is the third's.
    [Test]
    public void AFigureComparedAndCitedBySomeoneElse_IsTheirs() =>
        Assert.That(Extracted.Figure("Company executive Thomas Winkelmann estimated there had been 35 Spanish victims in Tuesday's disaster, a figure far lower than the 49 cited by the Spanish government.", 49).Claimant,
            Is.EqualTo("Spain"));

    [Test]
    public void TheFigureTheSpeakerEstimated_IsTheSpeakers() =>
        Assert.That(Extracted.Figure("Company executive Thomas Winkelmann estimated there had been 35 Spanish victims in Tuesday's disaster, a figure far lower than the 49 cited by the Spanish government.", 35).Claimant,
            Is.EqualTo("Thomas Winkelmann"));

    // Ruptly, 14 October 2019: "murdered" counts the dead.
    [Test]
    public void TheMurdered_AreKilled() =>
        Assert.That(Extracted.Figure("The representatives of CONAIE, for their part, report 10 murdered and more than 2,000 wounded.", 10).Metric, Is.EqualTo("killed"));

    // Written for the test: a state that reports counts within itself, and is no person.
    [Test]
    public void AStateThatReports_CountsWithinItself()
    {
        var claim = Extracted.Figure("Texas has reported 89 deaths from the storm.", 89);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Claimant, Is.EqualTo("Texas"));
            Assert.That(claim.Location, Is.EqualTo("Texas"));
        });
    }

    // Al Jazeera, June 2020, on the AP's arrest tally: two places' counts side by side leave the state's own reading to the place the sentence gives.
    [Test]
    public void PlacesCountsSideBySide_AreNotAllTheFirsts() =>
        Assert.That(Extracted.Figure("According to the tally, Los Angeles has recorded 2,700 arrests since the protests, followed by New York City with some 1,500 arrests.", 1_500).Location,
            Is.Not.EqualTo("Los Angeles"));

    // Malay Mail (AFP), 4 September 2017: a headline's figure the text gives again as a count so far is one too, so a later, higher count
    // updates it.
    [Test]
    public void AHeadlinesFigureTheTextCountsSoFar_IsACountSoFar()
    {
        const string title = "UN says 87,000 refugees arrive in Bangladesh from Myanmar";
        var claims = Extracted.Claims(title + "\n\nCOX’S BAZAR (Bangladesh), Sept 4 — A total of 87,000 mostly Rohingya refugees have arrived in Bangladesh since violence erupted in neighbouring Myanmar, the United Nations said.",
            title: title, published: new DateOnly(2017, 9, 4));
        Assert.That(claims.Where(c => c.Low == 87_000).Select(c => c.RunningTotal), Is.EqualTo(new[] { true, true }));
    }

    // Written for the test: a headline's figure the text does not count so far stays as it was.
    [Test]
    public void AHeadlinesFigureTheTextGivesOnce_StaysAsItWas()
    {
        const string title = "UN says 87,000 refugees arrive in Bangladesh from Myanmar";
        var claims = Extracted.Claims(title + "\n\nThe United Nations said 87,000 refugees arrived on Monday.", title: title, published: new DateOnly(2017, 9, 4));
        Assert.That(claims.Where(c => c.Low == 87_000).Select(c => c.RunningTotal), Is.All.False);
    }

    // Business Standard (IANS), 2 September 2015: a length of time after what happened is no figure it happened to.
    [Test]
    public void ALengthOfTimeAfterTheMissing_LeavesThemMissing() =>
        Assert.That(Extracted.Figure("The death toll from the Tianjin warehouse explosions rose to 160 on Wednesday, with 13 people still missing three weeks after the blasts, according to rescue authorities.", 13).Metric,
            Is.EqualTo("missing"));

    // Shine (Xinhua), 4 April 2024: those yet to be located are missing.
    [Test]
    public void ThoseYetToBeLocated_AreMissing() =>
        Assert.That(Extracted.Figure("A total of 660 people remain trapped, and 38 have yet to be located.", 38).Metric, Is.EqualTo("missing"));

    // Neos Kosmos, 15 June 2023, and The Age (AP), 7 October 2018: "claimed ... lives" reports nothing, so what is feared of them is a
    // fear; a headline's "Fears" is one too.
    [TestCase("Greece has declared three days of mourning, the interim prime minister’s office said Wednesday, over a migrant boat sinking in the Ionian Sea feared to have claimed hundreds of lives.", 200)]
    [TestCase("Fears 5000 are missing but Palu search to end in days", 5000)]
    public void WhatIsFeared_IsAProjection(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).Modality, Is.EqualTo(Modality.Projection));

    // Written for the test: a fire that claimed lives is still a count of them.
    [Test]
    public void LivesAFireClaimed_AreAsserted() =>
        Assert.That(Extracted.Figure("The fire claimed 36 lives, officials said.", 36).Modality, Is.EqualTo(Modality.Asserted));

    // The Independent (Bangladesh), 24 September 2017: "the estimate of the government of Bangladesh" is the government's, and a country's
    // government speaks for the country, as its officials do.
    [Test]
    public void TheEstimateOfACountrysGovernment_IsTheCountrys() =>
        Assert.That(Extracted.Figure("According to the estimate of the government of Bangladesh, the figure is around 8.5 lakh.", 850_000).Claimant, Is.EqualTo("Bangladesh"));

    // Written for the test: the same with the government as the subject, and a document whose author is named before it.
    [TestCase("The government of Bangladesh said 50 people died.", 50, "Bangladesh")]
    [TestCase("The Reuters review of the State Department data showed 50 people died.", 50, "Reuters")]
    public void AGovernmentOfACountry_IsTheCountry(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // AP, 10 October 2019: "it" after an office that spoke for its holder points back to that office, not to the office before it.
    [Test]
    public void It_PointsBackToTheOfficeThatSpokeLast() =>
        Assert.That(Extracted.Figure("An indigenous leader and four other people have died in unrest in Ecuador since last week, the public defender’s office said Thursday. " +
                                     "The office of President Lenín Moreno, however, said the number of deaths was lower. " +
                                     "It said two people had died in accidents linked to the violence across the country.", 2).Claimant, Is.EqualTo("Lenín Moreno"));

    // Taipei Times, 27 February 2011: a source of a clause "as" opens after a comma gives that clause's figures.
    [TestCase(145)]
    [TestCase(200)]
    public void TheSourceOfAClauseAsOpens_GivesItsFigures(double figure) =>
        Assert.That(Extracted.Figure("New Zealand Prime Minister John Key said the Christchurch quake may be the country’s worst disaster ever, as officials raised the toll yesterday to 145 dead and more than 200 missing, while giving a grim prognosis for the city’s downtown.", figure).Claimant,
            Is.EqualTo("officials"));

    // The Independent (Bangladesh), 24 September 2017: a name before a role its comma never closes speaks.
    [Test]
    public void ANameBeforeAnUnclosedRole_Speaks() =>
        Assert.That(Extracted.Figure("“In total, more than 7 lakh Rohingya refugees are now believed to be in Bangladesh.  The latest number of arrivals since August is still, as far as we know, at 429,000,” Stéphane Dujarric, spokesman for the UN secretary-general told a regular briefing on Friday.", 429_000).Claimant,
            Is.EqualTo("Stéphane Dujarric"));

    // KHQ (AP), 6 September 2019, and WSB-TV, September 2019: a toll that has risen is asserted; what it will do next is the forecast.
    [TestCase("WILMINGTON, N.C. (AP) — The government of the Bahamas says the death toll from Hurricane Dorian has risen to 43 and will likely increase as searchers discover more bodies.", 43)]
    [TestCase("The official death toll from the strongest hurricane on record ever to hit the country jumped to 20, and there is little doubt it will climb higher.", 20)]
    public void ATollThatWillRiseFurther_IsAssertedAsItStands(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).Modality, Is.EqualTo(Modality.Asserted));

    // Written for the test: the forecast itself stays one.
    [Test]
    public void AForecastAfterAnd_IsStillAProjection() =>
        Assert.That(Extracted.Figure("Officials said 2,053 people were killed and the toll could rise to 3,000.", 3_000).Modality, Is.EqualTo(Modality.Projection));

    // WHO Situation Report #1 (ReliefWeb), 30 September 2018: a figure with no verb of its own is what its participle says.
    [Test]
    public void AListedFigureWithoutAVerb_IsWhatItsParticipleSays() =>
        Assert.That(Extracted.Figure("So far, 832 persons have died, 580 people were injured and 29 people missing, 16,732 displaced people in 24 sites.", 16_732).Metric,
            Is.EqualTo("displaced"));

    // Written for the test: a figure with a verb of its own is what the verb says, whatever the group had been.
    [TestCase("Officials said 40 displaced Rohingya Muslims were killed.")]
    [TestCase("40 displaced Rohingya Muslims killed in attack")]
    public void AParticiplesGroupWithAVerb_IsWhatTheVerbSays(string text) =>
        Assert.That(Extracted.Figure(text, 40).Metric, Is.EqualTo("killed"));

    // The Age (AP), 7 October 2018: a figure based on others' reports is theirs, not the word "Based".
    [Test]
    public void AFigureBasedOnReportsFromSomeone_IsTheirs() =>
        Assert.That(Extracted.Figure("\"Based on reports from village chiefs in Balaroa and Petobo, some 5000 people have not been found. Our workers on the ground are trying to confirm this,\" he said.", 5000).Claimant,
            Is.EqualTo("village chiefs"));

    // Written for the test: a headline's present tense of "survived".
    [Test]
    public void ThoseWhoSurvive_AreRescued() =>
        Assert.That(Extracted.Figure("12 Pakistanis survive boat capsize off Greece", 12).Metric, Is.EqualTo("rescued"));

    // UrduPoint (Sputnik), 29 October 2019: words left out of a quotation before a figure leave its sentence going on, and the date that
    // opens it dates every figure in it, not the day it was told.
    [TestCase(1_192)]
    [TestCase(1_340)]
    [TestCase(10)]
    public void ADateOpeningAQuotation_DatesAllItsFigures(double figure) =>
        Assert.That(Extracted.Figure("As of October 13, the official figures say that 1,192 people were detained ... 1,340 injured and 10 killed,\" Ecuador's ombudsman Freddy Carrion told reporters on Monday.",
            figure, new DateOnly(2019, 10, 29)).AssertedOn, Is.EqualTo(new DateOnly(2019, 10, 13)));

    // Written for the test: a day that opens the sentence dates its last figure too, not the day the police spoke.
    [Test]
    public void ADayOpeningTheSentence_DatesItsLastFigure() =>
        Assert.That(Extracted.Figure("On Friday, 10 people died, 20 were injured and 30 were arrested, police said on Saturday.", 30, new DateOnly(2019, 10, 29)).AssertedOn,
            Is.EqualTo(new DateOnly(2019, 10, 25)));

    // Written for the test: of two dates as near, a figure's own day dates it, not the day it was said.
    [Test]
    public void AFiguresOwnDay_OutranksTheDayItWasSaid() =>
        Assert.That(Extracted.Figure("Police said on Saturday that 10 people died on Friday.", 10, new DateOnly(2019, 10, 29)).AssertedOn,
            Is.EqualTo(new DateOnly(2019, 10, 25)));

    // WHO Situation Report #1 (ReliefWeb), 30 September 2018: a number written on "#" numbers the report; it counts nothing.
    [Test]
    public void AReportsNumber_IsNoFigure() =>
        Assert.That(Extracted.Claims("WHO Indonesia: Sulawesi Earthquake and Tsunami Situation Report #1"), Is.Empty);

    // AP, 10 October 2019: those held captive are captured, not marchers of the protest named after them.
    [Test]
    public void ThoseHeldCaptive_AreCaptured() =>
        Assert.That(Extracted.Figure("Also Thursday, indigenous demonstrators were holding captive at least eight police officers following anti-government protests.", 8).Metric,
            Is.EqualTo("captured"));
}
