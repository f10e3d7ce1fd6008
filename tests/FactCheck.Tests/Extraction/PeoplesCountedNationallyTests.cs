using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "A total of 246 Texans lost their lives", "the storm affected about 11.3 million Filipinos": a nation's people counted as such are
/// counted across the nation, not in the city inside it the story carries. Sentences from Houston Public Media (3 January 2022) on the
/// Texas winter storm and The Daily Tribune (15 November 2013) on Typhoon Haiyan; controls from ukraine-2014's article_13 on
/// Slaviansk and The National (28 August 2016) on Amatrice.
/// </summary>
public sealed class PeoplesCountedNationallyTests
{
    [Test]
    public void APeoplesPlural_IsCountedInTheirStateNotTheCityTheStoryCarries()
    {
        // The Houston sentence, which named the city, is the article's photo caption.
        var claims = Extracted.Claims(
            "A man peers out from under a blanket while trying to stay warm in below freezing temperatures Monday, Feb. 15, 2021, in Houston.\n\n" +
            "A total of 246 Texans lost their lives due to last February’s deadly winter storm, according to a new report the Texas Department of State Health Services.",
            published: new DateOnly(2022, 1, 3));
        var toll = claims.Single(c => c.Low == 246);
        Assert.That((toll.Location, toll.LocationPrecision), Is.EqualTo(("Texas", "region")));
    }

    [Test]
    public void MillionsOfAPeople_AreCountedInTheirCountry()
    {
        var claims = Extracted.Claims(
            "Burying the dead A hillside mass burial became the final resting place Thursday for 100 people who died in Tacloban.\n\n" +
            "Relief efforts ReliefWeb reports that the storm affected about 11.3 million Filipinos.",
            published: new DateOnly(2013, 11, 15));
        Assert.That(claims.Single(c => c.Low > 10_000_000).Location, Is.EqualTo("Philippines"));
        Assert.That(claims.Single(c => c.Low == 100).Location, Is.EqualTo("Tacloban"));
    }

    [Test]
    public void ADemonymDescribingANoun_LeavesTheFigureWhereTheStoryIs()
    {
        // The headline, standfirst and first sentence of ukraine-2014 article_13 (undated; the date here is the Sunday it names).
        var claims = Extracted.Claims(
            "Forces from all security units take part of operation in eastern town of Slaviansk, says interior minister.\n\n" +
            "One Ukrainian state security officer was killed and five others were wounded on the side of government forces in an \"anti-terrorist\" operation on Sunday against pro-Russian separatist militants in a city in the east, the interior minister said.",
            title: "Ukraine launches 'anti-terrorist' operation, one killed", published: new DateOnly(2014, 4, 13));
        Assert.That(claims.Where(c => c.Low is 1 or 5 && c.Metric is "killed" or "wounded" && c.Sentence.StartsWith("One")).Select(c => c.Location),
            Is.All.EqualTo("Slaviansk"));
    }

    [Test]
    public void APeopleOfAnotherCountry_StayWhereTheStoryIs()
    {
        // The National (28 August 2016) on the Amatrice earthquake: Romanians among the missing in Italy.
        var claims = Extracted.Claims(
            "ASCOLI PICENO, ITALY // Italy observed a day of mourning yesterday as funerals were held for dozens of the 290 people who died in Wednesday’s earthquake.\n\n" +
            "Sixteen Romanians remained unaccounted for.",
            title: "Italy mourns its quake dead", published: new DateOnly(2016, 8, 28));
        Assert.That(claims.Single(c => c.Low == 16).Location, Is.Not.EqualTo("Romania"));
    }
}
