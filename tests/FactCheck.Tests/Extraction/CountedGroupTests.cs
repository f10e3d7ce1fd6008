using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>What a figure counts and whose they are, read from the words after it. Sentences from real news.</summary>
public sealed class CountedGroupTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static Claim Figure(string text, double low) => Extractor.Extract(Some.Document(text)).First(c => c.Low == low);

    [TestCase("The plane, en route from Amsterdam to Kuala Lumpur, carried 200 Dutch citizens.", 200, "people", "Dutch")]
    [TestCase("A New Jersey man, a Belgian mother of two, and five Argentines celebrating their graduation were killed in the truck attack.", 5, "people", "Argentine")]
    [TestCase("More than 3,900 Filipinos have been killed in what the police call self-defense.", 3900, "people", "Filipino")]
    public void CountrysDemonym_GivesTheSide(string sentence, double low, string subject, string side)
    {
        var claim = Figure(sentence, low);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Subject, Is.EqualTo(subject));
            Assert.That(claim.Side, Is.EqualTo(side));
        });
    }

    [TestCase("Republicans will support two separate health care bills aimed at reducing premium costs.", 2, "bills")]
    [TestCase("Eight do not require permits at all.", 8, "unspecified")]
    public void UnlistedCountedNoun_IsTheNounAfterItsModifiers(string sentence, double low, string subject) =>
        Assert.That(Figure(sentence, low).Subject, Is.EqualTo(subject));
}
