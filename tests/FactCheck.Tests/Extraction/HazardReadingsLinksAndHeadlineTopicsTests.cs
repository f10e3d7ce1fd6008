using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Numbers that count nothing in disaster and attack coverage (a second quake reading, a calibre, a dialled "9-1-1", a link's digits,
/// the half of "a year and a half", two ages set off after two names), headline topics and subheadings that are no source, a source
/// named by the data it gave, a dateline's abbreviation in capitals, a storm's outages, and measures a sentence names for each figure.
/// Sentences from real news.
/// </summary>
public sealed class HazardReadingsLinksAndHeadlineTopicsTests
{
    // The Independent (South Africa), 4 April 2024.
    [Test]
    public void ASecondReadingOnTheSameScale_IsNoCount() =>
        Assert.That(Extracted.Claims("Taiwan’s National Fire Agency said more than 900 people were injured when the earthquake, measured as 7.2 magnitude by Taiwan officials and 7.4 by the U.S. Geological Survey, struck near the east coast city of Hualien at about 8 a.m. local time on Wednesday.")
            .Select(c => c.Low), Is.EquivalentTo(new[] { 900.0 }));

    // Sputnik Africa, 3 April 2024.
    [Test]
    public void ReadingsRangingAfterTheirScalesPlural_AreNoCount() =>
        Assert.That(Extracted.Claims("The magnitude 7.3 quake struck Taiwan's east coast near Hualien at 7:58 am, triggering more than 100 aftershocks with magnitudes ranging from 3.4 to 6.5.")
            .Select(c => c.Low), Is.EquivalentTo(new[] { 100.0 }));

    // US News and Business (Maine Morning Star), 26 October 2024.
    [Test]
    public void ACalibreWrittenWithoutItsZero_IsNoCount() =>
        Assert.That(Extracted.Claims("Hundreds of Mainers sat in silence marking the moment a year prior that a shooter entered Just-In-Time Recreation and fired 18 rounds from a .308 Ruger SFAR4 rifle.")
            .Select(c => c.Low), Has.None.EqualTo(308));

    // The Daytona Beach News-Journal, 14 October 2024.
    [Test]
    public void ADialledEmergencyNumber_IsNoCount() =>
        Assert.That(Extracted.Claims("Two others died as a result of medical events: the other called 9-1-1 due to illness but emergency medical responders were unable to reach the victim in time due to the storm.")
            .Select(c => c.Low), Is.EquivalentTo(new[] { 2.0 }));

    // Patch, 10 October 2024: a post quoted with its picture's link.
    [Test]
    public void DigitsInALinksPath_AreNoCount() =>
        Assert.That(Extracted.Claims("Sector St. Pete lost communications w/ the man at approx. 6:45 p.m., Wed. #SAR pic.twitter.com/64wSHuRAeH").Select(c => c.Low), Has.None.EqualTo(64));

    // Sweden Herald, October 2025.
    [Test]
    public void TheHalfOfADuration_IsNoShare() =>
        Assert.That(Extracted.Claims("Armed forces from the organization RSF entered al-Fashir and took control from loyalist forces on October 26, after a year and a half of siege that had taken a toll on the city's population.")
            .Select(c => c.Metric), Has.None.EqualTo("share"));

    // The Independent (via Yahoo News), 27 October 2023.
    [Test]
    public void TwoAgesSetOffAfterTwoNames_AreNoCounts() =>
        Assert.That(Extracted.Claims("Father and son William and Aaron Young, 44 and 14, respectively were also named by police, as were Bob and Lucy Violette, 76 and 73, respectively."), Is.Empty);

    // The New Nation, August 2024.
    [Test]
    public void APlaceWithAWordOfCommentBeforeAHeadlinesColon_IsItsTopicNotItsSource()
    {
        var toll = Extracted.Figure("Bleeding Bangladesh: At least 100 killed, thousands injured in country; 13 cops dead in Sirajganj", 100);
        Assert.That((toll.Claimant, toll.Location), Is.EqualTo(("unattributed", "Bangladesh")));
    }

    // Republic World, August 2024: a subheading in title case.
    [Test]
    public void ATitleCaseSubheadingsMeasure_EstimatesNothingItself() =>
        Assert.That(Extracted.Figure("Bangladesh protests\n\nDeath Toll Estimated At 1400\n\nAs many as 1,400 people may have been killed in the protests, a UN report said.", 1400).Claimant,
            Is.Not.EqualTo("Death Toll"));

    // Sirf Pakistan, 21 July 2024.
    [Test]
    public void DataFromASourceNoun_IsThatSourcesFigure() =>
        Assert.That(Extracted.Figure("Dozens of people have been killed this week and several thousand are believed to have been injured, the Reuters news agency reported citing data from hospitals across the country.", 24)
            .Claimant, Is.EqualTo("hospitals"));

    // Local News 8 (CNN/WFOR), 10 October 2024.
    [Test]
    public void ADatelinesAbbreviationInCapitals_EndsNoSentence() =>
        Assert.That(Extracted.Figure("ST. LUCIE COUNTY, Florida (WFOR) — At least four people died in St. Lucie County, including at least one at a senior mobile home community, after several tornadoes spawned from Hurricane Milton touched down on Wednesday, a county official confirmed Thursday morning.", 4)
            .Sentence, Does.StartWith("ST. LUCIE COUNTY"));

    // Caribbean National Weekly, July 2024: "ET" closes a clock time as "EST" does.
    [Test]
    public void AClockTimesZone_KeepsItsSentenceWhole() =>
        Assert.That(Extracted.Figure("According to the National Hurricane Center (NHC), Beryl made landfall just east of Tulum on Mexico’s Yucatan Peninsula shortly after 6 a.m. ET on Friday, with maximum sustained winds of 110 mph.", 110)
            .Claimant, Is.EqualTo("National Hurricane Center"));

    // AccuWeather, October 2024: a Florida story's St. Petersburg.
    [Test]
    public void StPetersburgInAFloridaStory_IsFloridas()
    {
        var claim = Extracted.Figure("LIVE: 15 dead, millions without power amid widespread flooding in Florida after Hurricane Milton\n\nIn St. Petersburg, police confirmed two storm-related deaths.", 2);
        Assert.That(claim.Location, Is.EqualTo("St. Petersburg, Florida"));
        Assert.That(claim.Claimant, Is.Not.EqualTo("Russia"));
    }

    // UPI, 10 October 2024.
    [Test]
    public void PeopleWithoutPower_AreNotTheDead()
    {
        var claims = Extracted.Claims("12 confirmed dead, millions without power as Florida reels from Milton");
        Assert.That(claims.Select(c => (c.Low, c.Metric)), Is.EquivalentTo(new[] { (12.0, "killed"), (2e6, "without power") }));
    }

    // BNO News, 30 September 2025: "mi" is miles.
    [Test]
    public void MilesAbbreviated_AreADistance() =>
        Assert.That(Extracted.Figure("It occurred at a depth of 10 km (6.2 mi).", 6.2).Metric, Is.EqualTo("distance"));

    // SunStar Cebu, 1 October 2025.
    [Test]
    public void TheInjuredAfterAnotherMeasuresFigure_CountTheInjured() =>
        Assert.That(Extracted.Figure("An earlier situational report from the Provincial Disaster Risk Reduction and Management Office had placed the number of fatalities at 63 and the injured at 293, indicating that figures are still being consolidated.", 293)
            .Metric, Is.EqualTo("wounded"));

    // The Filipino Times, 13 October 2025: the day the source spoke stands between its verb and "that".
    [Test]
    public void AMeasureAfterASourcesDayAndThat_IsTheFiguresMeasure() =>
        Assert.That(Extracted.Figure("The Office of Civil Defense (OCD) confirmed on Monday that the death toll from the magnitude 6.9 earthquake that struck Bogo City, Cebu on September 30 has risen to 75, with nearly 600 others injured.", 75)
            .Metric, Is.EqualTo("killed"));

    // Dunya News (Reuters), 12 November 2023: the attack named with its day is what the toll counts in, and "revised" moves the
    // toll the reporting verb before it introduced.
    [Test]
    public void ATollOfAnAttackNamedWithItsDay_CountsTheDead() =>
        Assert.That(Extracted.Figure("JERUSALEM (Reuters) – A spokesperson for Israel's foreign ministry has said that the death toll from the Oct. 7 Hamas attack in southern Israel had been revised to around 1,200 from a previous government estimate of 1,400.", 1200)
            .Metric, Is.EqualTo("killed"));

    // Houston Public Media, July 2024: information a body released is that body's, as its data are.
    [Test]
    public void InformationReleasedByABody_IsThatBodysFigure() =>
        Assert.That(Extracted.Figure("Six of the 13 storm-related deaths in Houston and Harris County were caused by heat exposure tied to a power outage, according to information released by the Harris County Institute of Forensic Sciences.", 13)
            .Claimant, Is.EqualTo("Harris County Institute of Forensic Sciences"));

    // Good Morning America (ABC News), October 2024; CNN, 9 January 2025: "those" points back to a group, which it counts part of.
    [Test]
    public void SomeOfThoseTheSentenceBeforeCounted_CountWhatItDid()
    {
        var part = Extracted.Claims("Volusia County's emergency management director, Clint Mecham, confirmed four storm-related deaths in the county. " +
                                    "\"Two of those were due to trees falling on their residences.").Single(c => c.Low == 2);
        Assert.That((part.Metric, part.Subject, part.PartOfGroup), Is.EqualTo(("killed", "people", true)));
        Assert.That(Extracted.Figure("Five of those deaths are from the Eaton Fire and officials have expressed concern the total may grow.", 5).Subject, Is.EqualTo("people"));
    }

    // Barbados Today, 2 July 2024: some of the deaths, where they happened.
    [Test]
    public void SomeOfTheDeaths_ArePartOfTheToll() =>
        Assert.That(Extracted.Figure("Mitchell said at a press conference that two of the deaths occurred on the sister isle of Carriacou while the other was on the mainland.", 2)
            .PartOfGroup, Is.True);

    // UPI, 10 October 2024: "St." opens the name of the city whose police chief speaks.
    [Test]
    public void AnAbbreviationOpeningAName_StaysInIt() =>
        Assert.That(Extracted.Figure("The St. Lucie County Sheriff's Office said six people died.", 6).Claimant, Is.EqualTo("St. Lucie County Sheriff's Office"));

    // Asian News (Reuters), April 2024.
    [Test]
    public void PeopleCutOffOrMarooned_AreTrapped()
    {
        Assert.That(Extracted.Figure("As some 50 aftershocks rattled the area overnight, rescuers said about 400 people cut off in a luxury hotel in the Taroko Gorge national park were safe.", 400).Metric,
            Is.EqualTo("trapped"));
        Assert.That(Extracted.Figure("A group of 50 hotel workers marooned on a road to the national park are now mostly safe.", 50).Metric, Is.EqualTo("trapped"));
    }
}
