using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Where people come from is no place of what happened to them ("five from Iran, four each from China and Russia"); a photo's caption
/// places the story only when nothing else does; a place right before "with" and a figure is that figure's; a town that "reports" is
/// where, not who, and a named storm what happened; a capital's dateline under a headline naming its country is where the wire filed; and a paragraph's national scope carries to its later counts. Sentences from real news.
/// </summary>
public sealed class CaptionsOriginsAndListedPlacesTests
{
    private static readonly DateOnly Published = new(2022, 10, 31);

    // The Sun Daily (Bernama), 31 October 2022.
    private const string Itaewon =
        "SEOUL: At least 154 people were killed in a crowd crush in Seoul's Itaewon district on Saturday night, officials said.\n\n" +
        "The 26 foreign victims include five from Iran, four each from China and Russia, two from the United States, two from Japan, and one each from France, Australia and Norway, officials said.";

    [Test]
    public void VictimsFromAbroad_AreNotPlacedInTheirCountries()
    {
        var breakdown = Extracted.Claims(Itaewon, published: Published).Where(c => c.Low is 5 or 4 or 2).ToList();
        Assert.That(breakdown.Select(c => c.Location), Has.None.AnyOf("Iran", "China and Russia", "United States", "Japan"));
    }

    [Test]
    public void OfficialsListingVictimsFromAbroad_SpeakForNoneOfTheirCountries() =>
        Assert.That(Extracted.Claims(Itaewon, published: Published).Where(c => c.Low is 4 or 2).Select(c => c.Claimant), Has.None.AnyOf("Russia", "United States"));

    [Test]
    public void EachFigureOfABreakdown_IsOfItsOwnCountrysPeople()
    {
        var claims = Extracted.Claims(Itaewon, published: Published);
        Assert.That((claims.Single(c => c.Low == 5).Side, claims.Single(c => c.Low == 4).Side), Is.EqualTo(("Iranian", (string?)null)));
    }

    // The Express Tribune (AFP), 21 June 2024: a comma that ends the country, not a list of them.
    [Test]
    public void PeopleFromACountry_BeforeTheirSource_AreThatCountrys() =>
        Assert.That(Extracted.Figure("The new deaths reported included 58 from Egypt, according to an Arab diplomat.", 58).Side, Is.EqualTo("Egyptian"));

    // The Express Tribune, 21 June 2024: the event still under way dates no count; "this summer's floods" in October are over.
    [Test]
    public void ThisYearsEvent_LeavesTheCountDatedByTheReport() =>
        Assert.That(Extracted.Figure("The death toll of Pakistani pilgrims in this year’s Hajj hit 58 as the total from around the globe exceeded 1,000, according to an AFP tally.",
            58, published: new DateOnly(2024, 6, 21)).AsOfPrecision, Is.EqualTo("day"));

    [Test]
    public void ThisSummersFloods_StillDateTheirDamage() =>
        Assert.That(Extracted.Figure("ISLAMABAD (AP) — Pakistan's government says the World Bank estimates that this summer's record-breaking floods have caused $40 billion in damages.",
            40e9, published: new DateOnly(2022, 10, 19)).AsOfPrecision, Is.EqualTo("year"));

    // HNGN (AFP), 2 September 2025: the caption names where a picture was taken, the headline where the story is.
    [Test]
    public void APhotosCaption_DoesNotPlaceTheStory()
    {
        const string text = "Indonesia Protests Escalate: 20 Missing, 6 Dead as Anger Mounts Over Police Brutality\n\n" +
                            "Police form a barricade to block protesters in Gorontalo, eastern Indonesia\n\n" +
                            "Police form a barricade to block protesters in Gorontalo, eastern Indonesia AFP\n\n" +
                            "At least 20 people are missing after violent protests, sparked by lavish perks for Indonesian lawmakers, a rights group said on Tuesday.";
        var missing = Extracted.Claims(text, title: "Indonesia Protests Escalate: 20 Missing, 6 Dead as Anger Mounts Over Police Brutality", published: new DateOnly(2025, 9, 2))
            .Last(c => c.Low == 20);
        Assert.That(missing.Location, Is.EqualTo("Indonesia"));
    }

