using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "the nationwide death toll from the storm is 105": a measure of national extent is the country's, not the state its sentence names for
/// another figure. Paragraphs from ABC7 Sarasota (WWSB) of 4 October 2022 on Hurricane Ian.
/// </summary>
public sealed class MeasuresOfNationalExtentTests
{
    private const string Text =
        "SARASOTA, Fla. (WWSB) - The death toll in Florida from Hurricane Ian has now hit 100 deaths statewide.\n\n" +
        "Lee County has the most deaths at 55 and recovery efforts are still underway particularly in areas around Fort Myers where the 7-foot storm surge caused devastation to homes and businesses. With five death reported in North Carolina, the nationwide death toll from the storm is 105.";

    [Test]
    public void ANationwideToll_IsTheCountrys()
    {
        var claims = Extracted.Claims(Text, title: "100 deaths reported in Florida following Hurricane Ian", published: new DateOnly(2022, 10, 4));
        Assert.That(claims.Single(c => c.Low == 105).Location, Is.EqualTo("United States"));
        Assert.That(claims.Single(c => c.Low == 5).Location, Is.EqualTo("North Carolina"));
    }

    [Test]
    public void ANationwideMeasure_NamingItsOwnPlace_StaysThere()
    {
        // Written for the test: the place inside the measure's own words is its place.
        var claim = Extracted.Figure("The nationwide death toll in Florida reached 100, officials said.", 100);
        Assert.That(claim.Location, Is.EqualTo("Florida"));
    }
}
