using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "people whose whereabouts were unknown" are missing; "upward of 170 mph", like "upwards of", is a floor. Sentences from the Los
/// Angeles Times on the 2018 Camp Fire, the New York Daily News on Typhoon Haiyan (2013) and the Coloradoan on the 2017 Women's March.
/// </summary>
public sealed class WhereaboutsAndUpwardBoundsTests
{
    // Los Angeles Times, 12 November 2018.
    [Test]
    public void PeopleWhoseWhereaboutsWereUnknown_AreMissing() =>
        Assert.That(Extracted.Figure("On Sunday, authorities said, there were 228 people whose whereabouts were unknown.", 228).Metric, Is.EqualTo("missing"));

    // New York Daily News, November 2013; Coloradoan, 21 January 2017.
    [TestCase("Stretching 300 miles wide and packing winds upward of 170 mph, Super Typhoon Haiyan cut a devastating path of horror through a half-dozen islands in the central Philippines.", 170)]
    [TestCase("At times, reports swirled that attendance was upward of 200,000, but the only certainty was that attendance far surpassed the anticipated 40,000.", 200_000)]
    public void UpwardOf_IsAFloor(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).High, Is.EqualTo(double.PositiveInfinity));
}