    // CBC News, 26 July 2010: with nothing else to place it, the caption's place is the story's; its own figures are placed there.
    [Test]
    public void APhotosCaption_PlacesWhatNothingElseDoes()
    {
        const string text = "Love Parade deaths probed by prosecutors\n\n" +
                            "A mourner kneels beside candles near the entrance tunnel of the Love Parade in Duisburg, Germany, where 20 people died in a crush of people. ((Mario Vedder/Associated Press))\n\n" +
                            "Prosecutors are investigating whether negligent manslaughter was involved in the deaths of 20 people killed in a crush at the Love Parade techno festival.";
        var claims = Extracted.Claims(text, title: "Love Parade deaths probed by prosecutors", published: new DateOnly(2010, 7, 26));
        Assert.That(claims.Where(c => c.Low == 20).Select(c => c.Location), Is.All.EqualTo("Duisburg"));
    }

    // UPI, 11 November 2013; Metro (AP), 2017: the capital a wire filed from, in the country its headline names, is where the reporter was.
    [Test]
    public void ACapitalsDateline_UnderAHeadlinesCountry_PlacesTheCountrysToll()
    {
        const string text = "Death toll from Typhoon Haiyan rises to 1,744 in Philippines\n\n" +
                            "MANILA, Nov. 11 (UPI) -- The death toll from Typhoon Haiyan rose to 1,744 Monday as Philippine President Benigno Aquino III declared \"a state of national calamity.\"";
        var toll = Extracted.Claims(text, title: "Death toll from Typhoon Haiyan rises to 1,744 in Philippines", published: new DateOnly(2013, 11, 11)).Last(c => c.Low == 1744);
        Assert.That(toll.Location, Is.EqualTo("Philippines"));
    }

    // Control, written for the test: with no country in the headline, the capital's dateline still places the figure.
    [Test]
    public void ACapitalsDateline_UnderAHeadlineWithoutACountry_PlacesTheFigure() =>
        Assert.That(Extracted.Claims("Fire kills 12\n\nMANILA, Nov. 11 (UPI) -- A fire killed 12 people on Monday.", title: "Fire kills 12").Last(c => c.Low == 12).Location,
            Is.EqualTo("Manila"));

    // The Hill, 2021; GMA News, November 2025: "X with N" in a list of places.
    [Test]
    public void APlaceRightBeforeWithAndAFigure_IsThatFigures()
    {
        var claims = Extracted.Claims("The update stated that Texas's most populated county, Harris County, had the most deaths in the state related to the cold snap with 43, " +
                                      "followed Travis County with 28 deaths and Dallas County with 20 deaths.");
        Assert.That((claims.Single(c => c.Low == 28).Location, claims.Single(c => c.Low == 20).Location), Is.EqualTo(("Travis County", "Dallas County")));
    }

    // E! Online, 26 May 2022: a town is where a shooting was, never who says how deadly it was.
    [Test]
    public void ATownThatIsSaidToBeSomething_IsNoSource() =>
        Assert.That(Extracted.Figure("Uvalde is now said to be the second-deadliest shooting ever at a K-12 school in the U.S., trailing only the Dec. 14, 2012, attack at " +
                                     "Sandy Hook Elementary School in Newtown, Conn., in which 26 people were killed.", 26).Claimant, Is.Not.EqualTo("Uvalde"));

    // Jamaica Observer headline, October 2025: a named storm is what happened, never who says so; an event's officials still speak.
    [Test]
    public void ANamedStorm_IsNoSource() =>
        Assert.That(Extracted.Figure("Four deaths from Hurricane Melissa confirmed in Jamaica", 4).Claimant, Is.EqualTo("unattributed"));

    [Test]
    public void FireOfficials_StillSpeak() =>
        Assert.That(Extracted.Figure("Fire officials said 12 people were killed.", 12).Claimant, Is.EqualTo("Fire officials"));

    // Mirage News (Human Rights Watch), September 2025: after a sentence across the country, the paragraph's toll is the country's.
    [Test]
    public void AParagraphsNationalScope_PlacesItsLaterToll()
    {
        const string text = "Indonesia: End protester crackdown\n\n" +
                            "Protests erupted on August 25 in Jakarta over recently announced benefits for members of parliament. After a video of a police armored vehicle " +
                            "fatally crushing a gig motorcycle driver spread on social media, the protests widened to nearly 50 cities across the country, turning violent in some places. " +
                            "Activists have reported that at least 10 people have died, hundreds have been injured, and 20 are missing.";
        Assert.That(Extracted.Claims(text, title: "Indonesia: End protester crackdown", published: new DateOnly(2025, 9, 4)).Single(c => c.Low == 10).Location, Is.EqualTo("Indonesia"));
    }
}
