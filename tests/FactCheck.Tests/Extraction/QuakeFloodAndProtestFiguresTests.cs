using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Who gave a figure, where and as of when, in the reporting of the Herat earthquakes (2023), the Myanmar earthquake (2025), the Valencia
/// floods (2024), the Belgrade protest of 15 March 2025 and the gilets jaunes protests (2018). Sentences from real news.
/// </summary>
public sealed class QuakeFloodAndProtestFiguresTests
{
    // News-Pravda (Balkan edition), 15 March 2025: each bracket names the source of the figure before it.
    [TestCase(88000, "army")]
    [TestCase(107000, "police")]
    public void SourceInBracketsAfterAFigure_IsThatFiguresSource(double low, string source)
    {
        var claim = Extracted.Figure("According to various estimates, from 88,000 (according to the army) to 107,000 (according to the police) people " +
                                     "took part in the protests.", low);
        Assert.That(claim.Claimant, Is.EqualTo(source));
    }

    // Adapted from the same construction: a bracket with a figure of its own gives that figure, not the one before it.
    [Test]
    public void BracketWithAFigureOfItsOwn_LeavesTheFigureBeforeItToTheSentencesSource() =>
        Assert.That(Extracted.Figure("Police said some 20,000 people (according to organisers, 50,000) marched in Paris.", 19000).Claimant,
            Is.EqualTo("Police"));

    // Archyworldys after franceinfo, 8 December 2018: the square the interior ministry stands on is where he spoke from, not who he is.
    [Test]
    public void SquareASpeakerSpeaksFrom_IsNotTheSource()
    {
        var claim = Extracted.Figure("\"There were 1,385 arrests, as I speak, and this figure will progress further. There were 975 police custody " +
                                     "and this figure will continue to grow, \"said the minister from Place Beauvau.", 1385);
        Assert.That(claim.Claimant, Is.EqualTo("minister"));
    }

