using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Three of the 45,000 police officers deployed overnight were injured": what the words after a definite whole say describes the whole;
/// the main verb says what happened to the part. Sentence from Cyprus Today (Reuters text, undated page, July 2023) on the riots in France.
/// </summary>
public sealed class PartsOfADefiniteWholeTests
{
    private const string Sentence =
        "Three of the 45,000 police officers deployed overnight were injured, the ministry said, while around 350 buildings and 300 vehicles were damaged, according to provisional figures.";

    [Test]
    public void ThePart_IsWhatTheMainVerbSays()
    {
        var claims = Extracted.Claims(Sentence);
        Assert.That(claims.Single(c => c.Low == 3).Metric, Is.EqualTo("wounded"));
        Assert.That(claims.Single(c => c.Low == 45_000).Metric, Is.EqualTo("deployed"));
    }

    [Test]
    public void AWholeWithNoVerbOfItsOwn_GivesThePartItsMetric()
    {
        // Written for the test: the part's verb says only what the part were.
        Assert.That(Extracted.Figure("Five of the 30 injured were children.", 30).Metric, Is.EqualTo("wounded"));
    }
}
