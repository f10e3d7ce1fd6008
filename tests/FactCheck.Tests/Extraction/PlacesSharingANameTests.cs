using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A name two listed places share ("Georgia": the country and the U.S. state) is the one in the country of the places named beside
/// it, else of those the document has placed figures in or filed from. Sentences from ABC News, Reuters and WABC on Hurricane Helene (2024).
/// </summary>
public sealed class PlacesSharingANameTests
{
    [Test]
    public void InAListOfStates_GeorgiaIsTheState_AndTheTotalIsTheirCountrys()
    {
        var claim = Extracted.Figure("More than 230 people have been killed from Hurricane Helene, which unleashed devastation across Florida, Georgia, South Carolina, North Carolina, Virginia and Tennessee.",
            230, published: new DateOnly(2024, 10, 7));
        Assert.That((claim.Location, claim.LocationPrecision), Is.EqualTo(("Florida, Georgia, South Carolina, North Carolina, Virginia and Tennessee", "country")));
    }

    [Test]
    public void InAStoryFiledFromAnAmericanCity_GeorgiaIsTheState()
    {
        var claims = Extracted.Claims("ATLANTA — Hurricane Helene killed four people in Atlanta, officials said.\n\nThe storm caused at least 11 fatalities in Georgia, including a first responder.",
            published: new DateOnly(2024, 9, 27));
        Assert.That(claims.Single(c => c.Low == 11).Location, Is.EqualTo("Georgia (U.S. state)"));
    }

    // Control, written for the test: beside Tbilisi, Georgia is the country.
    [Test]
    public void BesideItsCapital_GeorgiaIsTheCountry() =>
        Assert.That(Extracted.Figure("Shelling killed 12 people in Gori and Tbilisi, Georgia, officials said.", 12).Location, Does.Not.Contain("U.S. state"));
}
