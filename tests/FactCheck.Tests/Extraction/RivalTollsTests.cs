using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// One disaster's toll as a government, other governments and a news agency's own count give it: each figure keeps the
/// source that gave it. Sentences from the reporting of the 2015 Mina stampede.
/// </summary>
public sealed class RivalTollsTests
{
    // AP via VOA, 22 October 2015.
    [Test]
    public void SourceNounBeforeAListOfPlaces_IsTheSource_NotTheLastPlace()
    {
        var claim = Extracted.Figure("Diplomats in Indonesia, Pakistan and India have said Saudi officials gave them some 1,100 photographs of dead from the Mina disaster.", 1045);
        Assert.That(claim.Claimant, Is.EqualTo("Diplomats"));
    }

    // NPR, 26 September 2015.
    [Test]
    public void CapitalActingAsItsGovernment_IsNotWhereLaterFiguresAre()
    {
        var claim = Extracted.Figure(
            "The death toll in a stampede of hajj pilgrims in Saudi Arabia this week has risen to 769, many of whom are Iranians. " +
            "Tehran has denounced the tragedy as a \"crime.\"\n\n" +
            "\"Those are the ones who died in various hospitals since the event,\" he said, adding that 934 people had been injured in the deadly crush " +
            "of people as they carried out a symbolic stoning of the devil on Thursday.", 934);
        Assert.That(claim.Location, Is.EqualTo("Saudi Arabia"));
    }

