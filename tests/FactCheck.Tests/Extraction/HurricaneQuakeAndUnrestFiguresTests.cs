using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of Hurricane Ian (2022), the Noto earthquake (2024), the Rio Grande do Sul floods (2024),
/// the Mexico earthquake (2017), Cyclone Mocha (2023), the Westgate attack (2013), the Peru, Georgia and Colombia protests (2021-2024)
/// and the Amatrice earthquake (2016): figures denied, participles before the counted noun, thousands grouped by stops, and numbers
/// that count nothing (days of the month in brackets, readings on a scale, update tags, telephone numbers), causes and agents, and
/// places people were taken to. Sentences from real news;
/// where a test adds words of its own, its comment says so.
/// </summary>
public sealed class HurricaneQuakeAndUnrestFiguresTests
{
    // WINK News, 7 October 2022: a sheriff's denial of hundreds of bodies is no toll of his.
    [Test]
    public void FigureASourceDenies_IsDenied() =>
        Assert.That(Extracted.Claims("“There are not hundreds bodies on beaches,” Marceno said.").Single(c => c.Metric == "killed").Modality,
            Is.EqualTo(Modality.Denied));

    // Khaosod English, 19 May 2023: tolls the government calls false are denied, not asserted by it.
    [Test]
    public void FigureCalledFalse_IsDenied() =>
        Assert.That(Extracted.Figure("The military government has said that unofficial death tolls surpassing 400 are false, but in the absence of independent confirmation, uncertainly remains about the actual extent of casualties and destruction.", 400).Modality,
            Is.EqualTo(Modality.Denied));

    // Reuters, November 2017: "not" before a share or a sum is no denial of a count ("not 100 percent sure").
    [Test]
    public void NotBeforeAShare_IsNoDenial() =>
        Assert.That(Extracted.Figure("“I am not 100 percent sure if that is good or bad,” said King, a part-time student and pet stylist.", 100).Modality,
            Is.Not.EqualTo(Modality.Denied));

    // The Irrawaddy, 16 May 2023: a participle before the counted noun says what the group had been; the verb says what befell it.
    [Test]
    public void ParticipleBeforeTheNoun_YieldsToTheVerb() =>
        Assert.That(Extracted.Figure("Around 40 displaced Rohingya Muslims were killed at camps near Sittwe, said U Thein Shwe, a teacher from neighboring Thet Kae Pyin village.", 38).Metric,
            Is.EqualTo("killed"));

    // EFE, June 2021, and the Los Angeles Times, 21 September 2013: the participle stands when a verb before the figure acts on the
    // group, and a day after it is no noun.
    [TestCase("We sent 74 injured people to hospital.", 74)]
    [TestCase("At least 39 people were killed and 150 injured Saturday when masked gunmen stormed an upscale shopping mall in Nairobi.", 150)]
    public void ParticipleAfterAVerbOrBeforeADay_StaysTheMetric(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Metric, Is.EqualTo("wounded"));

