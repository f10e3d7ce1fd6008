using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Places a figure's sentence refers to without naming them ("this impoverished country", "in the capital", "in the city", "the
/// former Soviet republic of 46 million"), and the scale a national body puts a figure at. Sentences from real news.
/// </summary>
public sealed class PlaceReferenceTests
{
    private static Claim Figure(string text, double low) => Extracted.Figure(text, low);

    [Test]
    public void ThisCountryOrThisCity_IsThePlaceOfThatKindTheStoryIsAbout()
    {
        // AP, 19 October 2022; CNN, 15 August 2015.
        var country = Extracted.Claims("ISLAMABAD (AP) — Pakistan's government says the World Bank estimates that this summer's record-breaking floods have caused $40 billion in damages in this impoverished country.").Single();
        var city = Extracted.Claims("Huge explosions tore through the port of Tianjin on Wednesday night.\n" +
                                    "Crews searched for an unknown number of civilians and soldiers Saturday who are believed trapped by multiple explosions that killed at least 112 people this week in this eastern Chinese city.").Single(c => c.Low == 112);
        Assert.That((country.Location, city.Location), Is.EqualTo(("Pakistan", "Tianjin")));
    }

    [Test]
    public void TheCapital_IsTheCapitalOfTheCountryTheStoryIsSetIn_ForTheFigureItIsNearest()
    {
        // Sputnik, 2019: the part in the capital is in Paris; the total across the country stays France's.
        var claims = Extracted.Claims("Yellow vest protests continued in France on Saturday for a 29th week.\n" +
                                      "The French interior Ministry informed that about 9,5 thousand people, including 1,5 thousand people in the capital, took part in the actions across the country.");
        Assert.That((claims.Single(c => c.Low == 1500).Location, claims.Single(c => c.Low == 9025).Location), Is.EqualTo(("Paris", "France")));
    }

    [Test]
    public void CityAPlaceHolds_IsTheCityTheDocumentNamedThere()
    {
        // Reuters, 2 November 2017.
        var claims = Extracted.Claims("NEW YORK (Reuters) - Islamic State has claimed responsibility for a truck attack that killed eight people in New York City.\n" +
                                      "In a day of harsh recriminations over Tuesday's attack that killed eight people in America's largest city, Trump appeared to assign some blame.");
        Assert.That(claims.Select(c => c.Location), Is.EqualTo(new[] { "New York City", "New York City" }));
    }

    // Reuters, 22 February 2014; Reuters, 2 November 2017; Reuters, 2017.
    [TestCase("KIEV (Reuters) - Protesters took control of government buildings in Kiev on Saturday.\nThe apparent toppling of the pro-Russian leader looks likely to dramatically alter the future of the former Soviet republic of 46 million people, pulling it closer to Europe.", 46e6, "Ukraine")]
    [TestCase("PATERSON, N.J. (Reuters) - The New Jersey city of Paterson was the perfect place for the suspect in the New York City truck attack to go largely unnoticed.\nWith one of the largest Muslim populations in the United States, the city of nearly 150,000 boasts more than a half dozen mosques.", 142500, "Paterson")]
    [TestCase("In Galesburg, Illinois, a city of 30,000, 23-year-old Chris King lost an alderman's race earlier this year.", 30000, "Galesburg")]
    public void PopulationOfAnUnnamedCountryOrCity_IsOfThePlaceTheStoryIsAbout(string text, double low, string place) =>
        Assert.That(Figure(text, low).Location, Is.EqualTo(place));

    [Test]
    public void PartOfAGroupCountedBefore_IsWhereThatGroupIs()
    {
        // Reuters, 6 December 2017.
        var claims = Extracted.Claims("WASHINGTON (Reuters) - The country's fight over gun ownership has grown more heated since a single person killed 58 people at a music festival in Las Vegas, Nevada.\n" +
                                      "Police in Las Vegas are still investigating the shooting.\n" +
                                      "So far this year, 14,412 people have died in firearm-related incidents in the United States, according to the Gun Violence Archive. About 8 percent of them were children and teenagers. " +
                                      "The board keeps at least four of those seats filled.");
        Assert.That(claims.Select(c => c.Location), Is.EqualTo(new[] { "Las Vegas", "United States", "United States", "Las Vegas" }),
            "'of them' is the group before; 'of those seats' is no such part");
    }