    // Express Tribune, 19 October 2015; AP via Siasat, 1 October 2015.
    [TestCase("The official Saudi toll of 769 people killed and 934 injured has not changed since September 26.", 769)]
    [TestCase("The official Saudi toll of 769 people killed and 934 injured has not changed since September 26.", 934)]
    [TestCase("And while Saudi officials previously said the tragedy killed 769 pilgrims, an Associated Press count based on official figures from " +
              "countries around the world shows at least 999 people perished near Islam's holy city of Mecca.", 769)]
    public void CountrysOfficialFigure_IsThatCountrys(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).Claimant, Is.EqualTo("Saudi Arabia"));

    // AP via Siasat, 1 October 2015.
    [TestCase(769)]
    [TestCase(934)]
    public void FigureOfTheSpeakersOwnOffice_IsTheSpeakers(double low)
    {
        var claim = Extracted.Figure("Faisal Alzahrani, the Saudi Health Ministry's general director of communications, told the AP late last night " +
                                     "that his office's figure of 769 killed and 934 injured in Mina remained accurate.", low);
        Assert.That(claim.Claimant, Is.EqualTo("Faisal Alzahrani"));
    }

    // AP via Siasat, 1 October 2015: "And" before the clause the rival's figure is set in leaves it a fronted clause.
    [Test]
    public void FigureAfterAFrontedWhileClause_IsTheMainClausesSources()
    {
        var claim = Extracted.Figure("And while Saudi officials previously said the tragedy killed 769 pilgrims, an Associated Press count based on official " +
                                     "figures from countries around the world shows at least 999 people perished near Islam's holy city of Mecca.", 999);
        Assert.That(claim.Claimant, Is.EqualTo("Associated Press"));
    }

    // AP via VOA, 22 October 2015: "it" is the country the sentence before had as its subject, not a source named further back.
    [Test]
    public void ItAfterACountryAsTheSubjectOfTheSentenceBefore_IsThatCountry()
    {
        var claim = Extracted.Figure(
            "Health authorities in the kingdom previously said civil defense officials would be offering any new casualty figures, though no new toll " +
            "has been released by authorities since September 26.\n\n" +
            "Shi'ite power Iran, the Mideast rival of Sunni Saudi Arabia, has blamed the disaster on the kingdom's \"mismanagement.\" It also accused " +
            "Riyadh of a cover-up, saying the real death toll exceeds 4,700, without providing evidence to support its claim.", 4700);
        Assert.That(claim.Claimant, Is.EqualTo("Iran"));
    }

    // Reuters, 19 October 2023; CNA (AFP), 20 October 2023: a government's intelligence, as a report, a community or a headline's subject,
    // is its country; a passive aside and its agent ("seen by Reuters") are not the source.
    [TestCase("An unclassified U.S. intelligence report, seen by Reuters on Thursday, estimated the death toll from a blast at a Gaza hospital was " +
              "\"probably at the low end of the 100 to 300 spectrum.\"", 100)]
    [TestCase("The US intelligence community has estimated there were likely 100 to 300 people killed in the strike at the Al-Ahli al-Arabi Hospital " +
              "in Gaza, according to excerpts of a document seen on Thursday (Oct 20) by AFP.", 100)]
    [TestCase("The toll remains disputed. US intelligence estimates the toll at 100 to 300.", 100)]
    public void IntelligenceOfACountry_IsThatCountry(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).Claimant, Is.EqualTo("United States"));

    // Reuters, 19 October 2023: a verb whose object is another figure is not the measure of a population a participle's clause names after it;
    // "injured 672, 205 of them seriously" keeps its verb for the part (events-mixed holds the like).
    [Test]
    public void VerbOfAnotherFigure_IsNotThePopulationsMeasure()
    {
        var claim = Extracted.Figure("Israel has responded to an Oct. 7 rampage by Hamas gunmen who killed 1,400 Israelis by vowing to destroy the group, putting " +
                                     "the 2.3 million people living in Gaza under a total siege.", 2300000);
        Assert.That(claim.Metric, Is.EqualTo("count"));
    }

    // Reuters and AP, 2 July 2024 (Hathras): the verb whose object is a later figure is that figure's, not the crowd's named before it.
    [TestCase("A stampede among thousands of people at a religious gathering in northern India killed at least 60 people.")]
    [TestCase("A stampede at a religious gathering of thousands of people in northern India killed at least 60.")]
    public void VerbWithAnObjectFigure_IsNotTheCrowdsBeforeIt(string sentence) =>
        Assert.That(Extracted.Claims(sentence).Select(c => (c.Low, c.Metric)), Does.Not.Contain((2000.0, "killed")));

    // AP, 2 July 2024 (Hathras): figures listed with "and" share the words before the list, over a verb of another clause after it.
    [Test]
    public void FiguresOfOneList_ShareTheMeasureBeforeIt()
    {
        var claims = Extracted.Claims("Among the 121 dead were 112 women and seven children, while 31 were injured, state authorities said.");
        Assert.That(claims.Single(c => c.Low == 7).Metric, Is.EqualTo("killed"));
    }

    // The Economic Times, February 2025 (Kumbh Mela); Reuters, June 2021 (Surfside): the official count is the authorities', whoever
    // relays it; an authority that gives it keeps its own name.
    [TestCase("Maha Kumbh stampede: BBC report claims at least 82 dead, against official count of 37", 37, "officials")]
    [TestCase("Maha Kumbh stampede: BBC report claims at least 82 dead, against official count of 37", 82, "BBC")]
    [TestCase("The official death toll rose to four.", 4, "officials")]
    [TestCase("The ministry said the official toll rose to 40.", 40, "ministry")]
    public void OfficialCount_IsTheAuthorities(string sentence, double low, string claimant) =>
        Assert.That(Extracted.Figure(sentence, low).Claimant, Is.EqualTo(claimant));

    // Written for the construction, after AFP via AsiaOne, 26 September 2015: a country's own people counted where the figure is placed
    // outside it are its nationals, a side of the toll; at home they are the toll.
    [TestCase("Iran said 136 of its citizens died in the stampede in Saudi Arabia.", "Iranian")]
    [TestCase("Iran said 136 of its citizens died in the earthquake in Iran.", null)]
    [TestCase("Iran said the number of its citizens who died in the stampede in Saudi Arabia had risen to 136.", "Iranian")]
    [TestCase("Iran said the number of its citizens who died in the earthquake in Iran had risen to 136.", null)]
    public void CountrysOwnPeopleAbroad_AreItsNationals(string sentence, string? side) =>
        Assert.That(Extracted.Figure(sentence, 136).Side, Is.EqualTo(side));

    // AFP via AsiaOne, 26 September 2015: the measure written after the value it was raised to ("raised to 136 Saturday the
    // number of its people who died") is still the owner's people, as "the number of its people ... rose to 136" is.
    [Test]
    public void MeasureAfterItsValue_CountsTheOwnersPeople()
    {
        var claims = Extracted.Claims("A stampede at the hajj in Saudi Arabia killed 769 pilgrims on Thursday.\n\n" +
                                      "Criticism has also been particularly strident from Saudi Arabia's regional rival Iran, which raised to 136 " +
                                      "Saturday the number of its people who died.");
        var iran = claims.Single(c => c.Low == 136);
        Assert.That((iran.Metric, iran.Side, iran.Claimant), Is.EqualTo(("killed", "Iranian", "Iran")));
    }

    [Test]
    public void BareFigureRightAfterACountOfPeople_CountsWhatItDid_NotTheToll()
    {
        // Newser, May 2011: the camps' people, not the quake's dead.
        var claims = Extracted.Claims("The Haitian government says 316,000 people died in the quake, but it has not explained how it arrived at the official figure.\n\n" +
                                      "The report, commissioned by USAID to help it get an accurate picture of how much rubble remains to be cleared and housing to be rebuilt, " +
                                      "estimates that 375,000 people are still in temporary resettlement camps in the capital. The UN estimates there are 680,000.");
        Assert.That(claims.Single(c => c.Low == 680000).Metric, Is.EqualTo(claims.Single(c => c.Low == 375000).Metric));
        Assert.That(claims.Single(c => c.Low == 680000).Metric, Is.Not.EqualTo("killed"));
    }
}
