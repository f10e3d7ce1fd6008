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

    // The Independent, 14 December 2021; The Guardian Nigeria (AFP text), December 2025; Palm Beach Post, 8 July 2021: a part of the dead
    // whose verb says only that it was identified, or is not yet, is a count of those handled, no toll.
    [TestCase("He added that eight of the dead remain unidentified or their identities have not yet been released to the public.", 8)]
    [TestCase("The identities of 120 out of the 160 dead have been identified via DNA or fingerprint testing.", 120)]
    [TestCase("Levine Cava reported that 40 of the bodies had been identified and 39 next of kin were also identified.", 40)]
    public void APartOfTheDeadOnlyIdentified_IsAPlainCount(string sentence, double part) =>
        Assert.That(Extracted.Figure(sentence, part).Metric, Is.EqualTo("count"));

    // The Guardian Nigeria (AFP text), December 2025: the whole keeps its own word.
    [Test]
    public void TheWholeOfAPartOnlyIdentified_StaysTheToll() =>
        Assert.That(Extracted.Figure("The identities of 120 out of the 160 dead have been identified via DNA or fingerprint testing.", 160).Metric, Is.EqualTo("killed"));

    // The Express Tribune, 21 June 2024: the whole a part is among counts its own group, not the part's nationals.
    [Test]
    public void TheWholeAPartIsAmong_TakesNoSideFromThePart() =>
        Assert.That(Extracted.Figure("35 Pakistanis among 900 perished during Haj", 900).Side, Is.Null);
}
