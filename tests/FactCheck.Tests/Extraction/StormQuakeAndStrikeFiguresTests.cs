using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// What happened, who said it and what is no count in the reporting of the Kentucky tornadoes (2021), the Cianjur earthquake (2022),
/// the Tempi anniversary protests in Greece (2025), the Colombian national strike (2021), the New Orleans truck attack (2025) and
/// Hurricane Dorian (2019), with a few from older corpora. Sentences from real news.
/// </summary>
public sealed class StormQuakeAndStrikeFiguresTests
{
    // Buenos Aires Times after AFP, 11 May 2021: the injuries describe the two; they died.
    [Test]
    public void RelativeClauseOnTheCountedNoun_LeavesWhatHappenedToTheMainVerb() =>
        Assert.That(Extracted.Figure("Two protesters who sustained critical injuries during clashes have died in hospital, their families and NGOs " +
                                     "announced Tuesday.", 2).Metric, Is.EqualTo("killed"));

    // France 24 after AFP, November 2022: the houses were damaged; the evacuation is the people's.
    [Test]
    public void FigureWithAVerbOfItsOwn_TakesNoTriggerFromTheNextFigure()
    {
        var claims = Extracted.Claims("It said more than 2,000 houses were damaged and more than 5,000 people were taken to evacuation centres.");
        Assert.That((claims.Single(c => c.Low == 2000).Metric, claims.Single(c => c.Low == 5000).Metric), Is.EqualTo(("count", "evacuated")));
    }

    // UPI, September 2019: one interval, of the missing; the dead are only expected to rise.
    [Test]
    public void VagueQuantityAPossiblyLargerOneBounds_IsOneInterval()
    {
        var claim = Extracted.Claims("However, the number of dead is expected to rise as hundreds, possibly thousands, are still unaccounted for.").Single();
        Assert.That((claim.Low, claim.High, claim.Metric), Is.EqualTo((200, 9999, "missing")));
    }

    // Asume Tech after AFP, November 2022: "or even" links the two the same way.
    [Test]
    public void VagueQuantityOrEvenALargerOne_IsOneInterval()
    {
        var claims = Extracted.Claims("“Hundreds or even thousands of houses were damaged,” Adam, a spokesman for the local government of Cianjur, told AFP.");
        Assert.That(claims.Where(c => c.Low > 0).Select(c => (c.Low, c.High, c.Subject)), Is.EqualTo(new[] { (200.0, 9999.0, "buildings") }));
    }

    // CBS News, 1 January 2025: the deceased are the dead.
    [Test]
    public void PeopleWhoAreDeceased_AreKilled() =>
        Assert.That(Extracted.Figure("\"As of now, 15 people are deceased. It will take several days to perform all autopsies,\" New Orleans Coroner " +
                                     "Dr. Dwight McKenna said in a statement on Wednesday.", 15).Metric, Is.EqualTo("killed"));

