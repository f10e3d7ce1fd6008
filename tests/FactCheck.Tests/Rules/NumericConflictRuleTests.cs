using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class NumericConflictRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);

    private static IReadOnlyList<Flag> Check(params Claim[] claims) =>
        new RuleEngine(ShippedRules).Run(claims).Flags.Where(f => f.Kind == FindingKind.Discrepancy).ToList();

    private static readonly Claim Nato = Some.Claim("NATO", 7000, 15000, date: new DateOnly(2022, 3, 23), document: "000.txt");
    private static readonly Claim Moscow = Some.Claim("Russia", 498, 498, qualifier: "exact", date: new DateOnly(2022, 3, 2), document: "001.txt");
    private static readonly Claim Zelensky = Some.Claim("Zelensky", 8550, 9000, qualifier: "nearly", date: new DateOnly(2022, 3, 2), document: "001.txt");

    [Test]
    public void Evaluate_DisjointFiguresFromDifferentSources_AreFlaggedHigh()
    {
        var flag = Check(Nato, Moscow).Single();
        Assert.That(flag.Severity, Is.EqualTo(Severity.High));
        Assert.That(flag.Claims.Select(c => c.Claimant), Is.EqualTo(new[] { "Russia", "NATO" }), "lower figure first");
        Assert.That(flag.Message, Does.Contain("498").And.Contain("7,000–15,000"));
        Assert.That(flag.Conditions.All(c => c.Passed));
    }

    // Daily Asian Age (AFP) and Al-Hadath via AP, August 2020: one governor, two spellings of his name; one outlet's "Aboud" is
    // no rival of another's "Abboud". A name two outlets spell with more than one letter apart stays two sources.
    [TestCase("Marwan Abboud", false)]
    [TestCase("Marwan Aboudi", false)]
    [TestCase("Marwan Aboud", false)]
    [TestCase("Marwan Khoury", true)]
    public void Evaluate_ANameTwoOutletsSpellOneLetterApart_IsOneSource(string other, bool flagged)
    {
        var first = Some.Claim("Marwan Aboud", 3e9, 5e9, side: null, subject: "unspecified", document: "asianage.txt", location: "Lebanon", date: new DateOnly(2020, 8, 6))
            with { Metric = "losses", Unit = "USD", Event = "explosion" };
        var second = first with { Claimant = other, Low = 10e9, High = 15e9, Document = "ap.txt" };
        Assert.That(Check(first, second).Count > 0, Is.EqualTo(flagged));
    }

    // ABC Australia and Kyodo, March 2011; Morocco World News and Reuters, September 2023: a body named after its country's possessive
    // in one outlet and without it, or in lower case, in another is one source. WSVN and Firehouse, June-July 2021: so is a name one
    // outlet hyphens.
    [TestCase("Japan's National Police Agency", "National Police Agency", false)]
    [TestCase("Morocco's Interior Ministry", "interior ministry", false)]
    [TestCase("Daniella Levine Cava", "Daniella Levine-Cava", false)]
    [TestCase("Japan's National Police Agency", "Japan's Fire and Disaster Management Agency", true)]
    public void Evaluate_ASourceWrittenTwoWays_IsOneSource(string one, string other, bool flagged)
    {
        var first = Some.Claim(one, 3e9, 5e9, side: null, subject: "unspecified", document: "abc.txt", location: "Lebanon", date: new DateOnly(2020, 8, 6))
            with { Metric = "losses", Unit = "USD", Event = "explosion" };
        var second = first with { Claimant = other, Low = 10e9, High = 15e9, Document = "kyodo.txt" };
        Assert.That(Check(first, second).Count > 0, Is.EqualTo(flagged));
    }

    [Test]
    public void Evaluate_AnUndatedCountSoFarBelowAnotherFigure_MayBeItsEarlierState_AndIsNotFlagged()
    {
        // The Indian Express (AP), undated: "1,041 had been killed in the floods until August 27"; IOM on 4 September: at least 1,162.
        var soFar = Some.Claim("National Disaster Management Authority", 1041, 1041, side: null, subject: "people", document: "e19a.txt", location: "Pakistan")
            with { AssertedOn = null, RunningTotal = true, Event = "flood" };
        var later = Some.Claim("International Organization for Migration", 1162, double.PositiveInfinity, side: null, subject: "people", document: "e19b.txt", location: "Pakistan",
            date: new DateOnly(2022, 9, 4)) with { Event = "flood" };
        Assert.That(Check(soFar, later), Is.Empty);
        Assert.That(Check(soFar with { RunningTotal = false }, later), Has.Count.EqualTo(1), "a figure that does not say it is a count so far is compared");
    }

    [Test]
    public void Evaluate_OneReportsLaterRaisedTotal_IsAnUpdate_ButTwoTotalsInOneSentenceAreRivals()
    {
        // NDTV, 17 June 2024: "Five people ... died on the spot." ... "Officials later raised the confirmed death toll to eight."
        Claim Toll(string claimant, double low, int sentenceStart, string sentence, bool runningTotal) =>
            Some.Claim(claimant, low, low, side: null, subject: "people", document: "e06a.txt", location: "Silchar", date: new DateOnly(2024, 6, 17))
                with { RunningTotal = runningTotal, Sentence = sentence, SentenceStart = sentenceStart, SentenceEnd = sentenceStart + sentence.Length, Start = sentenceStart };
        var onTheSpot = Toll("Additional Superintendent", 5, 0, "Five people died on the spot, the Additional Superintendent said.", false);
        var raised = Toll("Officials", 8, 200, "Officials later raised the confirmed death toll to eight.", true);
        Assert.That(Check(onTheSpot, raised), Is.Empty);
        // DW, 19 August 2018: "Authorities have confirmed that 357 people have died since the beginning of the monsoon season — a report in the Economic Times put the death toll at 370."
        var confirmed = Toll("Authorities", 357, 300, "Authorities have confirmed that 357 people have died since the beginning of the monsoon season — a report in the Economic Times put the death toll at 370.", true);
        var reported = confirmed with { Claimant = "Economic Times", Low = 370, High = 370, Start = 400 };
        Assert.That(Check(confirmed, reported), Has.Count.EqualTo(1));
    }

    [Test]
    public void Evaluate_OneFigureRepeatedInADocument_IsComparedWhereItsRepeatNamesThePlacePrecisely()
    {
        Claim Toll(string document, string claimant, double low, double high, string path, string sentence, int day) =>
            Some.Claim(claimant, low, high, side: null, subject: "people", document: document, location: path, date: new DateOnly(2017, 9, day))
                with { PlacePath = path, Event = "stampede", Sentence = sentence };
        var site = "India > Maharashtra > Mumbai > Elphinstone Road";
        var first = Toll("e25a.txt", Claim.Unattributed, 27, double.PositiveInfinity, site, "At least 27 people were killed in a stampede at Elphinstone Road.", 29)
            with { Publisher = "Mid-day" };
        var dateline = Toll("e25c.txt", Claim.Unattributed, 22, 22, "India > Maharashtra > Mumbai", "Mumbai : Twenty-two people were killed and 35 others were injured after a stampede broke out.", 29)
            with { Publisher = "Mega Media News" };
        var repeat = dateline with { PlacePath = site, Sentence = "22 people were killed at Mumbai's Elphinstone Road." };
        Assert.That(Check(first, dateline, repeat).Single().Claims, Is.EqualTo(new[] { repeat, first }));
    }

    [Test]
    public void Evaluate_InOneReport_TheOutletsOwnCountIsSetAgainstANamedSource_OnlyWhenItsSentenceDatesItAndNamesTheEvent()
    {
        // AP, 9 May 2014: "Fierce fighting ... Friday in Mariupol killed seven people"; Avakov: "... killed one policeman and about 20 people".
        Claim Toll(string claimant, double low, double high, string dateFrom, string eventFrom) =>
            Some.Claim(claimant, low, high, side: null, subject: "people", document: "article_52.txt", location: "Mariupol", date: new DateOnly(2014, 5, 9))
                with { PlacePath = "Ukraine > Donetsk region > Mariupol", Event = "violence", AsOfFrom = dateFrom, EventFrom = eventFrom };
        var lede = Toll(Claim.Unattributed, 7, 7, Provenance.Sentence, Provenance.Sentence);
        var avakov = Toll("Arsen Avakov", 19, 21, Provenance.Lede, Provenance.Sentence);
        Assert.That(Check(lede, avakov), Has.Count.EqualTo(1));
        Assert.That(Check(lede with { AsOfFrom = Provenance.Publication }, avakov), Is.Empty, "a count the report's date dates may be of another scope");
        Assert.That(Check(lede with { EventFrom = Provenance.Headline }, avakov), Is.Empty, "and so may one whose event only the headline names");
    }

    [Test]
    public void Evaluate_OverlappingIntervals_AreNotFlagged() => Assert.That(Check(Nato, Zelensky), Is.Empty);

    [Test]
    public void Evaluate_ThreeSources_FlagsOnlyTheOutlier() => Assert.That(Check(Nato, Moscow, Zelensky), Has.Count.EqualTo(2));

    [Test]
    public void Evaluate_SameClaimant_IsNotAConflict() =>
        Assert.That(Check(Moscow, Moscow with { Low = 9000, High = 9000, Document = "other.txt" }), Is.Empty);

    [Test]
    public void Evaluate_OtherSideOrMetric_IsNotCompared()
    {
        Assert.That(Check(Nato, Moscow with { Side = "Ukrainian" }), Is.Empty);
        Assert.That(Check(Nato, Moscow with { Metric = "wounded" }), Is.Empty);
    }

    [Test]
    public void Evaluate_ComparisonFigure_IsNeverCompared() =>
        Assert.That(Check(Moscow, Nato with { Modality = Modality.Comparison }), Is.Empty);

    [Test]
    public void Evaluate_OutsideTheWindow_IsNotCompared() =>
        Assert.That(Check(Nato, Moscow with { AssertedOn = new DateOnly(2021, 1, 1) }), Is.Empty);

    [Test]
    public void Evaluate_ShortPeriodAgainstTotal_IsNotCompared() =>
        Assert.That(Check(Nato, Moscow with { Period = "in the past 24 hours" }), Is.Empty);

    [Test]
    public void Evaluate_TwoLowerBounds_AlwaysOverlap()
    {
        var first = Some.Claim("unattributed", 3500000, double.PositiveInfinity, metric: "refugees", subject: "refugees", side: null, document: "a.txt");
        var second = first with { Low = 3600000, Document = "b.txt" };
        Assert.That(Check(first, second), Is.Empty);
    }

    // Essanews and EFE, November 2023: "Thousands take to the Streets" over a march the government delegation put at 170,000 says
    // at least a few thousand came; "thousands" against 500 still disagree. What agrees with "thousands" stays within its words.
    [TestCase(170000, false)]
    [TestCase(500, true)]
    public void Evaluate_VagueFigure_DisagreesOnlyWithLess(double other, bool flagged)
    {
        var thousands = Some.Claim("unattributed", 2000, 9999, metric: "participated", subject: "people", side: null, qualifier: "vague", location: "Madrid",
            date: new DateOnly(2023, 11, 18), document: "essanews.txt");
        var counted = thousands with { Claimant = "government delegation", Low = other, High = other, Qualifier = "exact", Document = "efe.txt" };
        var findings = new RuleEngine(ShippedRules).Run([thousands, counted]).Flags;
        Assert.That((findings.Any(f => f.Kind == FindingKind.Discrepancy), findings.Any(f => f.Kind != FindingKind.Discrepancy)), Is.EqualTo((flagged, false)));
    }

    [Test]
    public void Evaluate_TwoExactFiguresThatDifferALittle_AreFlaggedAsInfo()
    {
        // The Railways' 288 against the District Collector's 275: the words allow no margin.
        var railways = Some.Claim("Railways", 288, 288, subject: "people", side: null, qualifier: "exact", location: "Balasore", date: new DateOnly(2023, 6, 4), document: "a.txt");
        var flag = Check(railways, railways with { Claimant = "Collector", Low = 275, High = 275, Document = "b.txt" }).Single();
        Assert.That(flag.Severity, Is.EqualTo(Severity.Info));
        Assert.That(flag.Message, Does.Contain("1.05x"));
    }

    [Test]
    public void Evaluate_NearlyAgainstMoreThanTheSameFigure_IsFlagged()
    {
        // Las Vegas: "injuring nearly 500 others" against "injured more than 500": no number is both.
        var nearly = Some.Claim("unattributed", 475, 500, metric: "wounded", subject: "people", side: null, qualifier: "nearly", location: "Las Vegas", date: new DateOnly(2017, 11, 1), document: "a.txt");
        var moreThan = nearly with { Low = 500, High = double.PositiveInfinity, Qualifier = "more than", Document = "b.txt", Claimant = "police" };
        Assert.That(Check(nearly, moreThan), Has.Count.EqualTo(1));
        Assert.That(Check(nearly, moreThan with { Qualifier = "at least", Low = 490 }), Is.Empty, "at least 490 holds 495");
    }

    [Test]
    public void Evaluate_NearlyAFigureAgainstThatFigureExactly_IsNoDiscrepancy()
    {
        var nearly = Some.Claim("UNICEF", 10.45, 11, subject: "soldiers", qualifier: "nearly", location: "Dahivske", document: "a.txt");
        Assert.That(Check(nearly, nearly with { Claimant = "Ukraine", Low = 11, High = 11, Qualifier = "exact", Document = "b.txt" }), Is.Empty,
            "a round figure may be the one 'nearly' approaches");
    }

    [Test]
    public void Evaluate_AFigureOfAnotherYear_IsPlacedOnlyByItsOwnSentence()
    {
        // "A similar attack on Bamohyvske in 2012 left 1,164 people dead", in two articles whose setting is Drohobych.
        var past = Some.Claim("unattributed", 1164, 1164, subject: "people", side: null, qualifier: "exact", location: "Drohobych", date: new DateOnly(2012, 1, 1), document: "a.txt")
            with { AsOfPrecision = AsOfPrecision.Year, AsOfFrom = Provenance.Sentence, ReportedOn = new DateOnly(2022, 3, 2), LocationFrom = Provenance.Paragraph, Publisher = "Northern Wire" };
        var other = past with { Low = 1864, High = 1864, Document = "b.txt", Publisher = "Valley Herald" };
        Assert.That(Check(past, other), Is.Empty);
        Assert.That(Check(past with { LocationFrom = Provenance.Sentence }, other with { LocationFrom = Provenance.Sentence }), Has.Count.EqualTo(1),
            "two tolls of one year at one stated place may disagree");
    }

    [Test]
    public void Evaluate_LastYearsToll_DoesNotMeetAReportJustAfterTheYearEnded()
    {
        // "Floods in Bobokivske last year killed 2,347 people", written on 2 January, against that day's toll there.
        var lastYear = Some.Claim("unattributed", 2347, 2347, subject: "people", side: null, qualifier: "exact", location: "Bobokivske", date: new DateOnly(2022, 1, 1), document: "a.txt")
            with { AsOfPrecision = AsOfPrecision.Year, LocationFrom = Provenance.Sentence };
        var today = lastYear with { Claimant = "Russia", Low = 6400, High = 6400, AssertedOn = new DateOnly(2023, 1, 2), AsOfPrecision = AsOfPrecision.Day, Document = "b.txt" };
        Assert.That(Check(lastYear, today), Is.Empty);
        Assert.That(Check(lastYear, today with { Low = 1000, High = 1000, AssertedOn = new DateOnly(2022, 12, 30) }), Has.Count.EqualTo(1), "a lower toll reported inside that year");
    }

    [Test]
    public void Evaluate_TwoIncidentsAtOnePlaceWeeksApart_AreNotCompared()
    {
        // Mariupol: "On April 16-17, three people were killed" against the regional government's 7 killed on 9 May.
        var april = Some.Claim("unattributed", 3, 3, subject: "people", side: null, qualifier: "exact", location: "Mariupol", date: new DateOnly(2014, 4, 16), document: "a.txt")
            with { AsOfPrecision = AsOfPrecision.Day, AsOfFrom = Provenance.Sentence, LocationFrom = Provenance.Sentence, ReportedOn = new DateOnly(2014, 5, 9) };
        var may = april with { Claimant = "Donetsk regional government", Low = 7, High = 7, AssertedOn = new DateOnly(2014, 5, 9), AsOfFrom = Provenance.Publication, Document = "b.txt" };
        Assert.That(Check(april, may), Is.Empty);
        // Avakov's figure of the day before against the regional government's: the same incident, named rivals (a lower figure of the day
        // before from no named source may be the count's earlier state).
        Assert.That(Check(april with { AssertedOn = new DateOnly(2014, 5, 8), Claimant = "Arsen Avakov" }, may), Has.Count.EqualTo(1), "the day before is the same incident");
    }

    [Test]
    public void Evaluate_ATollThatRoseInTheNarration_IsAnUpdate()
    {
        var early = Some.Claim("unattributed", 26, double.PositiveInfinity, subject: "people", side: null, qualifier: "at least", location: "Kiev", date: new DateOnly(2014, 2, 19), document: "a.txt");
        var later = early with { Low = 77, High = 77, Qualifier = "exact", AssertedOn = new DateOnly(2014, 2, 22), Document = "b.txt" };
        Assert.That(Check(early, later), Is.Empty, "a later, higher toll");
        Assert.That(Check(early with { Low = 80, High = 80, Qualifier = "exact" }, later), Has.Count.EqualTo(1), "a later, lower toll");
        Assert.That(Check(Moscow, Nato), Has.Count.EqualTo(1), "named rivals three weeks apart still dispute");
    }

    [Test]
    public void Evaluate_AnIncidentTollRisingBetweenOfficials_IsAnUpdate()
    {
        // Christchurch: the prime minister's 75 confirmed dead, then the police's 147 four days later.
        var primeMinister = Some.Claim("John Key", 75, 75, subject: "people", side: null, qualifier: "exact", location: "Christchurch", date: new DateOnly(2011, 2, 23), document: "a.txt");
        var police = primeMinister with { Claimant = "Dave Cliff", Low = 147, High = 147, AssertedOn = new DateOnly(2011, 2, 27), Document = "b.txt" };
        Assert.That(Check(primeMinister, police), Is.Empty);
    }

    [Test]
    public void Evaluate_AFigureDatedByItsEvent_IsOrderedByItsReport()
    {
        // "raising to 64 the death toll from the June 24 implosion", reported on 8 July, after "rose to four" on 25 June.
        var early = Some.Claim("unattributed", 4, 4, subject: "people", side: null, qualifier: "exact", location: "Surfside", date: new DateOnly(2021, 6, 25), document: "a.txt")
            with { AsOfFrom = Provenance.Publication, ReportedOn = new DateOnly(2021, 6, 25) };
        var later = early with { Claimant = "Levine Cava", Low = 64, High = 64, AssertedOn = new DateOnly(2021, 6, 24), AsOfFrom = Provenance.Sentence, ReportedOn = new DateOnly(2021, 7, 8), Document = "b.txt" };
        Assert.That(Check(early, later), Is.Empty);
    }

    [Test]
    public void Evaluate_OneDaysLowerFigureItsSentenceDatesEarlier_IsAnUpdate_UnlessTwoNamedSourcesGiveThem()
    {
        // WTOP after AP and Al Jazeera, both 31 October 2024: "where 92 people died between late Tuesday and Wednesday morning" against
        // Thursday's "155 bodies had been recovered".
        var wednesday = Some.Claim("unattributed", 92, 92, subject: "people", side: null, qualifier: "exact", location: "Valencian Community", date: new DateOnly(2024, 10, 30), document: "ap.txt")
            with { AsOfFrom = Provenance.Sentence, ReportedOn = new DateOnly(2024, 10, 31), Event = "flood", Publisher = "Associated Press" };
        var thursday = wednesday with { Low = 155, High = 155, AssertedOn = new DateOnly(2024, 10, 31), AsOfFrom = Provenance.Publication, Document = "aljazeera.txt", Publisher = "Al Jazeera" };
        Assert.That(Check(wednesday, thursday), Is.Empty);
        // Two named sources stay rivals: Tuesday's official 84 missing against the Red Cross's 22,000 in the same day's reports.
        Assert.That(Check(wednesday with { Claimant = "official" }, thursday with { Claimant = "Red Cross" }), Has.Count.EqualTo(1));
    }

    [Test]
    public void Evaluate_TwoOutletsNarrationOneUndated_IsNotCompared()
    {
        var dated = Some.Claim("unattributed", 400, 400, subject: "people", side: null, qualifier: "exact", location: "Karachi", date: new DateOnly(2015, 6, 23), document: "a.txt")
            with { Event = "heatwave" };
        var undated = dated with { Low = 568, High = 568, AssertedOn = null, Document = "b.txt" };
        Assert.That(Check(dated, undated), Is.Empty);
        Assert.That(Check(dated, undated with { Claimant = "Edhi Foundation" }), Has.Count.EqualTo(1), "a named source anchors it");
    }

    [Test]
    public void Evaluate_OneTownAtTwoDistancesFromOnePlace_IsFlaggedWhateverTheDates()
    {
        // OSCE reports: "Maryinka (34 km west of Donetsk)" in 2014, "Marinka (23km south-west of Donetsk)" in 2015.
        const string donetsk = "Ukraine > Donetsk region > Donetsk";
        var earlier = Some.Claim("unattributed", 34, 34, metric: "distance", subject: "unspecified", side: null, qualifier: "exact", location: "Maryinka",
            date: new DateOnly(2014, 4, 27), document: "a.txt") with { Unit = "km", PlacePath = "Ukraine > Donetsk region > Marinka", LocationFrom = Provenance.Sentence, MeasuredFrom = donetsk };
        var later = earlier with { Low = 23, High = 23, Location = "Marinka", AssertedOn = new DateOnly(2015, 9, 27), Document = "b.txt" };
        Assert.That(Check(earlier, later).Single().RuleId, Is.EqualTo("distance-conflict"));
        Assert.That(Check(earlier, later with { MeasuredFrom = "Ukraine > Luhansk region > Luhansk" }), Is.Empty, "measured from another town");
        Assert.That(Check(earlier, later with { PlacePath = "Ukraine > Donetsk region > Krasnohorivka" }), Is.Empty, "another town");
        Assert.That(Check(earlier, later with { PlacePath = donetsk }), Is.Empty, "'20 km south of Donetsk' locates nothing");
    }

    [Test]
    public void Evaluate_APartOfAGroup_IsNeverSetAgainstATotal()
    {
        var total = Some.Claim("Donetsk regional government", 39, 39, metric: "wounded", subject: "people", side: null, qualifier: "exact", location: "Mariupol", date: new DateOnly(2014, 5, 9), document: "a.txt");
        var witness = total with { Claimant = "Larissa Gremacheva", Low = 1, High = 1, PartOfGroup = true };
        Assert.That(Check(total, witness), Is.Empty);
    }

    [Test]
    public void Evaluate_AnUndatedFigure_RaisesInfoAtMost_AndOnlyAboutTheSameNamedEvent()
    {
        var (nato, moscow) = (Nato with { Event = "violence" }, Moscow with { Event = "violence", AssertedOn = null });
        Assert.That(Check(nato, moscow).Single().Severity, Is.EqualTo(Severity.Info));
        Assert.That(Check(nato, moscow with { Event = null }), Is.Empty, "an undated figure about no named event may be another year's");
    }

    [Test]
    public void Evaluate_AnUndatedFigureWhoseEventOnlyTheLedeNames_IsNotTiedToThatEvent()
    {
        // ukraine-2014: "three people had died on Wednesday morning" (article_6, its event named only in the lede)
        // against "brings to four the number of confirmed fatalities since violent clashes began" (article_74).
        var (nato, moscow) = (Nato with { Event = "violence", EventFrom = Provenance.Sentence }, Moscow with { Event = "violence", AssertedOn = null });
        Assert.That(Check(nato, moscow with { EventFrom = Provenance.Headline }), Has.Count.EqualTo(1));
        Assert.That(Check(nato, moscow with { EventFrom = Provenance.Lede }), Is.Empty);
    }

    [Test]
    public void Evaluate_PlacesAreComparedByTheirLineage()
    {
        var ministry = Some.Claim("Ukraine", 2, 2, subject: "people", side: null, qualifier: "exact", location: "Slovyansk", date: new DateOnly(2014, 5, 2), document: "a.txt")
            with { PlacePath = "Ukraine > Donetsk region > Sloviansk", LocationFrom = Provenance.Sentence };
        var mayor = ministry with { Claimant = "Vyacheslav Ponomaryov", Low = 1, High = 1, Location = "Slaviansk", Document = "b.txt" };
        Assert.That(Check(ministry, mayor), Has.Count.EqualTo(1), "two spellings, one town");

        var country = mayor with { Location = "Ukraine", PlacePath = "Ukraine" };
        Assert.That(Check(ministry, country), Is.Empty, "a town's toll stated against a country's");
        Assert.That(Check(ministry, country with { LocationFrom = Provenance.Paragraph }), Is.Empty, "a discrepancy never rests on the article's setting: France's turnout is not Paris's");
        var agreeing = new RuleEngine(ShippedRules).Run([ministry, country with { Low = 2, High = 2, LocationFrom = Provenance.Paragraph }]).Flags;
        Assert.That(agreeing.Count(f => f.Kind == FindingKind.Agreement), Is.EqualTo(1), "an agreement may: the carried country holds the town");
    }

    [Test]
    public void Evaluate_DifferentEvents_AreNotCompared()
    {
        var flood = Some.Claim("Officials", 9, 9, subject: "people", side: null, qualifier: "exact", location: "Brennick", document: "a.txt") with { Event = "flood" };
        // A storm's floods are the storm's (see StormsAndTheirFloodsTests); a fire is another event.
        var fire = flood with { Claimant = "Police", Low = 41, High = 41, Document = "b.txt", Event = "fire" };
        Assert.That(Check(flood, fire), Is.Empty);
        Assert.That(Check(flood, fire with { Event = null }), Has.Count.EqualTo(1), "an event the text does not name can be the same");
    }

    [Test]
    public void Evaluate_IncidentCountsWithoutAPlace_AreNotCompared()
    {
        var four = Some.Claim("Mayor", 4, 4, subject: "people", side: null, qualifier: "exact");
        Assert.That(Check(four, four with { Claimant = "WHO", Low = 24, High = 24 }), Is.Empty);
        Assert.That(Check(four with { Location = "Kharkiv" }, four with { Claimant = "WHO", Low = 24, High = 24, Location = "Kharkiv" }), Has.Count.EqualTo(1));
    }

    [Test]
    public void Evaluate_RepeatedAssertion_GivesOneFlag() =>
        Assert.That(Check(Moscow, Nato, Nato with { Sentence = "NATO estimated that 7,000 to 15,000 Russian soldiers were killed." }), Has.Count.EqualTo(1));

    [Test]
    public void Evaluate_OutletsOwnFigureAgainstAQuoteInTheSameArticle_IsNotCompared() =>
        Assert.That(Check(Nato with { Document = "001.txt" }, Moscow with { Claimant = "unattributed" }), Is.Empty);

    [Test]
    public void Evaluate_TwoDifferentStatedPeriods_AreNotCompared() =>
        Assert.That(Check(Nato with { Period = "in the five weeks before the ban" }, Moscow with { Period = "in the five weeks after the ban" }), Is.Empty);

    [Test]
    public void Evaluate_DamageEstimates_AreComparedOnlyWhenBothNameTheEvent()
    {
        // AFP and Radio Pakistan, 19 August 2018: "put the initial loss estimate at $4 billion"; "about three billion dollars losses to infrastructure".
        Claim Estimate(string claimant, double low, double high, string document, string? happened) =>
            Some.Claim(claimant, low, high, metric: "losses", subject: "unspecified", side: null, document: document, location: "Kerala",
                date: new DateOnly(2018, 8, 19)) with { Unit = "USD", Event = happened };
        var adviser = Estimate("adviser", 4e9, 4e9, "e01a.txt", "flood");
        var broadcaster = Estimate("unattributed", 2.85e9, 3.15e9, "e01c.txt", "flood");
        Assert.That(Check(adviser, broadcaster).Select(f => f.RuleId), Is.EqualTo(new[] { "loss-estimate-conflict" }));
        Assert.That(Check(adviser with { Event = null }, broadcaster), Is.Empty, "a sum of losses with no event named may be a tax bill's");
    }

    [Test]
    public void Evaluate_TwoUndatedFiguresOfOneReport_AreOfOneTime_AndFlaggedAtInfo()
    {
        // An undated live blog (ukraine-2014 article_77): the defence ministry's two dead pilots, the self-declared mayor's one.
        Claim Pilots(string claimant, double low, string document) =>
            Some.Claim(claimant, low, low, subject: "pilots", side: null, document: document, location: "Slovyansk") with { AssertedOn = null };
        var flag = Check(Pilots("Ukraine", 2, "live.txt"), Pilots("Vyacheslav Ponomaryov", 1, "live.txt")).Single();
        Assert.That(flag.Severity, Is.EqualTo(Severity.Info));
        Assert.That(Check(Pilots("Ukraine", 2, "live.txt"), Pilots("Vyacheslav Ponomaryov", 1, "other.txt")), Is.Empty,
            "undated figures of two reports may be of two years");
    }

    [Test]
    public void FlagId_IsStableAcrossRunsAndClaimOrder()
    {
        var first = Check(Nato, Moscow).Single().Id;
        var second = Check(Moscow, Nato).Single().Id;
        Assert.That(second, Is.EqualTo(first));
    }
}
