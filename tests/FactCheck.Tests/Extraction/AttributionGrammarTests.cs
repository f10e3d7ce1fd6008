using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Who gives a figure, read as the source of a reporting construction. Sentences from real news.</summary>
public sealed class AttributionGrammarTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    [TestCase("Russia's defence ministry on Wednesday put its own losses in Ukraine at 498 soldiers.", 498, "Russia")]
    [TestCase("Police initially put the crowd at 55,000.", 55000, "Police")]
    // Europa Press, October 2022; Daily Mail, 30 October 2023: a count a source updates, and a civil defence agency.
    [TestCase("South Korea has updated on Monday the number of fatalities in the mass gathering in the Itaweon neighborhood, in Seoul, and has put the death toll at 158.", 158, "South Korea")]
    [TestCase("Mexico's civil defense reported that 43 of the deaths took place in the resort city of Acapulco.", 43, "Mexico's civil defense")]
    [TestCase("The mayor of Mariupol, Vadym Boichenko, said on Tuesday that about 21,000 civilians had been killed.", 21000, "Vadym Boichenko")]
    [TestCase("\"Twenty-five people are injured,\" Abhishek Roy, Additional Superintendent of Police for the Darjeeling Police District, told reporters at the scene.", 25, "Abhishek Roy")]
    [TestCase("Six helicopters landed in Kacha, the former commander of the Russian Black Sea Fleet, Admiral Igor Kasatonov, told RIA Novosti.", 6, "Igor Kasatonov")]
    [TestCase("An adviser to Ukraine's military told Reuters that more than 7,000 soldiers had died.", 7000, "adviser to Ukraine's military")]
    [TestCase("Saudi officials previously said the tragedy killed 769 pilgrims.", 769, "Saudi Arabia")]
    [TestCase("In Paris, 37,000 people beat the pavement, according to a count by the Paris police headquarters, against 48,000 demonstrators last Saturday.", 37000, "Paris police headquarters")]
    [TestCase("Interfax quoted unnamed separatist sources as giving a higher death toll of five.", 5, "separatist sources")]
    [TestCase("Ukraine's health ministry said 16 troops died in a firefight in the town of Volnovakha.", 16, "Ukraine")]
    [TestCase("Two Ukrainian soldiers have been killed in renewed fighting, according to the AFP news agency.", 2, "AFP")]
    [TestCase("Meanwhile, the Congressional Budget Office (CBO), another nonpartisan research unit of Congress, said the number would fall by 13 million.", 13000000, "Congressional Budget Office")]
    [TestCase("The resettlement office is only projected to receive about 85 refugees, said Holly Johnson, the state's refugee coordinator.", 85, "Holly Johnson")]
    [TestCase("64 attacks on health care in Ukraine war, says WHO", 64, "WHO")]
    [TestCase("Moore led Jones by six percentage points in a CBS News poll on Sunday, with most Alabama Republicans saying the allegations are false.", 6, "CBS News")]
    [TestCase("The White House expects to announce deals in China this week worth more than $250 billion, Bloomberg reported, citing an administration official.", 250e9, "administration official")]
    [TestCase("Ukraine's health ministry had initially given a higher tally, of 38.", 38, "Ukraine")]
    [TestCase("The latest accusation was reported by the Detroit News, which cited a former staffer as saying Conyers harassed her three times.", 3, "Detroit News")]
    [TestCase("Most of the deaths in Rio de Janeiro state were reported in the cities of Nova Friburgo and Teresopolis, with 302 and 276 fatalities, respectively.", 302, "unattributed")]
    [TestCase("Earlier in the day, it was reported that 40 passengers of Coromandel Express may have died of electrocution.", 40, "unattributed")]
    [TestCase("It was initially reported that a total of 368 people have been rescued but the BBC reported this had now been revised down to 164.", 164, "BBC")]
    [TestCase("New Delhi: With three more people succumbing to their injuries, the official death toll in the Odisha triple train crash on Monday increased to 278.", 278, "unattributed")]
    [TestCase("So, after wading out the duplications, the Collector has informed that the number of deaths is 275.", 275, "Collector")]
    [TestCase("Horrifying reports revealed how hundreds of school children were told to jump off the listing ferry.", 200, "Horrifying reports")]
    [TestCase("STORY: Tens of thousands of partiers had crowded into narrow streets of Seoul's Itaewon district on Saturday (October 29) for Halloween.", 20000, "unattributed")]
    // Carrier Management, October 2022; Reuters, December 2017: an aside opened by "a" describes the name before it, which speaks.
    [TestCase("RMS, a Moody's Analytics risk modeling company, said its best estimate of total private market insured losses from Hurricane Ian is $67 billion.", 67e9, "RMS")]
    [TestCase("Free Press, an advocacy group, said 20 stations would be sold.", 20, "Free Press")]
    // The Economic Times, June 2025: an outlet's label before a colon is no source; the investigation's author is.
    [TestCase("Synopsis: An investigation by BBC Hindi claimed that at least 82 people died following the stampede.", 82, "BBC Hindi")]
    [TestCase("A SERIES of hastily passed laws added fuel to the fire of anti-government protests in Kiev, and after a violent clash with police saw up to five demonstrators killed, the international community called for calm.", 0, "unattributed")]
    [TestCase("The French interior Ministry informed that about 9,500 people took part in the actions across the country.", 9500, "French interior Ministry")]
    [TestCase("The floods left more than 5,000 people homeless, the latest count by officials places the casualty count at 511 deaths.", 511, "officials")]
    // Interfax, May 2014; Reuters, December 2017: a hyphen set off by spaces closes a headline with its source, not with a slogan.
    [TestCase("Ukrainian presidential election turnout tops 60 percent - chief election official", 60, "chief election official")]
    [TestCase("The overhaul will cut the corporate tax rate to 21 percent and IGNITE our ECONOMY - FAKE NEWS", 21, "unattributed")]
    // G1/Civil Defense, May 2024: a document with no author named is the source as written.
    [TestCase("According to the latest bulletin, released at 6pm, 107 deaths were recorded due to the rains.", 107, "latest bulletin")]
    // Reuters, September 2017: where a body is based is no part of its name.
    [TestCase("In a separate statement, New York-based Human Rights Watch said at least 10 villages had been burned.", 10, "Human Rights Watch")]
    // Gulf News, June 2015; CBS, July 2021: every capitalized word after the last title is the name, up to four.
    [TestCase("According to Sindh Health Minister Jam Mehtab Hussain Dahar, 35 percent of the Karachi heatstroke victims were women.", 35, "Jam Mehtab Hussain Dahar")]
    [TestCase("The latest bodies pulled from the rubble were those of two children, ages 4 and 10, Miami-Dade County Mayor Daniella Levine Cava said Wednesday evening.", 2, "Daniella Levine Cava")]
    [TestCase("Another 200 were discharged after receiving treatment Friday night, P.K. Jena, a top official, said.", 200, "P.K. Jena")]
    [TestCase("It includes nine Argentines, according to a news release from the Argentine Consulate in Miami.", 9, "Argentine Consulate")]
    [TestCase("\"Since May 29, a total of 357 people have lost their lives until now,\" a statement from the state's information officer said.", 357, "state's information officer")]
    [TestCase("The earthquake killed 820 people and injured 672, 205 of them seriously, the Ministry of the Interior said in a statement.", 820, "Ministry of the Interior")]
    [TestCase("The Ministry of the Interior and Safety said the death count could further rise as 37 of the injured people were in serious condition.", 37, "Ministry of the Interior and Safety")]
    // Yahoo/AP, 10 August 2023; BBC, 24 February 2011: a name suffix or a title's full stop ends no sentence.
    [TestCase("Maui Mayor Richard Bissen Jr. confirmed last night that the death toll stood at 36.", 36, "Richard Bissen Jr")]
    [TestCase("Supt. Dave Cliff, the police district commander, said there might be up to 120 bodies beneath the collapsed building.", 120, "Dave Cliff")]
    [TestCase("The fire was 80 percent contained as of Thursday, according to a Maui County news release.", 80, "Maui County")]
    [TestCase("According to a new assessment by the United Nations, 500 people died.", 500, "United Nations")]
    [TestCase("Civil Hospital Karachi admitted 267 people for heatstroke treatment between Sunday and Wednesday, according to Dr. Imran Sarwar Sheikh, the head of the emergency department.", 267, "Imran Sarwar Sheikh")]
    [TestCase("At least 36 people have died, said U.S. Sen. Brian Schatz.", 36, "Brian Schatz")]
    [TestCase("The average cost of litigating a PTAB petition is about $250,000, according to patent risk management company RPX Corp. There are no juries.", 250000, "RPX Corp")]
    [TestCase("According to reports, 300 people are missing.", 300, "reports")]
    // Photo News Pakistan, 23 June 2015.
    [TestCase("The hospital management at the Jinnah Postgraduate Medical Centre (JPMC) confirmed that 55 people had died with heat related symptoms.", 55, "hospital management")]
    // The Local (El Pais), 21 February 2019.
    [TestCase("The regional government said there had been a 50 percent decrease in metro riders, while only 36 percent of metro employees participated in the strike, according to the El Pais news outlet.", 36, "El Pais")]
    // AFP, 9 September 2023; AFP, 21 January 2011; Reuters, 2017.
    [TestCase("Updated interior ministry figures on Saturday showed the quake killed 820 people.", 820, "interior ministry")]
    [TestCase("The number of people killed could top 1,000, according to official figures released Friday.", 1000, "official figures")]
    [TestCase("A Washington Post poll released last year found 90 percent of Native Americans were not offended by the name.", 90, "Washington Post")]
    // AP, 14 September 2023: a name opening with a particle and a hyphen is still a name.
    [TestCase("Marie el-Drese, the aid group's secretary-general, told The Associated Press by phone that a further 10,100 people are reported missing in the Mediterranean city.", 10100, "Marie el-Drese")]
    [TestCase("\"It can reach 18,000 to 20,000 deaths based on the destroyed districts in Derna,\" Mayor Abdulmenam al-Ghaithi said.", 18000, "Abdulmenam al-Ghaithi")]
    // Geo News, June 2024; AP, September 2023; Reuters, 2017: the source before an aside holding a relative clause, however long;
    // some of a group are that group.
    [TestCase("The Edhi ambulance service, which usually transports around 30 to 40 bodies daily to Karachi's city morgue, reported collecting 568 bodies over the past six days, with 141 on Tuesday alone.", 568, "Edhi ambulance service")]
    [TestCase("The Libyan Red Crescent, a non-profit aid group whose volunteers helped evacuate residents, believes over 300 people have died in the floods in the port city of Derna in eastern Libya.", 300, "Libyan Red Crescent")]
    [TestCase("Two of the sources with ties to the White House said they assumed the White House chief of staff, General John Kelly, wanted at least to outlast his predecessor Reince Priebus’ six-month tenure in the position.", 2, "sources")]
    [TestCase("Two of those people, who declined to be named given the sensitivity of the process, said search firms have contacted 12 candidates.", 12, "unattributed")]
    // BBC, 21 September 2017; AP, 11 September 2023: a belief or a fear stated is its holders' estimate.
    [TestCase("Rescuers believe that people may still be trapped alive in as many as 10 buildings in Mexico City alone.", 10, "Rescuers")]
    [TestCase("Deadly floods swept through northeastern Libya over the weekend, with top officials in the region fearing the toll could exceed 2,000 dead as rescue teams searched for survivors.", 2000, "top officials")]
    // Anadolu Agency, 13 May 2015: a verb inside a fronted subordinate clause speaks for that clause only.
    [TestCase("While Turkey declared three days of mourning to show unity and sympathy with the families of the deceased miners, world leaders from dozens of countries showed an outpouring of support.", 24, "unattributed")]
    // Reuters, 2017: a document with no author before it is the source as written, never its adjective alone.
    [TestCase("More than 100 Americans die daily from overdoses, according to federal data.", 100, "federal data")]
    [TestCase("According to its annual report, the Postal Service lost $2.74 billion this year.", 2.74e9, "annual report")]
    [TestCase("Data on Wednesday showed China's exports to the U.S. rose 8.3 percent in October.", 8.3, "unattributed")]
    [TestCase("This is one of four videos claiming to show 12 captured soldiers.", 12, "unattributed")]
    [TestCase("A State Department official attributed the drop in refugee admissions to increased vetting and a smaller annual refugee quota this year of 45,000.", 45000, "United States")]
    // Reuters, 21 June 2015: the aside before the verb left unclosed; Reuters, 2019: a source named with what it is behind.
    [TestCase("Dr Seemin Jamali, the head of the emergency department at state-run Jinnah Hospital said more than 100 people had died.", 100, "Seemin Jamali")]
    [TestCase("The unions behind the action earlier said that they were expecting one million to attend.", 1e6, "unions")]
    [TestCase("The election pits Republican Roy Moore, a conservative firebrand accused of misconduct involving two teenage girls, against Democrat Doug Jones.", 2, "unattributed")]
    // AP, May 2014; AFP, September 2023: what a witness saw is the witness's account; a city that saw something is no witness.
    [TestCase("An Associated Press reporter saw three bodies on the street — one of them covered by a blanket with a policeman's hat placed at the head.", 3, "Associated Press")]
    [TestCase("An AFP correspondent saw hundreds of people flocking to the city's iconic square to spend the night for fear of aftershocks.", 200, "AFP")]
    [TestCase("The city saw 20 murders last year.", 20, "unattributed")]
    // Reuters, 2017: a source known by what it knows; a title's office before the name; an organisation with a plural head.
    [TestCase("The Justice Department has gathered enough evidence to charge six members of the Russian government, people familiar with the investigation said.", 6, "people familiar with the investigation")]
    [TestCase("Thousands of emails were made public, three sources familiar with the session said.", 2000, "three sources")]
    [TestCase("U.S. Secretary of State Rex Tillerson said hundreds of thousands of people had fled.", 200000, "Rex Tillerson")]
    // Republic World, 31 October 2022, on the Morbi bridge collapse, with the minister's office as Gujarat styles it ("Minister of State
    // for Home"): after a title's "for", the office's word comes before the name.
    [TestCase("Minister of State for Home Harsh Sanghavi reported that the death toll in the Morbi suspension bridge collapse disaster has risen to 132.", 132, "Harsh Sanghavi")]
    [TestCase("The Centers for Disease Control estimated that 20,000 Americans were killed by fentanyl last year.", 20000, "Centers for Disease Control")]
    // Reuters, 2017; RIA Novosti, April and May 2014: an unnamed source or a role after the verb put before it; a title after an
    // organisation's name; an aside opened by a title and left unclosed.
    [TestCase("Over the next decade, Duke plans to invest $11 billion in new natural gas and renewable power, said spokesman Rick Rhodes.", 11e9, "Rick Rhodes")]
    [TestCase("Twelve people died on Monday, said police.", 12, "police")]
    [TestCase("WASHINGTON, April 28 (RIA Novosti) - The United States on Monday imposed sanctions against seven individual Russians and 17 Russian companies, White House Press Secretary Jay Carney said.", 17, "Jay Carney")]
    [TestCase("Three pro-federalization supporters from eastern Ukraine's Luhansk have been absolved of criminal responsibility, Andriy Senchenko, acting Deputy Head of the Ukrainian Presidential Administration said Wednesday.", 3, "Andriy Senchenko")]
    [TestCase("“The Senate tax reform bill keeps a promise to America's more than 100,000 wind energy workers,” Tom Kiernan, Chief Executive of the American Wind Energy Association trade group said in a statement.", 100000, "Tom Kiernan")]
    [TestCase("Gov. Ron DeSantis, who arrived on the scene, said rescuers continued to search for 20 survivors.", 20, "Ron DeSantis")]
    // Xinhua, August 2023; Al Jazeera, September 2023: a document's author after an irregular participle; a source before a relative
    // clause set off only at its end, not the place before it.
    [TestCase("According to damage assessments made by the Pacific Disaster Center (PDC) and the Federal Emergency Management Agency (FEMA), the fire in Lahaina resulted in an estimated total of 2 719 structures exposed.", 2719, "Pacific Disaster Center")]
    [TestCase("But around 6,000 are missing because of floods in the city, apparently caused by the collapse of dams above Derna, a spokesperson for the Libyan National Army that controls eastern Libya, said.", 5700, "Libyan National Army")]
    [TestCase("The floods left more than 5,000 people homeless, the latest count by officials places the casualty count at 511 deaths.", 511, "officials")]
    // DW, March 2014; Reuters, 2017: a speech verb in the present tense, put after its speaker or before it.
    [TestCase("Malyshev heads the count. “That's around one percent more than the number of voters,” Malyshev adds.", 0.95, "Malyshev")]
    [TestCase("“Some 40 people came to the polling station,” Nina explained calmly.", 40, "Nina")]
    // ANI, June 2023: an office written as an acronym is a title before the name.
    [TestCase("Meanwhile, South Eastern Railway CPO Aditya Kumar Chaudhary informed that over 531 people had been compensated amounting to around Rs 15.6 crores.", 531, "Aditya Kumar Chaudhary")]
    // HuffPost UK, 16 April 2014; Khyber News, June 2015: a source noun spelt as a verb, alone after the prefix or the inverted verb.
    [TestCase("At least four people have died and hundreds remain unaccounted for after a ferry with more than 400 passengers sank off the coast of South Korea, according to reports.", 4, "reports")]
    [TestCase("“Since Saturday 151 people have died in Karachi and nine others in three districts of Sindh,” says reports.", 151, "reports")]
    // Honolulu Star-Advertiser, August 2023; Reuters, 2017: a plural noun before a form of "be" is no reporting verb.
    [TestCase("Officials fear the toll will rise, but preliminary reports were that the fire that tore through Maui claimed at least 36 lives.", 36, Claim.Unattributed)]
    [TestCase("Two claims were simply categorized as “retaliation” while the rest were focused on racial, age or disability discrimination.", 2, Claim.Unattributed)]
    // Al Jazeera, August 2015: the speaker before a participle's aside and an appositive.
    [TestCase("Al Jazeera's Adrian Brown, reporting from Tianjin, a port city in the country's northeast, said it was now possible that the death toll will climb past 200.", 200, "Adrian Brown")]
    // Reuters factboxes, 2017: a section heading in capitals and the name of a value given alone are no speakers; an agency in capitals still is.
    [TestCase("REPATRIATION: Sets a one-time mandatory tax of 8 percent on illiquid assets and 15.5 percent on cash and cash equivalents.", 8, Claim.Unattributed)]
    [TestCase("Gain: $223 billion.", 223e9, Claim.Unattributed)]
    [TestCase("ITAR-TASS: Some 12 people died in the fire.", 12, "ITAR-TASS")]
    // Reuters, October 2017: a word that opens sentences is no source of the participle after it.
    [TestCase("If confirmed by the Senate, Nielsen would take the reins at a department with more than 240,000 employees.", 240000, Claim.Unattributed)]
    // Asian Voice and The New Arab, 2019-2020; Arab News (Reuters), August 2024: a watchdog and a chief are sources, an investigation is its author's.
    [TestCase("Iranian authorities subsequently arrested thousands of protesters as well as journalists, human rights defenders and students in a sweeping crackdown to prevent them " +
              "from speaking up about the protests, the London-based watchdog said.", 2000, "London-based watchdog")]
    [TestCase("London-based Amnesty International placed the death toll at more than 300, while a Reuters investigation claimed as many as 1,500 could have been killed in the brutal crackdown.", 1500, "Reuters")]
    [TestCase("More than 1,000 killed in Bangladesh violence since July, health ministry chief says", 1000, "health ministry chief")]
    // Human Events, July 2023: "according to" set off at the close says every clause before it, as "X said" does.
    [TestCase("In addition, 5,662 vehicles have been set on fire, and more than 1,000 buildings have been damaged, according to Le Parisien.", 5662, "Le Parisien")]
    public void Source_OfTheReportingConstruction_IsTheClaimant(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Reuters, 2017: "and" inside an organisation's name before its head; two names either side of "and" stay two.
    [TestCase("“The 20 percent rate ought to be our goal,” said House Ways and Means Committee Chairman Kevin Brady, who is expected to head a bicameral House-Senate negotiating committee.", 20, "Kevin Brady")]
    [TestCase("BEIJING (Reuters) - A top Chinese coal miner, Yankuang Group, and U.S. industrial gas supplier Air Products and Chemicals Inc on Thursday said they planned to build a $3.5 billion coal-to-synthesis gas (syngas) plant in China.", 3.5e9, "Air Products and Chemicals Inc")]
    [TestCase("That follows a loss of nearly 8,000 MW this year and 13,000 MW in 2016, according to EIA and Thomson Reuters data.", 13000, "EIA")]
    public void AndInsideAnOrganisationsName_KeepsTheNameWhole(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Los Angeles Times, June 2001; Reuters, 2017: verbs that put forward a view report a figure like "said".
    [TestCase("Defense Minister George Fernandes had speculated that the toll could be as high as 100,000 because thousands were feared buried under debris.", 100000, "George Fernandes")]
    [TestCase("Get America Covered, an outreach group founded by former Obama administration officials, predicts 1.1 million fewer people will sign up during the enrollment period.", 1.1e6, "Get America Covered")]
    [TestCase("The administration had argued that the Jan. 1 deadline was problematic because tens of thousands of personnel would have to be trained.", 20000, "administration")]
    // Campus Flavour (Nigeria), June 2013; Reuters, 2017: "claim" in the present.
    [TestCase("However, the police while briefing the press on the situation in the southern part of the state through the Police commissioner, Chris Olakpe, claim that only 10 persons died during the attack and wondered where the reported figures emanated from.", 10, "Chris Olakpe")]
    [TestCase("Refiners claim complying with the law, known a the RFS, costs hundreds of millions of dollars a year and could put them out of business.", 200e6, "Refiners")]
    // News Today, September 2023: a participle remarking on a figure reports it, as "saying" does.
    [TestCase("The United Nations has amended the earlier death toll from Libya floods, remarking that at least 3,958 people have died.", 3958, "United Nations")]
    // LA Times, September 2013: clarifying a figure reports it.
    [TestCase("Director Rami Abdel Rahman later clarified that not all of the fatalities, but \"more than 300,\" had died directly from the effects of the gas.", 300, "Rami Abdel Rahman")]
    public void VerbsPuttingForwardAView_Report(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Reuters, 2017: a source inside a clause a subordinator opens after the figure speaks for that clause.
    [TestCase("It holds protests across the country, usually attended by a couple of hundred supporters at most, many of whom hold white crosses because the group argues Christianity in Britain is being threatened by immigration.", 200)]
    [TestCase("Sayfullo Saipov, 29, lived there with his wife and three young children for more than a year before authorities say he drove a rented truck through throngs of people.", 3)]
    public void SourceInsideALaterSubordinateClause_IsNotTheFigures(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(Claim.Unattributed));

    // The Sun (Nigeria), June 2017; Reuters, 2017: a relative clause not set off stands between the source and its verb.
    [TestCase("While the locals have alleged that 13 persons were killed in the attack, the Commissioner of Police in Benue who visited the scene for an on the spot assessment on Monday said only three corpses were recovered in the area.", 3, "commissioner")]
    [TestCase("WASHINGTON (Reuters) - Republican governors from four U.S. states on Thursday met with Vice President Mike Pence to voice deep concerns over proposed changes to NAFTA that could affect jobs and manufacturing in their states, officials who attended the meeting said.", 4, "United States")]
    public void SourceBeforeARelativeClauseNotSetOff_IsTheSource(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Reuters, 2017: set off, the description after a name is the aside, and the name the source.
    [Test]
    public void NameBeforeADescriptionHoldingARelativeClause_IsTheSource() =>
        Assert.That(Extracted.Claims("Sebastian Gorka, an outspoken former adviser who left the White House in August, said on Twitter that Mueller “should be stripped of his authority” and investigated if he executed warrants in the probe.")
                .Single(c => c.Metric == "quote").Claimant,
            Is.EqualTo("Sebastian Gorka"));


    // "when the bridge collapsed, officials said": a source set off at the close still says all of the sentence.
    [Test]
    public void ClosingSourceAfterASubordinateClause_SaysTheFigure() =>
        Assert.That(Figure("At least 22 people died when the building collapsed, officials said.", 22).Claimant, Is.EqualTo("officials"));

    // HuffPost UK, 16 April 2014; Reuters, 2017: relatives and bystanders speak for themselves; "her", "its" before the noun are no part of who.
    [TestCase("One mother told South Korea's YTN news channel: \"I talked to my daughter. She said she had been rescued along with 10 other students.", 10, "mother")]
    [TestCase("Relatives said at least 40 people were still missing on Sunday.", 40, "Relatives")]
    public void RelativesAndBystanders_AreSources(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // AFP, 26 September 2015 (the Mina stampede): a country after words describing it, and set off before "which", speaks for itself.
    [TestCase("Shia Muslim Iran, which is locked in a series of proxy wars in Arab countries around the Sunni Muslim kingdom, says that at least 136 Iranians are among the dead.", 136, "Iran")]
    [TestCase("Criticism has also been particularly strident from Saudi Arabia's regional rival Iran, which raised to 136 Saturday the number of its people who died.", 136, "Iran")]
    // Reuters, 6 November 2017: "North Korea" is no "Korea" after "North".
    [TestCase("Trump met the relatives of seven other abductees Pyongyang says are dead - like Megumi, who hanged herself, North Korea says.", 7, "North Korea")]
    public void CountryAfterWordsDescribingIt_SpeaksForItself(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Reuters, 3 November 2017; Reuters, 30 November 2017; Reuters, 20 December 2017.
    [TestCase("ALMATY (Reuters) - The sister of the Uzbek immigrant accused of killing eight people in New York said her brother might have been brainwashed.", 8)]
    [TestCase("Senator Susan Collins, one of three Republicans who opposed a Republican Obamacare repeal effort earlier this year, warned that some taxpayers could lose out.", 3)]
    [TestCase("Six Republican senators, who wanted and got last-minute amendments, said on Friday they would back the bill.", 6)]
    [TestCase("Chuck Canterbury, president of the Fraternal Order of Police, which represents 325,000 law enforcement officers nationwide, wrote a letter to congressional leaders on Tuesday.", 325000)]
    // Reuters, 2017: a figure heading the subject whose names are set off before the verb counts the speakers.
    [TestCase("Two other senior Republicans, Senators John Cornyn and Roy Blunt, suggested Republicans could change the rules unilaterally if Democrats are not interested in negotiating a change.", 2)]
    [TestCase("Two other House committee chairmen, Representatives Lamar Smith and Jeb Hensarling, both of Texas, said last week they would not seek re-election.", 2)]
    public void FigureInTheWordsSayingWhoTheSourceIs_IsTheNarrations(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(Claim.Unattributed));

    [Test]
    public void WhatAWitnessSaw_IsTheWitnessesSighting_PartOfWhatHappened()
    {
        // AP, May 2014: three bodies on one street are no rival to the day's toll of seven.
        var claim = Figure("An Associated Press reporter saw three bodies on the street — one of them covered by a blanket.", 3);
        Assert.That((claim.Claimant, claim.PartOfGroup), Is.EqualTo(("Associated Press", true)));
    }

    [Test]
    public void Surname_AfterTheFullName_IsThePerson()
    {
        var claims = Extractor.Extract(Some.Document(
            "Meanwhile, representative of the U.S. Treasury Department Ramin Toloui said support would grow. " +
            "\"The United States will provide an additional loan of $1 billion,\" Toloui said."));
        Assert.That(claims.Single(c => c.Low == 1e9).Claimant, Is.EqualTo("Ramin Toloui"));
    }

    [Test]
    public void Quotation_BelongsToItsSpeaker_NotToWhoItCites()
    {
        var claim = Figure("“It is pretty difficult to have a completely accurate assessment given Russia’ efforts to mask its dead, " +
                           "but we estimate it in hundreds and hundreds… I cannot speak to more than 400-500 [soldiers] at the moment,” Nuland said.", 400);
        Assert.That(claim.Claimant, Is.EqualTo("Nuland"));
    }

    // LatestLY (ANI), June 2023: media channels a speaker cites inside a quotation give their own figures; "300 plus" is more than 300.
    [Test]
    public void SourceTheSpeakerCitesInsideAQuotation_GivesItsFigures()
    {
        var claims = Extracted.Claims("\"Some conflicting figures are coming. The last figure the DM confirmed to me was 238. Some media channels are saying the number is 270, 288 and 300 plus. " +
                                      "But we can confirm. About 900 people are injured and they are getting necessary treatment,\" the Chief Secretary said.");
        var plus = claims.Single(c => c.Low == 300);
        Assert.That((claims.Single(c => c.Low == 270).Claimant, plus.Qualifier, double.IsPositiveInfinity(plus.High)), Is.EqualTo(("media channels", "more than", true)));
    }

    // A surname or acronym used before the full name; a title set off before a name elsewhere; an acronym given with a name.
    [TestCase("Nuland Claims 400-500 Russian Soldiers Killed in Eastern Ukraine\n\n" +
              "Assistant Secretary of State for European and Eurasian Affairs Victoria Nuland spoke to reporters on Tuesday.", 400, "Victoria Nuland")]
    [TestCase("One Ukrainian state security officer was killed and five others were wounded in an operation on Sunday, the interior minister said. " +
              "\"All the security units of the country have been brought in,\" Interfax quoted Ukraine's interior minister, Arsen Avakov, as saying.", 5, "Arsen Avakov")]
    [TestCase("Roy Moore led his Democratic opponent in a CBS News poll released on Sunday. " +
              "Moore was leading Democrat Doug Jones 49 to 43 percent among likely voters, CBS said.", 49, "CBS News")]
    public void SourceGivenInShort_IsTheOneTheDocumentNamesInFull(string text, double low, string claimant) =>
        Assert.That(Figure(text, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void UsDepartment_IsTheUnitedStates_KeepingTheBody()
    {
        var claim = Figure("U.S. Special Counsel Robert Mueller’s office has spent about $3.2 million in the first 4-1/2 months of its investigation, " +
                           "the Justice Department revealed in a report on Tuesday.", 3.2e6);
        Assert.That((claim.Claimant, claim.ClaimantBody), Is.EqualTo(("United States", "Justice Department")));
        // Reuters, November 2017: every federal department, by any of its names.
        var treasury = Figure("Japan had a $69 billion trade surplus with the United States last year, according to the U.S. Treasury Department.", 69e9);
        Assert.That((treasury.Claimant, treasury.ClaimantBody), Is.EqualTo(("United States", "Treasury Department")));
    }

    // AllAfrica, MENAFN and A News, September 2023: a toll or an update names its author before it, or after "by"; a day between the
    // source and its verb is when it spoke.
    [TestCase("Rabat — At least 2,012 people were killed and 2,059 were wounded, including 1,404 in critical condition, in the powerful earthquake that rocked Morocco's " +
              "central province of Al Haouz late on Friday evening, according to an updated Interior ministry toll issued on Saturday at 10 pm.", 2059, "Interior ministry")]
    [TestCase("Injuries from the quake stood at 6,125, in addition to large-scale damage to buildings and infrastructure, according to the latest update by the Interior Ministry.", 6125, "Interior Ministry")]
    [TestCase("The last update by authorities on Sept. 13 said the death toll was 2,946.", 2946, "authorities")]
    // Reuters, 2017: records name their author, as data and figures do.
    [TestCase("Federal Election Commission records showed Trump gave $4,800 to Gillibrand's Senate campaign in 2010.", 4800, "Federal Election Commission")]
    [TestCase("Opinion polls show the tax bill is unpopular, with 34 percent in favour.", 34, "unattributed")]
    public void DocumentNoun_IsItsAuthors(string sentence, double low, string claimant) =>
        Assert.That(Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void DefiniteNoun_PointsBackToTheSourceOfThatNoun()
    {
        var claims = Extractor.Extract(Some.Document(
            "The arsenal will cost more than $1.2 trillion, according to a report released on Tuesday by the Congressional Budget Office. " +
            "The report said costs would rise to $47 billion."));
        Assert.That(claims.Single(c => c.Low == 47e9).Claimant, Is.EqualTo("Congressional Budget Office"));
    }

    [TestCase("Updated interior ministry figures on Saturday showed the quake killed 820 people.\n\nAnother 672 people were injured, the ministry said.", 672, "interior ministry")]
    [TestCase("\"About 30 percent of public officials are participating in the strike,\" the Catalan Ministry of Employment said.\n\n" +
              "Other sectors showed a low participation level: 26.3 percent of employees in public health joined the strike, the ministry said.", 26.3, "Catalan Ministry of Employment")]
    public void DefiniteNoun_PointsBackToASourceWhoseNameHoldsIt(string text, double low, string claimant) =>
        // Reuters, September 2023; Sputnik, 2017.
        Assert.That(Extractor.Extract(Some.Document(text)).Single(c => c.Low == low).Claimant, Is.EqualTo(claimant));

    // Tuko, July 2024: an organisation named but not yet heard, when it is the last one named and its name holds the noun's words.
    [TestCase("The Kenya National Commission on Human Rights (KNCHR) released a statement on Monday, July 1.\n\n" +
              "The commission reported that 32 cases of abductions and 627 incidents of arbitrary arrests have been documented in the country.", 627, "Kenya National Commission on Human Rights")]
    [TestCase("The Kenya National Commission on Human Rights (KNCHR) released a statement on Monday, July 1.\n\n" +
              "The human rights organisation reported that, so far, 39 people have lost their lives in the protests.", 39, "Kenya National Commission on Human Rights")]
    // Reuters, 2017: "the group" after the Tax Policy Center is no group named before it.
    [TestCase("The Economic Outlook Group held a call. But the Tax Policy Center, a nonprofit Washington think tank, released an analysis. " +
              "The group said the plan would reduce federal tax revenue by roughly $2.4 trillion over the next decade.", 2.4e12, "group")]
    public void DefiniteNoun_PointsBackToTheOrganisationNamedLast_WhenItsNameHoldsIt(string text, double low, string claimant) =>
        Assert.That(Extractor.Extract(Some.Document(text)).Single(c => c.Low <= low && c.High >= low).Claimant, Is.EqualTo(claimant));

    [Test]
    public void StatementJoinedAfterTheFiguresOwnClause_SaysNothingOfTheFigure()
    {
        // EMJ, May 2014: the authorities speak of the deaths, not of the 800 underground.
        var claim = Figure("At the time of the incident, nearly 800 people were underground and authorities said most deaths have been carbon monoxide-related.", 760);
        Assert.That((claim.Claimant, claim.Metric), Is.EqualTo((Claim.Unattributed, "count")));
        // Reuters, 2017: two sources said it together, one subject.
        Assert.That(Figure("At least two Republican senators, John McCain of Arizona and John Thune of South Dakota, said Moore should step aside.", 2).Claimant,
            Is.Not.EqualTo(Claim.Unattributed));
    }

    [Test]
    public void SpeakerInsideAThatClause_DoesNotTakeTheFigure()
    {
        var claim = Figure("The governors of three of the five Russian regions bordering Ukraine told ITAR-TASS news agency that thousands were arriving.", 2000);
        Assert.That(claim.Claimant, Is.EqualTo("governors"));
    }

    [Test]
    public void ClaimantSpan_PointsAtTheSourceWords()
    {
        const string text = "Police initially put the crowd at 55,000.";
        var claim = Figure(text, 55000);
        Assert.That(claim.ClaimantSpan, Is.Not.Null);
        Assert.That(text[claim.ClaimantSpan!.Value.Start..claim.ClaimantSpan.Value.End], Is.EqualTo("Police"));
    }

    [TestCase("facility")]
    [TestCase("nearly half")]
    public void Fragments_AreNeverClaimants(string fragment)
    {
        var claims = Extractor.Extract(Some.Document(
            "Floods kill 41\nNearly half of the 2,000 homes in the facility were damaged, the National Disaster Agency said."));
        Assert.That(claims.Select(c => c.Claimant), Has.None.EqualTo(fragment));
        Assert.That(claims.Single(c => c.Low == 2000).Claimant, Is.EqualTo("National Disaster Agency"));
    }

    // TRT World, 25 December 2024: a court a subordinator brings in, inside the subject's relative clause, confirmed a result, not the toll.
    [Test]
    public void ASourceInsideTheSubjectsRelativeClause_GivesNoFigureOfTheSubjectsVerb() =>
        Assert.That(Figure("The violence that engulfed Mozambique after the country's highest court confirmed the ruling Frelimo party presidential candidate " +
                           "Daniel Chapo as the winner of disputed October 9 elections has killed at least 21 people, including two police officers, authorities said.", 21)
            .Claimant, Is.EqualTo("authorities"));
}
