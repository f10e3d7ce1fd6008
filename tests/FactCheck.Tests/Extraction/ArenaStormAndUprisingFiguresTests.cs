using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Manchester Arena and Christchurch mosque attacks, the London and Madrid
/// bombings, cyclone Fani, hurricane Michael, the protests in Chile, Iran, Nigeria, Myanmar and Hong Kong, and the Kumbh and
/// Beslan disasters: crowds and populations written with "-strong", what a witness could see, and the places, sources and parts
/// of tolls those stories give. Sentences from real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class ArenaStormAndUprisingFiguresTests
{
    // The Daily Herald (AP), 30 December 2020: "could be seen" tells what a witness saw, not what may come.
    [Test]
    public void WhatCouldBeSeen_IsAsserted() =>
        Assert.That(Extracted.Figure("In the hard-hit village of Majske Poljane, where five people died in the earthquake, a little boy could be seen sleeping inside a van, wearing a cap on a chilly December morning.", 5).Modality,
            Is.EqualTo(Modality.Asserted));

    // HuffPost, 16 June 2019, and CNN, 9 June 2019: a population written "seven million-strong" is seven million people living there.
    [TestCase("Nearly two million of the Hong Kong’s seven million-strong population joined a demonstration against a controversial extradition bill, organisers say.", 7_000_000)]
    [TestCase("Civil Human Rights Front, the group that organized the protests, said 1.03 million people marched – a figure that accounts for almost one in seven of the city’s 7.48 million-strong population.", 7_480_000)]
    public void AMillionStrongPopulation_IsAPopulationCount(string text, double population) =>
        Assert.That(Extracted.Figure(text, population).Metric, Is.EqualTo("count"));

    // Written for the test: a crowd counted with "-strong" at the start of a sentence is no name.
    [Test]
    public void AStrongCrowdOpeningTheSentence_IsCounted() =>
        Assert.That(Extracted.Figure("A 5,000-strong crowd marched through the city on Sunday.", 5000).Metric, Is.EqualTo("participated"));

    // Reuters, 20 December 2017 and 5 December 2017: a magnitude joined to a unit describes an area; joined to "plus" it is still money.
    [Test]
    public void AMillionAcreArea_IsNoClaim() =>
        Assert.That(Extracted.Claims("The tax bill passed by Congress contains language pushed by Murkowski and supported by President Donald Trump to hold two lease sales in the 1.5 million-acre (600,000-hectare) 1002 area on the northern coastal plain of the Arctic National Wildlife Refuge, or ANWR.")
            .Where(c => c.Low is 1.5 or 1_500_000), Is.Empty);

    [Test]
    public void AMillionPlusLoan_IsTheWholeSum() =>
        Assert.That(Extracted.Figure("The Deutsche debts include a loan exceeding $50 million for the Old Post Office, a historic property he redeveloped in downtown Washington, mortgages worth more than $55 million on a golf course in Florida, and a $25 million-plus loan on a Trump hotel and condominium in Chicago, the disclosure shows.", 25_000_000).Metric, Is.EqualTo("money"));

    // Radio Free Asia, 14 March 2021, Expatica, 31 January 2011, and ABC Australia, 17 November 2007: two modifiers joined by "and"
    // share the source's noun, and both are kept.
    [TestCase("Myanmar security forces killed 51 people in an industrial suburb of Yangon after Chinese-funded factories were torched on Sunday, firing on protesters in the bloodiest day in six weeks of protests against the junta that deposed the elected government of leader Aung San Suu Kyi, civic and aid groups said.", 51, "civic and aid groups")]
    [TestCase("Security and medical sources in Egypt said on Monday at least 102 people had been killed in the massive wave of unrest sweeping the country.", 102, "Security and medical sources")]
    [TestCase("Relief and rescue workers have warned the number of casualties caused by the cyclone could rise further and one report says more than 1,100 people are dead with hundreds more missing.", 1100, "Relief and rescue workers")]
    public void ModifiersSharingTheSourcesNoun_AreKept(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // Daily Mail, March 2004: a broadcaster named by whose it is keeps its noun; "Interfax news agency" is still Interfax.
    [TestCase("State-run Spanish television also said more than 1,400 have been injured.", 1400, "State-run Spanish television")]
    [TestCase("Interfax news agency said 12 people had died.", 12, "Interfax")]
    public void ABroadcasterNamedByItsPeople_KeepsItsNoun(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // The Independent, 26 May 2017, and The Statesman, July 2024: detectives speak for an inquiry; what a minister "has maintained" he says.
    [TestCase("Eight suspects aged between 18 and 38 are in custody in connection with the Manchester bombing, counter-terror detectives said.", 8, "counter-terror detectives")]
    [TestCase("Interior Cabinet Secretary Kithure Kindiki has maintained that only 25 lives were lost during the nationwide anti-Finance Bill protests.", 25, "Kithure Kindiki")]
    public void DetectivesAndWhatIsMaintained_AreAttributed(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // The Daily Observer, 29 December 2021, E! Online, 26 May 2022, and WKZO (Reuters), 20 October 2023: a document kept or reported by an
    // agent is the agent's when no author is named before it; a named author keeps it, and one who only saw it gives nothing.
    [TestCase("According to a list maintained by Red Crescent Bangladesh's Jhalakathi district office, at least 58 other Abhijan-10 launch passengers were still missing as of Wednesday.", 58, "Red Crescent Bangladesh's Jhalakathi district office")]
    [TestCase("There have been 19 mass shootings in the United States since May 11 that, including the one in Uvalde, left at least 44 people dead, according to Gun Violence Archive statistics reported by NBC News.", 44, "Gun Violence Archive")]
    [TestCase("An unclassified U.S. intelligence report seen by Reuters on Thursday said it judged that Israel was not responsible for the blast and estimated the death toll at 100-300 people.", 100, "United States")]
    public void ADocumentsAgent_GivesItsFigures_UnlessAnAuthorIsNamed(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // La Prensa Latina (EFE), 25 September 2022: "Tehran, Sep 25 (EFE).-" is a dateline, so the figure is placed by what its sentence names.
    [Test]
    public void AnEfeDateline_IsNoPlaceOfTheSentence() =>
        Assert.That(Extracted.Figure("Tehran, Sep 25 (EFE).- At least 41 people have died in protests that have shaken Iran over the last nine days over the death of Mahsa Amini, according to Iranian state television.", 41).Location,
            Is.EqualTo("Iran"));

    // KUNA, 25 March 2011: a place's possessive before the event it suffered places the figure there.
    [Test]
    public void ARegionsPossessiveBeforeTheEvent_PlacesTheFigure() =>
        Assert.That(Extracted.Figure("TOKYO, March 25 (KUNA) -- The official death toll from northeastern Japan's March 11 earthquake and tsunami topped 10,000 on Friday, the National Police Agency said.", 10000).Location,
            Is.EqualTo("northeastern Japan"));

    // Arkansas Democrat-Gazette (AP), 30 October 2022, and the Daily Mail, 2022: not before an event it carried out, a comparison
    // it is the scope of.
    // The first paragraph written for the test, to give the story its place.
    [Test]
    public void APossessiveBeforeAnAttack_SaysWhoNotWhere() =>
        Assert.That(Extracted.Figure("Russian forces shelled Kharkiv in Ukraine on Monday.\n\nMoscow's indiscriminate attacks have devastated several Ukrainian cities since it sent tens of thousands of troops into its eastern European neighbour on February 24.", 20000).Location,
            Is.Not.EqualTo("Moscow"));

    [Test]
    public void APossessiveBeforeASuperlative_IsTheScopeOfTheComparison() =>
        Assert.That(Extracted.Figure("SEOUL, South Korea -- A mass of mostly young people celebrating Halloween in Seoul became trapped and crushed as the crowd surged into a narrow alley, killing at least 151 people and injuring 82 others in South Korea's worst disaster in years.", 82).Location,
            Is.EqualTo("Seoul"));

    // Pensacola News Journal and Tallahassee Democrat, 2018: "Mexico Beach" and "Leon County" are named after places they are not in.
    [TestCase("Capt. Ignatius Carroll confirmed that four people have been found dead by crews scouring Mexico Beach after the storm.", 4, "Mexico Beach")]
    [TestCase("One woman died in Leon County after developing an infection from prolonged exposure to flood waters at her home in Gulf County, according to state and county officials.", 1, "Leon County")]
    public void APlaceNamedAfterAnother_IsNotInIt(string text, double figure, string place)
    {
        var claim = Extracted.Figure(text, figure);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Location, Is.EqualTo(place));
            Assert.That(claim.PlacePath, Does.Not.StartWith("Mexico >").And.Not.EqualTo("Mexico"));
        });
    }

    // Arkansas Democrat-Gazette (AP), 30 October 2022: "Seoul's Yongsan fire department" names who speaks, no fire in Seoul.
    [Test]
    public void APossessiveBeforeAFireDepartment_PlacesNothing() =>
        Assert.That(Extracted.Figure("Emergency workers and pedestrians desperately performed CPR on people lying in the streets Saturday after the crush in the capital's leisure district of Itaewon.\n\n"
                                     + "Those killed or hurt were mostly teens and people in their 20s, according to Choi Seong-beom, chief of Seoul's Yongsan fire department. The dead included 19 foreigners, he said, whose nationalities weren't immediately released.", 19).Location,
            Is.EqualTo("Itaewon"));

    // La Prensa Latina (EFE), 25 September 2022, and UrduPoint (APP), 22 October 2019: deaths that climb to a figure, and a toll risen by
    // one number to another, are deaths, whatever protests they happened in.
    [TestCase("Total deaths in Iran protests climb to 41, says state media", 41)]
    [TestCase("The death toll from violent street protests in Chile has risen by three to 15, the government said Tuesday.", 15)]
    public void DeathsThatRoseToAFigure_AreKilled(string text, double figure)
    {
        var claim = Extracted.Figure(text, figure);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Metric, Is.EqualTo("killed"));
            Assert.That(claim.RunningTotal, Is.True);
        });
    }

    // Iran Times, 26 December 2022: a number opening the sentence is no word describing the deaths after it.
    [Test]
    public void ANumberBeforeProtesters_IsNoMeasureForTheNextFigure() =>
        Assert.That(Extracted.Figure("Two protesters have been executed and at least 26 others face the same fate, after what Amnesty International calls \"sham trials\".", 26).Metric,
            Is.Not.EqualTo("participated"));

    // News Americas Now, 27 November 2019: a sentence opened by "Among them are" lists parts of the toll before it, whatever comes first.
    [Test]
    public void AFigureListedAfterAmongThemAre_IsAPart() =>
        Assert.That(Extracted.Figure("The Attorney General’s Office in Chile is investigating 26 deaths. Among them are a demonstrator who died after an alleged police beating on the street, three protesters allegedly fatally shot by military forces using live ammunition, and one who was run over by a Navy vehicle.", 3).PartOfGroup,
            Is.True);

    // talkRADIO, 15 March 2019: a place's name between the figure and its noun leaves the noun what is counted, no toll of two.
    [Test]
    public void APlaceBeforeTheCountedNoun_LeavesItTheNoun()
    {
        var claim = Extracted.Figure("A total of 49 people have been killed in mass shootings at two New Zealand mosques full of worshippers attending Friday prayers.", 2);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Metric, Is.Not.EqualTo("killed"));
            Assert.That(claim.Subject, Is.EqualTo("mosques"));
        });
    }

    // Sun Sentinel, 17 October 2018: people who "had told" authorities something are its subject, not the toll the main clause feared.
    [Test]
    public void FiguresWhoHadToldSomething_AreNoToll() =>
        Assert.That(Extracted.Figure("Some had anticipated a higher death toll in Mexico Beach because nearly 300 people had told authorities they weren’t planning to evacuate the tiny seaside town, which was obliterated by Michael’s storm surge and 155 mph winds as it made landfall.", 285).Metric,
            Is.Not.EqualTo("killed"));

    // The Guardian, 7 July 2005: every digit group of a telephone number opened by a zero is the number's.
    [Test]
    public void TheLastGroupOfAPhoneNumber_IsNoClaim() =>
        Assert.That(Extracted.Claims("· Emergency hotline: 0870 1566 344"), Is.Empty);
}