    // Dawn after AFP, March 2025: those taken to hospital are the injured.
    [Test]
    public void PeopleTakenToHospital_AreWounded()
    {
        var claim = Extracted.Figure("The ambulance service said nine people were taken to hospital, including a photographer hit in the head by one of the grenades.", 9);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("wounded", "ambulance service")));
    }

    // Africanews after AP, 28 February 2025: the 20 were treated, not arrested.
    [Test]
    public void SecondFigureThatReceivedMedicalAttention_IsWounded() =>
        Assert.That(Extracted.Figure("Authorities said at least 41 people were arrested and 20 received medical attention during the violence outside " +
                                     "Parliament and through nearby streets.", 20).Metric, Is.EqualTo("wounded"));

    // Messenger-Inquirer, 14 December 2021: 18 is an age.
    [Test]
    public void NumberAfterYoungerThan_IsAnAge() =>
        Assert.That(Extracted.Claims("Six were younger than 18, he said.").Select(c => c.Low), Is.EqualTo(new[] { 6.0 }));

    // The Columbian after the Miami Herald, November 2019: a wind speed is no count of winds.
    [Test]
    public void MilesPerHour_IsASpeed()
    {
        var claim = Extracted.Figure("Hurricane Dorian, the monster storm that struck the Bahamas with punishing 185 mph sustained winds and 25-foot storm " +
                                     "surges in early September, caused an estimated $3.4 billion in damages.", 185);
        Assert.That((claim.Metric, claim.Unit), Is.EqualTo(("speed", "mph")));
    }

    // Kilat, November 2022: "As previously reported" names no one; the president gave the figure.
    [Test]
    public void AsPreviouslyReported_IsNoSource() =>
        Assert.That(Extracted.Figure("As previously reported, President Joko Widodo (Jokowi) said that as many as 39 victims of the Cianjur earthquake " +
                                     "had not been found.", 39).Claimant, Is.EqualTo("Joko Widodo"));

    // Buenos Aires Times after AFP, 11 May 2021: an ombudsman is a source.
    [Test]
    public void Ombudsman_IsASource() =>
        Assert.That(Extracted.Figure("At least 42 people have been killed in near-daily protests against the government of Colombian President Ivan " +
                                     "Duque since April 28, the country's human rights ombudsman said Tuesday.", 42).Claimant, Does.Contain("ombudsman"));

    // Ada Derana, 29 December 2024: the two are the exception the relative clause names; the main verb is everyone else's.
    [Test]
    public void ExceptionWithARelativeClause_KeepsItsOwnVerb() =>
        Assert.That(Extracted.Figure("Fire department officials earlier said they presume almost everyone aboard except two who were rescued have perished.", 2).Metric,
            Is.EqualTo("rescued"));

    // Maclean's, on the Lac-Mégantic derailment (2013): the missing who turned up alive were found, not counted in a crowd.
    [Test]
    public void MissingWhoTurnedUpAlive_AreRescued() =>
        Assert.That(Extracted.Figure("Forget said three people who had been considered missing have turned up alive.", 3).Metric, Is.EqualTo("rescued"));

    // The Daily Star after Reuters, on the Kumbh Mela crush (2025): of those taken to hospital, the 30 died.
    [Test]
    public void PartWithAVerbOfItsOwn_KeepsWhatHappenedToIt()
    {
        var claims = Extracted.Claims("Senior police officer Vaibhav Krishna told reporters that 90 people were taken to the hospital after the stampede, of whom 30 " +
                                      "died and the rest were being treated.");
        Assert.That((claims.Single(c => c.Low == 90).Metric, claims.Single(c => c.Low == 30).Metric), Is.EqualTo(("wounded", "killed")));
    }

    // Messenger-Inquirer, 14 December 2021: "confirmed" after a possessive is an adjective; the toll is western Kentucky's, no one's word.
    [Test]
    public void ParticipleAfterAPlacesPossessive_ReportsNothing()
    {
        var claim = Extracted.Figure("Western Kentucky’s confirmed death toll from the tornadoes that raked the area Friday night and early Saturday stood at 74 " +
                                     "on Monday evening.", 74);
        Assert.That((claim.Claimant, claim.Location), Is.EqualTo(("unattributed", "Kentucky")));
    }

    // An OSCE monitoring report, 2014 (ukraine-2014 corpus): a hyphenated participle is an adjective, no verb of the howitzers' own,
    // so the trigger past the calibre is still theirs.
    [Test]
    public void CompoundAdjectiveAfterTheFigure_IsNoVerbOfItsOwn() =>
        Assert.That(Extracted.Figure("At one of the sites the SMM recorded that two self-propelled howitzers (2S1 Gvozdika , 122mm) were missing.", 2).Metric,
            Is.EqualTo("missing"));

    // Sputnik, 21 December 2024: the minister's two were said earlier that day, before the toll rose to five; no current count.
    [Test]
    public void FigureSaidEarlier_IsOfAnUnknownEarlierTime()
    {
        var claim = Extracted.Figure("Saxony-Anhalt Minister-President Reiner Haseloff said earlier on Saturday that two people had died, one of whom " +
                                     "was a small child.", 2);
        Assert.That((claim.Claimant, claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo(("Reiner Haseloff", (DateOnly?)null, "unknown")));
    }

    // On3, 1 January 2025: "Initially" opening the sentence does the same.
    [Test]
    public void FigureInitiallyGiven_IsOfAnUnknownEarlierTime() =>
        Assert.That(Extracted.Figure("Initially, officials said 10 people were killed in the incident. However, later Wednesday, that number grew to 15.", 10)
            .AssertedOn, Is.Null);

    // Independent Observer, November 2022: a headline's "62 not 162" corrects the second figure.
    [Test]
    public void FigureDeniedRightAfterAnother_InAHeadline_IsNoClaim() =>
        Assert.That(Extracted.Claims("Cianjur earthquake kills 62 not 162, BNPB clarifies").Select(c => c.Low), Is.EqualTo(new[] { 62.0 }));

    // On3, 1 January 2025: "that number grew to 15" is the toll the sentence before gave.
    [Test]
    public void NumberThatGrewTo_IsTheMeasureGivenBefore() =>
        Assert.That(Extracted.Claims("Initially, officials said 10 people were killed in the incident. However, later Wednesday, that number grew to 15.")
            .Single(c => c.Low == 15).Metric, Is.EqualTo("killed"));

    // LatestLY after ANI, 1 November 2022 (the headline adapted): Gandhinagar is where the minister met the press; the missing are Morbi's.
    [Test]
    public void PlaceWhereTheMinisterMetThePress_IsNotTheFiguresPlace() =>
        Assert.That(Extracted.Claims("Morbi bridge collapse: Death toll reaches 135\n\n\"17 persons remain hospitalised. 2 people remain missing,\" said " +
                                     "Trivedi while talking to the mediapersons in Gandhinagar.").Single(c => c.Low == 2).Location, Is.EqualTo("Morbi"));

    // The Statesman, 31 October 2022 (the headline as its address gives it): the prime minister says he is pained; the toll is not his.
    [Test]
    public void SourceAfterTheFiguresCommaSayingSomethingElse_IsNotTheFigures() =>
        Assert.That(Extracted.Figure("Morbi bridge collapse: Death toll crosses 130, PM Modi says pained by tragedy", 130).Claimant, Is.EqualTo("unattributed"));

    // PerthNow after AAP, 13 September 2019: the prime minister's warning after "but" is his; the count is the official one.
    [Test]
    public void SourceAfterButWithItsTitle_OpensAClauseOfItsOwn() =>
        Assert.That(Extracted.Figure("The official death count currently stands at 50 but Bahamian Prime Minister Hubert Minnis on Wednesday warned he " +
                                     "expected that number to significantly increase.", 50).Claimant, Is.Not.EqualTo("Hubert Minnis"));

    // Anadolu, 21 December 2024: the crowd the car rammed into is in an aside; the toll counts the dead.
    [Test]
    public void TriggerInACommaAsideBetweenTheMeasureAndItsFigure_LeavesTheMeasure() =>
        Assert.That(Extracted.Figure("The death toll from the terrorist attack in the German city of Magdeburg, when a car rammed into a crowd at a " +
                                     "Christmas market, has risen to 5", 5).Metric, Is.EqualTo("killed"));

    // teleSUR English, 4 May 2021: "out of" is a partitive; "out" counts nothing.
    [Test]
    public void FigureOutOfAnother_IsAPart()
    {
        var claim = Extracted.Figure("\"Eighteen out of 19 killed people are civilians,\" the Ombudsman's office confirmed without giving details about the " +
                                     "identity of those murdered or the circumstances of their deaths.", 18);
        Assert.That((claim.PartOfGroup, claim.Subject), Is.EqualTo((true, "unspecified")));
    }

    // Kilat, 25 November 2022: the bodies still being identified are some of the 272 dead.
    [Test]
    public void BodiesStillInIdentification_AreAPart() =>
        Assert.That(Extracted.Claims("Of the 272 victims who died, 165 have been identified. Meanwhile, 107 bodies are still in the identification process.")
            .Single(c => c.Low == 107).PartOfGroup, Is.True);

    // EbolaVideos.org, 2014 (events-mixed corpus): a toll risen to a level "out of" the cases is the toll, no part.
    [Test]
    public void LevelATollRoseToOutOfTheCases_IsNoPart() =>
        Assert.That(Extracted.Figure("The World Health Organization said on Wednesday that the death toll in the world's worst Ebola epidemic has risen " +
                                     "to 5,689 out of 15,935 cases.", 5689).PartOfGroup, Is.False);
}
