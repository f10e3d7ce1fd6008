using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// One disaster across a border and across the lines of a war: each country's toll, the toll of the areas one side holds, and the
/// total of both. Sentences from the reporting of the February 2023 Turkey-Syria earthquakes.
/// </summary>
public sealed class CrossBorderTollsTests
{
    // Wontumi Online (after CNN), 11 February 2023: the last country of a list a preposition opened does not act.
    [Test]
    public void TollInTwoCountriesNamedTogether_IsPlacedInBoth() =>
        Assert.That(Extracted.Figure("The death toll in Turkey and Syria has exceeded 24,000.", 24000).Location, Is.EqualTo("Turkey and Syria"));

    // UPI, 12 February 2023; CNN, 10 February 2023; Wontumi Online, 11 February 2023.
    [TestCase("The death toll in areas of Syria held by rebel forces rose to 2,168, according to the White Helmets -- a volunteer aid organization " +
              "that operates in the northwest region of the country.", 2168)]
    [TestCase("The Syrian Health Ministry said in a statement late Sunday that the death toll in parts of the country controlled by the government " +
              "of Bashar al-Assad has risen to 1,414 deaths with 2,349 injuries reported.", 1414)]
    [TestCase("In Syria, the total number of dead stands at 3,513, including 2,166 in rebel-held areas in the northwest of the country, according to " +
              "the 'White Helmets' civil defense – and 1,347 deaths in government-controlled parts of Syria, according to Syrian state media.", 1347)]
    [TestCase("In the government-controlled Syria, state media reported 1,347 deaths and 2,295 injured.", 1347)]
    public void TollOfTheAreasOneSideHolds_IsAPartOfTheCountrys(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).PartOfGroup, Is.True);

    // DW, 11 February 2023; CNN, 10 February 2023: both sides' areas together are the whole; a town one side holds is all of that town.
    [TestCase("In neighboring Syria, the death toll in government and opposition-held areas stands at 3,553.", 3553)]
    [TestCase("In Syria, the total number of dead stands at 3,513, including 2,166 in rebel-held areas in the northwest of the country, according to " +
              "the 'White Helmets' civil defense – and 1,347 deaths in government-controlled parts of Syria, according to Syrian state media.", 3513)]
    public void TollOfAllAreas_IsTheWhole(string sentence, double low) =>
        Assert.That(Extracted.Figure(sentence, low).PartOfGroup, Is.False);

    // Wontumi Online, 11 February 2023: a headline naming both countries in one hyphenated word; the body's "in Turkey and Syria" is the
    // same pair of places.
    [Test]
    public void HyphenatedPairOfCountries_IsBoth_AsTheSamePairJoinedByAnd()
    {
        var claims = Extracted.Claims("Turkey-Syria Earthquake Death Toll Crosses 24,000\n\nThe death toll in Turkey and Syria has exceeded 24,000.",
            "Turkey-Syria Earthquake Death Toll Crosses 24,000");
        Assert.That(claims.Select(c => c.PlacePath).Distinct(), Is.EqualTo(new[] { "Syria & Turkey" }));
    }

    // DW, 11 February 2023: two countries with a dash between open a headline, no dateline; a name that is also a common word
    // ("Turkey") is a place beside a plain one, with or without a preposition.
    [TestCase("Turkey – Syria earthquakes: Death toll passes 24,000")]
    [TestCase("More than 24,000 people have been confirmed dead after the Turkey and Syria earthquakes.")]
    [TestCase("More than 24,000 people have been confirmed dead after the Syria and Turkey earthquakes.")]
    public void TwoCountriesJoinedByADashOrAnd_AreBoth(string sentence) =>
        Assert.That(Extracted.Figure(sentence, 24000).PlacePath, Is.EqualTo("Syria & Turkey"));

    // A dateline still opens with a place and a dash, when what follows is of another kind ("Kyiv – Ukraine said ..." is one too, but a
    // government's toll under it is its country's: WhereSourcesSpokeOrAreBasedTests).
    [Test]
    public void CityThenSourceAfterADash_IsStillADateline() =>
        Assert.That(Extracted.Figure("Kyiv – Rescuers said on Monday that 20 people were killed.", 20).LocationFrom, Is.EqualTo("dateline"));

    [Test]
    public void CityThenCountryAfterADash_IsADatelineWhoseCountrySpeaks() =>
        Assert.That(Extracted.Figure("Kyiv – Ukraine said on Monday that 20 people were killed.", 20).Location, Is.EqualTo("Ukraine"));

    // UPI, 12 February 2023: "the country" in what a country's ministry says is that ministry's country, not the one the story named last.
    [Test]
    public void TheCountryInWhatACountrysMinistrySays_IsThatCountry()
    {
        var claim = Extracted.Figure(
            "Turkey's Ministry of Interior Disaster and Emergency Management said in a statement that the death toll in Turkey has risen to 29,605.\n\n" +
            "The Syrian Health Ministry said in a statement late Sunday that the death toll in parts of the country controlled by the government of " +
            "Bashar al-Assad has risen to 1,414 deaths with 2,349 injuries reported.", 2349);
        Assert.That(claim.Location, Is.EqualTo("Syria"));
    }

    // Wontumi Online (after CNN), 11 February 2023: the toll a rising toll has passed is another earthquake's, years before.
    [Test]
    public void TollOfAnEarlierEarthquakeARisingTollPassed_IsOfThatYear()
    {
        var claim = Extracted.Figure("In Turkey, the earthquake disaster is the most powerful to hit the country since 1939, and has surpassed the death " +
                                     "toll of 17,000 from an earthquake in 1999.", 17000);
        Assert.That((claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo(((DateOnly?)new DateOnly(1999, 1, 1), "year")));
    }

    // CNN, 10 February 2023: the words of the figure's clause before the source's article ("reported injured") are no part of the source,
    // which is kept as written.
    [Test]
    public void WordsBeforeTheSourcesArticle_AreNoPartOfIt() =>
        Assert.That(Extracted.Figure("In Turkey, the death toll rose to 20,318 with 80,052 reported injured the country's disaster agency said Friday.", 80052).Claimant,
            Is.EqualTo("country's disaster agency"));
}
