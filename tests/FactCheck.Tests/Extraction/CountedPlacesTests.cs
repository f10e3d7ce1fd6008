using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A figure that counts places, a place noun's plural ("13 counties", "four different counties", "13 hospitals"), counts no one killed
/// or hurt, whatever casualty word stands near it. Sentences from TIME (AP) on Hurricane Harvey (2017), NPR on the 2020 Tennessee
/// tornadoes and The News Minute on the 2020 Kozhikode air crash.
/// </summary>
public sealed class CountedPlacesTests
{
    // TIME (AP), 6 September 2017; NPR, 3 March 2020; The News Minute, 7 August 2020.
    [TestCase("The deaths span 13 counties, with the highest totals in Harris County, where at least 30 people have died from Harvey-related causes, according to officials.", 13)]
    [TestCase("At least 10 counties have reported no deaths.", 10)]
    [TestCase("\"Four different counties, as of this morning, had confirmed fatalities — in Benton County, Putnam County, Wilson County, Davidson County.\"", 4)]
    [TestCase("Those injured have been admitted to 13 hospitals in Malappuram, Kozhikode, Kottaykkal and Manjeri.", 13)]
    public void ACountOfPlaces_IsNoCasualtyCount(string sentence, double places) =>
        Assert.That(Extracted.Figure(sentence, places).Metric, Is.EqualTo("count"));

    // Control, from the first sentence above: the people who died in one of the places are still the dead.
    [Test]
    public void PeopleWhoDiedInOneOfThem_AreStillKilled() =>
        Assert.That(Extracted.Figure("The deaths span 13 counties, with the highest totals in Harris County, where at least 30 people have died from Harvey-related causes, according to officials.", 30).Metric,
            Is.EqualTo("killed"));
}
