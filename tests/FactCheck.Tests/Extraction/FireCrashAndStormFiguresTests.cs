using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// What a figure counts, and whether it is the whole toll, in the reporting of the Kocani nightclub fire (2025), the Kunar
/// earthquake (2025), Cyclone Freddy (2023), the Gen Z protests in Nepal (2025), the Air India 171 crash (2025) and Hurricane Melissa (2025). Sentences from real news.
/// </summary>
public sealed class FireCrashAndStormFiguresTests
{
    // WSOC-TV after AP, 8 April 2025: the agency between two dashes is part of the dateline, so the sentence still opens on its measure.
    [Test]
    public void AgencyBetweenDashesAfterADateline_LeavesTheOpeningMeasureToTheFigure()
    {
        var claim = Extracted.Figure("SKOPJE, North Macedonia — (AP) — The death toll from last month's deadly nightclub fire in North Macedonia has " +
                                     "risen to 61 after a second critically injured victim died while receiving treatment in Lithuania, authorities said.", 61);
        Assert.That((claim.Metric, claim.Claimant), Is.EqualTo(("killed", "authorities")));
    }

    // Devdiscourse, 16 March 2025: the critically injured are some of the 148 in hospital, not another count of the injured.
    [Test]
    public void CriticallyInjuredAfterATotal_IsPartOfTheGroup() =>
        Assert.That(Extracted.Figure("Health Minister Arben Taravari reported that 148 victims are hospitalized across various towns, with 20 critically injured.", 20)
            .PartOfGroup, Is.True);

    // WSOC-TV after AP, 8 April 2025: those still in hospital are some of the injured.
    [Test]
    public void InjuredWhoRemainInHospital_ArePartOfTheGroup() =>
        Assert.That(Extracted.Figure("Seven injured victims remain hospitalized in North Macedonia, while 64 others are being treated abroad, " +
                                     "Health Minister Arben Taravari said.", 7).PartOfGroup, Is.True);

    // Hürriyet Daily News after AFP, 2 September 2025: "could impact" is the main clause's forecast; the relative clause's toll is asserted.
    [Test]
    public void ModalAfterARelativeClausesFigure_ForecastsTheMainClauseOnly()
    {
        var claims = Extracted.Claims("The United Nations Tuesday said the earthquake in eastern Afghanistan that has killed more than 900 people could " +
                                      "impact \"hundreds of thousands\" and warned of an \"exponential\" rise in casualties.", published: new DateOnly(2025, 9, 2));
        var killed = claims.Single(c => c.Low == 900);
        var affected = claims.Single(c => c.Low == 200000);
        Assert.That((killed.Metric, killed.Modality, affected.Metric, affected.Modality),
            Is.EqualTo(("killed", Modality.Asserted, "affected", Modality.Projection)));
    }

    // Yemen Daily News after AFP, 18 March 2023: the people an agency vows to assist are not a count of all those affected.
    [Test]
    public void ParticipleAfterTheCountedNoun_YieldsToTheVerbWhoseObjectTheFigureIs()
    {
        var claim = Extracted.Figure("\"We are ramping up as quickly as we can under the circumstances,\" he added in a statement, vowing to assist around " +
                                     "130,000 people affected by the \"tragic\" situation.", 123500);
        Assert.That(claim.Metric, Is.EqualTo("assisted"));
    }

    // Adapted: the same construction with a casualty verb.
    [Test]
    public void PeopleRescuedWhoWereTrapped_AreRescued() =>
        Assert.That(Extracted.Figure("Firefighters rescued 30 people trapped in the rubble.", 30).Metric, Is.EqualTo("rescued"));

    // Yemen Daily News after AFP, 18 March 2023.
    [Test]
    public void StormThatAffectsPeople_CountsTheAffected() =>
        Assert.That(Extracted.Figure("Cyclone Freddy affects 500,000 people in Malawi: UN", 500000).Metric, Is.EqualTo("affected"));

    // Reuters 2017: "may need" is the main clause's; the relative clause states the majority Republicans have.
    [Test]
    public void ModalAfterARelativeClauseSetOffByCommas_LeavesItsFigureAsserted() =>
        Assert.That(Extracted.Claims("Republicans, who have a slim 52-48 majority in the Senate, also may need support from Democrats to pass their version.")
            .Single(c => c.Low == 52).Modality, Is.EqualTo(Modality.Asserted));

