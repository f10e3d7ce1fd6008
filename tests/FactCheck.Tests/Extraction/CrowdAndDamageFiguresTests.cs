using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// The figures fact-checkers most often weigh against each other: organisers' and police crowd counts, and damage estimates, each with
/// who gives it and what it counts. Sentences from real news.
/// </summary>
public sealed class CrowdAndDamageFiguresTests
{
    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    // Evening Standard, November 2003.
    private const string BushVisit =
        "Organisers of today's demonstration against the controversial visit of President George Bush claimed that up to 200,000 people joined the protest.\n\n" +
        "However, police estimates put the demonstrators' numbers at just 30,000, way short of the figure promised by protest groups.";

    [Test]
    public void OrganisersCount_IsTheOrganisers_NotThePersonTheirProtestIsAgainst()
    {
        var claim = Figure(BushVisit, 200000);
        Assert.That((claim.Claimant, claim.Metric), Is.EqualTo(("Organisers", "participated")));
    }

    [Test]
    public void PoliceNumbersOfTheDemonstrators_CountTheSameTurnout()
    {
        var claim = Figure(BushVisit, 30000);
        Assert.That((claim.Metric, claim.Subject), Is.EqualTo(("participated", "people")));
    }

    // PA via Business Fast, November 2023.
    private const string LondonMarch =
        "Organisers of the pro-Palestine march in London have said the latest estimate was that “more than 800,000” people have taken to the streets, according to the PA news agency.\n" +
        "The Met police said earlier that they estimated 300,000 people were marching.\n" +
        "In this case the police are saying at least 750,000, while the organisers are saying it's more like 2 million.";

    [Test]
    public void FigureQuotedInsideAStatement_IsTheSpeakers_NotTheAgencyRelayingIt() =>
        Assert.That(Figure(LondonMarch, 800000).Claimant, Is.EqualTo("Organisers"));

    [TestCase(300000)]
    [TestCase(750000)]
    public void PeopleMarching_AndABareFigureAReportingVerbGives_CountTheTurnout(double low) =>
        Assert.That(Figure(LondonMarch, low).Metric, Is.EqualTo("participated"));

    [Test]
    public void SourceAfterAnOpeningPhrase_IsTheSourceNotTheWholePhrase() =>
        Assert.That(Figure("In this case the police are saying at least 750,000, while the organisers are saying it's more like 2 million.", 750000).Claimant,
            Is.EqualTo("police"));

