using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>What a figure counts and whose they are, read from the words after it. Sentences from real news.</summary>
public sealed class CountedGroupTests
{
    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    // Xinhua via China.org.cn, 5 November 2008; Reuters, 2017: a number word right after a figure starts another figure's phrase.
    [TestCase("The Philippine government Wednesday said it was saddened by a sea mishap in the central province of Masbate as the death toll rose to 42 one day after the tragedy.", 42, "people")]
    [TestCase("Washington Attorney General Bob Ferguson said his office’s consumer finance division now had 27 attorneys, compared with 11 four years ago.", 11, "attorneys")]
    public void NumberWordAfterAFigure_IsNoCountedNoun(string sentence, double low, string subject) =>
        Assert.That(Extracted.Figure(sentence, low).Subject, Is.EqualTo(subject));

    [TestCase("The plane, en route from Amsterdam to Kuala Lumpur, carried 200 Dutch citizens.", 200, "people", "Dutch")]
    [TestCase("A New Jersey man, a Belgian mother of two, and five Argentines celebrating their graduation were killed in the truck attack.", 5, "people", "Argentine")]
    [TestCase("More than 3,900 Filipinos have been killed in what the police call self-defense.", 3900, "people", "Filipino")]
    // Reuters, 2017; Deccan Herald and UNHCR, September 2017: a people that is no country's, named by the lexicon's demonyms.
    [TestCase("Over 600,000 Rohingya have fled to refugee camps in Bangladesh since military clearance operations were launched.", 600000, "people", "Rohingya")]
    [TestCase("5,000 Rohingyas entered Bangladesh in 3 days", 5000, "people", "Rohingya")]
    [TestCase("An estimated 270,000 Rohingya refugees have fled Myanmar in the past two weeks.", 270000, "refugees", "Rohingya")]
    [TestCase("Myanmar said 6,600 Rohingya homes and 201 non-Muslim homes had been burned to the ground.", 6600, "buildings", "Rohingya")]
    [TestCase("They added some 30 civilians had been killed -- seven Rohingyas, seven Hindus and 16 Rakhine Buddhists -- in the fighting.", 16, "people", null)]
    public void CountrysDemonym_GivesTheSide(string sentence, double low, string subject, string? side)
    {
        var claim = Figure(sentence, low);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Subject, Is.EqualTo(subject));
            Assert.That(claim.Side, Is.EqualTo(side));
        });
    }

    // Reuters, 24 May 2014; RT live blog, 2 May 2014; seed 002.
    [TestCase("The clashes came as Russia moved 15 transport planes and 20 trains carrying personnel out of three provinces that border Ukraine.", 15, "aircraft", "Russian")]
    [TestCase("07:14 - Ukraine's Defense Ministry has said two Mi-24 military helicopters were shot down and their pilots killed.", 2, "aircraft", "Ukrainian")]
    [TestCase("British Prime Minister Boris Johnson announced on Wednesday the delivery of 6,000 additional anti-tank missiles to kyiv.", 6000, "missiles", null)]
    public void ASidesForces_BelongToTheCountryBeforeThemOrTheSourcesSide_WeaponsSentDoNot(string sentence, double low, string subject, string? side)
    {
        var claim = Figure(sentence, low);
        Assert.That((claim.Subject, claim.Side), Is.EqualTo((subject, side)));
    }

    [Test]
    public void ForcesATollCounts_OrTheSentenceBeforeCounted_AreOfTheirSide()
    {
        // RT live blog, 2 May 2014: the toll of the pilots the sentence says were killed; the pilot of the helicopters the sentence before counted.
        var toll = Extracted.Claims("07:14 - Ukraine's Defense Ministry has said two Mi-24 military helicopters were shot down and their pilots killed, raising the death toll to two.")
            .Single(c => c.Metric == "killed");
        var pilot = Figure("04:07 - The self-declared mayor of Slovyansk, Vyacheslav Ponomaryov, was quoted by Russia's Interfax news agency as saying two Ukrainian military helicopters were shot down.\n" +
                           "He said one pilot was killed and another taken hostage.", 1);
        Assert.That((toll.Subject, toll.Side), Is.EqualTo(("pilots", "Ukrainian")));
        Assert.That((pilot.Subject, pilot.Side), Is.EqualTo(("pilots", "Ukrainian")));
    }

    // WHO via AP, 3 December 2014; CBS, 1 July 2021; Reuters, 2017.
    [TestCase("Of those, 5,689 out of 15,935 cases were in Sierra Leone.", 5689, "cases")]
    [TestCase("Approximately 55 of the oceanfront complex's 136 units were destroyed.", 52.25, "units")]
    [TestCase("Murray said about 200 of 1,000 jobs in Utah could be cut.", 190, "jobs")]
    [TestCase("Stephen Paddock boosted his firearms with bump stocks to shoot thousands of bullets over 10 minutes.", 2000, "bullets")]
    public void PartOfAWholeNamedAfterIt_CountsWhatTheWholeCounts(string sentence, double low, string subject) =>
        Assert.That(Figure(sentence, low).Subject, Is.EqualTo(subject));

    [TestCase("Republicans will support two separate health care bills aimed at reducing premium costs.", 2, "bills")]
    [TestCase("Eight do not require permits at all.", 8, "unspecified")]
    // Reuters (WHO), 26 November 2014; Reuters, 2017; Stuff, 2011.
    [TestCase("The three hardest-hit countries reported 600 new cases in the past week.", 600, "cases")]
    [TestCase("The three hardest-hit countries reported 600 confirmed cases in the past week.", 600, "cases")]
    [TestCase("Automakers face mandates from California and a dozen other states to produce zero-emission vehicles.", 12, "states")]
    [TestCase("Two more victim's names will be released tomorrow, he said.", 2, "names")]
    // AFP, 19 August 2018; Tasnim, 2017; Sky News, 16 April 2014; BBC, 21 September 2017.
    [TestCase("Thousands of army, navy and air force troops fan out to help those still stranded.", 2000, "soldiers")]
    [TestCase("Thousands of ethnic Rohingya Muslims have been arriving daily by foot across the swampy border.", 2000, "people")]
    [TestCase("A major rescue operation is still under way, involving 34 naval, coastguard and civilian ships, and 18 helicopters.", 34, "ships")]
    [TestCase("U.S. Representative Jackie Speier told the panel that two current House members had engaged in sexual harassment.", 2, "people")]
    [TestCase("Hundreds of foreign search and rescue specialists arrived in the city on Thursday.", 200, "people")]
    [TestCase("Some 245 coal miners were killed in a mine in the western province of Manisa's Soma district on May 13.", 245, "people")]
    [TestCase("The UN said 582,000 members of the Rohingya community had crossed into Bangladesh since August 25, marking a jump of 45,000 from the 537,000 figure given at the weekend.", 537000, "people")]
    [TestCase("The Dow Jones industrial average topped the 24,000 mark for the first time.", 24000, "unspecified")]
    [TestCase("In a letter to Harper the compliance office’s executive director said it had paid $354,465.85 to settle 16 total claims of employment discrimination.", 16, "claims")]
    [TestCase("The Fire Service's head of special operations, Jim Stewart-Black, says more than 200 search and rescue personnel are on the ground.", 200, "rescuers")]
    [TestCase("In the Senate, the narrow majority will be shaved to 51-49 once Jones is seated.", 51, "seats")]
    [TestCase("At least four people have died and hundreds remain unaccounted for after a ferry sank.", 200, "people")]
    [TestCase("The quake toppled dozens of buildings and left millions without electricity.", 2e6, "unspecified")]
    [TestCase("If Collins and Corker vote against the final tax bill, leading to a 50-50 tie, Pence would cast the winning vote.", 50, "tie")]
    // A report from Donetsk, July 2014: the vague quantity is the verb's subject, the weapons its object.
    [TestCase("Deep strains emerged Thursday in the ranks of Ukraine's pro-Moscow insurgents as dozens turned in their weapons in disgust.", 24, "people")]
    // ERR News, 2014; Reuters, 2017: a noun that names the group (a 'members' trigger) heads the phrase; the words before it only describe it.
    [TestCase("In recent years Kaitseliit has increased its membership at a stable pace and as of the end of 2012, the organisation had around 13,200 active members.", 12540, "people")]
    [TestCase("The FBI requested the materials of four additional senior members of the Trump transition team on Aug. 30, it said.", 4, "people")]
    public void UnlistedCountedNoun_IsTheNounAfterItsModifiers(string sentence, double low, string subject) =>
        Assert.That(Figure(sentence, low).Subject, Is.EqualTo(subject));

    [Test]
    public void VagueQuantityWithMore_CountsWhatTheFigureBeforeDid()
    {
        // Seed 000 (live blog, March 2022).
        var claims = Extracted.Claims("Hundreds of civilians have been killed, hundreds more injured and over three million Ukrainians have fled their country.");
        Assert.That(claims.Where(c => c.Low == 200).Select(c => (c.Metric, c.Subject)), Is.EqualTo(new[] { ("killed", "civilians"), ("wounded", "civilians") }));
    }

    [TestCase("Both protesting groups were joined by 15 to 20 cars with flags and people inside, some of them wearing masks.", 15, "cars")]
    [TestCase("Pro-Russian rebels detained three teams of Western journalists for several hours on Friday in eastern Ukraine.", 3, "teams")]
    [TestCase("Five NATO warships have arrived in the Lithuanian port of Klaipeda to bolster the transatlantic alliance.", 5, "warships")]
    [TestCase("The clashes came as Russia moved 15 transport planes and 20 trains carrying personnel and military equipment.", 20, "trains")]
    [TestCase("Two incidents involving Russian paratroopers have been reported.", 2, "incidents")]
    [TestCase("There are about 300 resettlement offices spread across 49 states, and advocates estimate several dozen are at risk.", 49, "states")]
    [TestCase("Thirteen Republicans opposed it.", 13, "people")]
    [TestCase("Ukrainian Interior Minister Arsen Avakov said about 60 gunmen attacked the police station.", 57, "gunmen")]
    [TestCase("“It is pretty difficult to have a completely accurate assessment, but I cannot speak to more than 400-500 [soldiers] at the moment,” Nuland said.", 400, "soldiers")]
    [TestCase("Ukraine has a population of around 46 million, while Crimea has around two million residents.", 43.7e6, "people")]
    [TestCase("Fighting exploded Friday in Mariupol, a city of 500,000 on the Sea of Azov.", 500000, "people")]
    // RIA Novosti, April 2014; OSCE SMM, September 2014; Reuters, 2017: whose they are, or a participle, before the noun.
    [TestCase("The Department of the Treasury is imposing sanctions on seven Russian government officials, including two members of President Putin's inner circle.", 7, "officials")]
    [TestCase("Also on 27 September the SMM observed another convoy consisting of three towed howitzers (D-30) moving north away from Artemivsk.", 3, "howitzers")]
    [TestCase("Obama at the time expelled 35 Russian diplomats and the U.S. authorities seized two Russian diplomatic compounds in the United States.", 2, "compounds")]
    [TestCase("The tax bill was expected to add at least $1 trillion to the 20 trillion U.S. national debt over 10 years.", 20e12, "unspecified")]
    [TestCase("At the same time, another team was approached by five heavily armed and partly masked individuals.", 5, "people")]
    public void FirstPluralNounAfterTheFigure_IsWhatItCounts_NotAListedNounFurtherOn(string sentence, double low, string subject) =>
        Assert.That(Figure(sentence, low).Subject, Is.EqualTo(subject));

    [TestCase("Soon after taking office, he slashed the 2017 U.S. refugee cap to 50,000 from the 110,000 ceiling set by Obama.", 50000, "refugees", null)]
    [TestCase("Soon after taking office, he slashed the 2017 U.S. refugee cap to 50,000 from the 110,000 ceiling set by Obama.", 110000, "refugees", null)]
    [TestCase("The CBO said the number of Americans with health insurance would fall by 13 million by 2027 under the bill.", 13e6, "people", "American")]
    [TestCase("The announcement was made with representatives from nine major refugee agencies, several executives said.", 9, "agencies", null)]
    [TestCase("A State Department official attributed the drop in refugee admissions to increased vetting and a smaller annual refugee quota this year of 45,000.", 45000, "refugees", null)]
    [TestCase("The WHO also added that the number of confirmed cases of the disease had reached 21,614.", 21614, "cases", null)]
    // Reuters, September 2017: a date's day inside the measure's clause is no other figure.
    [TestCase("UNHCR said the estimated number of Rohingya who fled to Bangladesh since violence erupted in Myanmar on Aug. 25 had risen from 164,000 on Thursday.", 164000, "people", "Rohingya")]
    // Sputnik (WHO), December 2014: a measure the figure is the value of says what it counts, not the whole it is out of.
    [TestCase("The WHO said that the death toll in the world's worst Ebola epidemic has risen to 5,689 out of 15,935 cases reported in eight countries.", 5689, "people", null)]
    public void MeasureNamingAGroup_CountsThatGroup(string sentence, double low, string subject, string? side)
    {
        var claim = Figure(sentence, low);
        Assert.That((claim.Subject, claim.Side), Is.EqualTo((subject, side)));
    }

    [TestCase("Soon after taking office, he slashed the 2017 U.S. refugee cap to 50,000 from the 110,000 ceiling set by Obama.", 50000)]
    [TestCase("Soon after taking office, he slashed the 2017 U.S. refugee cap to 50,000 from the 110,000 ceiling set by Obama.", 110000)]
    [TestCase("In September, he announced a cap of 45,000 for 2018, the lowest number since the modern U.S. refugee program was established in 1980.", 45000)]
    public void ALimitsValue_SaysHowManyMayBe_NotHowManyWere(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Modality, Is.EqualTo(Modality.Projection));

    [TestCase("Republicans hold a slim 52-48 majority in the Senate and are eager to maintain their advantage.", 52, "seats")]
    [TestCase("Jones' victory will reduce their majority in the U.S. Senate to 51-49, possibly making it harder for Trump.", 51, "seats")]
    [TestCase("The House approved the bill by a 227-205 vote on Nov. 16.", 227, "votes")]
    public void ATallyOfAMajority_CountsSeats(string sentence, double low, string subject) =>
        Assert.That(Figure(sentence, low).Subject, Is.EqualTo(subject));

    [TestCase("The previous was a tsunami that killed 61 people and damaged or destroyed more than 500 homes and businesses.", 500)]
    [TestCase("Libya floods: death toll in Derna surges past 11,300, with 891 buildings destroyed", 891)]
    public void Buildings_AreNotCasualties(string sentence, double low)
    {
        var claim = Figure(sentence, low);
        Assert.That((claim.Subject, claim.Metric), Is.EqualTo(("buildings", "count")));
    }

    [TestCase("More than 900 people were injured after a passenger train derailed, causing between 10 and 12 cars to wreck in Odisha.", 10, "cars")]
    [TestCase("They briefly entered the courtyard where they smashed up two cars, broke some windows then escaped, he added.", 2, "cars")]
    [TestCase("A ferry sank off South Korea's southern coast, despite a frantic, hours-long rescue by dozens of ships and helicopters.", 24, "ships")]
    public void Vehicles_AreNotCasualties(string sentence, double low, string subject)
    {
        var claim = Figure(sentence, low);
        Assert.That((claim.Subject, claim.Metric), Is.EqualTo((subject, "count")));
    }

    [Test]
    public void ATollNamingNoGroup_CountsTheGroupItsSentenceSaysWasKilled()
    {
        var toll = Extracted.Claims("07:14 - Ukraine's Defense Ministry has said two Mi-24 military helicopters were shot down and their pilots killed, raising the death toll to two.")
            .Last(c => c.Low == 2);
        Assert.That((toll.Metric, toll.Subject), Is.EqualTo(("killed", "pilots")));
    }

    [Test]
    public void ANounInTheNextClause_IsNotWhatWasCounted() =>
        Assert.That(Figure("The death toll had risen to over 280 Saturday as rescuers in eastern India continued to sift through the wreckage.", 280).Subject,
            Is.Not.EqualTo("rescuers"));

    [TestCase("The French interior Ministry informed that about 9,5 thousand people, including 1,5 thousand people in the capital, took part in the actions across the country.", 9025, "participated")]
    [TestCase("\"Five people, including the loco pilot of the Kanchanjunga Express, died on the spot.", 5, "killed")]
    [TestCase("At least five passengers and three railway staffers - the locomotive pilot and assistant locomotive pilot of the goods rake and the guard in the express train - were killed and nearly 50 others were injured.", 3, "killed")]
    [TestCase("About a dozen women, who had been in the building when it was seized, were evacuated as soon as Avakov's announcement was made known.", 11.4, "evacuated")]
    public void AnAsideOpenedByIncluding_LeavesTheVerbAfterItToTheFigureBefore(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    // Al Jazeera, 14 August 2015; Epoch Times, 10 August 2023; Eagle News, 2015.
    [TestCase("Nearly 100 people missing from Tianjin blasts, including 85 firefighters, officials say, as death toll rises to 112.", 85, "missing")]
    [TestCase("The Coast Guard said it rescued at least 14 people who jumped into the water to escape, including two children.", 2, "rescued")]
    [TestCase("The death toll in the deadly chemical blasts in the port of Tianjin has climbed to 104, including at least 21 firefighters.", 21, "killed")]
    public void APartIntroducedByIncluding_CountsWhatHappenedToTheWhole(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    // Reuters, 30 August 2022; AFP, 19 August 2018; AFP, 21 January 2011; AFP, 16 January 2011.
    [TestCase("Sherry Rehman tweeted updated data from the country's National Disaster Management Authority that said 33 million people — almost 15% of Pakistan's population — had been affected and 1,041 had been killed in the floods.", 33e6, "affected")]
    [TestCase("Some 353,000 people have taken shelter in 3,026 relief camps.", 335350, "displaced")]
    [TestCase("A total 13,830 people were forced to abandon their homes in the region, either because they were destroyed or deemed unsafe.", 13830, "displaced")]
    [TestCase("Members of the army entered parts of Teresopolis and were able to rescue 110 families.", 110, "rescued")]
    [TestCase("More than 700 rescue workers, some from as far away as Taiwan and Israel, continued to dig.", 700, "count")]
    [TestCase("Thousands of residents lost homes in the fire.", 2000, "displaced")]
    // SBS, 17 November 2018; AP, 2022: fleeing to shelters or safer places inside the country is displacement, not refuge abroad.
    [TestCase("Thousands of trees were felled by winds that destroyed homes and hundreds of thousands were forced to flee to shelters.", 200000, "displaced")]
    [TestCase("The rains triggered unprecedented floods, forcing hundreds of thousands of people to move to safer places.", 200000, "displaced")]
    public void WhatDisastersDoToPeople_AffectedShelteredRescued(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("Amid conflicting reports on the number of dead, the UN said the toll in the coastal city alone had risen to over 11,300, with thousands more missing.", 11300, "killed")]
    [TestCase("The confirmed death toll from a devastating earthquake in Christchurch stands at 75, with hundreds reported missing.", 75, "killed")]
    [TestCase("The death toll from a cyclone that hit the coast of southern India has risen to 33.", 33, "killed")]
    [TestCase("SYDNEY, Australia – The death count from New Zealand's massive earthquake was expected to climb past 75 with 300 people still missing as rescuers desperately scoured smoldering mountains of rubble.", 75, "killed")]
    [TestCase("KARACHI: Death toll from heatwave in Karachi and other districts of southern Sindh province reached to 151, health officials said on Monday.", 151, "killed")]
    [TestCase("Four dead, 291 missing in South Korea ferry sinking", 291, "missing")]
    [TestCase("At least 18 people are dead and 145 others remain unaccounted for after a 12-story residential building partially collapsed.", 145, "missing")]
    [TestCase("The death toll from flooding in southern Brazil has risen to at least 66, with 101 people reported missing, civil defense authorities said Sunday.", 66, "killed")]
    [TestCase("It was initially reported that a total of 368 people have been rescued.", 368, "rescued")]
    [TestCase("More than 13,500 people have been left homeless.", 13500, "displaced")]
    [TestCase("At least 26 people have been hospitalized, three of whom with critical burns.", 26, "wounded")]
    [TestCase("Officials say 11 children were rescued there, while 19 children and six adults died.", 19, "killed")]
    [TestCase("Russia said it would offer military help, but there was no visible police presence at the protest, which attracted around 200,000 people.", 190000, "participated")]
    [TestCase("At least fifty thousand people participated in the mass protests of the movement, told the radio station France Info.", 50000, "participated")]
    [TestCase("The unions behind the action earlier said that they were expecting one million to attend.", 1000000, "participated")]
    [TestCase("Five Argentine tourists, a Belgian woman, a New Yorker and a New Jersey man were killed in Tuesday afternoon's attack.", 5, "killed")]
    // AFP, 24 June 2015; Reuters, 2017; Times of India (DTNext), 5 June 2023.
    [TestCase("Pakistan's largest charity, Edhi Welfare Organisation, said their two morgues in the city had received more than 400 corpses.", 2, "count")]
    [TestCase("Pakistan's largest charity, Edhi Welfare Organisation, said their two morgues in the city had received more than 400 corpses.", 400, "killed")]
    [TestCase("That decision left the two candidates tied with 11,608 votes each in a district.", 2, "count")]
    [TestCase("The Chief Secretary also said that out of the 275, 88 bodies have been identified.", 275, "killed")]
    [TestCase("WHO also added that a further 13 deaths and 30 cases have been recorded in five other countries.", 30, "count")]
    // AFP, 17 November 2018; RIA Novosti, 2014: a clause joined after the figure's own predicate, with a subject of its own, is not the figure's.
    [TestCase("Thousands of trees have been uprooted and livestock has also been badly affected.", 2000, "count")]
    [TestCase("Heavy rainfall also fell in Minas Gerais state, north of Rio, where 16 people have died in the past month and dozens of communities are in a state of emergency.", 24, "count")]
    [TestCase("Seven people were killed and 39 others were wounded.", 39, "wounded")]
    // Folha/Civil Defense, May 2024: a duration is no figure between the opening measure and its first figure.
    [TestCase("The number of homeless people in Rio Grande do Sul more than doubled in 24 hours, going from more than 163 thousand this Wednesday (8) to 327,105 this Thursday (9), according to the latest bulletin.", 163000, "displaced")]
    // AP, July 2021: an aside set off by commas leaves the figure after it the opening measure's.
    [TestCase("The death toll from a catastrophic condominium collapse in Florida last month, once feared to be well more than 100 people, is expected to land between 95 and 99 people.", 95, "killed")]
    // Reuters, 2017: a month's name dates the figure and names no march.
    [TestCase("Twenty-seven were by the Assad government, including seven between March 1 and July 7.", 7, "count")]
    [TestCase("In March, the Justice Department charged two Russian intelligence agents and two hackers with the theft of 500 million Yahoo accounts.", 2, "count")]
    // Los Angeles Times, 2014: a clause opened by a pronoun subject has a verb of its own; a reporting verb passes the measure on.
    [TestCase("Rebels regularly conduct lightning attacks on checkpoints, and earlier this week they blew up three bridges leading into Donetsk.", 3, "count")]
    [TestCase("It is pretty difficult to have a completely accurate assessment given Russia's efforts to mask its dead, but we estimate it in hundreds and hundreds.", 200, "killed")]
    [TestCase("After 40 hours, about 2,200 special forces units and airborne troops had been deployed.", 2090, "deployed")]
    [TestCase("Around 84,000 protesters turned out for the ninth round of \"yellow vest\" rallies across France on Saturday, up from 50,000 the previous week, the interior ministry said.", 50000, "participated")]
    [TestCase("\"More than 400 dead bodies have so far been received in our two mortuaries in past three days,\" Edhi spokesman Anwar Kazmi told AFP.", 2, "count")]
    public void WhatHappened_IsTheTriggerNearestTheFigure_NotOneThatBelongsToAnotherFigure(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("Preliminary reports were that the fire that tore through Maui claimed at least 36 lives, wounded nearly 30.", 36, "killed")]
    [TestCase("Grueling heatwave claims 14 more lives", 14, "killed")]
    [TestCase("A total of 357 people have lost their lives until now, a statement said, with 33 losing their lives over the last 24 hours.", 33, "killed")]
    [TestCase("Turkey's deadliest mining disaster claimed the lives of 301 people in the western town of Soma.", 301, "killed")]
    [TestCase("In the 20 days crews have searched for victims, they have found the remains of 95 people.", 95, "killed")]
    [TestCase("The Tianjin municipal government also said that around 720 others were admitted to hospitals.", 684, "wounded")]
    [TestCase("Montgomery County, where state senator Leach lives, has approximately 820,000 residents.", 779000, "count")]
    [TestCase("Lifeguards have saved hundreds of lives this summer.", 200, "rescued")]
    // DTNext, 5 June 2023; WPLG, 4 July 2021: bodies identified or handed over are a count of the dead, not a toll; bodies named
    // anywhere else still count the dead.
    [TestCase("The Chief Secretary also said that out of the 275, 88 bodies have been identified.", 88, "count")]
    [TestCase("78 bodies have been handed over till Sunday morning.", 78, "count")]
    [TestCase("With 187 bodies yet to be identified, keeping them till the time they are claimed by the victims' kin is proving to be a challenge.", 187, "count")]
    [TestCase("The latest bodies pulled from the rubble were those of two children, ages 4 and 10, Miami-Dade County Mayor Daniella Levine Cava said.", 2, "killed")]
    [TestCase("Rescuers have recovered 12 bodies from the rubble.", 12, "killed")]
    [TestCase("Armenia regrets the latest spate of violence in Ukraine resulting in dozens of victims, a Foreign Ministry spokesman said on Wednesday.", 24, "killed or wounded")]
    [TestCase("The other 10 victims will be considered unaccounted for until the medical examiner's office can identify them.", 10, "missing")]
    public void LivesClaimedAndHospitalAdmissions_AreDeathsAndInjuries_OnlyAsTheFiguresNoun(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("During the last few days, 362 bodies have been brought to the Jinnah Hospital, 170 to Civil, 190 to Abbasi Shaheed, 30 to KMC hospitals, 20 to Sindh Government Hospital New Karachi.", 20, "killed")]
    [TestCase("More than a third of the deaths (394) were recorded in Al-Haouz, the epicentre of the quake, and in Taroudant (271) further south.", 271, "killed")]
    [TestCase("The prosecutor's office has released its first official estimate on the number of missing, more than 300, suggesting the final victim count will likely hit 1,000.", 1000, "count")]
    [TestCase("Dhaka: An estimated 270,000 Rohingya refugees have fled Myanmar in the past two weeks and sought refuge in Bangladesh, where two existing refugee camps are bursting at the seams, the UN refugee agency said.", 2, "count")]
    public void ElidedFigureInAList_IsWhatTheOneBeforeItWas_UnlessItNamesItsOwnNoun(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("The death toll from Brazil's worst-ever flood rose to 759 on Thursday.\nThe latest count is 764, more than a week after landslides erased entire towns.", 764)]
    [TestCase("At least 31 people have died in a fire in Odessa, the interior ministry said.\nThe ministry had initially given a higher tally, of 38.", 38)]
    public void ABareMeasure_IsTheMeasureTheStoryHasBeenGiving(string text, double low)
    {
        var claim = Figure(text, low);
        Assert.That((claim.Metric, claim.Subject), Is.EqualTo(("killed", "people")));
    }

    [Test]
    public void ShortTitleCaseHeadline_IsAFigure_NotANameWithANumber() =>
        Assert.That(Figure("Brazil Flood Deaths Top 760\n\nThe death toll continues to mount.", 760).Metric, Is.EqualTo("killed"));

    [Test]
    public void VerbRightAfterAnotherFigure_IsThatFigures_WhenThisOneHasItsOwn() =>
        Assert.That(Figure("Floods left over 800,000 livestock killed and 2,200 miles of roads and 157 bridges damaged.", 157).Metric, Is.EqualTo("count"));

    // Reuters, December 2017.
    [TestCase("On a vote of 231 to 198, the Republican-led House approved the Concealed Carry Reciprocity Act.", 231)]
    [TestCase("Senators voted 62-37 to confirm Kirstjen Nielsen, formerly Kelly's deputy in the White House.", 62)]
    public void VoteTally_CountsVotes(string sentence, double low) =>
        Assert.That((Figure(sentence, low).Metric, Figure(sentence, low).Subject), Is.EqualTo(("votes", "votes")));

    // AP, 9 May 2014; CNN, 12 September 2023; Reuters, 2017.
    [TestCase("On April 16-17, three people were killed and 12 injured after about 300 protesters armed with stun grenades and firebombs tried to seize a National Guard base.", 300, "count")]
    [TestCase("At least 5,100 people are presumed dead after a torrential downpour triggered the collapse of two dams and unleashed devastating flash floods across the Libyan coastal city of Derna.", 2, "count")]
    [TestCase("The House was forced to vote again after the Senate parliamentarian ruled three minor provisions violated arcane Senate rules.", 3, "count")]
    public void WhatHappenedBeforeAClauseOpens_IsNotWhatAFigureWithItsOwnVerbCounts(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("The death toll from the worst flooding to hit India's Kerala state in a century has jumped to 357, authorities have said.", 357, "killed")]
    [TestCase("The number of people killed in a flooding disaster near Rio de Janeiro last week could top 1,000, according to official figures released Friday showing 400 people still missing.", 1000, "killed")]
    [TestCase("The death toll from the earthquake that struck the Al Haouz region southwest of Marrakech, Morocco, on Friday night, has risen to 632, with 329 injured.", 632, "killed")]
    [TestCase("The death toll could still increase significantly, with 105 people reported missing on Sunday.", 105, "missing")]
    [TestCase("The House voted to go to conference with the Senate on Monday, and Republicans named nine conference delegates.", 9, "count")]
    public void TheMeasureASentenceOpensWith_IsItsFirstFigures_UnlessAnotherTriggerIsCloser(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("On 27 April, two members of the Donetsk Special Monitoring Mission team were detained by a group of unarmed men in Yenakiyeve.", 2, "arrested")]
    [TestCase("The resolution failed, with only Russia and China voting yes and the remaining 13 members abstaining.", 13, "votes")]
    [TestCase("Only five countries opposed it and 35 abstained, including China, out of the 193 members of this organization.", 193, "members")]
    public void ANounThatNamesTheGroup_YieldsToWhatHappenedToItInItsClause(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("South Korean rescuers worked frantically under floodlights Wednesday to find nearly 300 people missing after a ferry sank with 459 on board, mostly high school students.", 459, "aboard")]
    [TestCase("A ferry carrying 475 people, mostly high school students on an overnight trip to a tourist island, sank off South Korea's southern coast on Wednesday.", 475, "aboard")]
    [TestCase("Officials said 325 students from the high school were aboard the ferry, accompanied by 15 teachers.", 325, "aboard")]
    [TestCase("Malaysia Airlines Flight MH17 crashed on July 17, killing all 298 people on board.", 298, "killed")]
    [TestCase("179 aboard the capsized ferry bound for Jeju-do had been rescued, with six confirmed dead.", 179, "rescued")]
    [TestCase("Thousands of Ukrainian opposition activists, some carrying shields and baseball bats, marched to parliament.", 2000, "count")]
    [TestCase("The deals enabled leadership to get four wavering Republican senators on board with the legislation.", 4, "votes")]
    public void PeopleAboard_AreCountedAsSuch_UnlessSomethingHappenedToThem(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [Test]
    public void AnOvernightTrip_IsNoPeriod() =>
        Assert.That(Figure("A ferry carrying 475 people, mostly high school students on an overnight trip to a tourist island, sank on Wednesday.", 475).Period, Is.Null);

    [TestCase("The Dow Jones Industrial Average fell 227.01 points, or 0.96 percent, to 23,336.35, the S&P 500 lost 25.34 points.", 23336.35)]
    public void FigureWithAFraction_CountsNoPeople(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo("count"));

    [TestCase("Democratic President Bill Clinton had a 46 percent approval rating in November 1994 and his party still lost 54 seats in the House.", 54, "count")]
    [TestCase("Business groups have warned of dire economic consequences, including millions of jobs lost as tariffs snap back.", 2000000, "count")]
    [TestCase("After Russia's five-day war with Georgia, the General Staff announced that it had lost 74 servicemen there.", 74, "killed")]
    [TestCase("Pakistan is estimated to have lost almost 10,000 lives as a result of climate-related disasters between 1998 and 2018.", 9500, "killed")]
    public void Lost_CountsTheDead_OnlyWhenWhatWasLostIsPeople(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("With temperatures as high as 42 degrees Celsius yesterday and today, Karachi saw hundreds of deaths in the space of just 48 hours.", 42, "temperature")]
    [TestCase("The city endured temperatures exceeding 40 degrees Celsius (104 degrees Fahrenheit), with high humidity.", 104, "temperature")]
    // Khyber News, June 2015; The Epoch Times, Maui Now, APP, August 2023 and 2022.
    [TestCase("In Karachi, the temperature topples to 36-38 degree Celsius after hitting 45 degree Celsius at the peak of the heat wave.", 45, "temperature")]
    [TestCase("The southern port city of Karachi saw temperatures reach as high as 45 degrees Celsius (111 degrees Fahrenheit) on Saturday, just short of an all-time high in the city of 47 C in June 1979.", 47, "temperature")]
    [TestCase("It stood more than 60 feet tall, according to the Hawaii Tourism Authority.", 60, "distance")]
    [TestCase("The fire in Lahaina resulted in 2 207 structures damaged or destroyed, and 878 ha (2 170 acres) burned.", 878, "area")]
    [TestCase("Pakistan as a whole received 176.8 mm of rain, a deviation of 251% from the normal.", 176.8, "amount")]
    public void AMeasurement_IsNamedByItsUnit_NotCounted(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("An adviser to the state's chief minister put the initial loss estimate at $4 billion.", 4e9, "losses")]
    [TestCase("ISLAMABAD (AP) — The World Bank estimates that this summer's record-breaking floods have caused $40 billion in damages in this impoverished country.", 40e9, "losses")]
    [TestCase("Early estimates say the Category 5 hurricane caused about $3 billion in damage.", 2.85e9, "losses")]
    [TestCase("Trump's request included $700,000 to repair damage to Navy ships after recent fatal collisions, and $1.2 billion for increased troop levels in Afghanistan.", 1.2e9, "money")]
    [TestCase("Russia agreed to buy $15 billion of Ukrainian government bonds after the deaths of protesters.", 15e9, "money")]
    public void ASumOfMoney_IsNamedOnlyByWhatTheSumIs(string sentence, double low, string metric) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo(metric));

    [TestCase("He said one pilot was killed and another taken hostage.", 1, "pilots")]
    [TestCase("At least five passengers and three railway staffers were killed and nearly 50 commuters were injured.", 47.5, "people")]
    public void PilotsAndCommuters_ArePeople(string sentence, double low, string subject)
    {
        var claim = Figure(sentence, low);
        Assert.That((claim.Subject, claim.Unit), Is.EqualTo((subject, "people")));
    }

    [TestCase("It gathered responses from 1,608 adults and has a credibility interval of 3 percentage points.", 1608)]
    [TestCase("The latest online poll of 1,257 adults found 29 percent supporting the plan.", 1257)]
    public void PollSample_IsCountedAsSurveyed_NotAsACrowd(string sentence, double low) =>
        Assert.That(Figure(sentence, low).Metric, Is.EqualTo("surveyed"));

    [Test]
    public void MeasureLinkedToItsFigure_IsThatFiguresAlone()
    {
        var claims = Extracted.Claims("Odisha train tragedy: Death toll rises to 288, Rs 15.6 cr compensation given to 531 people");
        Assert.That(claims.Select(c => (c.Low, c.Metric)), Does.Contain((288.0, "killed")).And.Contain((531.0, "count")));
    }

    // The figure denied after "and not" corrects the first and is no claim (it had shared the first's measure); the first keeps its own.
    [Test]
    public void FigureDeniedAfterAnd_IsNoClaim_TheFirstKeepsTheMeasureLinkedToIt() =>
        Assert.That(Extracted.Claims("So, after wading out the duplications, the Collector has informed that the number of deaths is 275 and not 288.")
                .Select(c => (c.Low, c.Metric)),
            Is.EqualTo(new[] { (275.0, "killed") }));

    [Test]
    public void FigureAfterFrom_IsTheEarlierValueOfTheFigureBefore()
    {
        var claims = Extracted.Claims("The Odisha Government on Sunday revised the death toll in the three-train crash on Friday to 275 from 288 and put the number of injured at 1,175.");
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.Subject)), Is.EqualTo(new[] { (275.0, "killed", "people"), (288.0, "killed", "people"), (1175.0, "wounded", "people") }));
    }
}