    // Dhaka Tribune, 12 September 2025; The Kathmandu Post, 8 September 2025: the protests are where and how people died, not a turnout.
    [TestCase("Death toll from Nepal protest violence rises to 51", 51)]
    [TestCase("In Sunsari, 2 protesters shot during demonstrations in Itahari also succumbed to injuries, taking the nationwide toll to 19.", 2)]
    [TestCase("The crackdown followed days of violent anti-government demonstrations that claimed at least 19 lives in police firing.", 19)]
    public void DeathsAtAProtest_AreKilledNotTurnout(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).Metric, Is.EqualTo("killed"));

    // Adapted: a protest that draws people still counts its turnout.
    [Test]
    public void ProtestThatDrawsPeople_CountsItsTurnout() =>
        Assert.That(Extracted.Figure("The protests drew more than 100,000 people across France.", 100000).Metric, Is.EqualTo("participated"));

    // TAG24 after AFP, June 2025: the 242 are those on board, of whom all but one were killed; the killed are not 242.
    [Test]
    public void DefiniteWholeBeforeAPartsVerb_CountsTheWholeNotWhatHappenedToThePart() =>
        Assert.That(Extracted.Figure("All but one of the 242 people on board the Boeing 787-8 Dreamliner were killed when the Air India plane smashed into " +
                                     "a residential area.", 242).Metric, Is.EqualTo("aboard"));

    // Maclean's after The Canadian Press: the relative clause is the whole's own; "a total of" is no part.
    [TestCase("About 1,200 of the roughly 2,000 people who were forced from their homes on the weekend were given the green light to return.", 1900, "displaced")]
    [TestCase("A total of 3,000 people were evacuated.", 3000, "evacuated")]
    public void WholeWithAVerbOfItsOwn_KeepsIt(string sentence, double low, string metric) =>
        Assert.That(Extracted.Figure(sentence, low).Metric, Is.EqualTo(metric));

    // TAG24 after AFP, June 2025: the remains flown home are some of the dead, not a toll of their own.
    [Test]
    public void RemainsFlownToFamilies_ArePartOfTheToll() =>
        Assert.That(Extracted.Figure("The remains of 26 victims were flown to their families, including 10 to the UK.", 26).PartOfGroup, Is.True);

    // The Star (Jamaica), 30 October 2025: Tuesday dates the three deaths before the storm's passage, not the dozen linked to it since.
    [Test]
    public void DateInAPartsRelativeClause_IsThePartsOnly()
    {
        var claims = Extracted.Claims("Nearly a dozen deaths have been linked to Hurricane Melissa in Jamaica, three of which are said to have occurred before " +
                                      "the storm's passage on Tuesday.", published: new DateOnly(2025, 10, 30));
        Assert.That((claims.Single(c => c.Low > 11).AssertedOn, claims.Single(c => c.Low == 3).AssertedOn),
            Is.EqualTo(((DateOnly?)new DateOnly(2025, 10, 30), (DateOnly?)new DateOnly(2025, 10, 28))));
    }

    // The Standard (Kenya) after AFP, 27 November 2025, and Yemen Daily News (AFP): an agency in brackets is the outlet whose copy it is,
    // a country only tells one Standard from another.
    [TestCase("The Standard (Kenya)", "The Standard")]
    [TestCase("Yemen Daily News (AFP)", "AFP")]
    public void OutletInBrackets_IsTheOutletUnlessItIsAPlace(string publisher, string outlet)
    {
        var document = Some.Document("Over 250 missing after Hong Kong's deadliest blaze in decades") with { Publisher = publisher };
        Assert.That(new ClaimExtractor(Some.Lexicon).Extract(document).Single().Publisher, Is.EqualTo(outlet));
    }

    // The Star (Jamaica), 30 October 2025: "yesterday" closes the passive's agent; "a report released on Tuesday by the Congressional Budget
    // Office" goes on past its day.
    [TestCase("Four deaths were confirmed by the Government yesterday, while a Member of Parliament said another four have occurred in his constituency.", 4, "Government")]
    [TestCase("The deficit would grow by $1.5 trillion, according to a report released on Tuesday by the Congressional Budget Office.", 1500000000000, "Congressional Budget Office")]
    public void TimeClosingAnAgent_IsNoPartOfTheSource(string sentence, double low, string source) =>
        Assert.That(Extracted.Figure(sentence, low).Claimant, Is.EqualTo(source));

    // Hindustan Times after PTI, 13 June 2025: a headline's ", say police officers" names its source, as ", says X" does.
    [Test]
    public void HeadlineEndingInSayAndTwoSourceNouns_IsAttributedToThem() =>
        Assert.That(Extracted.Figure("Ahmedabad plane crash: 265 bodies brought to civil hospital after Air India crash, say police officers", 265).Claimant,
            Is.EqualTo("police officers"));

    // TAG24 after AFP, June 2025: a nationality alone after a figure is who was counted, not where; "three Sri Lankan churches" (Reuters,
    // 21 April 2019) are in Sri Lanka.
    [TestCase(49, "British")]
    [TestCase(7, "Portuguese")]
    public void NationalityAloneAfterAFigure_IsItsSideAndNoPlace(double low, string side)
    {
        var claim = Extracted.Figure("The dead include 176 Indians, 49 British, seven Portuguese and 12 identified publicly only as non-passengers.", low);
        Assert.That((claim.Side, claim.Location), Is.EqualTo((side, (string?)null)));
    }

    [Test]
    public void CountryAdjectiveBeforeTheCountedNoun_StillPlacesTheFigure() =>
        Assert.That(Extracted.Figure("Easter Day bomb blasts at three Sri Lankan churches and three hotels killed more than 20 people.", 3).Location,
            Is.EqualTo("Sri Lanka"));
}