    // CNN, Mothership, RTHK, 9-10 June 2019 (Hong Kong): the group a measure of the figure names counts a turnout; the same noun
    // with what happened to it does not.
    [TestCase("Hong Kong Police estimated the number of protesters closer to 240,000.", 240000, "participated")]
    [TestCase("Meanwhile, the Hong Kong police have pegged the number of protesters at around 240,000.", 240000, "participated")]
    [TestCase("Jimmy Sham from the Civil Human Rights Front said they came up with their figure of 1.03 million participants thanks to volunteers " +
              "counting marchers as they made their way along Hennessy Road.", 1030000, "participated")]
    [TestCase("Police said the number of protesters killed had risen to 20.", 20, "killed")]
    // Gulf Observer, August 2022: lives disrupted are no lives taken.
    [TestCase("The government says the lives of nearly 33 million people have been disrupted.", 33000000, "count")]
    // Kayhan International (Reuters), February 2023: the people who survived a wreck are its survivors.
    [TestCase("Eighty-one people survived, with 22 of them taken to hospital, she said.", 81, "rescued")]
    public void GroupAMeasureOfTheFigureNames_SaysWhatItCounts(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    // AP, 2 July 2024 (Hathras): how many an event had permission to host is a limit, not a turnout to weigh against counts.
    [TestCase("Initial reports suggested that over 15,000 people had gathered for the event that had permission to host about 5,000.", 5000, Modality.Projection)]
    [TestCase("Initial reports suggested that over 15,000 people had gathered for the event that had permission to host about 5,000.", 15000, Modality.Asserted)]
    public void HowManyAnEventMayHost_IsALimit(string sentence, double low, Modality modality) =>
        Assert.That(Figure(sentence, low).Modality, Is.EqualTo(modality));

    // Tagesschau via allnewspress and time.news, 23 March 2023: a head count a source counted or reported, in a report of a protest, is
    // its turnout; so is a count of demonstrators; "added 12 individuals to a list" reports nothing.
    private const string PensionProtest = "Pension reform in France: More than a million people protest\n\n";

    [TestCase("The union CGT reported 3.5 million people.", 3500000, "participated")]
    [TestCase("In Rouen, the prefecture counted 14,800 demonstrators, a record since the start of the social movement, while the CGT claimed 23,000.", 14800, "participated")]
    [TestCase("It added 12 individuals to an earlier list of 21 who now face asset freezes and travel bans.", 12, "count")]
    // Eunews, 17 March 2025: a head count a source gives as there, too.
    [TestCase("According to the Interior Ministry, there were about 107,000 people; according to NGOs, there were almost half a million.", 107000, "participated")]
    public void HeadCountASourceGivesOfAProtest_IsItsTurnout(string sentence, double low, string metric) =>
        Assert.That(Figure(PensionProtest + sentence, low).Metric, Is.EqualTo(metric));

    // BBC, 16 February 2003: a concession opens a clause with a source of its own; a figure put "closer to" a number is given as "at" one is.
    [TestCase(2000000, "organisers")]
    public void SourceOfAConcession_GivesItsFigure(double low, string claimant) =>
        Assert.That(Figure("Police said it was the biggest ever demonstration with at least 750,000 taking part, although organisers put the figure " +
                           "closer to two million.", low).Claimant, Is.EqualTo(claimant));

    // The Guardian and Irish Examiner, 15 February 2003: a verb joined by "but" to the sentence's first predicate shares its subject.
    [Test]
    public void VerbJoinedToTheFirstPredicate_SharesItsSubject() =>
        Assert.That(Figure("Scotland Yard is unable to confirm exact figures at present, but said the numbers ran into hundreds of thousands.", 200000).Claimant,
            Is.EqualTo("Scotland Yard"));

    // Irish Examiner, February 2003; Charter 97 (events-mixed), August 2020: a protest and the streets people took to count a turnout.
    [TestCase("One million protest against war in London", 1000000)]
    [TestCase("Hundreds of thousands of people have taken to the streets of London to voice their opposition to military action against Iraq.", 200000)]
    // Pledge Times (Estadão), The West Australian, February 2024: a rally that brought people together, supporters who staged one.
    [TestCase("The demonstration called by former president Jair Bolsonaro (PL) for this Sunday, 25th, on Avenida Paulista, in São Paulo, brought together 600,000 people on one of the most important roads in the capital of São Paulo, according to the Public Security Secretariat (SSP).", 600000)]
    [TestCase("An estimated 185,000 supporters of former Brazilian president Jair Bolsonaro staged a rally in Sao Paulo on Sunday.", 185000)]
    public void ProtestAndTakingToTheStreets_CountATurnout(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo("participated"));

    // EFE, November 2023: two figures each followed by its own "according to", joined by "and".
    [TestCase(170000, "government delegation")]
    [TestCase(1000000, "organizers")]
    public void EachFigureFollowedByItsOwnAccordingTo_IsThatSources(double figure, string claimant) =>
        Assert.That(Figure("Madrid, Nov 18 (EFE) – Spanish civic organizations organized a massive rally against the amnesty offered by the newly installed government to " +
                           "Catalan independentists in the symbolic Plaza de Cibeles on Saturday, attracting 170,000 people according to the government delegation and up to one " +
                           "million according to the organizers.", figure).Claimant, Is.EqualTo(claimant));

    // Essanews, November 2023: an adverb set off between two clauses starts the second source's part.
    [Test]
    public void AdverbSetOffBetweenTwoClauses_StartsTheSecondSourcesPart() =>
        Assert.That(Figure("The organizers estimated over a million participants in the march, however, the authorities reported a number closer to 170,000.", 170000).Claimant,
            Is.EqualTo("authorities"));

    // Mothership, 10 June 2019: a source that provided an estimate gave it; "the march organiser" is a source as organisers are.
    [TestCase(240000, "Police")]
    [TestCase(1000000, "march organiser")]
    public void ProvidedEstimate_AndASingleOrganiser_AreSources(double low, string claimant) =>
        Assert.That(Figure("Police provided a conservative 240,000 estimate, while the march organiser said it was more than a million.", low).Claimant,
            Is.EqualTo(claimant));

    // A blog quoting AP and the LA Times, January 2003; The Sydney Morning Herald, March 2003; a forum post quoting the BBC, 2003.
    [TestCase("Associated Press (via ABC) has the police putting numbers at 3,000 with organisers saying 20,000.", 20000, "organisers")]
    [TestCase("Unofficial police estimates put the crowd at 120,000 or more, while organisers United for Peace and Justice estimate the crowd at more than 200,000.", 200000, Claim.Unattributed)]
    [TestCase("The demonstrators claimed there were 200,000 people out today - the police said more like 30-40,000.", 30000, "police")]
    public void EachSidesFigure_IsThatSides(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Business Insurance, 15 September 2017; Claims Journal, 24 October 2008: a modeller that updated its estimate gave the new one ("an updated estimate from
    // the N.C. Office ...", an adjective after its article, still names its source: DamageEstimate_IsItsEstimators).
    [TestCase("Catastrophe modeling firm AIR Worldwide updated its estimate of insured damages from Hurricane Irma for the United States and the Caribbean to between $32 billion and $50 billion.", 32e9, "AIR Worldwide")]
    [TestCase("California-based Risk Management Solutions (RMS) updated its estimate for U.S. onshore and offshore insured losses from Hurricane Ike to $13 billion to $21 billion, of which $10 billion to $15 billion is estimated for wind and storm surge in Texas and Louisiana.", 13e9, "Risk Management Solutions")]
    public void UpdatedEstimate_IsItsEstimators(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Reuters via Insurance Journal, 13 September 2011: an estimate is its maker's, named by a possessive.
    [Test]
    public void EstimateOfANamedMaker_IsTheMakers() =>
        Assert.That(Figure("AIR has estimated losses at $3.5 billion to $7.1 billion, while Eqecat’s estimate is $1.8 billion to $3.4 billion.", 1.8e9).Claimant,
            Is.EqualTo("Eqecat"));

    // El Nacional, 11 September 2018: a crowd estimated by police is theirs, the passive's "be" left out.
    [Test]
    public void CrowdEstimatedByPolice_IsThePolices()
    {
        var claim = Figure("A crowd estimated by police at approximately one million people, many wearing t-shirts in the coral-red colour chosen for this year's march by the organising Catalan National Assembly (ANC), began congregating early in the day along the length of the avenue.", 1e6);
        Assert.That((claim.Claimant, claim.Metric), Is.EqualTo(("police", "participated")));
    }

    // Al Jazeera via Topix, 22 May 2017: a measure linked to a later figure ("as death toll rises to 242") is that one's.
    [Test]
    public void MeasureLinkedToALaterFigure_IsNotTheFirsts()
    {
        var claims = Extracted.Claims("Yemen could see 250,000 cholera cases within six months, as death toll rises to 242, World Health Organization says.");
        Assert.That(claims.Select(c => (c.Low, c.Metric)), Is.EqualTo(new[] { (250000.0, "count"), (242.0, "killed") }));
    }

    [Test]
    public void TollThatRoseToAFigure_CountsPeople_NotTheCasesBeforeIt() =>
        Assert.That(Figure("Nearly 23,500 suspected cases of cholera have been registered in war-ravaged Yemen in the past three weeks, the World Health Organization said, " +
                           "as the death toll of the outbreak climbed to at least 242.", 242).Subject, Is.EqualTo("people"));

    // CBS News (AP), 19 October 2017: an estimate "of" a group names what its figures count, as a number or a tally does.
    [TestCase(6900)]
    [TestCase(5700)]
    public void EstimateOfAGroup_CountsThatGroup(double low) =>
        Assert.That(Figure("The estimate of homes and structures burned is now at 6,900, up from 5,700, as fire crews returned to hard-hit neighborhoods and assessed remote " +
                           "and rural areas they could not get to earlier, said Daniel Berlant, a spokesman with the California Department of Forestry and Fire Protection.", low).Subject,
            Is.EqualTo("buildings"));

    // Reuters, 8 December 2019 (Hong Kong): "estimated" after its subject is the verb, not "an estimated"; a bare figure after
    // "suggested there were" counts the turnout the story gives.
    private const string HongKong =
        "Hundreds of thousands of people marched through central Hong Kong on Sunday.\n" +
        "The organisers estimated 800,000 had joined the protest. Police estimates suggested there were less than 200,000.";

    [TestCase(800000, "organisers")]
    [TestCase(0, "Police")]
    public void OrganisersAndPoliceEstimates_AreTheirsAndCountTheTurnout(double low, string claimant)
    {
        var claim = Extracted.Claims(HongKong).Single(c => c.Low == low);
        Assert.That((claim.Claimant, claim.Metric, claim.Subject), Is.EqualTo((claimant, "participated", "people")));
    }

    // France 24 (AFP), 6 June 2023; time.news, March 2023; France 24, January 2023.
    private const string PensionProtests =
        "Around 300,000 people took part in protests in Paris on Tuesday according to the CGT union, the lowest turnout since protests against the government's unpopular pension reform started.\n" +
        "The police, however, estimated that only 31,000 turned out in Paris.\n" +
        "In total, more than 900,000 people demonstrated across the country according to the CGT. The Interior ministry said the figure was closer to 280,000.\n" +
        "In Marseille, 7,000 people marched according to the prefecture.\n" +
        "The numbers are equal or higher than demonstrations against the previous pension reform in December 2019, which brought out 806,000 protesters officially, and 1.5 million according to unions.\n" +
        "The interior ministry put the total number of protesters marching against President Emmanuel Macron's plan to extend the retirement age at 1.2 million, including 80,000 in Paris.";

    // time.news, 15 March 2023: a bare figure a count gives, with a phrase after it that names no group.
    [Test]
    public void BareCountWithAPhraseAfterIt_CountsTheTurnoutTheStoryGives()
    {
        var claim = Figure("But all the same 1.7 million people marched on Wednesday in the streets of France, for the eighth day of interprofessional mobilization, " +
                           "according to the CGT. The Ministry of the Interior has counted 480,000 on its side.", 480000);
        Assert.That((claim.Claimant, claim.Metric, claim.Subject, claim.Unit), Is.EqualTo(("Ministry of the Interior", "participated", "people", "people")));
    }

    // time.news, 31 January 2023: a second figure set against the first, with its own source right after it; a source after the place
    // its sentence opens with.
    private const string RecordTurnout =
        "Confirmation this evening, since the CGT claims 2.8 million demonstrators throughout France, against 1.27 million according to the Ministry " +
        "of the Interior.\nParticipation has also increased Nantes, where police counted 28,000 people in the procession. In Paris the police headquarters " +
        "announced 87,000 demonstrators, while the CGT claimed more than 500,000 demonstrators.";

    [TestCase(2800000, "CGT", "France")]
    [TestCase(1270000, "Ministry of the Interior", "France")]
    [TestCase(87000, "police headquarters", "Paris")]
    public void FigureSetAgainstAnother_IsTheSourcesAfterIt_AndAnOpeningPlaceIsWhereNotWho(double low, string claimant, string place)
    {
        var claim = Figure(RecordTurnout, low);
        Assert.That((claim.Claimant, claim.Location), Is.EqualTo((claimant, place)));
    }

    [TestCase(31000, "police")]
    [TestCase(280000, "Interior ministry")]
    [TestCase(7000, "prefecture")]
    [TestCase(1200000, "Interior ministry")]
    public void MinistryPoliceAndPrefectureCounts_AreTheirs_AndCountTheTurnout(double low, string claimant)
    {
        var claim = Figure(PensionProtests, low);
        Assert.That((claim.Claimant, claim.Metric), Is.EqualTo((claimant, "participated")));
    }

    [Test]
    public void ProtestersADemonstrationBroughtOut_AreItsTurnout() =>
        Assert.That(Figure(PensionProtests, 806000).Metric, Is.EqualTo("participated"));

    // A blog quoting the AP, June 2011; NBC DFW, May 2011; a blog quoting the Guardian, January 2003.
    [TestCase("The Associated Press said that the report projects that the death toll was between 46,000 and 85,000, far below the Haitian government's official figure of 316,000.",
        316000, "Haiti")]
    [TestCase("Early estimates placed the number of dead at above 200,000, and the official Haitian government's toll is 316,000.", 316000, "Haiti")]
    [TestCase("Police did not quarrel with the organisers' estimate of 500,000, though that seemed excessive.", 500000, "organisers")]
    public void FigureOfAMeasureSomeoneOwns_IsTheOwners_WhoeverReportsIt(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Written for the construction: a place's or a day's measure is where or when, no one's word; its verb is no counted noun.
    [TestCase("Ukraine's death toll of 1,000 rose on Sunday.", 1000)]
    [TestCase("Monday's count of 500 was revised.", 500)]
    public void MeasureOfAPlaceOrADay_IsNoOnesWord(string sentence, double low)
    {
        var claim = Figure(sentence, low);
        Assert.That(claim.Claimant, Is.EqualTo(Claim.Unattributed));
        Assert.That(claim.Subject, Is.Not.EqualTo("rose"));
    }

    [Test]
    public void PeopleMassing_IsATurnout() =>
        Assert.That(Figure("Organisers said as many as 200,000 people massed to voice their objections.", 200000).Metric, Is.EqualTo("participated"));

    [Test]
    public void WordAfterTheFigure_ThatSaysWhen_IsNoCountedNoun() =>
        Assert.That(Figure("In the march that even the media here say attracted one to two million the police at first said it was 10,000 then they revised it to 40,000.", 10000).Subject,
            Is.EqualTo("people"));

    // WECT, 31 October 2018; The News & Observer, October 2018; Big News Network, October 2022.
    [TestCase("Hurricane Florence caused nearly $17 billion in damage, according to an updated estimate from the N.C. Office of State Budget and Management.", 16.5e9,
        "N.C. Office of State Budget and Management")]
    [TestCase("Hurricane Florence caused an estimated $16.7 billion in damage in North Carolina, up from initial estimates of $13 billion, state officials said Wednesday.", 13e9,
        "state officials")]
    [TestCase("The economic damage caused by Hurricane Ian, which left massive destruction in its wake across Florida and coastal South Carolina, could reach up to $75 billion, " +
              "according to a projection released this week by data firm Enki Research, which studies the financial effects of storms.", 75e9, "Enki Research")]
    public void DamageEstimate_IsItsEstimators(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void DamageTheSentenceOpensWith_IsWhatASumFarAfterItMeasures() =>
        Assert.That(Figure("The economic damage caused by Hurricane Ian, which left massive destruction in its wake across Florida and coastal South Carolina, could reach up to $75 billion.", 75e9).Metric,
            Is.EqualTo("losses"));

    // Reuters via The Epoch Times, 3 September 2017: the damage opening what a source said is what a sum far after it measures.
    [Test]
    public void DamageOpeningAReportedClause_IsWhatASumFarAfterItMeasures() =>
        Assert.That(Figure("HOUSTON—Texas Governor Greg Abbott on Sunday said damage from Hurricane Harvey would exceed that of epic hurricanes Katrina or " +
                           "Sandy, likely reaching $150 billion to $180 billion.", 150e9).Metric, Is.EqualTo("losses"));

    // Federal Reserve Bank of Dallas, 2018; Baller Alert after ABC News, 2017: an estimate's maker named by a participle's agent after the
    // estimate's own "from", and a company whose name holds a possessive.
    [TestCase("The most recent direct damage estimate from Harvey estimated by Moody's Analytics is between $60 billion and $70 billion.", 60e9)]
    [TestCase("Moody's Analytics predicts the total cost of damage caused by Harvey to be at $108 billion in destruction.", 108e9)]
    public void EstimateByACompanyWithAPossessiveInItsName_IsThatCompanys(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo("Moody's Analytics"));

    // VOA, September 2019.
    [Test]
    public void WordThatOpensSentences_NamesNoAuthorOfTheEstimates() =>
        Assert.That(Figure("Early estimates say the Category 5 hurricane caused about $3 billion in damage.", 2.85e9).Claimant, Is.EqualTo("Early estimates"));

    // Written for the construction: a passive's agent after the figure its cue gives.
    [Test]
    public void AgentOfAPassiveEstimate_AfterTheFigure_IsItsSource() =>
        Assert.That(Figure("Damage was estimated at $2 billion by the state government.", 2e9).Claimant, Is.EqualTo("state government"));

    // Insurance Journal, October 2024; Claims Journal, 2008: what insurers will pay is a measure of its own, never the whole cost.
    [TestCase("Modeling and analytics firm Karen Clark & Co. on Wednesday said privately insured losses from Hurricane Helene will be about $6.4 billion from wind, storm surge and inland flooding in nine states.", 6.4e9, "insured losses")]
    [TestCase("California-based Risk Management Solutions (RMS) updated its estimate for U.S. onshore and offshore insured losses from Hurricane Ike to $13 billion to $21 billion, of which $10 billion to $15 billion is estimated for wind and storm surge in Texas and Louisiana.", 13e9, "insured losses")]
    [TestCase("AccuWeather has increased its estimate of the total damage and economic loss from Hurricane Helene in the U.S. to between $225 billion and $250 billion.", 225e9, "losses")]
    // Press Rundown, October 2024: a disaster's economic cost is its losses.
    [TestCase("According to a preliminary estimate by Moody's Analytics, the economic cost of the hurricane could reach tens of billions of dollars.", 20e9, "losses")]
    public void InsuredLosses_AreTheirOwnMeasure_TheWholeCostIsLosses(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    // Slate, January 2017: "the number closer to" a figure is the turnout the story gives.
    [Test]
    public void TheNumberCloserToAFigure_IsTheStorysTurnout()
    {
        var claims = Extracted.Claims("According to a review of rough estimates, at least 3 million people took to the streets in marches across the country. " +
                                      "Organizers of the Los Angeles march claimed their numbers rivaled those of the National Mall, saying as many as 750,000 people attended, " +
                                      "although that wasn’t officially confirmed, and police put the number closer to 500,000.");
        Assert.That(claims.Single(c => c.Low == 475000).Metric, Is.EqualTo("participated"));
    }

    // Manhattan Times, September 2019; VilaWeb, September 2012 (its "one million and a half" written here as 1.5 million): a crowd that hit
    // the streets, an attendance put at a figure, are turnouts.
    [TestCase("A crowd estimated at more than 250,000 hit the streets of New York City on Fri., Sept. 20, demanding action in the face of global climate change.", 250000)]
    [TestCase("It was, by all means, a historical demonstration. The Catalan and the City police assessed the attendance at 1.5 million.", 1.5e6)]
    public void CrowdThatHitTheStreets_OrAnAttendance_IsATurnout(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo("participated"));

    // Newsnet Scotland, 11 September 2012: "600,000 strong" counts people, "the true figure" is the crowd's, and "the Madrid government" is
    // Spain's, not a place the rally was in.
    private const string Diada =
        "The Catalan capital of Barcelona was brought to a standstill on Tuesday during a massive rally in favour of Catalan independence.  Marching under the slogan " +
        "Catalunya, nou Estat d’Europa(Catalonia, new European state) the streets of the Mediterranean city were packed by demonstrators from all parts of Catalonia " +
        "demanding independence from Spain in an unprecedented show of mass support for Catalan sovereignty, blaming the Madrid government for the economic crisis " +
        "which is dragging Catalonia down along with the rest of Spain.\n\n" +
        "Attendance at the rally exceeded even the most optimistic forecasts of organisers.  The regional government estimated that the crowd was 600,000 strong.  " +
        "Local police said the true figure was likely to be as high as 1.5 million.";

    [Test]
    public void CrowdSoManyStrong_AndItsTrueFigure_AreTurnoutsOfPeople_NotInTheCapitalWhoseGovernmentIsBlamed()
    {
        var claims = Extracted.Claims(Diada);
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => (c.High, c.Metric, c.Subject)), Is.SupersetOf(new[] { (600000d, "participated", "people"), (1.5e6, "participated", "people") }));
            Assert.That(claims.Select(c => c.Location), Has.None.EqualTo("Madrid"));
        });
    }

    // RNZ, 12 September 2012: the city marched through, not the region the march was for.
    [Test]
    public void MarchThroughACity_IsInThatCity() =>
        Assert.That(Figure("More than a million people marched through Barcelona on Tuesday to demand independence for Catalonia.", 1e6).Location, Is.EqualTo("Barcelona"));

    // EFE, 20 September 2019: figures between dashes larger than the vague count before them say how many it was, rival counts, no parts of it.
    [Test]
    public void FiguresLargerThanTheCountBeforeTheirDash_AreRivalCounts_NotParts()
    {
        var claims = Extracted.Claims("A sea of thousands - 60,000, according to local authorities, and 250,000 according to organizers - turned out on Friday in New York for a " +
                                      "massive \"Global Climate Strike\" march demanding urgent measures be taken to reverse climate change.");
        Assert.That(claims.Where(c => c.Low >= 60000).Select(c => (c.Low, c.PartOfGroup, c.Metric)), Is.EqualTo(new[] { (60000d, false, "participated"), (250000d, false, "participated") }));
    }
}
