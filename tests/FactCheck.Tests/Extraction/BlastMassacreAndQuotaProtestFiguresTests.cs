using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Beirut port explosion (2020), the Khartoum sit-in massacre (2019), the Bangladesh
/// quota protests (2024), the Nepal earthquake (2015), the Valencia floods (2024) and the Uvalde shooting (2022): the rest of a toll,
/// a hospital's own count, a second measure sharing the first one's verb, and tolls that passed or crossed a mark. Sentences from
/// real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class BlastMassacreAndQuotaProtestFiguresTests
{
    // Trend, 6 June 2019, and bdnews24.com, 19 August 2024: "the rest" of a toll is a part of it, not a toll of its own.
    [TestCase("\"The rest nine were killed in security incidents in other three Sudanese states,\" he added.", 9)]
    [TestCase("Only the Dhaka Medical College Hospital recorded the deaths of 165 people. The rest of the 89 people died while undergoing treatment.", 89)]
    [TestCase("The remaining 19 bodies were found on a stairwell leading to the roof, whose door was closed.", 19)]
    public void TheRestOfAToll_IsAPart(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.True);

    // The New York Times, 4 August 2020, and bdnews24.com, 19 August 2024: a named hospital counts those it took in, there.
    [TestCase("Just one hospital, Rizk Hospital, said 400 people had gone there to be treated for injuries suffered in the disaster, according to the National News Agency.", 400, "Rizk Hospital")]
    [TestCase("Only the Dhaka Medical College Hospital recorded the deaths of 165 people.", 165, "Dhaka Medical College Hospital")]
    public void ANamedHospitalsCount_IsPlacedThere(string text, double figure, string hospital)
    {
        var claim = Extracted.Figure(text, figure);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Location, Is.EqualTo(hospital));
            Assert.That(claim.LocationPrecision, Is.EqualTo(PlacePrecision.Site));
        });
    }

    // TVNZ (AP), 13 June 2019, and The Indian Express (via NDTV), July 2016: an authority over hospitals, or hospital officials, are no hospital.
    [TestCase("Police fired tear gas at protesters in Hong Kong. The Hong Kong Hospital Authority said overnight that two of the people were in serious condition.", 2)]
    [TestCase("Nice: A man wounded in the Bastille Day truck attack in Nice has died of his injuries, hospital officials said, taking the death toll from the massacre to 85.", 85)]
    public void HospitalAuthoritiesAndOfficials_AreNoSite(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).LocationPrecision, Is.Not.EqualTo(PlacePrecision.Site));

    // Atalayar, 30 August 2020: a second measure that shares the first one's verb is the second figure's.
    [Test]
    public void SecondMeasureSharingTheVerb_IsTheSecondFiguresMetric()
    {
        var claims = Extracted.Claims("The Lebanese authorities on Sunday raised the number of deaths to 190 and injuries to over 6,500 from the explosion of 2,750 tonnes of ammonium nitrate in the port of Beirut which devastated part of the capital on 4 August.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 190).Metric, Is.EqualTo("killed"));
            Assert.That(claims.Single(c => c.Low == 6500).Metric, Is.EqualTo("wounded"));
        });
    }

    // Written for the test, in the shape of the sentence above: "put ... at" shares its verb the same way.
    [Test]
    public void SecondMeasurePutAtAFigure_IsTheSecondFiguresMetric() =>
        Assert.That(Extracted.Figure("The ministry put the death toll at 43 and the number of wounded at 120.", 120).Metric, Is.EqualTo("wounded"));

    // The Hawk, 2 November 2024, Business Standard, 3 May 2015, and Reuters, 30 November 2017: a toll that passed or crossed a mark is above it.
    [TestCase("Madrid: As the death toll passed 200 from floods this week that triggered the deadliest natural disaster in Spain's recent history, southern regions were battered by more heavy downfalls Friday.", 200)]
    [TestCase("Nepal's Home Ministry on Sunday said that the death toll from the April 25 earthquake that struck the Kathmandu Valley and the Pokhra region has crossed the 7000 mark.", 7000)]
    [TestCase("The S&P 500 hit a record closing high and the Dow Jones industrial average topped the 24,000 mark for the first time.", 24000)]
    public void TollThatPassedAMark_IsMoreThanIt(string text, double figure)
    {
        var claim = Extracted.Figure(text, figure);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Low, Is.EqualTo(figure));
            Assert.That(claim.High, Is.EqualTo(double.PositiveInfinity));
        });
    }

    // HuffPost UK, 16 June 2019, Mothership, 17 June 2019, The Indian Express, 31 October 2022, and DNA India (Reuters), 21 March 2019:
    // a sentence adverb before the source, an adverb between its auxiliary and verb, a title inside a name's run and an office joined
    // by "and" are no part of who gave the figure.
    [TestCase("If the estimates are confirmed, it would be the largest protest in Hong Kong’s history, however police said 338,000 people were counted on the designated protest route during the march’s “peak period”.", 338000, "police")]
    [TestCase("The Hong Kong police has since provided a much more conservative figure, saying there were 338,000 protesters at its peak.", 338000, "Hong Kong police")]
    [TestCase("Addressing a press conference, Rajkot Range IG Ashok Kumar Yadav said nine persons had been arrested in connection with the FIR.", 9, "Ashok Kumar Yadav")]
    [TestCase("Mozambique's Minister of Land and Environment Celso Correia said on Thursday the death toll has risen to 242.", 242, "Celso Correia")]
    public void WordsAroundASourcesName_AreNoPartOfIt(string text, double figure, string claimant) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));

    // DPA via Khaosod English, 27 April 2015, and The Hans India (AFP), July 2024: a measure opening the sentence is its figure's past a
    // magnitude written with a hyphen, and a plural noun of deaths a verb moves to the figure is a measure too.
    [TestCase("KATHMANDU (DPA) — The death toll from the 7.8-magnitude earthquake at the weekend in Nepal was 3,432, the Interior Ministry said Monday, after thousands more spent a second night in the open.", 3432)]
    [TestCase("Fatalities in the quota reform protests in Bangladesh have reached at least 39, with 30 journalists and 104 police officers also injured, as reported by AFP.", 39)]
    public void MeasureOpeningTheSentence_IsTheFiguresMetric(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).Metric, Is.EqualTo("killed"));

    // PTI via Telangana Today, 17 August 2024, and Reuters, January 2017: the later day of "between August 5 and 6" or "on Jan. 6 and 7" counts nothing.
    [TestCase("According to the 10-page report, nearly 400 deaths were reported between July 16 and August 4 while around 250 people were reportedly killed following the new wave of protests between August 5 and 6.", 6)]
    [TestCase("Several deaths were reported between August 7 and 11, including those who died while undergoing medical treatment for injuries sustained in the violence, the UNHCR report suggested.", 11)]
    [TestCase("That will be followed by a weekend of strategy sessions for Trump and Republican leaders on Jan. 6 and 7, the White House said.", 7)]
    public void LaterDayOfASpan_IsNoFigure(string text, double day) =>
        Assert.That(Extracted.Claims(text).Select(c => c.Low), Does.Not.Contain(day));

    // Written for the test: a number after a date's day and "and" that a noun follows counts that noun.
    [Test]
    public void NumberAfterADayThatANounFollows_StaysAFigure() =>
        Assert.That(Extracted.Claims("On August 5 and 6 people were hurt in Dhaka.").Select(c => c.Low), Does.Contain(6));

    // IOL, 31 October 2022: the worst hurt, said in the verb before the figure, are some of the injured; Webjosh (NDTV), 17 June 2024:
    // "were among eight people killed" names the whole.
    [TestCase("The collapse killed at least 132 and critically injured 19, while another two are still missing.", 19, true)]
    [TestCase("Three railway staff members were among eight people killed when a goods train rear-ended the Silchar-Sealdah Kanchanjunga Express at 8.55 am today, railway officials have said.", 8, false)]
    public void WorstHurtBeforeTheFigure_AreAPart(string text, double figure, bool part) =>
        Assert.That(Extracted.Figure(text, figure).PartOfGroup, Is.EqualTo(part));

    // RBC-Ukraine, 30 October 2024: "reports" and the outlet after the figures, at the end of the sentence, is their source.
    [Test]
    public void ReportsAndAnOutletAfterTheFigures_IsTheirSource() =>
        Assert.That(Extracted.Claims("Flash flooding in Spain has led to nearly a hundred deaths, with dozens of people still missing due to the emergency, reports El Pais.")
            .Select(c => c.Claimant), Is.All.EqualTo("El Pais"));

    // bdnews24.com, 19 August 2024: a source giving "the figure" in the next sentence gave the figures before it.
    [Test]
    public void SourceGivingTheFigureInTheNextSentence_IsTheFiguresSource() =>
        Assert.That(Extracted.Figure("At least 44 police personnel, including 21 constables, have been killed in the recent violence starting from the demand for quota reforms in government jobs to the antigovernment movement. Police Headquarters revealed the figure in a statement on Sunday.", 44).Claimant,
            Is.EqualTo("Police Headquarters"));

    // ABC (Australia), 1 October 2024, and indy100, 8 January 2015: not a source speaking of the toll, nor one for a figure the sentence
    // before already gave a source for.
    [TestCase("At least 121 deaths in six south-eastern states have been attributed to the storm. North Carolina's governor, Roy Cooper, predicted the toll would rise as rescuers and other emergency workers continue to reach areas isolated by collapsed roads.", 121)]
    [TestCase("Boko Haram militants have killed at least 100 people in Baga, Nigeria, according to the district's head Abba Hassan, although some reports suggest as many as 2,000 people may have died. The Reuters news agency reports Hassan gave the figure during a telephone news conference to journalists.", 2000)]
    public void SourceSpeakingOfTheToll_GivesNoFigure(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.Not.EqualTo("Roy Cooper").And.Not.EqualTo("Abba Hassan"));

    // bdnews24.com, 19 August 2024, and the IFRC via ReliefWeb: a calendar day set off after a relative one is that day.
    [TestCase("A total of 14 police officers were killed the day before, on Aug 4.", 14, 2024, 8, 4)]
    [TestCase("Three foreshocks hit the same area the day before, on 28 December 2020 at 05:28 UTC, at magnitudes 5.2, 4.8 and 5.0 respectively.", 3, 2020, 12, 28)]
    public void CalendarDayAfterARelativeOne_IsTheFiguresDate(string text, double figure, int year, int month, int day) =>
        Assert.That(Extracted.Figure(text, figure, published: new DateOnly(2024, 8, 19)).AssertedOn, Is.EqualTo(new DateOnly(year, month, day)));

    // The Guardian, 3 October 2017, Atalayar, 30 August 2020, and Khaosod English, 19 May 2023: a toll that doubles to a figure, or that
    // someone raises to it, is a running total.
    [TestCase("Hurricane death toll in Puerto Rico more than doubles to 34, governor says", 34)]
    [TestCase("The authorities raise death toll in Lebanon to 190", 190)]
    [TestCase("Myanmar Raises Death Toll From Cyclone Mocha to 145", 145)]
    public void TollDoubledOrRaisedToAFigure_IsARunningTotal(string text, double figure) =>
        Assert.That(Extracted.Figure(text, figure).RunningTotal, Is.True);
}
