using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Sources that reach a figure from another sentence or another clause. Sentences from real news.</summary>
public sealed class AttributionAcrossSentencesTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    [Test]
    public void QuotationOverSeveralSentences_BelongsToTheSpeakerNamedWhereItCloses()
    {
        var claim = Figure(
            "The head of the citizenship department of the Federal Migration Service, Valentina Kazakova, confirmed the number to journalists.\n" +
            "\"In the last two weeks of February around 143,000 people have applied.\n" +
            "That puts great pressure on the regions bordering Ukraine.\n" +
            "People are bewildered, frightened and despondent,\" she said.", 143000);
        Assert.That(claim.Claimant, Is.EqualTo("Valentina Kazakova"));
    }

    [TestCase("Six firefighters killed on duty have been identified, and another 66 wounded have been hospitalized, the fire command center under the ministry said on Thursday in a statement.", 6, "fire command center")]
    [TestCase("More than 400,000 people were without power on Sunday evening, while nearly a third of the state's population was without water, authorities said.", 400000, "authorities")]
    [TestCase("There are about 300 resettlement offices spread across 49 states, and advocates estimate several dozen are at risk.", 285, Claim.Unattributed)]
    public void SourceSetOffAtTheSentencesClose_SaysAllOfIt(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [TestCase("Prime Minister Donald Tusk has said he will be pushing for a \"responsible\" use of sanctions against Ukraine when he speaks to the European Commission president following three people being killed in Kiev during violent clashes with police.", 3, Claim.Unattributed)]
    [TestCase("Human rights monitors have accused Myanmar's military of atrocities against the stateless Rohingya during so-called clearance operations following insurgent attacks on 30 police posts and an army base.", 30, Claim.Unattributed)]
    [TestCase("\"I'm delighted,\" said Fransen, whose own Twitter following increase by 50 percent in the wake of the furor to 78,000.", 50, "Fransen")]
    public void FigureInAClauseOfWhatHappenedAroundAStatement_IsTheNarrations(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void TheSameSource_IsTheLastToSpeak()
    {
        var claims = Extracted.Claims("Morocco's interior ministry said on Sunday that 1,037 people had died.\n" +
                                      "More than a third of the deaths (394) were recorded in Al-Haouz, the epicentre of the quake, and in Taroudant (271) further south, the same source said.");
        Assert.That(claims.Single(c => c.Low == 271).Claimant, Is.EqualTo(claims.Single(c => c.Low == 1037).Claimant).And.Not.EqualTo(Claim.Unattributed));
    }

    [Test]
    public void ATitleAlone_IsThePersonTheDocumentGaveItTo()
    {
        // DT Next, 4 June 2023 (Balasore train crash).
        var claim = Figure(
            "Odisha Chief Secretary Pradeep Jena said on Sunday that the death toll had been revised to 275.\n" +
            "The Chief Secretary also said that out of the 275, 88 bodies have been identified.", 88);
        Assert.That(claim.Claimant, Is.EqualTo("Pradeep Jena"));
    }

    // CBS News and Reuters, June 2021 (Surfside collapse); AP, November 2022 (Itaewon crush): a person named again by
    // the last words of their name, or by its first word (a family name written first).
    [TestCase("Miami-Dade County Mayor Daniella Levine Cava said the search would go on.\n" +
              "So far, 139 people who were living or staying in the condominium have been accounted for, according to Levine Cava.", 139, "Daniella Levine Cava")]
    [TestCase("Nam Gu-jun, head of the special investigation unit, spoke to reporters on Tuesday.\n" +
              "Nam said police have also interviewed more than 40 witnesses and survivors so far.", 40, "Nam Gu-jun")]
    // Reuters, December 2017: a party label before a name is no part of it.
    [TestCase("Democrat Doug Jones won the Senate seat in Alabama.\n" +
              "Jones said 12 counties had not yet reported.", 12, "Doug Jones")]
    public void PersonNamedAgainByPartOfTheirName_IsThePersonNamedInFull(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void AQuotationsSpeakerGivenByTitle_IsThePersonTheDocumentGaveItTo()
    {
        // AP, 26 June 2021 (Surfside collapse).
        var quote = Extracted.Claims(
            "Miami-Dade Mayor Daniella Levine Cava said the death toll had risen to 18.\n" +
            "\"For any loss of life, especially given the unexpected, unprecedented nature of this event, is a tragedy,\" the mayor said.")
            .Single(c => c.Metric == "quote");
        Assert.That(quote.Claimant, Is.EqualTo("Daniella Levine Cava"));
    }

    [Test]
    public void Pronoun_MeansTheSubjectAfterAFrontedPhrase_NotTheLastSpeakerQuoted()
    {
        var claim = Figure(
            "The State Department will pare back offices as President Donald Trump cuts the number of refugees allowed into the United States. " +
            "\"This is going to have to be a negotiation and a process,\" said Mark Hetfield, president of HIAS. " +
            "Since taking office in January, Trump has moved to sharply reduce refugee admissions to the United States. " +
            "In September, he announced a cap of 45,000 for 2018.", 45000);
        Assert.That(claim.Claimant, Is.EqualTo("Donald Trump"));
    }

    // Reuters, 2 November 2017; Reuters, 18 December 2017.
    [TestCase("“Terrorists should know: This administration will use all lawful tools at our disposal,” Sessions said. " +
              "“And they can ask the dozens of enemy combatants in Guantanamo Bay.”", 24, "Sessions")]
    [TestCase("“The train accident that just occurred in DuPont, WA shows more than ever why our soon to be submitted infrastructure plan must be approved quickly,” Trump said.\n" +
              "“Seven trillion dollars spent in the Middle East while our roads, bridges, tunnels, railways (and more) crumble!”", 7e12, "Trump")]
    public void QuotationOpeningASentence_WithNoSpeakerOfItsOwn_GoesOnInTheWordsOfTheSpeakerJustQuoted(string text, double low, string claimant)
    {
        var claim = Figure(text, low);
        Assert.That(claim.Claimant, Is.EqualTo(claimant));
        Assert.That(claim.ClaimantSpan, Is.Not.Null, "where the speaker was named");
    }

    [Test]
    public void QuotationAfterASentenceQuotingNoOne_NamesNoSpeaker() =>
        Assert.That(Figure("“We will rebuild,” the mayor said. The city was calm on Sunday. “Seven schools stay closed.”", 7).Claimant, Is.EqualTo(Claim.Unattributed));

    [Test]
    public void QuotationLeftOpen_AtTheEndOfItsParagraph_NamesNoSpeaker()
    {
        var claim = Figure("\"In the last two weeks of February around 143,000 people have applied.\n\nThe mayor said the city was calm.", 143000);
        Assert.That(claim.Claimant, Is.EqualTo(Claim.Unattributed));
    }

    [TestCase("Speaking to ANI, Pradeep Jena said, \"The Railways on Saturday said that the number of deaths is 288 and we also circulated that.", 288, "Railways")]
    [TestCase("Authorities have confirmed that 357 people have died since the beginning of the monsoon season — a report in the Economic Times put the death toll at 370.", 370, "Economic Times")]
    [TestCase("Sherry Rehman, Pakistan's Federal Minister for Climate Change, tweeted updated data from the country's National Disaster Management Authority " +
              "that said 33 million people — almost 15% of Pakistan's population — had been affected and 1,041 had been killed.", 1041, "National Disaster Management Authority")]
    public void SourceReportedInsideAnothersWords_GaveTheFigure(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [TestCase("GENEVA: Some 582,000 Rohingya refugees have fled their homes in Myanmar and arrived in Bangladesh since late August, the United Nations said Tuesday.", 582000, "United Nations")]
    [TestCase("KARACHI: Death toll from heatwave in Karachi and other districts of southern Sindh province reached to 151, health officials said on Monday.", 151, "health officials")]
    [TestCase("Morocco Earthquake: Death Toll Rises To 1,037", 1037, Claim.Unattributed)]
    [TestCase("Amid conflicting reports on the number of dead, the UN said the toll in the coastal city alone had risen to over 11,300.", 11300, "United Nations")]
    [TestCase("Destructive wildfires in Maui, Hawaii have claimed at least 80 lives and destroyed more than 2 200 structures.", 80, Claim.Unattributed)]
    [TestCase("Konashenkov also claimed that 2,000 Ukrainian soldiers had been killed.", 2000, "Konashenkov")]
    [TestCase("According to the National Center for Scientific and Technical Research in Rabat, the earthquake killed 296 people.", 296, "National Center for Scientific and Technical Research")]
    [TestCase("It includes six citizens of Paraguay, according to the Ministry of Foreign Affairs of Paraguay.", 6, "Ministry of Foreign Affairs")]
    public void SourceReadAsWritten_NotADatelineTopicOrAFireClaimingLives(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void ACountrySpeaksForItself_NotForARunOfWordsEndingInItsName() =>
        Assert.That(Figure("The Rohingya have long been subjected to discrimination in mostly Buddhist Myanmar, which denies them citizenship.\n" +
                           "In updated figures released by the authorities on Thursday, Myanmar said 6,600 Rohingya homes had been burned to the ground.", 6600).Claimant,
            Is.EqualTo("Myanmar"));

    [Test]
    public void SourceInsideARelativeClause_AfterTheFigure_IsNotTheFigures()
    {
        var claim = Figure("At least two people were killed and several injured on Monday in an explosion in Luhansk which separatists " +
                           "controlling the eastern Ukrainian city said was the result of an air strike by the Ukrainian military.", 2);
        Assert.That(claim.Claimant, Is.EqualTo(Claim.Unattributed));
    }

    // The person last named as a sentence's subject; after a quotation, its speaker, not someone it names.
    [TestCase("Earlier, defence analyst Dmytro Tymchuk said Ukrainian security chiefs had begun an operation in Luhansk.\n" +
              "Vladyslav Seleznyov, a spokesman for the operation against the separatists, denied there had been any air strike against the offices.\n" +
              "But he acknowledged air strikes against two separatist checkpoints in Luhansk region.", 2, "Vladyslav Seleznyov")]
    [TestCase("Speaking to ANI, Odisha Chief Secretary Pradeep Jena said, \"The Railways on Saturday said that the number of deaths is 288.\n" +
              "So, after wading out the duplications, the Collector has informed that the number of deaths is 275.\"\n" +
              "All together 1,175 injured people were referred to different hospitals, he said.", 1175, "Pradeep Jena")]
    // AFP, 5 January 2019: a role before the subject's name.
    [TestCase("Government spokesman Benjamin Griveaux, who was evacuated from his ministry in central Paris, denounced the break-in as an \"unacceptable attack on the Republic\".\n" +
              "They briefly entered the courtyard where they smashed up two cars, broke some windows then escaped, he added.", 2, "Benjamin Griveaux")]
    // AFP (The Nation), 24 October 2017: a longer role, with an acronym in brackets, before an unlisted name.
    [TestCase("Marixie Mercado, a spokeswoman for the UN children's agency, told reporters in Geneva that the hike was not likely due to a sudden influx.\n" +
              "UN refugee agency (UNHCR) spokesman Andrej Mahecic expressed deep concern over the condition of new arrivals.\n" +
              "\"Since Sunday night, an estimated 10,000-15,000 Rohingya refugees have entered Bangladesh,\" he told reporters.", 10000, "Andrej Mahecic")]
    public void He_IsWhomTheTextLastMadeItsSpeakerOrSubject(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void UnnamedSourcesJoinedByAnd_SpeakTogether()
    {
        var claim = Figure("Aid workers and state officials involved in refugee resettlement said offices expected to handle fewer than 100 refugees " +
                           "in fiscal year 2018 will no longer be authorized to resettle new arrivals.", 0);
        Assert.That(claim.Claimant, Is.EqualTo("Aid workers and state officials"));
    }

    [Test]
    public void TheReport_IsTheSourceThatSpokeInIt()
    {
        var claim = Figure(
            "U.S. Special Counsel Robert Mueller's office has spent about $3.2 million in the first 4-1/2 months of its investigation, " +
            "the Justice Department revealed in a report on Tuesday.\n" +
            "The bulk of the spending - $1.7 million - has been on personnel salary and benefits, according to the report.", 1.7e6);
        Assert.That(claim.Claimant, Is.EqualTo("United States"));
        Assert.That(claim.ClaimantBody, Is.EqualTo("Justice Department"));
    }

    [Test]
    public void AnAccountsPosts_AreItsOwners_ToTheEndOfTheParagraph()
    {
        var claims = Extractor.Extract(Some.Document(
            "The following statements were posted to the verified Twitter accounts of U.S. President Donald Trump, @realDonaldTrump and @POTUS. " +
            "Reuters has not edited the statements or confirmed their accuracy.  @realDonaldTrump : - Democrats refusal to give even one vote " +
            "for massive Tax Cuts is why we need Republican Roy Moore to win in Alabama. [0617 EST] - The Pelosi/Schumer Puppet Jones would vote " +
            "against us 100% of the time.\nFive people were hurt, police said."));
        Assert.That(claims.Single(c => c.Low == 1).Claimant, Is.EqualTo("Donald Trump"));
        Assert.That(claims.Single(c => c.Low == 100).Claimant, Is.EqualTo("Donald Trump"));
        Assert.That(claims.Single(c => c.Low == 5).Claimant, Is.EqualTo("police"));
    }
}

public sealed class DefiniteReferenceTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    [Test]
    public void TheDefenceMinistry_IsNotTheHealthMinistryReadBefore_ButTheSentencesCountrys()
    {
        var claims = Extractor.Extract(Some.Document(
            "Ukraine's health ministry said 16 troops died in a firefight in the town of Volnovakha.\n" +
            "The clashes came as Russia moved 15 transport planes and 20 trains carrying personnel and military equipment " +
            "out of three provinces that border Ukraine, according to the defence ministry."));
        Assert.That(claims.Single(c => c.Low == 16).Claimant, Is.EqualTo("Ukraine"));
        Assert.That(claims.Single(c => c.Low == 15).Claimant, Is.EqualTo("Russia"));
    }

    [Test]
    public void TheSeniorOfficial_IsTheSeniorPentagonOfficialReadBefore()
    {
        var claims = Extractor.Extract(Some.Document(
            "A senior Pentagon official said Russian forces had fired 1,070 missiles.\n" +
            "\"The Ukrainians have managed to push the Russians back 55 kilometres east of Kiev,\" the senior official, who requested anonymity, told reporters."));
        Assert.That(claims.Single(c => c.Low == 1070).Claimant, Is.Not.EqualTo(Claim.Unattributed));
        Assert.That(claims.Single(c => c.Low == 55).Claimant, Is.EqualTo(claims.Single(c => c.Low == 1070).Claimant));
    }

    [Test]
    public void HeOrShe_PointsBackToAnUnnamedPersonSource()
    {
        // Straits Times (AFP), 19 November 2018.
        var claims = Extracted.Claims("\"So far, 20 men, 11 women and two children have died due to the cyclone,\" said an official with the state disaster management authority.\n\n" +
                                      "\"As of now, 177,500 people are housed in over 351 camps,\" he added.");
        Assert.That(claims.Single(c => c.Low == 177500).Claimant, Is.EqualTo("official with the state disaster management authority"));
    }

    [Test]
    public void HeOrShe_PointsBackToAStudysAuthor()
    {
        // Newser, May 2011: an author is a person a later "he" means.
        var claims = Extracted.Claims("The report's lead author says nobody should be surprised by the revised figures, given the lack of justification for the official ones. " +
                                      "\"Personally, for me, in terms of the tragedy, less is better,\" he says. \"And at about 60,000 dead, that's still a huge tragedy.\"");
        Assert.That(claims.Single(c => c.Low == 57000).Claimant, Is.EqualTo("report's lead author"));
    }

    [Test]
    public void TheForce_PointsBackToThePoliceNamedBefore()
    {
        // Hamzala, November 2017.
        var claims = Extracted.Claims("Met Police announced this morning that all those killed in the fire in June have now been recovered and identified following a “meticulous” search of every flat in the building.\n\n" +
                                      "In the wake of the fire, as many as 400 people were reported as missing, with the Met Police receiving thousands of calls from worried loved ones.\n\n" +
                                      "At the time, the force estimated that around 80 people had been killed in the blaze.");
        Assert.That(claims.Single(c => c.Low == 76).Claimant, Is.EqualTo("Met Police"));
    }
}