    [Test]
    public void NationalBodyWithWhoHoldsIt_PutsTheFigureInTheCountry()
    {
        // Reuters, 6 December 2017: the House's vote, not the shooting's city the story began with.
        var claim = Figure("WASHINGTON (Reuters) - The fight over gun ownership has grown since a single person killed 58 people at a music festival in Las Vegas, Nevada.\n" +
                           "On a vote of 231 to 198, the Republican-led House approved the Concealed Carry Reciprocity Act.", 231);
        Assert.That(claim.Location, Is.EqualTo("United States"));
    }

    [Test]
    public void PlaceOthersBorder_IsNeverTheFiguresPlace_EvenWhenItsSentenceNamesNoOther()
    {
        // AFP, 5 May 2024: the cities are the state's; Uruguay and Argentina are what the state borders.
        var claim = Figure(
            "The storms and flooding in the southern state of Rio Grande do Sul have killed at least 78 people.\n" +
            "Flooding has affected more than two-thirds of the nearly 500 cities in the state, which borders Uruguay and Argentina, displacing hundreds of thousands of people.", 475);
        Assert.That(claim.Location, Is.EqualTo("Rio Grande do Sul"));
    }

    [Test]
    public void TheCity_IsTheLastCityNamed_NotTheCountryASourceIsDescribedBy()
    {
        // AP, 23 June 2015 (Karachi heatwave).
        var claims = Extracted.Claims(
            "KARACHI, Pakistan (AP) — A severe heat wave has killed more than 700 people in Karachi, a health official said.\n" +
            "Pakistan's largest charity, Edhi Welfare Organisation, said their two morgues in the city had received more than 400 corpses.\n" +
            "The storm also killed about 170 people elsewhere in the country.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 400).Location, Is.EqualTo("Karachi"));
            Assert.That(claims.Single(c => c.Low > 150 && c.Low < 170).Location, Is.EqualTo("Pakistan"));
        });
    }

    [Test]
    public void TheStateDepartment_PointsBackToNoState() =>
        Assert.That(Figure(
            "Floods in Pakistan have displaced millions.\nAid to Pakistan has been slow.\nThe heat wave in Sindh province is easing.\n" +
            "About 12 aid workers have been sent, according to the State Department.", 11.4).Location, Is.EqualTo("Pakistan"));

    // WKRN, 13 December 2021: "the state's" before the toll points back to the state the story named, not the town it is filed from.
    [Test]
    public void TheStatesToll_IsTheStates_NotTheTownsTheStoryIsFiledFrom()
    {
        var claim = Extracted.Claims("MAYFIELD, Ky. (WKRN) — Cleanup continues around the Mayfield Consumer Products candle factory after a late-night tornado destroyed the building on December 10. " +
                                     "New aerial footage from Monday shows the massive damage in Mayfield.\n\n" +
                                     "Also on Monday, the Kentucky governor announced the state’s death toll from the storms had risen to 74, 69 of whom have been identified, and at least 109 Kentuckians still missing.")
            .Single(c => c.Low == 74);
        Assert.That((claim.LocationPrecision, claim.Location), Is.Not.EqualTo(("city", "Mayfield")));
        Assert.That(claim.LocationPrecision, Is.EqualTo("region"));
    }

    // The EastAfrican (AFP), 15 March 2023: a national scope opening the sentence, capitalized, is the country's, not the city the paragraph before named.
    [Test]
    public void AcrossTheCountry_OpeningASentence_IsTheCountry()
    {
        var claims = Extracted.Claims("Many people perished in mudslides that washed away homes in the country's commercial capital, Blantyre.\n\n" +
                                      "Across the country, nearly 59,000 people have been affected and more than 19,000 displaced, with many now sheltering in schools and churches.",
            title: "Cyclone Freddy death toll passes 200 in Malawi");
        Assert.That(claims.Where(c => c.Low >= 19000).Select(c => c.Location), Is.All.EqualTo("Malawi"));
    }

    // Onlinekhabar English, 12 September 2025: a national ministry named in full ("the Ministry of Health") counts in its country, not in
    // the city the story is filed from.
    [Test]
    public void AMinistryNamedInFull_CountsInItsCountry_NotTheDatelinesCity() =>
        Assert.That(Extracted.Claims("Kathmandu, September12\n\nThe death toll from the ongoing GenZ protests has reached 36, according to the latest update from the Ministry of Health. " +
                                     "This figure is based on data collected from various hospitals across the country.").Single(c => c.Low == 36).Location, Is.EqualTo("Nepal"));
}
