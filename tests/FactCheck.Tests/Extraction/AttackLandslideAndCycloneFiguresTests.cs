using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Increments, names, sources and places in the reporting of the Kerman bombings (2024), the Crocus City Hall attack (2024), the
/// Enga landslide (2024), Cyclone Chido (2024), the Wayanad landslides (2024), the Jeju Air crash (2024), the March for Our
/// Lives (2018), the Kanjuruhan stadium crush (2022), the Pylos shipwreck (2023), the Key Bridge collapse (2024) and the Kenyan
/// Finance Bill protests (2024). Sentences from real news.
/// </summary>
public sealed class AttackLandslideAndCycloneFiguresTests
{
    // IFP News, 6 January 2024: "two more" explain the rise to 91; they are no rival toll.
    [Test]
    public void MoreAfterTheLevelATollRoseTo_IsTheIncrease()
    {
        var claims = Extracted.Claims("The number of the dead in the Wednesday terrorist blasts in the southeastern Iranian city of Kerman has risen to " +
                                      "91 as two more people succumbed to their injuries.");
        Assert.That((claims.Single(c => c.Low == 91).PartOfGroup, claims.Single(c => c.Low == 2).PartOfGroup), Is.EqualTo((false, true)));
    }

    // The Hindu, 2 August 2024: the day of a date is no figure "more" could mean others than.
    [Test]
    public void MoreAfterADate_IsTheIncrease() =>
        Assert.That(Extracted.Claims("The search on August 2 yielded 14 more bodies.", published: new DateOnly(2024, 8, 2)).Single(c => c.Low == 14).PartOfGroup,
            Is.True);

    // Eastern Mirror after AP, March 2024: an event named five words into the measure's phrase is where the dead died.
    [Test]
    public void EventWordFiveWordsIntoTheMeasuresPhrase_LeavesTheMeasureToTheFigure() =>
        Assert.That(Extracted.Figure("MOSCOW — The death toll in the Moscow concert hall attack has risen to 133, Russia’s top state investigative " +
                                     "agency said on Saturday.", 133).Metric, Is.EqualTo("killed"));

    // RTÉ, March 2024: "attack" says what kind of suspects were counted, not what happened to them.
    [Test]
    public void EventWordBeforeAPluralNoun_ModifiesIt() =>
        Assert.That(Extracted.Figure("Four attack suspects - all from Tajikistan according to Russian state media - are under arrest along with several " +
                                     "suspected accomplices.", 4).Metric, Is.EqualTo("arrested"));

