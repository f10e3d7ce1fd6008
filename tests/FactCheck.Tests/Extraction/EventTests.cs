using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>What happened, where and whether it accumulates: the event read for each claim.</summary>
public sealed class EventTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static IReadOnlyList<Claim> Extract(string text, string title = "test") =>
        Extractor.Extract(Some.Document(text, title: title));

    [Test]
    public void Extract_TheEventNamedInTheSentence_IsTheFigures()
    {
        var claim = Extract("At least 27 people were killed in a stampede on the narrow foot overbridge at Elphinstone Road railway station.").Single(c => c.Low == 27);
        Assert.That(claim.Event, Is.EqualTo("stampede"));
        Assert.That(claim.EventFrom, Is.EqualTo(Provenance.Sentence));
    }

    // Pratidin Time, 22 April 2025: guns' fire, however it is described, is no blaze.
    [Test]
    public void Extract_IndiscriminateFire_IsViolence() =>
        Assert.That(Extract("In a horrifying terror attack that shook Jammu and Kashmir on Tuesday afternoon, militants opened indiscriminate fire on tourists at Baisaran " +
                            "meadow near Pahalgam in Anantnag district, killing 28 people and injuring 13 others.").Single(c => c.Low == 28).Event, Is.EqualTo("violence"));

    // Express Tribune, 19 October 2015: an earlier disaster named beside the story's, in a stampede story.
    [Test]
    public void Extract_AnotherDisasterNamedInTheSentence_IsTheFiguresEvent_NotTheStorys()
    {
        var claim = Extract("Hajj stampede death toll rises to 2,177\n\nThe incident came soon after a crane collapse in Makkah the same month killed 111 worshippers.",
            "Hajj stampede death toll rises to 2,177").Single(c => c.Low == 111);
        Assert.That((claim.Event, claim.EventFrom), Is.EqualTo(("collapse", Provenance.Sentence)));
    }

    // AP via VOA, 22 October 2015: a lede on last month's disaster, three weeks on, names the story's event.
    [Test]
    public void Extract_ALedeOnLastMonthsDisaster_NamesTheStorysEvent()
    {
        const string headline = "Report: Count From Saudi Hajj Disaster Shows Over 1,260 Killed";
        var text = headline + "\n\nA crush and stampede last month outside of Saudi Arabia's holy city of Mecca killed at least 1,264 people during the annual " +
                   "hajj pilgrimage to the kingdom, an Associated Press count showed Thursday.\n\nSaudi officials have said their official figure of 769 killed " +
                   "and 934 injured in the disaster remains accurate, though an investigation into its causes is ongoing.";
        var claim = Extractor.Extract(Some.Document(text, title: headline, published: new DateOnly(2015, 10, 22))).Single(c => c.Low == 769);
        Assert.That((claim.Event, claim.EventFrom), Is.EqualTo(("stampede", Provenance.Lede)));
    }

    // AFP via True Tells Nigeria, 26 October 2019; AFP, March 2014; AP via KTVZ, October 2022: an event word as the verb of a plural subject.
    [TestCase("350,000 protesters flood Barcelona for separatist freedom rally", 350000, "protest")]
    [TestCase("Russian flags flood Crimean capital as thousands back takeover by Russia", 2000, null)]
    [TestCase("Pakistan: World Bank estimates floods caused $40B in damages", 40e9, "flood")]
    public void Extract_AnEventWordUsedAsAVerbOfPeopleOrThings_NamesNoEvent(string sentence, double low, string? kind) =>
        Assert.That(Extract(sentence, sentence).First(c => c.Low == low).Event, Is.EqualTo(kind));

    [Test]
    public void Extract_ASentenceNamingNoEvent_TakesTheHeadlines()
    {
        const string headline = "Mexico earthquake: Death toll rises as search for survivors goes on";
        var claim = Extract(headline + "\n\nOfficials said 19 children and six adults died at the school.", headline).Single(c => c.Low == 19);
        Assert.That(claim.Event, Is.EqualTo("earthquake"));
        Assert.That(claim.EventFrom, Is.EqualTo(Provenance.Headline));
    }

    [Test]
    public void Extract_AHeadlineNamingNoEvent_LeavesTheStoryToTheLede()
    {
        const string headline = "Fears for missing firefighters as China toll climbs";
        var claims = Extract(headline + "\n\nNearly 100 people are missing from the Tianjin blasts, officials say.\n\n"
                             + "At an official press conference on Sunday, authorities announced that the death toll had risen to 112.", headline);
        var toll = claims.Single(c => c.Low == 112);
        Assert.That((toll.Event, toll.EventFrom), Is.EqualTo(("explosion", Provenance.Lede)));
    }

    [Test]
    public void Extract_ALedeNamingNoEventInItsOpeningSentences_NamesNoStory()
    {
        const string headline = "Officials give figures";
        var claims = Extract(headline + "\n\nOfficials met on Monday.\n\nThey talked for hours.\n\nNothing was agreed.\n\n"
                             + "The shelling went on elsewhere.\n\nAuthorities said 112 people had died.", headline);
        Assert.That(claims.Single(c => c.Low == 112).Event, Is.Null);
    }

    [Test]
    public void Extract_WordsOfOneKind_NameOneEvent() =>
        Assert.That(Extract("The shelling of Badenka wounded 40 people, and fighting near Byzolne killed 12 people.").Select(c => c.Event).Distinct(),
            Is.EqualTo(new[] { "violence" }));

    [Test]
    public void Extract_ARunningTotal_IsMarked()
    {
        Assert.That(Extract("The death toll from the floods has risen to 357 people, officials said.").Single().RunningTotal, Is.True);
        Assert.That(Extract("Seven people were killed in the blast on Friday, officials said.").Single().RunningTotal, Is.False);
    }

    [TestCase("Updated data from the National Disaster Management Authority said 1,041 had been killed in the floods until August 27.", 1041)]
    [TestCase("Health officials said 1,200 cholera cases had been recorded through Sunday in the province.", 1200)]
    public void Extract_ACountUpToADate_IsARunningTotal(string sentence, double low) =>
        Assert.That(Extract(sentence).Single(c => c.Low == low).RunningTotal, Is.True);

    [Test]
    public void Extract_UntilBeforeSomethingElseThanADate_MakesNoRunningTotal() =>
        Assert.That(Extract("Police held 40 people until the protest ended on Friday.").Single(c => c.Low == 40).RunningTotal, Is.False);

    [TestCase("Nine of them were declared dead on the spot.", 9)]
    [TestCase("Prime Minister John Key said at a news conference that only 55 of 75 confirmed dead had been identified.", 55)]
    [TestCase("The Chief Secretary also said that out of the 275, 88 bodies have been identified.", 88)]
    [TestCase("Rinkesh Ray said that of the 278 bodies, 177 have been identified while 101 more are yet to be identified.", 177)]
    [TestCase("More than 90 people are still missing, including 85 firefighters.", 85)]
    [TestCase("The missing include dozens of Japanese, Chinese and Filipino nationals who were studying at the language school.", 24)]
    [TestCase("The dead included some 26 foreign nationals from Iran, China, Russia, the United States, Japan and elsewhere.", 24.7)]
    [TestCase("78 bodies have been handed over till Sunday morning.", 78)]
    [TestCase("With three more people succumbing to their injuries, the official death toll rose to 278.", 3)]
    [TestCase("Avakov said gunmen were repulsed in an operation that killed one policeman and about 20 people that he called terrorists.", 1)]
    [TestCase("10 other dead bodies have been identified and the process of handing over is going on, he added.", 10)]
    [TestCase("Death toll from a devastating heatwave that has gripped Sindh for three days has led to at least 250 more deaths in the provincial capital of Karachi on Monday, taking the number of people who have died to at least 400.", 250)]
    [TestCase("Nearly two-thirds of those killed -- 97 -- were women.", 97)]
    [TestCase("More than 80% of the dead were in their 20s and 30s, and at least four were teenagers.", 4)]
    [TestCase("Death toll because of scorching heatwave has climbed to 1,659, out of which 1219 deaths are reported from hospitals of Karachi whereas 10 deaths are reported from other parts of Sindh.", 10)]
    [TestCase("\"They began to shoot, and with my own eyes I saw how one man was wounded in his leg and another in his arm,\" she said.", 1)]
    // Deccan Herald, 8 September 2017; Reuters, 2017: figures listed after a dash break down the count before it.
    [TestCase("They added some 30 civilians had been killed -- seven Rohingyas, seven Hindus and 16 Rakhine Buddhists -- in the fighting.", 16)]
    [TestCase("Until this year, Idaho had four resettlement offices - three in Boise and one in Twin Falls, said Jan Reeves.", 3)]
    // AP via A News, January 2022: a group named beside another kind of the same toll is a part of it, the general "adults" too.
    [TestCase("Adams said nine adults and eight children died in the fire Sunday in the Bronx.", 9)]
    // AP and USA Today, January 2022; Interfax, 2014: how far a toll moved, and a difference from another figure, are no toll.
    [TestCase("Death toll in five-alarm Bronx fire drops by two", 2)]
    [TestCase("Mayor says 17 died in NYC fire, 2 fewer than first reported", 2)]
    [TestCase("The law passed by 228 votes -- two more than the minimum necessary.", 2)]
    public void Extract_ACountOfPartOfAGroup_IsMarkedAPart(string sentence, double part) =>
        Assert.That(Extract(sentence).Single(c => c.Low == part).PartOfGroup, Is.True);

    [Test]
    public void Extract_LedeFigureReadBeforeTheLedeNamesItsEvent_IsOfTheStorysEvent()
    {
        // CBS News, 17 June 2024: the headline names no event; the lede's second sentence does.
        var claims = Extract("New Delhi — At least eight people were killed and more than 50 others injured when a freight train slammed into a passenger train Monday in India. " +
                             "The crash happened in the eastern Indian state of West Bengal.", title: "Harrowing scenes: freight train slams");
        Assert.That(claims.Where(c => c.Metric != Claim.QuoteMetric).Select(c => (c.Event, c.EventFrom)).Distinct(), Is.EqualTo(new[] { ((string?)"crash", (string?)Provenance.Lede) }));
    }

    [Test]
    public void Extract_AnotherFigureOfTheSameKind_IsAPart_OfAnotherKind_ItsOwnCount()
    {
        // AP, 24 June 2015; Reuters, 9 September 2023.
        var claims = Extract("More than 400 people died in Karachi's morgues. Another 67 people died in the civil hospital, according to an official.\n" +
                             "The earthquake killed 820 people. Another 672 people were injured.");
        Assert.That(claims.Single(c => c.Low == 67).PartOfGroup, Is.True);
        Assert.That(claims.Single(c => c.Low == 672).PartOfGroup, Is.False);
    }

    [TestCase("The toll was put at 288, and the Odisha government revised it to 275 on Sunday.", 275)]
    [TestCase("At least 27 people were killed, and 30 injured, in a stampede at the station.", 30)]
    [TestCase("Prime Minister John Key said at a news conference that only 55 of 75 confirmed dead had been identified.", 75)]
    [TestCase("At least 146 people died and at least 150 more were injured after a crowd crush.", 150)]
    [TestCase("Avakov said gunmen were repulsed in an operation that killed one policeman and about 20 people that he called terrorists.", 19)]
    [TestCase("Most of the deaths were reported in Nova Friburgo and Teresopolis, with 302 and 276 fatalities, respectively.", 276)]
    [TestCase("The Treasury is imposing sanctions on seven Russian government officials, including two members of Putin's inner circle, and 17 companies linked to his inner circle.", 17)]
    [TestCase("The United States, which has 28,500 troops in South Korea, a legacy of the 1950-53 Korean war, denies any such intention.", 28500)]
    [TestCase("Among people of 30-54 years old – 11% support that, and among people older than 55 years – 17%.", 17)]
    public void Extract_AWholeCount_IsNotAPart(string sentence, double figure) =>
        Assert.That(Extract(sentence).Single(c => c.Low == figure).PartOfGroup, Is.False);

    [TestCase("In government-controlled Marinka (23km south-west of Donetsk) the SMM talked to residents.", "Donetsk")]
    [TestCase("Pro-Russian activists seized government buildings in the town about 150 kilometers (90 miles) from the Russian border.", "Russia")]
    public void Extract_ADistance_KnowsWhereItIsMeasuredFrom(string sentence, string from) =>
        Assert.That(Extract(sentence).First(c => c.Unit is "km").MeasuredFrom, Does.EndWith(from));

    [Test]
    public void PathOf_SpellingsOfOnePlace_MeetInOneLineage()
    {
        var places = Some.Lexicon.Places;
        Assert.That(places.PathOf("Slovyansk"), Is.EqualTo(places.PathOf("Slaviansk")));
        Assert.That(places.PathOf("Slovyansk"), Does.StartWith("Ukraine > ").And.EndWith("Sloviansk"));
        Assert.That(places.PathOf("central Kiev"), Is.EqualTo(places.PathOf("Kiev")));
        Assert.That(places.PathOf("Colegio Enrique Rébsamen"), Is.EqualTo("Colegio Enrique Rébsamen"), "an unlisted place is its own name");
    }

    [Test]
    public void Extract_AFigurePlacedOnlyAroundWhereTheDocumentSaysItsEventHappened_IsAtThatSite()
    {
        // CBS News, 17 June 2024: the lede places the toll in India, the next sentence says where the crash happened.
        var claims = Extract("New Delhi — At least eight people were killed and more than 50 others injured when a freight train slammed into a passenger train Monday in India.\n\n"
                             + "The crash happened in the eastern Indian state of West Bengal, when the goods train hit the Kanchanjunga Express.");
        var injured = claims.Single(c => c.Low == 50);
        Assert.That((injured.Location, injured.LocationFrom, injured.PlacePath), Is.EqualTo(("West Bengal", Provenance.EventSite, "India > West Bengal")));
    }

    [Test]
    public void Extract_ATimeSaidWithTookPlace_IsNoSite()
    {
        // Reuters, 29 September 2017: "took place ahead of Puerto Rico" says when, not where.
        var claims = Extract("The White House asked Congress for $44 billion in aid for hurricanes that hit Texas, Florida and Puerto Rico.\n\n"
                             + "She said the request primarily addresses Texas and Florida. Those storms took place ahead of Puerto Rico.");
        Assert.That(claims.Single(c => c.Low == 44e9).LocationFrom, Is.Not.EqualTo(Provenance.EventSite));
    }
}
