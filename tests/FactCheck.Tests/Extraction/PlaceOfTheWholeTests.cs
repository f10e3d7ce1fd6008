using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Where a whole group was, when a clause on a part of it names where that part went or a comparison names another place; where each part of a breakdown was. Sentences from real news.</summary>
public sealed class PlaceOfTheWholeTests
{
    // Sarbaz, July 2023: where half of the crowd rallied is not where all of it was; the half itself rallied there.
    private const string Crowd = "Protest organizers say some 400,000 people took to the streets Saturday night across Israel, half of whom rallied on Tel Aviv’s " +
                                 "Kaplan Street near Azrieli Junction, where the government buildings complex is located.";

    [Test]
    public void WholeCrowd_IsWhereTheSentencePutsIt_NotWhereAPartWent() =>
        Assert.That(Extracted.Figure(Crowd, 400000).Location, Is.EqualTo("Israel"));

    [Test]
    public void PartOfTheCrowd_IsWhereItWent() =>
        Assert.That(Extracted.Figure(Crowd, 50).Location, Does.Contain("Kaplan Street"));

    // Slate, January 2017: the place a comparison sets the crowd against is not where it was.
    [Test]
    public void PlaceAComparisonSetsTheFigureAgainst_IsNotItsPlace() =>
        Assert.That(Extracted.Figure("Organizers of the Los Angeles march claimed their numbers rivaled those of the National Mall, saying as many as 750,000 people attended, " +
                                     "although that wasn’t officially confirmed, and police put the number closer to 500,000.", 475000).Location, Is.EqualTo("Los Angeles"));

    // Tuko, July 2024: in a breakdown, each count in brackets is the place named before it, listed in the gazetteer or not.
    [TestCase(4, "Uasin Gishu")]
    [TestCase(17, "Nairobi")]
    public void CountInBracketsAfterAName_IsThatPlaces(double low, string place) =>
        Assert.That(Extracted.Claims("The dead are from Nairobi (17), Nakuru (3), Kajiado (3), Uasin Gishu (4), Kakamega (1), Kisumu (2), Kisii (1), Mombasa (3), and Nandi (1).")
            .Single(c => c.Low == low).Location, Is.EqualTo(place));

    // Webangah News, November 2023; Pledge Times (Estadão), February 2024: a site noun that opens its name, in the city its sentence names.
    [TestCase("About 170,000 demonstrators gathered in Madrid's Plaza de Cibeles on Saturday, according to police.", 170000, "Spain > Community of Madrid > Madrid > Plaza de Cibeles")]
    [TestCase("The demonstration called by former president Jair Bolsonaro (PL) for this Sunday, 25th, on Avenida Paulista, in São Paulo, brought together 600,000 people on " +
              "one of the most important roads in the capital of São Paulo, according to the Public Security Secretariat (SSP).", 600000, "Brazil > São Paulo state > São Paulo > Avenida Paulista")]
    public void SiteWhoseNounOpensItsName_LiesInTheCityItsSentenceNames(string sentence, double low, string path) =>
        Assert.That(Extracted.Figure(sentence, low).PlacePath, Is.EqualTo(path));

    // Essanews, November 2023: a square once named in its city stays there when later figures are placed at it.
    [Test]
    public void SiteOnceNamedInItsCity_StaysThere() =>
        Assert.That(Extracted.Claims("On Saturday morning, Plaza de Cibeles in Madrid overflowed with crowds as thousands once again expressed their opposition to the proposed amnesty.\n\n" +
                                     "This past Saturday saw yet another colossal demonstration in the capital. Hundreds of thousands armed with Spanish and European Union flags " +
                                     "assembled at Plaza de Cibeles.\n\nThe organizers estimated over a million participants in the march, however, the authorities reported a number closer to 170,000.")
            .Single(c => c.Low < 170000 && c.High > 170000).PlacePath, Is.EqualTo("Spain > Community of Madrid > Madrid > Plaza de Cibeles"));

    // The Star (Kenya), July 2024: where the president spoke is not where the protests' dead were; the headline's country is.
    [Test]
    public void WhereASourceSaidIt_IsNotWhereTheFigureIs() =>
        Assert.That(Extracted.Figure("Kenya protests: Ruto says 19 died\n\nPresident William Ruto said at State House in Nairobi on Sunday that 19 people died during the protests.", 19).Location,
            Is.EqualTo("Kenya"));
}
