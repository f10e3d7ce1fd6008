using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Dates a clause sets for the figures in it, or for none of them: a year a "when" clause is set in, a full date a weekday counts back from,
/// a day compared with, the month a count runs since, the day an event a perfect's subject names began. Sentences from real news.
/// </summary>
public sealed class ClauseDatesTests
{
    private static IReadOnlyList<Claim> Extract(string text, DateOnly? published = null) =>
        Extracted.Claims(text, published: published ?? new DateOnly(2024, 5, 10));

    // Mothership, 10 June 2019: "when" after a year a span starts from opens a clause set in that year; the figure in it is of then.
    [TestCase("The organiser's figure means that the number of protesters is potentially the largest in Hong Kong since 1989, when over a million " +
              "people protested in support of the students in Beijing, according to Apple Daily and BBC.", 1000000, 1989)]
    public void FigureInAWhenClauseAfterAYear_IsOfThatYear(string sentence, double low, int year)
    {
        var claim = Extract(sentence).Single(c => c.Low == low);
        Assert.That((claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo((new DateOnly(year, 1, 1), "year")));
    }

    // Al Mayadeen after Reuters, 2 July 2024: a weekday counts back from the full date its sentence gives, not from the report's day.
    [Test]
    public void WeekdayBesideAnEarlierFullDate_IsCountedFromThatDate()
    {
        var claim = Extract("On January 1, 2022, Indian officials said that at least 12 people were killed and 13 were injured in a stampede " +
                            "at a religious shrine in the early hours of Saturday, as thousands of pilgrims gathered to offer prayers.",
            new DateOnly(2024, 7, 2)).Single(c => c.Low == 2000);
        Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2022, 1, 1)));
    }

    // actualnewsmagazine after franceinfo, 24 March 2023: the day compared with ("more numerous than on March 15") is no figure's own;
    // "more than a week ago" is still when.
    [TestCase("For the ninth day of national demonstrations, Thursday March 23, opponents of government reform were significantly more numerous " +
              "than on March 15 in many cities in France: 3.5 million according to figures from the CGT.", 3500000, 2023, 3, 23)]
    [TestCase("Myanmar authorities said more than a week ago that some 400 Rohingya, mostly insurgents, had died in clashes with troops.", 380, 2023, 3, 13)]
    public void DayComparedWith_IsNotTheFiguresDay(string sentence, double low, int year, int month, int day) =>
        Assert.That(Extract(sentence, new DateOnly(2023, 3, 24)).Single(c => c.Low == low).AssertedOn,
            Is.EqualTo(new DateOnly(year, month, day)));

    [Test]
    public void FigureAfterTheWhenClauseCloses_IsNotOfItsYear() =>
        Assert.That(Extract("Since 2014, when the war began, more than 300 people have died in the town.").Single(c => c.Low == 300).AssertedOn,
            Is.EqualTo(new DateOnly(2024, 5, 10)), "a count since then, as of the report's day");

    // EFE, 15 January 2025: a clause "since" opens right after the figure sets when the count began, not the count's day.
    [Test]
    public void AMonthInASinceClauseAfterTheFigure_DatesNoCount()
    {
        var claim = Extract("The new deaths rose the deathtoll to 307 since protests started last October against alleged electoral fraud in the Oct. 9 elections, according to the NGO’s count.",
            new DateOnly(2025, 1, 15)).Single(c => c.Low == 307);
        Assert.That((claim.AssertedOn, claim.AsOfPrecision), Is.EqualTo(((DateOnly?)new DateOnly(2025, 1, 15), "day")));
    }

    // Reuters, 19 December 2017: "since" right before a year takes that year as the span's start, opening no clause.
    [Test]
    public void AYearRightAfterSince_StillBoundsOnlyItsSpan() =>
        Assert.That(Extract("While the Postal Service’s revenue for first class mail is flat or declining, revenue from package delivery is up 44 percent since 2014 to $19.5 billion in the fiscal year ended Sept. 30, 2017.",
            new DateOnly(2017, 12, 29)).Single(c => c.Low == 44).AssertedOn, Is.EqualTo(new DateOnly(2017, 9, 30)));

    // Mint, 14 January 2025: the day the fires began, set off after them, is no day of what they have done since.
    [Test]
    public void TheDayAnEventBegan_SetOffAfterIt_DatesNoCountAPerfectGives() =>
        Assert.That(Extract("The Los Angeles wildfires, which began on January 7, have devastated neighborhoods, killed 24 individuals, and displaced thousands.",
            new DateOnly(2025, 1, 14)).Single(c => c.Low == 24).AssertedOn, Is.EqualTo(new DateOnly(2025, 1, 14)));

    // Devdiscourse, 26 December 2024: a holiday is a day of the calendar.
    [Test]
    public void AHolidayNamed_IsItsDay() =>
        Assert.That(Extract("On Christmas Day, at least 6,000 inmates broke free from a high-security prison in Mozambique's capital amid ongoing post-election turmoil.",
            new DateOnly(2024, 12, 26)).Single(c => c.Low == 6000).AssertedOn, Is.EqualTo(new DateOnly(2024, 12, 25)));

    // Reuters, Monday 11 December 2017; Just Earth News, Sunday 4 September 2022: a weekday one day after the report is the next day in a
    // sentence of what is to come, six days back in one of what was said.
    [TestCase("If Jones wins on Tuesday, Republicans would control the Senate by a slim 51-49 margin.", 2017, 12, 11, 51, "2017-12-12")]
    [TestCase("Pakistan's National Disaster Management Authority (NDMA) said on Monday that as a result of the monsoon rains and floods, ravaging the country since June, " +
              "nearly a million homes were completely or partially destroyed.", 2022, 9, 4, 950000, "2022-08-29")]
    public void WeekdayAfterTheReportsDay_IsTheNextDayOnlyForWhatIsToCome(string sentence, int year, int month, int day, double low, string expected) =>
        Assert.That(Extract(sentence, new DateOnly(year, month, day)).First(c => c.Low <= low && c.High >= low).AssertedOn, Is.EqualTo(DateOnly.Parse(expected)));

    // Colorado Public Radio (NPR), filed under .../2019/04/21/ (a Sunday) and updated on the Monday: a report dated only by the day its address
    // files it under may tell of the next day.
    [Test]
    public void WeekdayAfterTheDayAnAddressFilesTheReportUnder_IsTheNextDay()
    {
        const string text = "Police spokesman Ruwan Gunasekara said Monday the death toll had risen to 290 dead with more than 500 wounded, according to The Associated Press.";
        var filed = Some.Document(text, published: new DateOnly(2019, 4, 21)) with { DateSource = FactCheck.Ingestion.DateSource.Url };
        var fromTheAddress = new FactCheck.Extraction.Extractor.ClaimExtractor(Some.Lexicon).Extract(filed).Single(c => c.Low == 290);
        var fromFrontMatter = Extract(text, new DateOnly(2019, 4, 21)).Single(c => c.Low == 290);
        Assert.That((fromTheAddress.AssertedOn, fromFrontMatter.AssertedOn), Is.EqualTo(((DateOnly?)new DateOnly(2019, 4, 22), (DateOnly?)new DateOnly(2019, 4, 15))));
    }
}
