using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Mayor Buddy Dyer explained ... that he reports that there were over 50 casualties": a pronoun's person is the one who speaks earlier
/// in its own sentence, before anyone named in the sentences before; and "He said:" closing a paragraph makes the next paragraph, quoted
/// as a block with no quotation marks, his words. Sentences from Bustle on the 2016 Orlando shooting and from Reuters (reuters-2017).
/// </summary>
public sealed class SpeakersOfTheirOwnSentenceTests
{
    // Bustle, 12 June 2016 (the paragraph before them, naming Police Chief John Mina, cut to its sentence with him).
    private const string Orlando = "Orlando Police Chief John Mina says that the shooter has been shot and killed.\n\n"
                                   + "Mayor Buddy Dyer explained in a press conference that after gaining more access to the building and the nightclub, it's with great sadness that he "
                                   + "reports that there were over 50 casualties. He said:\n\n"
                                   + "This is something we never imagined and is unimaginable. Since the last update, we have gotten better access to the building, we have cleared the "
                                   + "building, and it is with great sadness that I share that we have not 20 but 50 casualties in addition to the shooter. There are another 53 that have been hospitalized.";

    [Test]
    public void APronounAfterASpeakerInItsSentence_IsThatSpeaker() =>
        Assert.That(Extracted.Claims(Orlando).First(c => c.Low == 50).Claimant, Is.EqualTo("Buddy Dyer"));

    [Test]
    public void AParagraphAfterHeSaid_IsHisWords() =>
        Assert.That(Extracted.Claims(Orlando).Single(c => c.Low == 53).Claimant, Is.EqualTo("Buddy Dyer"));

    // Control, written for the test: the paragraph after the quoted one is the narration's again.
    [Test]
    public void TheParagraphAfterTheBlock_IsTheNarrations() =>
        Assert.That(Extracted.Claims(Orlando + "\n\nAt least 20 people were treated at a nearby hospital.").Single(c => c.Low == 20 && c.Sentence.StartsWith("At least", StringComparison.Ordinal)).Claimant,
            Is.EqualTo(Claim.Unattributed));

    // Reuters, 7 December 2017 (reuters-2017 corpus; the sentence before, Schumer's, cut to its close).
    [Test]
    public void SheAlsoSaid_IsTheSpeakerEarlierInTheSentence()
    {
        var claims = Extracted.Claims("“We Democrats are not interested in one,” Schumer said. Pelosi said Democrats were not willing to shut down the government over the Deferred Action "
                                      + "for Child Arrivals (DACA) immigration program, but she also said “we will not leave here without a DACA fix.” Congress has 12 days to act.");
        Assert.That(claims.Single(c => c.Metric == Claim.QuoteMetric && c.Sentence.StartsWith("we will not leave", StringComparison.Ordinal)).Claimant, Does.Contain("Pelosi"));
    }
}