    // Breaking Latest, 10 January 2023, and First Online, August 2016: thousands grouped by a stop, as translated news writes them.
    [TestCase("\"Today, more than 9.000 persons approached the airport of Juliaca and about 2.000 of them launched an attack\", declared Alberto Otarola.", 9000)]
    [TestCase("The Civil Protection fielded 4.370 workers in the area.", 4370)]
    public void ThousandsGroupedByAStop_AreThousands(string sentence, double figure) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Low), Does.Contain(figure));

    // Written for the test: three decimals before a percent or a magnitude are a rate's or a sum's.
    [TestCase("Yields rose to 2.125 percent on Monday.", 2.125)]
    [TestCase("The company sold $1.250 billion in bonds.", 1_250_000_000)]
    public void ThreeDecimalsOfARateOrASum_StayDecimals(string sentence, double figure) =>
        Assert.That(Extracted.Claims(sentence).Single().Low, Is.EqualTo(figure));

    // Reuters via Geo TV, 19 July 2019: "44 in 2001" is a toll and a year, no share.
    [Test]
    public void FigureInAYear_IsNoShare()
    {
        var claim = Extracted.Figure("The explosive blaze killed 33 people and 10 more were in critical condition, authorities said late on Thursday, in the worst mass killing since a suspected arson attack in Tokyo killed 44 in 2001.", 44);
        Assert.That((claim.Metric, claim.Unit), Is.EqualTo(("killed", "people")));
    }

    // Brasil de Fato, 14 May 2024; The Japan News, 9 January 2024 (twice); AFP via Borneo Bulletin, January 2024; a Florida press release, 2 October
    // 2022, whose line holds the number alone (the words around it are written for the test); Novaya Gazeta Europe, 2 December 2024;
    // Mambaonline, 12 June 2016: numbers that count nothing.
    [TestCase("According to the Rio Grande do Sul Civil Defense bulletin released on Monday morning (13), 127 people are missing.", 13)]
    [TestCase("Japan’s Noto Peninsula Quake Death Toll Exceeds 200 (UPDATE 2)", 2)]
    [TestCase("The massive earthquake on New Year’s Day registered a maximum of 7 on the Japanese seismic intensity scale.", 7)]
    [TestCase("The United States Geological Survey put the magnitude at 5.8.", 5.8)]
    [TestCase("Families can call the FDLE hotline at (850) 410-7001.", 850)]
    [TestCase("Families can call the FDLE hotline at (850) 410-7001.", 410)]
    [TestCase("Georgia’s Interior Ministry said 224 people had been detained in total over the four nights of protests, with 21 police officers injured.", 4)]
    [TestCase("We are setting up a hotline for concerned family members – 407.246.4357.", 4357)]
    public void NumberThatCountsNothing_IsNoClaim(string sentence, double number) =>
        Assert.That(Extracted.Claims(sentence).Select(c => c.Low), Does.Not.Contain(number));

    // Brasil de Fato, 14 May 2024: a temperature typed with the ordinal sign is a temperature.
    [Test]
    public void TemperatureWithTheOrdinalSign_IsATemperature() =>
        Assert.That(Extracted.Figure("Rain decreases on Tuesday (14), but returns on Thursday (16); minimum temperatures may reach 2ºC.", 2).Metric,
            Is.EqualTo("temperature"));

    // Euronews, 22 September 2017: a Spanish site noun opening a name makes a site, the school the toll is of.
    [Test]
    public void SpanishSiteNounOpeningAName_IsASite()
    {
        var claims = Extracted.Claims("The Mexican navy said Thursday that all pupils at Colegio Enrique Rébsamen had been accounted for. Tuesday's 7.1-magnitude earthquake killed 19 children and six adults.");
        Assert.That(claims.Where(c => c.Low == 19).Select(c => (c.Location, c.LocationPrecision)).Single(), Is.EqualTo(("Colegio Enrique Rébsamen", PlacePrecision.Site)));
    }

    // Florida Department of Law Enforcement release, 2 October 2022: what deaths are put down to is their cause; the agent of the passive
    // after them confirmed them.
    [Test]
    public void DeathsAttributedToAStormConfirmedByAnAgency_AreTheAgencys() =>
        Assert.That(Extracted.Figure("There are now 58 deaths attributed to Hurricane Ian confirmed by the MEC from the counties below.", 58).Claimant,
            Is.EqualTo("MEC"));

    // Reuters, November 2017: a participle's agent far from any figure gives none ("a war on drugs declared by Duterte").
    [Test]
    public void AgentOfAParticipleFarFromTheFigure_IsNoSource() =>
        Assert.That(Extracted.Figure("More than 3,900 Filipinos have been killed in what the police call self-defense in a war on drugs declared by Duterte.", 3900).Claimant,
            Is.EqualTo(Claim.Unattributed));

    // WGCU, 6 October 2022: a place no list holds, opening the sentence before the source's article, is no part of the source.
    [Test]
    public void UnlistedPlaceOpeningTheSentence_IsNoPartOfTheSource() =>
        Assert.That(Extracted.Figure("In Lee County the sheriff said Wednesday afternoon that 58 have died in the county.", 58).Claimant, Is.EqualTo("sheriff"));

    // AP via The Vindicator, 16 October 2017: where the wounded were flown is not where they were wounded.
    [Test]
    public void PlaceTheWoundedWereAirliftedTo_IsNotTheirs() =>
        Assert.That(Extracted.Figure("MOGADISHU, Somalia (AP) — More than 70 critically injured people were airlifted to Turkey for treatment as international aid began to arrive, officials said.", 70).Location,
            Is.Not.EqualTo("Turkey"));

    // AFP via Manila Bulletin, 8 January 2024: a count "soaring from" one figure to another moved between two levels; no range.
    [Test]
    public void CountSoaringFromOneFigureToAnother_IsTwoLevels()
    {
        var claims = Extracted.Claims("A new list published by Ishikawa prefecture in central Japan on Monday showed the number of missing people soaring from 31 to 281 in Wajima, one of the worst-hit places where the quake flatted dozens of houses and a major fire devastated a large area.");
        Assert.That(claims.Where(c => c.Metric == "missing").Select(c => (c.Low, c.High)), Is.EqualTo(new[] { (31.0, 31.0), (281.0, 281.0) }));
    }

    // UNN citing Reuters, 6 May 2024, and WGCU, 6 October 2022: deaths under investigation, and a toll that is likely, are not counted as fact.
    [TestCase("The agency also said it was investigating whether four other deaths were related to the weather.", 4)]
    [TestCase("Based on the MEC report and information from other sources around the state the statewide death toll is likely at least 120.", 120)]
    public void DeathsUnderInvestigationOrLikely_AreNoAssertion(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Modality, Is.EqualTo(Modality.Projection));

    // AP via Kataeb, 26 October 2023: disappearances are people missing.
    [Test]
    public void Disappearances_AreMissing() =>
        Assert.That(Extracted.Figure("Federal Security Secretary Rosa Icela Rodríguez said there were 27 confirmed deaths and four disappearances.", 4).Metric,
            Is.EqualTo("missing"));

    // ani.me, July 2019: a headline opening with "UPDATE" still gives its toll; only a number closing the tag is the update's.
    [Test]
    public void UpdateOpeningAHeadline_LeavesItsToll() =>
        Assert.That(Extracted.Claims("UPDATE 25 Confirmed Dead in KyoAni Arson Suspect Heard Shouting You Ripped Me Off").Select(c => c.Low), Does.Contain(25.0));

    // South China Morning Post, 28 April 2014: a day between the verb and its figure leaves the measure the sentence opened with.
    [Test]
    public void TollThatStoodYesterdayAt_IsTheToll() =>
        Assert.That(Extracted.Figure("The confirmed death toll from one of the country's worst ever maritime disasters stood yesterday at 189.", 189).Metric,
            Is.EqualTo("killed"));

    // TRT World, 18 December 2022: a place followed by "and other regions" stands for its country.
    [Test]
    public void PlaceAndOtherRegions_IsTheCountry() =>
        Assert.That(Extracted.Figure("At least 569 people, including 216 security personnel, have been injured in the capital Lima and other regions, including Apurimac, Ancash, Ayacucho, Cajamarca, Cusco, Moquegua and Puno, according to the Peru Ombudsman’s Office.", 216).Location,
            Is.EqualTo("Peru"));

    // Common Dreams, 16 December 2022: rights defenders are a source, and "the South American nation" is no American place.
    [Test]
    public void RightsDefendersAndTheSouthAmericanNation()
    {
        var claims = Extracted.Claims("\"The democratic space is closing; we are on the way to authoritarianism,\" warned a leading human rights advocate in the South American nation.\n\nPeruvian human rights defenders said Friday that the death toll has risen to 21 in nationwide protests.\n\nDemonstrators blocked roads, leading to the deaths of six people in traffic accidents.");
        Assert.That(claims.Single(c => c.Low == 21).Claimant, Is.EqualTo("Peruvian human rights defenders"));
        Assert.That(claims.Single(c => c.Low == 6).Location, Is.Not.EqualTo("United States"));
    }

    // Denver7, 28 August 2017, and Yonhap via The Korea Herald, 18 May 2014: a toll something "brings" or "bringing" the confirmed toll
    // to is a count that accumulates.
    [TestCase("This brings the confirmed death toll to seven, which includes the previously reported deaths of a man killed in a fire in Rockport.", 7)]
    [TestCase("Rescue divers retrieved one more body early Sunday morning from a ferry that sank off South Korea's southwest coast last month, bringing the confirmed death toll to 286, officials said.", 286)]
    public void ConfirmedTollBroughtTo_IsARunningTotal(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).RunningTotal, Is.True);
}