    // Paudal, January 2025: the disappeared are missing, and a prefect is a source, with where the role is held.
    [Test]
    public void PeopleWhoDisappeared_AreMissing_AccordingToThePrefect()
    {
        var claim = Extracted.Figure("Chido: in addition to the deaths, around forty people have disappeared, according to the prefect of Mayotte", 40);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("missing", "prefect of Mayotte")));
    }

    // Cedar News, January 2024: "73+" is 73 or more.
    [Test]
    public void PlusSignAfterAFigure_IsAtLeast()
    {
        var claim = Extracted.Figure("Twin Blasts Kill 73+ Near Soleimani's Tomb on Assassination Anniversary", 73);
        Assert.That((claim.Low, claim.Qualifier), Is.EqualTo((73, "at least")));
    }

    // The Washington Times, 26 March 2018: "42West" is a firm's name.
    [Test]
    public void DigitsJoinedToACapitalisedWord_AreAName() =>
        Assert.That(Extracted.Claims("“While Washington, D.C. authorities have yet to give an official estimate, reports published by major news " +
                                     "organizations put the crowd size at 850,000 people, which would make it the largest demonstration in the " +
                                     "capital’s history,” said the release by 42West, a leading Los Angeles public-relations firm.").Select(c => c.Low),
            Is.EqualTo(new[] { 850000.0 }));

    // Pledge Times, 23 March 2024: "112" is the name of a Telegram channel.
    [Test]
    public void NumberAloneInQuotationMarks_IsAName()
    {
        Assert.That(Extracted.Claims("This was reported by Telegram-channel “112” with reference to sources."), Is.Empty);
        Assert.That(Extracted.Claims("“112”: 150 people were killed in the terrorist attack at Crocus City Hall").Select(c => c.Low), Is.EqualTo(new[] { 150.0 }));
    }

    // Adapted: a quoted figure after a verb still counts.
    [Test]
    public void QuotedFigureAfterAVerb_StillCounts() =>
        Assert.That(Extracted.Figure("The toll reached \"253\", officials said.", 253).Metric, Is.EqualTo("killed"));

    // SHINE, 6 January 2024: the weekday is the blasts'; the date after it is the relative clause's, four years before.
    [Test]
    public void WeekdayBeforeAnOlderFullDate_IsCountedFromTheReport()
    {
        var claims = Extracted.Claims("The death toll rose to 92, local media reported. The two explosions occurred on Wednesday near the tomb of Iran's " +
                                      "top general Qassem Soleimani, where thousands of people had gathered to honor the late commander, who was " +
                                      "assassinated in a US drone attack on January 3, 2020.", published: new DateOnly(2024, 1, 6));
        Assert.That(claims.Single(c => c.Low != 92).AssertedOn, Is.EqualTo(new DateOnly(2024, 1, 3)));
    }

    // Ada Derana, 29 December 2024: fire authorities speak of a crash; their name names no fire.
    [Test]
    public void EventWordBeforeAnInstitutionNoun_NamesNoEvent() =>
        Assert.That(Extracted.Figure("South Korean fire authorities say 120 people have died in an airplane crash at an airport in the country’s " +
                                     "southwest.", 120).Event, Is.EqualTo("crash"));

    // Outlook India, 2 August 2024: "as per" attributes as "according to" does.
    [Test]
    public void AsPer_NamesTheSource() =>
        Assert.That(Extracted.Figure("As per official data from the Kerala government, the death toll in the devastating Wayanad landslides rose to 210.", 210)
            .Claimant, Is.EqualTo("Kerala government"));

    // IFP News, 6 January 2024: the wounded still treated are some of the wounded.
    [Test]
    public void WoundedStillReceivingTreatment_ArePartOfTheGroup() =>
        Assert.That(Extracted.Figure("He added 103 wounded are still receiving medical treatment, 34 of them with server injuries, and that 17 of the " +
                                     "injured are children.", 103).PartOfGroup, Is.True);

    // NHK World, June 2024: an agency's estimate is the agency's, whoever compares it.
    [Test]
    public void SourceNounBeforeTheMeasure_OwnsIt() =>
        Assert.That(Extracted.Figure("The government says at least 2,000 people are buried under rubble and mud, far more than a UN agency estimate of " +
                                     "more than 670.", 670).Claimant, Is.EqualTo("United Nations"));

    // NHK World, June 2024: the capital is where the distance is measured from, not where the dead are.
    [Test]
    public void CapitalAfterADistance_IsNoPlaceOfTheFigures()
    {
        var claims = Extracted.Claims("The disaster occurred on May 24 in the mountainous province of Enga, about 600 kilometers northwest of the " +
                                      "capital, Port Moresby.\n\nTen people have been confirmed dead, but the scale of the landslide makes it difficult " +
                                      "to know the actual toll.", published: new DateOnly(2024, 6, 7));
        Assert.That(claims.Single(c => c.Low == 10).Location, Is.EqualTo("Enga"));
    }

    // Adapted from ETV Bharat, 2 August 2024: a title alone after a possessive is the possessor's office.
    [Test]
    public void TitleAloneAfterAPossessive_IsTheSource() =>
        Assert.That(Extracted.Figure("The state's Assistant Director General of Police (ADGP) said on Friday that approximately 300 individuals are " +
                                     "still missing.", 300).Claimant, Is.EqualTo("state's assistant director general"));

    // The Washington Times, 26 March 2018: the place after the firm says where it is; the firm, its whole name, estimated.
    [Test]
    public void PlaceAfterTheSource_IsNoSource() =>
        Assert.That(Extracted.Figure("Digital Design & Imaging Service in Falls Church, Virginia, estimated the peak crowd size at 202,796, with a 15 " +
                                     "percent margin of error, according to CBS News.", 202796).Claimant, Is.EqualTo("Digital Design & Imaging Service"));

    // China Daily after Xinhua, January 2024: the toll revised from is of an earlier day the sentence does not give.
    [Test]
    public void ValueATollWasRevisedFrom_IsOfAnUnknownEarlierDay()
    {
        var claims = Extracted.Claims("In a live interview with the Islamic Republic of Iran News Network (IRINN) on Wednesday, Iranian Health Minister " +
                                      "Bahram Einollahi revised the death toll from 103 to 95.", published: new DateOnly(2024, 1, 4));
        Assert.That((claims.Single(c => c.Low == 103).AssertedOn, claims.Single(c => c.Low == 95).AssertedOn),
            Is.EqualTo(((DateOnly?)null, (DateOnly?)new DateOnly(2024, 1, 3))));
    }

    // A News after Anadolu, 25 June 2024: police opening fire is shooting, no fire.
    [Test]
    public void OpenFire_NamesViolence() =>
        Assert.That(Extracted.Figure("10 killed in Kenyan capital when police open fire on protesters storming parliament", 10).Event, Is.EqualTo("violence"));

    // CaughtOffside, 2 October 2022: those who died inside are some of the dead, the rest died in hospital.
    [Test]
    public void FigureTheRestCompletes_IsPartOfTheGroup() =>
        Assert.That(Extracted.Figure("\"Thirty-four people died inside the stadium and the rest died in hospital .. They went out to one point at the exit.", 34)
            .PartOfGroup, Is.True);

    // ABC Audio, 27 March 2024: a father's children are no toll.
    [Test]
    public void ChildrenOfADad_AreNoFigure() =>
        Assert.That(Extracted.Claims("Baltimore bridge collapse: Dad of 3 who lived in Maryland for 19 years among the 6 presumed dead").Select(c => c.Low),
            Is.EqualTo(new[] { 6.0 }));

    // Greek City Times, June 2023: a toll brought from one level to another is two figures, no range.
    [Test]
    public void TollBroughtFromOneLevelToAnother_IsTwoFigures() =>
        Assert.That(Extracted.Claims("Prior to this, three additional bodies were recovered on Monday, initially bringing the death toll from 78 to 81.")
            .Select(c => (c.Low, c.High)), Does.Contain((81.0, 81.0)).And.Contain((78.0, 78.0)));

    // Crain's Chicago Business, 21 January 2017: marchers flooding a city name no flood, a word before the city or not.
    [Test]
    public void MarchersFloodingDowntown_NameNoFlood() =>
        Assert.That(Extracted.Claims("Thousands of marchers flood downtown Chicago").Single().Event, Is.Not.EqualTo("flood"));

    // eKathimerini, 14 June 2023: the figure denied after the recovered bodies is no one's claim.
    [Test]
    public void FigureDeniedRightAfterAnother_IsNoClaim() =>
        Assert.That(Extracted.Claims("The number of survivors remains 104, while the Coast Guard clarified this morning that 78 bodies have been recovered, " +
                                     "and not 79 as reported yesterday.").Select(c => c.Low), Is.EqualTo(new[] { 104.0, 78.0 }));

    // Adapted: a comma alone sets the denied figure against the one before it.
    [Test]
    public void FigureDeniedAfterAComma_IsNoClaim() =>
        Assert.That(Extracted.Claims("Police said 12 people died, not 15.").Select(c => c.Low), Is.EqualTo(new[] { 12.0 }));
}
