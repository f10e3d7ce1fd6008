using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Parts of a toll, arrests, running totals, sources, dates and places in the reporting of the Sri Lanka Easter
/// bombings (2019), the Bangladesh and Kenya protests (2024), the Kanjuruhan stadium crush (2022), the Ecuador earthquake (2016), the
/// Pylos shipwreck (2023), the Valencia floods (2024), the Unite the Kingdom rally (2025), the Chilean protests (2019), the Grenfell
/// fire (2017), the Palu tsunami (2018) and the Lekki shooting (2020). Sentences from real news.
/// </summary>
public sealed class BombingMarchAndShipwreckFiguresTests
{
    // Gephardt Daily after UPI, 23 April 2019: the foreign nationals are some of the dead, no rival toll.
    [Test]
    public void GroupNamedAfterAmongBeforeAComma_HoldsTheFiguresAfterIt()
    {
        var claims = Extracted.Claims("Among the dead, 39 were foreign nationals, at least four of whom were American, the Washington Post reported.");
        Assert.That(claims.Where(c => c.Low > 0).Select(c => (c.Low, c.PartOfGroup)), Is.EqualTo(new[] { (39.0, true), (4.0, true) }));
    }

    // Same report: both figures are some of the arrested, the "three others" too.
    [Test]
    public void GroupNamedAfterAmong_HoldsEveryFigureOfTheClauseAfterIt()
    {
        var claims = Extracted.Claims("Among those arrested, 26 were being questioned by the Criminal Investigations Department while three others were " +
                                      "being held by the Terrorist Investigations Department.");
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.PartOfGroup)), Is.EqualTo(new[] { (26.0, "arrested", true), (3.0, "arrested", true) }));
    }

    // "Among other things" names no group: the figure stays whole.
    [Test]
    public void AmongOtherThings_NamesNoGroup() =>
        Assert.That(Extracted.Figure("Among other things, 300 people were killed.", 300).PartOfGroup, Is.False);

    // Gephardt Daily's headline after UPI, 23 April 2019: a headline's verb in the present arrests, and its toll "rises to" a running total.
    [Test]
    public void HeadlineInThePresent_ArrestsAndRisesToARunningTotal()
    {
        var claims = Extracted.Claims("Police arrest 40 suspects as death toll rises to 310 in Sri Lanka’s Easter Sunday bombings",
            published: new DateOnly(2019, 4, 23));
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.RunningTotal)), Is.EqualTo(new[] { (40.0, "arrested", true), (310.0, "killed", true) }));
        Assert.That(claims.Single(c => c.Low == 310).AssertedOn, Is.EqualTo(new DateOnly(2019, 4, 23)), "a running total is as of the report, not the bombings' Sunday");
    }

    // Al-Ahed, 24 April 2019; Republic World after the UN, February 2025: taken into detention, the detention of, are arrests.
    [TestCase("Police say they have so far taken 58 people into detention since Sunday.", 58)]
    [TestCase("The report mentioned the detention of 11,700 people.", 11700)]
    public void Detention_IsArrest(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric, Is.EqualTo("arrested"));

    // India Today, 25 April 2019 (the headline shortened): an office before "department" is no department of a country; the headline's
    // country stays.
    [Test]
    public void OfficeBeforeDepartment_IsNoPlace()
    {
        var claim = Extracted.Claims("Sri Lanka: Death toll in Easter Sunday bombings revised\n\nBut, a day later the Health Services department has revised the count to 253.")
            .Single(c => c.Low == 253);
        Assert.That(claim.Location, Is.EqualTo("Sri Lanka"));
    }

    // NPR, 21 April 2019: "St." is no place; the city the sentence opens with is.
    [Test]
    public void AbbreviatedSaintsName_IsNoPlaceOfItsOwn() =>
        Assert.That(Extracted.Figure("In Colombo, the country's capital, bombings were reported at St. Anthony's Shrine and three high-end hotels: the Shangri-La, " +
                                     "the Cinnamon Grand and the Kingsbury.", 3).Location, Is.EqualTo("Colombo"));

    // Firstpost, 14 September 2025; Capital FM, June 2024: how badly some were hurt, and how many went home, are parts of the injured.
    [TestCase("Violence left 26 officers injured, four seriously, with injuries including broken teeth, a concussion, a suspected broken nose, and a spinal injury.", 4)]
    [TestCase("On Wednesday, the President announced that six people lost their lives, 214 people had been injured, with 95 already treated and released " +
              "from different hospitals.", 95)]
    public void InjuredBySeverityOrTreated_IsAPartOfTheInjured(string sentence, double figure)
    {
        var claims = Extracted.Claims(sentence);
        Assert.That((claims.Single(c => c.Low == figure).PartOfGroup, claims.Count(c => c.Metric == "wounded" && !c.PartOfGroup)), Is.EqualTo((true, 1)));
    }

    // Firstpost, 14 September 2025: a counter-protest is another event than the rally it answers, so its crowd is never set against the rally's.
    [Test]
    public void CounterProtest_IsAnEventOfItsOwn() =>
        Assert.That(Extracted.Figure("A smaller counter-protest by the group Stand Up To Racism drew about 5,000 people at the opposite end of Whitehall.", 5000).Event,
            Is.EqualTo("counter-protest"));

    // DD India after Reuters, 5 November 2024: a source set off at its clause's close said what came before it; the next clause's source
    // says the money.
    [Test]
    public void SourceClosingItsClauseBeforeAnother_SaysWhatCameBefore()
    {
        var claims = Extracted.Claims("At least 89 people remain missing after deadly floods in eastern Spain, the regional judicial authorities in Valencia said on " +
                                      "Tuesday, and Prime Minister Pedro Sanchez said he was earmarking 10.6 billion euros ($11.6 billion) for reconstruction.");
        Assert.That((claims.Single(c => c.Low == 89).Claimant, claims.Single(c => c.Low == 10.6e9).Claimant), Is.EqualTo(("regional judicial authorities", "Pedro Sanchez")));
    }

    // Al Jazeera, 19 July 2024: two sources brought in by one "with", each reporting its own figure.
    [Test]
    public void SourcesJoinedAfterWith_EachReportTheirOwnFigure()
    {
        var claims = Extracted.Claims("There were conflicting reports on casualties Friday, with Independent Television reporting 17 deaths and Somoy TV reporting 30.");
        Assert.That(claims.Select(c => (c.Low, c.Claimant)), Is.EqualTo(new[] { (17.0, "Independent Television"), (30.0, "Somoy TV") }));
    }

    // Blinkscoop, July 2024; Daily News Egypt after AFP, August 2024; Reuters, 2017: a source after "says" with words describing it,
    // and "spoke of".
    [TestCase("39 killed in Kenya anti-tax protests, says national rights body", 39, "national rights body")]
    [TestCase("Local witnesses spoke of dozens of deaths, particularly among young people.", 24, "Local witnesses")]
    [TestCase("Over the next decade, Duke plans to invest $11 billion in new natural gas, said local officials.", 11e9, "local officials")]
    public void SourceDescribedOrSpeakingOf_GivesTheFigure(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // Kanjuruhan (WION, October 2022), Pylos (INP, June 2023), Ecuador (Irish Times, April 2016): deaths and injuries in the present tense
    // of headlines, and an injury toll.
    [TestCase("Indonesia stadium stampede: Death toll rises to 131 as six more succumb to injuries", 6, "killed")]
    [TestCase("At least 79 drown, hundreds missing in migrant shipwreck off Greece", 79, "killed")]
    [TestCase("The injury toll rose to 2,500 on Monday.", 2500, "wounded")]
    public void PresentTenseDeathsAndInjuryTolls_AreTheirMetric(string sentence, double figure, string metric) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric, Is.EqualTo(metric));

    // Orinoco Tribune after teleSUR, October 2019; i, 17 June 2017: some of the victims, bodies at a morgue, are parts of a toll.
    [TestCase("The Chilean Prosecutor’s Office said that five of the victims died due to State agents; another 16 during the alleged commission of common " +
              "crimes and two more during detention at a police station.", 5)]
    [TestCase("Sixteen bodies have been taken to a morgue, he added.", 16)]
    public void SomeOfTheVictimsOrBodiesAtAMorgue_AreParts(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).PartOfGroup, Is.True);

    // Armenpress, February 2014 (ukraine-2014): "dozens of victims" is the toll itself, no part of one.
    [Test]
    public void VagueQuantityOfVictims_IsNoPart() =>
        Assert.That(Extracted.Figure("Armenia regrets the latest spate of violence in Ukraine resulting in dozens of victims, a Foreign Ministry spokesman said on Wednesday.", 24)
            .PartOfGroup, Is.False);

    // Northwest Arkansas Democrat-Gazette after AP, 1 October 2018: Friday is when the quake struck; the count is as of the report.
    [Test]
    public void DateInARelativeClauseOnTheEventAfterTheToll_DatesTheEventNotTheToll()
    {
        var claim = Extracted.Claims("At least 832 people were confirmed killed by the quake and tsunami that struck Friday evening, Indonesia's disaster agency " +
                                     "said on Sunday.", published: new DateOnly(2018, 10, 1)).Single();
        Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2018, 9, 30)));
    }

    // Business Insider, May 2017: those left needing treatment are injured; those in critical care are some of them.
    [Test]
    public void NeedingTreatmentAndCriticalCare_AreInjuredTheLatterAPart()
    {
        var claims = Extracted.Claims("The attack killed 22 and left another 116 needing treatment. Seventeen people remain in \"critical care\".");
        Assert.That(claims.Select(c => (c.Low, c.Metric, c.PartOfGroup)), Is.EqualTo(new[] { (22.0, "killed", false), (116.0, "wounded", false), (17.0, "wounded", true) }));
    }

    // CBC, 27 April 2015: "soared past" a figure is more than it.
    [Test]
    public void SoaredPast_IsMoreThan()
    {
        var claim = Extracted.Figure("The death toll from Nepal's earthquake soared past 4,000 Monday.", 4000);
        Assert.That((claim.Qualifier, double.IsPositiveInfinity(claim.High)), Is.EqualTo(("more than", true)));
    }

    // bdnews24, 4 May 2013: a building that collapsed names the event as "a building collapse" does.
    [Test]
    public void BuildingThatCollapsed_IsACollapse() =>
        Assert.That(Extracted.Figure("The death toll after a building collapsed at Savar continued to soar as the number touched 550 on Saturday morning.", 550).Event,
            Is.EqualTo("collapse"));

    // NewsLanes, 30 November 2022: the group that recorded the toll in a relative clause gave it, its part too, not the one who compared it.
    [Test]
    public void RelativeClauseWithASourceOfItsOwn_GivesItsFigures()
    {
        var claims = Extracted.Claims("Mr Hajizadeh estimated the death toll is still lower than the estimated number collected by the group Iran Human Rights, " +
                                      "which has recorded that 416 protesters have been killed, including 51 children.");
        Assert.That(claims.Select(c => c.Claimant), Is.EqualTo(new[] { "Iran Human Rights", "Iran Human Rights" }));
    }

    // Daily Herald after AP, 21 November 2019; CBS News after AP, October 2019 (its source and verb, the figure after them written for
    // the test): the one cited as saying, and a name before an aside that opens with the region a role covers.
    [TestCase("Amnesty International cites police as saying 1,600 officers have been injured.", 1600, "police")]
    [TestCase("José Miguel Vivanco, Americas director at Human Rights Watch, told The Associated Press that 20 people had died.", 20, "José Miguel Vivanco")]
    public void CitedSourceOrNameBeforeARegionalRole_GivesTheFigure(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));

    // The Levant News after AFP, 24 September 2022: a name after "the death of" is a person, no place; the security forces' country is.
    [Test]
    public void NameAfterTheDeathOf_IsNoPlace() =>
        Assert.That(Extracted.Figure("An NGO said on Friday (Sep 23) that at least 50 people have been killed in a crackdown by the Iranian security forces on " +
                                     "protests following the death of Mahsa Amini.", 50).Location, Is.EqualTo("Iran"));

    // Daily Mail after PA, 24 May 2017: "Partnership" heads an organisation's name, "and" inside it included; the person before it speaks.
    [Test]
    public void PersonOfAPartnershipNamedWithAnd_GivesTheFigure() =>
        Assert.That(Extracted.Figure("Jon Rouse of the Greater Manchester Health and Social Care Partnership said there were 20 people still in “critical care” " +
                                     "across Manchester by Wednesday at 8.30am.", 20).Claimant, Is.EqualTo("Jon Rouse"));

    // AccuWeather, 29 May 2018: one interval, the approximator inside its bounds aside; ukraine-2014 (OSCE): no range, the figure approximate.
    [TestCase("The researchers calculate there's a 95 percent likelihood the death toll was somewhere between about 800 and 8,500 people.", 800, 800, 8500)]
    [TestCase("In Kharkiv clashes between around 400 opponents and 500 to 600 supporters of a unitary Ukrainian state occurred.", 400, 380, 420)]
    public void ApproximatorAfterBetween_BoundsOneIntervalOrLeavesTheFigureApproximate(string sentence, double figure, double low, double high)
    {
        var claim = Extracted.Figure(sentence, figure);
        Assert.That((claim.Low, claim.High), Is.EqualTo((low, high)));
    }

    // Caribbean News Service after AP, 28 August 2018: raising a toll from one level to another, the verb far before; two figures, no range.
    [Test]
    public void RaisingFromOneLevelToAnother_IsTwoFigures() =>
        Assert.That(Extracted.Claims("Gov. Ricardo Rossello is raising Puerto Rico’s official toll from Hurricane Maria from 64 to 2,975.").Select(c => (c.Low, c.High)),
            Is.EqualTo(new[] { (64.0, 64.0), (2975.0, 2975.0) }));

    // AP, 5 June 2019; Middle East Monitor, 6 June 2019: a toll marked as of an earlier time is of no day the report gives.
    [TestCase("The previously reported death toll stood at 40.")]
    [TestCase("The death toll at the time stood at 35 but has since increased, according to the committee.")]
    public void MeasureOfAnEarlierTime_IsUndated(string sentence) =>
        Assert.That(Extracted.Claims(sentence, published: new DateOnly(2019, 6, 6)).Single().AssertedOn, Is.Null);

    // The Weekend Leader after IANS, 6 June 2019: a toll that had not reached a figure is below it.
    [Test]
    public void HadNotReached_IsFewerThan()
    {
        var claim = Extracted.Figure("In what was the first official death toll since a military crackdown on a camp that had been set up for two months, the " +
                                     "Sudanese Undersecretary for the Health Ministry, Suleiman Abdul Jabbar, said in a statement that the toll had not reached 100, Efe news reported.", 100);
        Assert.That((claim.Low, claim.High, claim.Qualifier), Is.EqualTo((0, 100, "fewer than")));
    }

    // AFP via tdminews, 20 October 2018: deaths each year are a rate over that period, no event's toll.
    [Test]
    public void DeathsEachYear_HaveTheirPeriod() =>
        Assert.That(Extracted.Figure("The disaster, near Amritsar in the north of the country on Friday, led to new demands for safety reforms to India´s " +
                                     "accident-plagued railway system, which records thousands of deaths each year.", 2000).Period, Is.EqualTo("each year"));

    // TASS, 8 August 2020: the source cited right after the verb and its day gave the figure.
    [Test]
    public void SourceCitedAfterTheVerbsDay_GivesTheFigure() =>
        Assert.That(Extracted.Figure("The death toll from the Beirut port explosion has risen to 158 and about 6,000 people were reported injured, the Al Arabiya television " +
                                     "channel said on Saturday citing the Lebanese Health Ministry.", 158).Claimant, Is.EqualTo("Lebanese Health Ministry"));

    // PM News, 21 November 2020; ICIR, 21 October 2020; an OSCE report (ukraine-2014): a denial that anyone died or was hurt is a count of none.
    [TestCase("Taiwo insisted that no one died from the incident.", "killed", "Taiwo")]
    [TestCase("Despite video evidence, Sanwo-Olu says no death occured at Lekki tollgate during military shooting", "killed", "Sanwo-Olu")]
    [TestCase("The SBU interlocutor told the SMM that nobody had been injured in the detonation.", "wounded", null)]
    public void NoOneDiedOrWasHurt_IsACountOfNone(string sentence, string metric, string? claimant)
    {
        var claim = Extracted.Claims(sentence).Single();
        Assert.That((claim.Low, claim.High, claim.Metric), Is.EqualTo((0, 0, metric)));
        if (claimant is not null) Assert.That(claim.Claimant, Is.EqualTo(claimant));
    }

    // Grenfell (BBC, June 2017), Golden News (October 2020), Reuters (November 2017): "no" before what happened to nobody counts nothing.
    [TestCase("\"There is also a real possibility that there may be people in the building that no-one knows are missing.\"")]
    [TestCase("Nobody has turned up.")]
    [TestCase("He said the State Department’s use of the term and threat of sanctions “will likely have limited to no impact on the ground.”")]
    public void NoWithNoCasualtyVerbAfter_IsNoFigure(string sentence) =>
        Assert.That(Extracted.Claims(sentence).Where(c => c.Metric != "quote"), Is.Empty);

    // Olisa TV, 22 October 2020; The Independent, 16 June 2017: a headline's present-tense "confirm" after its source.
    [TestCase("Lekki Massacre: Amnesty International Confirm 12 Killed", 12, "Amnesty International")]
    [TestCase("Grenfell Tower fire: Met Police confirm 30 dead and 12 remain critical", 30, "Met Police")]
    public void HeadlineSourceThatConfirms_GivesTheFigure(string headline, double figure, string claimant) =>
        Assert.That(Extracted.Claims(headline + "\n\nThe story goes on.").First(c => c.Low == figure).Claimant, Is.EqualTo(claimant));

    // ICIR, 21 October 2020; Al-Ahed, 24 April 2019; Gephardt Daily after UPI, April 2019 (the sources as written there, the figures after them
    // written for the test): a lede's capitals and a spokesperson's or police rank's title are no part of the name.
    [TestCase("BABAJIDE Sanwo-Olu, Governor of Lagos State, has said that 10 patients were at the General Hospital in Lagos.", 10, "Babajide Sanwo-Olu")]
    [TestCase("Spokesperson Ruwan Gunasekera said the number of people arrested had risen to 58.", 58, "Ruwan Gunasekera")]
    [TestCase("Police media spokesman SP Ruwan Gunasekara said that 40 suspects had been arrested.", 40, "Ruwan Gunasekara")]
    public void NameInALedesCapitalsOrAfterARank_IsThePersonsName(string sentence, double figure, string claimant) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(claimant));
}
