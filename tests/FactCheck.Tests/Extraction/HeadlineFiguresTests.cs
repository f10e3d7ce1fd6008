using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>Figures in title-case headlines, where capitals say nothing of names, and in subheadings. Headlines from real news.</summary>
public sealed class HeadlineFiguresTests
{
    // The New York Times, September 2024: the capitalized plural after a figure is what it counts, no toll.
    [Test]
    public void CapitalizedPluralAfterAFigure_IsWhatItCounts()
    {
        var claims = Extracted.Claims("Helene Has Killed at Least 60 People in 5 States");
        var states = claims.Single(c => c.Low == 5);
        Assert.That((states.Metric, states.Subject, claims.Single(c => c.Low == 60).Metric), Is.EqualTo(("count", "states", "killed")));
    }

    // Al Mayadeen, July 2024: a subheading announces a figure the paragraph under it gives with its date, of another year's stampede.
    [Test]
    public void SubheadingFigureTheParagraphBelowGives_IsThatParagraphsClaim()
    {
        var claims = Extracted.Claims("At least 116 people were killed in a stampede at a religious gathering in India on Tuesday.\n\nStampede at religious shrine kills 12\n\n" +
                                      "The world's most populous country is no stranger to stampedes.\n\nOn January 1, 2022, Indian officials said that at least 12 people were killed and 13 were " +
                                      "injured in a stampede at a religious shrine in the early hours of Saturday.", published: new DateOnly(2024, 7, 3));
        var twelve = claims.Single(c => c.Low == 12);
        Assert.That((twelve.AssertedOn, twelve.Claimant), Is.EqualTo((new DateOnly(2022, 1, 1), "India")));
    }

    // South China Morning Post, September 2023: a standfirst's figure the story gives again is one claim; one the story does not give stays.
    [Test]
    public void StandfirstFigureTheStoryGivesAgain_IsOneClaim()
    {
        var claims = Extracted.Claims("Libya floods: death toll in Derna surges past 11,300\n\nAmid conflicting reports on the number of dead, the UN said the toll in the coastal city alone " +
                                      "had risen to over 11,300, with 40 bodies still unidentified\n\nThe death toll from devastating floods in eastern Libya surged past 11,300 people in the port " +
                                      "city of Derna alone, the UN said.", title: "Libya floods: death toll in Derna surges past 11,300");
        Assert.That((claims.Count(c => c.Low == 11300 && !c.Sentence.StartsWith("Libya", StringComparison.Ordinal)), claims.Count(c => c.Low == 40)), Is.EqualTo((1, 1)));
    }
}
