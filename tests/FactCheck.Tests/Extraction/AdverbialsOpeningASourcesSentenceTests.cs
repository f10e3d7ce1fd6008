using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Hours earlier the ministry had given a provisional figure of 486 arrests": an adverbial opening the sentence (a time counted back, a
/// relative day, a conjunction) is no part of the source after it. Paragraph from The Telegraph of 1 July 2023 on the riots in France.
/// </summary>
public sealed class AdverbialsOpeningASourcesSentenceTests
{
    private const string Paragraph =
        "Arrests during a fifth night of rioting had risen to 719, the interior ministry said on Sunday morning. Hours earlier the ministry had given a provisional figure of 486 arrests, saying violence seemed to be lessening compared with the previous night when about 1300 people were taken into custody.";

    [Test]
    public void ATimeCountedBack_IsNoPartOfTheSource()
    {
        var claim = Extracted.Figure(Paragraph, 486, published: new DateOnly(2023, 7, 1));
        Assert.That(claim.Claimant, Is.EqualTo("interior ministry"));
    }

    [TestCase("Meanwhile, the Red Cross said 25 people were missing.", 25, "Red Cross")]
    [TestCase("But police said 40 people were arrested.", 40, "police")]
    public void AConjunctionOrAnAsideAdverb_IsNoPartOfTheSource(string text, double figure, string claimant)
    {
        // Written for the test.
        Assert.That(Extracted.Figure(text, figure).Claimant, Is.EqualTo(claimant));
    }

    [Test]
    public void ANameOpeningTheSentence_KeepsItsFirstWord()
    {
        // Written for the test: a name opening the sentence is no adverbial, and stays whole.
        Assert.That(Extracted.Figure("Doctors Without Borders said 30 patients were treated.", 30).Claimant, Is.EqualTo("Doctors Without Borders"));
    }
}