    // The National, 8 October 2023: "have killed" counts up to the day the administration spoke, not the day the earthquakes struck.
    [TestCase(2000)]
    [TestCase(9000)]
    public void PerfectVerbAfterAnEarthquakesDay_IsAsOfTheStatement(double low)
    {
        var claim = Extracted.Claims("Powerful earthquakes that struck western Afghanistan on Saturday have killed more than 2,000 people and injured " +
                                     "more than 9,000, the Taliban administration said on Sunday.", published: new DateOnly(2023, 10, 8)).Single(c => c.Low == low);
        Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2023, 10, 8)));
    }

    // Al Jazeera, 31 October 2024: "the region of Valencia" is the Valencian Community, not the city.
    [Test]
    public void RegionOfANameTheGazetteerHoldsAsACity_IsTheRegion()
    {
        var claim = Extracted.Figure("The body coordinating rescue work in the eastern region of Valencia announced on Thursday that 155 bodies had " +
                                     "been recovered there.", 155);
        Assert.That(claim.PlacePath, Is.EqualTo("Spain > Valencian Community"));
    }

    // Al Jazeera, 31 October 2024: "in central Spain" says where Castilla-La Mancha is; the officials' two deaths are Castilla-La Mancha's.
    [Test]
    public void PlaceFollowedByInAndThePlaceHoldingIt_IsThatPlace()
    {
        var claim = Extracted.Figure("Officials in Castilla-La Mancha in central Spain reported two deaths, and Andalusia in the south announced one.", 2);
        Assert.That(claim.PlacePath, Is.EqualTo("Spain > Castile-La Mancha"));
    }

    // Hindustan Times after AFP, March 2025: "the capital Bangkok" names its capital, whatever country the story is set in.
    [Test]
    public void CapitalNamedAfterTheWord_IsThatCity()
    {
        var claims = Extracted.Claims("A 7.7-magnitude earthquake struck central Myanmar on Friday, the military government said in Naypyidaw.\n\n" +
                                      "The earthquake too hit Thailand, killing eight people in the capital Bangkok, where a high-rise under construction " +
                                      "building collapsed.", published: new DateOnly(2025, 3, 28));
        Assert.That(claims.Single(c => c.Low == 8).PlacePath, Is.EqualTo("Thailand > Bangkok"));
    }

    // Amu TV, 9 October 2023; Hindustan Times after AFP, 11 October 2023.
    [TestCase("The Taliban-run State Ministry for Disaster Management issued new casualty figures on Monday saying at least 4,000 people were " +
              "either dead or injured as a result of Saturday’s deadly earthquake in Herat province.", 4000, "killed or wounded")]
    [TestCase("\"We have over 1,000 people martyred from the first incident,\" Ebad told reporters in Kabul.", 1000, "killed")]
    [TestCase("According to UNOCHA, over 550 people are still being treated in Herat Provincial Hospital, and 250 have been declared dead by the " +
              "hospital.", 550, "wounded")]
    public void CasualtyWordsOfQuakeReports_NameTheMetric(string sentence, double low, string metric) =>
        Assert.That(Extracted.Figure(sentence, low).Metric, Is.EqualTo(metric));

    // Archyworldys after franceinfo, 8 December 2018: the ministry's square is where the minister spoke, not where the arrests were.
    [Test]
    public void SquareAfterAnInvertedSourceItSpokeFrom_IsNotWhereItsFigureIs()
    {
        var claims = Extracted.Claims("Some 125,000 demonstrators marched in France on Saturday, during the fourth major day of mobilization of \"Yellow vests,\" " +
                                      "said the Interior Minister Christophe Castaner around 20:00.\n\n" +
                                      "\"There were 1,385 arrests, as I speak, and this figure will progress further. There were 975 police custody and this figure " +
                                      "will continue to grow, \"said the minister from Place Beauvau.", published: new DateOnly(2018, 12, 8));
        Assert.That(claims.Single(c => c.Low == 975).Location, Is.EqualTo("France"));
    }

    // DVB, 30 March 2025: a participle after the predicate reports for the sentence's subject; "regime" heads a source.
    [TestCase(1644)]
    [TestCase(3408)]
    public void ParticipleStatingAfterTheRegimesPredicate_IsTheRegimes(double low)
    {
        var claim = Extracted.Figure("The regime updated its death toll on Saturday stating that 1,644 bodies have been recovered, 3,408 people have been " +
                                     "injured, and 139 people are still missing, in one of the most powerful earthquakes to hit Burma since 1912.", low);
        Assert.That(claim.Claimant, Is.EqualTo("regime"));
    }

    // The Daily Beast, 29 March 2025: models by an agency are that agency's.
    [Test]
    public void ModelsByAnAgency_AreTheAgencys()
    {
        var claim = Extracted.Figure("The estimated death toll from a 7.7-magnitude earthquake Friday that was centered in Myanmar, but which led to casualties " +
                                     "in neighboring countries as well, is likely to be at least 10,000, according to models by the United States Geological Survey.", 10000);
        Assert.That(claim.Claimant, Is.EqualTo("United States Geological Survey"));
    }

    // Newslink Ghana after AP, 6 July 2025: people officials cannot account for are missing.
    [Test]
    public void PeopleOfficialsCannotAccountFor_AreMissing() =>
        Assert.That(Extracted.Figure("In addition to the dead, officials have not been able to account for 41 people in various parts of the state, according " +
                                     "to Abbott, who noted that figure may underrepresent how many people are truly missing.", 41).Metric, Is.EqualTo("missing"));

    // The Center Square, 13 July 2025: a count that "is up to" a figure stands at it; a toll that "could be up to" one is capped by it.
    [Test]
    public void CountThatIsUpToAFigure_IsThatFigure()
    {
        var claim = Extracted.Figure("(The Center Square) – The latest death count from the July 4 flash flood event in Texas is up to 129 with more than " +
                                     "170 people still missing.", 129);
        Assert.That((claim.Low, claim.High), Is.EqualTo((129d, 129d)));
    }

    // Adapted: the same words with a modal are a ceiling.
    [Test]
    public void TollThatCouldBeUpToAFigure_IsCappedByIt() =>
        Assert.That(Extracted.Figure("The death toll could be up to 500, officials said.", 500).Low, Is.EqualTo(0));

    // BOOM, 6 June 2023; Global Labour Rights, 1 May 2013: a place and a topic before a headline's colon name the story, not its source.
    [TestCase("Odisha Train Tragedy: Death Toll Touches 278, CBI Reaches Balasore To Investigate", 278)]
    [TestCase("Bangladesh Update: Rana Plaza Death Toll Reaches 511", 511)]
    public void PlaceAndTopicBeforeAHeadlinesColon_AreNoSource(string headline, double low) =>
        Assert.That(Extracted.Claims(headline).Single(c => c.Low == low).Claimant, Is.EqualTo(Claim.Unattributed));

    // Babel, September 2023; The Times of Israel, October 2023: a day of a month between a toll and its figure is no other figure
    // the toll could be of.
    [TestCase("The death toll from the powerful earthquake in Morocco on September 8 has reached 2 946, and the number of injured has risen to 5 674.", 2946)]
    [TestCase("Hamas has asserted that the death toll in Gaza since the war began with its October 7 massacres in Israeli communities has hit 5,700 " +
              "people, a figure that cannot be verified.", 5700)]
    public void TollOpeningTheSentenceBeforeADayOfAMonth_IsTheFiguresMetric(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).Metric, Is.EqualTo("killed"));

    // WTOP after AP, 31 October 2024: a "where" clause says its figure is of the place it opens on, not of the city named before it.
    [Test]
    public void FigureInAWhereClause_IsOfThePlaceTheClauseOpensOn()
    {
        var claims = Extracted.Claims("Cars piled on one another like broken toys, uprooted trees, downed power lines and household items all mired in a layer of " +
                                      "mud covered the streets of Barrio de la Torre, a suburb of Valencia, just one of dozens of localities in the hard-hit region " +
                                      "of Valencia, where 92 people died between late Tuesday and Wednesday morning.");
        Assert.That(claims.Single(c => c.Low == 92).PlacePath, Is.EqualTo("Spain > Valencian Community"));
    }

    // Reuters, December 2017: a "where" clause after a town and its state is the town's.
    [Test]
    public void FigureInAWhereClauseAfterATownAndItsState_IsTheTowns()
    {
        var claim = Extracted.Figure("Rubashkin was convicted in 2009 of 86 counts of financial fraud that came to light after a government raid on a kosher " +
                                     "meatpacking plant in Postville, Iowa, where hundreds of undocumented immigrant workers were arrested.", 200);
        Assert.That(claim.Location, Is.EqualTo("Postville"));
    }

    // The Times of Israel, October 2023: the country an explosion is blamed on is not where its dead were.
    [Test]
    public void CountryABlastIsBlamedOn_IsNotWhereItsDeadWere()
    {
        var claims = Extracted.Claims("Hamas has asserted that the death toll in Gaza since the war began with its October 7 massacres in Israeli communities " +
                                      "has hit 5,700 people, a figure that cannot be verified. That figure includes the 471 people Hamas said were killed in an " +
                                      "explosion at a hospital last week which it blames on Israel, although widely endorsed Israeli evidence has made it clear a " +
                                      "failed Islamic Jihad rocket was to blame.", published: new DateOnly(2023, 10, 24));
        Assert.That(claims.Single(c => c.Low == 471).PlacePath, Is.EqualTo("Palestine > Gaza Strip"));
    }

    // Archyworldys after franceinfo, 8 December 2018: "Saturday, December 1" is the week before's Saturday, not the report's own.
    [TestCase(201)]
    [TestCase(284)]
    public void WeekdayWithItsDateAfterAComma_IsThatDate(double low)
    {
        var claim = Extracted.Claims("Figures to compare the 201 wounded side demonstrators and 284 side law enforcement Saturday, December 1, he noted.",
            published: new DateOnly(2018, 12, 8)).Single(c => c.Low == low);
        Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2018, 12, 1)));
    }

    // Pajhwok via MENAFN, 8 October 2023: "and the toll may further rise" forecasts the toll, not the houses counted before it.
    [Test]
    public void FigureBeforeAndTheTollMayRise_IsAsserted() =>
        Assert.That(Extracted.Figure("He said 1,320 houses completely damaged and the rescue operation is still underway in the affected areas and the toll " +
                                     "may further rise.", 1320).Modality, Is.EqualTo(Modality.Asserted));

    // Adapted from the same construction: a toll given, then "the toll could rise".
    [Test]
    public void TollBeforeAndTheTollCouldRise_IsAsserted() =>
        Assert.That(Extracted.Figure("Officials said 2,053 people were killed and the toll could rise further.", 2053).Modality, Is.EqualTo(Modality.Asserted));
}
