using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Numbers that are not figures: they are masked before claims are read. Sentences from real news.</summary>
public sealed class NonClaimTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static IEnumerable<double> Figures(string text) => Extractor.Extract(Some.Document(text)).Where(c => c.Metric != "quote").Select(c => c.Low);

    [TestCase("19:31 - Two Ukrainian soldiers have been killed in renewed fighting.", new[] { 2d })]
    [TestCase("\"We are here to honour the great Shevchenko,\" said Mr Regushevsky, a 46-year-old who brought his 21/2-year-old son to the rally.", new double[0])]
    [TestCase("\"In the second half of this year, the United States will provide the Ukrainian government an additional loan of $1 billion,\" Toloui said.", new[] { 1e9 })]
    [TestCase("In Odessa the situation at both the “7th Kilometre” and “2 Stolba” checkpoints at the main road junctions west of the city was calm.", new double[0])]
    [TestCase("They can ask the more than 500 criminals whom the Department of Justice has convicted of terrorism-related offenses since 9/11.", new[] { 500d })]
    [TestCase("The 30-year bond last fell 14/32 in price to yield 2.8051 percent.", new[] { 2.8051 })]
    [TestCase("We deeply regret the tens of victims as a result of clashes in Kiev.", new[] { 20d })]
    [TestCase("The Civil Defense of Rio Grande do Sul released this Thursday (9) a list with the names of those killed and missing due to the floods.", new double[0])]
    [TestCase("Two members were detained by a group of unarmed men at around 11.15 in Yenakiyeve.", new[] { 2d })]
    [TestCase("\"I was telling them lies just to stop the torture,\" said Mr Bulatov, 35.", new double[0])]
    [TestCase("At least 21 are already confirmed dead – the youngest was just 17.", new[] { 21d })]
    // AP via A News, January 2022.
    [TestCase("The dead included children as young as 4, City Council Member Oswald Feliz said.", new double[0])]
    // Splinter, August 2018; Reuters, 2017: how many times one figure is another is no count.
    [TestCase("Puerto Rico's new Hurricane Maria death toll is 46 times higher than the earlier count.", new double[0])]
    [TestCase("Opioids include prescription painkillers, heroin and fentanyl, a highly addictive synthetic drug 50 to 100 times more potent than morphine.", new double[0])]
    [TestCase("The latest bodies pulled from the rubble were those of two children, ages 4 and 10, the mayor said.", new[] { 2d })]
    [TestCase("But if more than two Republican senators vote no, it would fail.", new double[0])]
    // CEENews, March 2025; Reuters, 2017: a figure in a quoted name a naming word gives.
    [TestCase("The Saturday protest, named „15 for 15,” referred to both the date of the gathering and the number of victims from the disaster.", new double[0])]
    // Sarajevo Times, 15 March 2025: a slogan's words are no count.
    [TestCase("Students from all over Serbia are arriving in Belgrade on foot and by bicycle for a mass protest under the slogan “15 for 15” today.", new double[0])]
    [TestCase("Lisa Boyne said in a short film titled “16 Women and Donald Trump” that she met Trump in the early 1990s.", new double[0])]
    // i News, June 2017; i24NEWS, July 2023: a phone number's groups, a unit's number in lower case.
    [TestCase("Met Casualty Bureau:\n\n0800 0961 233", new double[0])]
    [TestCase("Several dozen reservist pilots as well as members of the elite unit 8200 have informed their superiors that they would refuse to continue serving in the army.", new[] { 24d })]
    [TestCase("The Senate followed up by approving the bill 81-14.", new[] { 81d })]
    // CBS News, 27 June 2021: the "one" of "no one" counts no one.
    [TestCase("She said 134 people had been accounted for, although no one has been pulled alive from the rubble since Thursday, the day of collapse.", new[] { 134d })]
    // Lancashire Evening Post, 12 June 2025: "is" after the flight's number is no plural noun the number counts.
    [TestCase("The back of Air India flight 171 is pictured at the site after it crashed in a residential area near the airport in Ahmedabad.", new double[0])]
    [TestCase("Decadt was visiting New York with her two sisters and mother.", new double[0])]
    [TestCase("For each of the last three years, refugees from the 11 countries made up more than 40 percent of admissions.", new[] { 40d })]
    [TestCase("The report said costs would rise from $29 billion in 2017 to $47 billion in 2027.", new[] { 29e9, 47e9 })]
    [TestCase("Saipov immigrated after winning a lottery, two government officials confirmed to Reuters.", new double[0])]
    [TestCase("The governors of three of the five Russian regions bordering Ukraine told ITAR-TASS news agency that thousands were arriving across the frontier.", new[] { 2000d })]
    [TestCase("Three lawmakers said this week they would resign amid sexual harassment allegations.", new[] { 3d })]
    [TestCase("Speaking on Rossiya 24 television, Kremlin spokesman Dmitry Peskov called on Europe to assess the situation.", new double[0])]
    [TestCase("Al Haouz Earthquake in Morocco Leaves 296 Dead, 153 Injured", new[] { 296d, 153d })]
    [TestCase("She said the EU's 28 foreign ministers will jointly discuss the matter in Brussels.", new[] { 28d })]
    [TestCase("The pro-Russian activists attacked some 20 people who were guarding a 200-strong rally in an outer district of the city.", new[] { 19d, 200d })]
    [TestCase("At least 18 people are dead after a 12-story residential building partially collapsed.", new[] { 18d })]
    [TestCase("The S&P 500 has climbed about 5 percent since mid-November when the House of Representatives passed its tax overhaul bill.", new[] { 4.75 })]
    [TestCase("That would boost overall earnings for S&P 500 companies by 9.1 percent, according to UBS equity strategists.", new[] { 9.1 })]
    [TestCase("I don't know what I would do, said a man in Flatbush who said he had open-heart surgery in 2014 and lives off the charity of Brooklyn's Haitian community.", new double[0])]
    [TestCase("Some 400 people were killed in the region during 2015, police said.", new[] { 380d })]
    [TestCase("Growth has been slow since the 2007-2009 recession, the bank said.", new double[0])]
    [TestCase("Senate Democratic Leader Chuck Schumer complained that throughout 2017 Republicans have been helping the wealthy.", new double[0])]
    [TestCase("The bulk of the spending - $1.7 million - has been on personnel salary and benefits, according to the report.", new[] { 1.7e6 })]
    [TestCase("Until this year, Idaho had four resettlement offices - three in Boise and one in Twin Falls, said Jan Reeves.", new[] { 4d, 3d, 1d })]
    // OSCE SMM, September 2014; Reuters, 2017; Reuters, February 2014: a number joined to a model's letters, a code with a bracketed
    // letter, a short link, and how many speak after the verb put before them are no figures.
    [TestCase("At one of the sites the SMM recorded that two self-propelled howitzers (2S1 Gvozdika) were missing.", new[] { 2d })]
    [TestCase("Taxpayers now can channel $18,000 of income tax-free into 401(k)s.", new[] { 18000d })]
    [TestCase("(Graphic: tmsnrt.rs/2A1LfXV) The U.S. Supreme Court is due to rule sometime next year.", new double[0])]
    [TestCase("“We usually join the demo at Independence Square in the evening, when we have time,” said one man with a pushchair.", new double[0])]
    // Awam Ka Sach, December 2021: after a source and an aside set off before the verb, the figure is what the source says.
    [TestCase("Police officers, however, said seven civilians were killed.", new[] { 7d })]
    // Reuters, 2017: a demonstrative points back to things counted before.
    [TestCase("But certainly, it's worth additional questioning of those two witnesses.", new double[0])]
    // Carbonated.TV, January 2011; AP, September 2019: "one" someone told of, or a determiner before a source, is no count.
    [TestCase("One resident described the disaster as a tsunami that fell from the sky.", new double[0])]
    [TestCase("One resident said he hasn't had power since the hurricane hit.", new double[0])]
    [TestCase("One man was killed and another injured.", new[] { 1d })]
    // Reuters, 2017: a month's name is no march, so "one" stays the pronoun it is.
    [TestCase("Trump issued his first travel ban in January, then issued a revised one in March after the first was blocked by federal courts.", new double[0])]
    // Reuters, 2017: how many people familiar with something speak describes the source.
    [TestCase("Trump is leaning toward nominating Federal Reserve Governor Jerome Powell, two sources familiar with the matter said.", new double[0])]
    [TestCase("Kushner directed Flynn to contact Russian officials about a UN resolution, NBC News reported on Friday, citing two people familiar with the matter.", new double[0])]
    // Tribune (PTI), June 2023: numbers listed after an identifier's plural, their glosses in brackets, name sections of a law.
    [TestCase("The case was registered under various IPC sections like 37 and 38 (related to causing hurt and endangering lives through rash or negligent action), 304A (causing death by negligence) and 34 (common intention), and sections 153 (unlawful and negligent action endangering lives of Railway passengers ), 154 and 175 (endangering lives) of the Railways Act.", new double[0])]
    // Dawn (events-mixed), June 2015: a plural with no number right after it opens no list of identifiers.
    [TestCase("During the last few days, 362 bodies have been brought to the Jinnah Hospital, 170 to Civil, 30 to KMC hospitals, 20 to Sindh Government Hospital New Karachi.", new[] { 362d, 170d, 30d, 20d })]
    public void OnlyTheFiguresAreClaims(string sentence, double[] figures) =>
        Assert.That(Figures(sentence), Is.EquivalentTo(figures));

    [TestCase("One pilot was killed and another taken hostage.", 1)]
    // American Military News, June 2021: "one" as a measure's value.
    [TestCase("But authorities cautioned that the official death toll of one was likely to climb.", 1)]
    [TestCase("Ukraine launches 'anti-terrorist' operation, one killed", 1)]
    [TestCase("The House approved the bill by a 227-205 vote on Nov. 16.", 227)]
    [TestCase("Some 9,5 thousand people marched across France, the ministry said.", 9025)]
    // Sputnik, September 2022; Euronews, 2019; Reuters, 2017: a magnitude with its article, or a half of one, is a number.
    [TestCase("The National Disaster Management Authority said nearly a million homes were damaged or destroyed.", 950000)]
    [TestCase("In Toulouse, where about a thousand activists took part in March, police dispersed the crowd.", 950)]
    [TestCase("Clashes, police, half million protesters rally amid general strike, Barcelona", 500000)]
    // Reuters, 2017; RIA Novosti, 2014: a few or a couple of a magnitude is that many of it.
    [TestCase("The group attracts a few hundred protesters to its regular street demonstrations.", 200)]
    [TestCase("It holds protests across the country, usually attended by a couple of hundred supporters at most.", 200)]
    [TestCase("He is one of a couple of dozen European MEPs who have been invited as observers.", 24)]
    // Kiev International Institute of Sociology poll, 2014: a decimal comma before a percent.
    [TestCase("There are more people supporting unification with Russia (26,5%) than among those oriented on joining the EU.", 26.5)]
    [TestCase("There were varying accounts of Friday's violence in Mariupol, a city of a half-million people.", 500000)]
    [TestCase("Pakistan: World Bank estimates floods caused $40B in damages", 40e9)]
    [TestCase("Kerala state's information officer said today (Sunday) that thirty three people were killed in the floods over the last 24 hours.", 33)]
    [TestCase("Three hundred fifty three thousand people have taken shelter in relief camps.", 353000)]
    public void SpelledAndCompoundFigures_AreOneClaim(string sentence, double low) =>
        Assert.That(Figures(sentence), Is.EqualTo(new[] { low }));

    [Test]
    public void ALargeCountAfterTheThatTheDocumentGaveBefore_IsAReferenceBack_NotANewFigure()
    {
        // AP, 1 November 2022 (Itaewon crush): the 137 officers are the ones counted in the sentence before.
        var claims = Extracted.Claims("Police said 137 officers had been deployed to Itaewon on Saturday.\n" +
                                      "But some observers questioned whether the 137 officers were enough to handle the crowd.");
        Assert.That(claims.Count(c => c.Low == 137), Is.EqualTo(1), "the first count stays; the reference back goes");
    }
}
