using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A one-word name opening the sentence before an aside on where it spoke ("Ruto, in his television interview, put the toll at 19"), a source
/// that "mentioned" a figure, and a document dated between its author and its noun ("Mogherini’s 15 December statement"). Sentences from the
/// reporting of the 2024 Kenya protests and the 2014 Ukraine crisis.
/// </summary>
public sealed class SourcesAroundStatementsTests
{
    // UrduPoint (APP), 1 July 2024; written for the test after it.
    [TestCase("Ruto, in his television interview, put the toll at 19, the first figures issued by the authorities.", 19)]
    [TestCase("Ruto, in a statement, said 19 people died.", 19)]
    public void AOneWordNameBeforeAStatementAside_IsTheSource(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Does.EndWith("Ruto"));

    // Nairobi Leo, July 2024.
    [Test]
    public void MentionedThat_Reports() =>
        Assert.That(Extracted.Figure("Kanja also mentioned that while 345 civilians were injured during the protests, 42 civilian fatalities were also recorded.", 345)
            .Claimant, Does.EndWith("Kanja"));

    // ukraine-2014 article_61, written out for the test with a figure: the day a statement was made is no author.
    [Test]
    public void ADateBeforeADocumentNoun_IsNoAuthor() =>
        Assert.That(Extracted.Figure("Mogherini’s 15 December statement said 20 people died.", 20).Claimant, Does.EndWith("Mogherini"));
}
