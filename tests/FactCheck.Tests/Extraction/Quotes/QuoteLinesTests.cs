using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Extraction.Quotes;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction.Quotes;

/// <summary>Quotes read from the attributions the figures' pass found, a line at a time. Sentences from real news.</summary>
public sealed class QuoteLinesTests
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static List<Claim> Quotes(string text) => Extractor.Extract(Some.Document(text)).Where(c => c.Metric == Claim.QuoteMetric).ToList();

    [Test]
    public void SpeakerInALaterSentenceOfTheLine_IsFoundAtItsPlaceInTheLine()
    {
        var quotes = Quotes("Senator Bob Corker voted no on Friday. \"My deficit concerns have not been alleviated at all,\" Corker said in a statement.");
        Assert.That(quotes.Select(q => q.Claimant), Is.EqualTo(new[] { "Bob Corker" }));
    }

    [Test]
    public void QuoteAfterTheLastFigure_IsStillRead()
    {
        var quotes = Quotes("At least 146 people died in the crush, officials said.\n\n" +
                            "\"I have never seen anything like this in my whole life,\" said Kim Mi Sung, a tourism official.");
        Assert.That(quotes.Select(q => q.Claimant), Is.EqualTo(new[] { "Kim Mi Sung" }));
    }

    [Test]
    public void SourceNamedInsideTheQuote_IsNotItsSpeaker()
    {
        var quotes = Quotes("Odisha Chief Secretary Pradeep Jena said on Sunday that the toll had been revised.\n" +
                            "\"The Railways on Saturday said that the number of deaths is 288 and we also circulated that,\" he said.");
        Assert.That(quotes.Select(q => q.Claimant), Is.EqualTo(new[] { "Pradeep Jena" }));
    }

    [Test]
    public void QuoteClosedByAFullStop_IsNotSpokenByTheNextSentencesSpeaker()
    {
        // Reuters, 2017: the second quote goes on from Jessica Vaughan; Joshua Meservey speaks in the next sentence.
        var quotes = Quotes("“These organizations have to adapt when their services are no longer needed as much,” said Jessica Vaughan, director of policy studies at the Center for Immigration Studies. " +
                            "“There is no reason to keep funneling money to them.” Joshua Meservey, a senior policy analyst at the conservative Heritage Foundation, said that costs need to be balanced against benefits.");
        Assert.That(quotes.Select(q => q.Claimant), Is.EqualTo(new[] { "Jessica Vaughan", "Jessica Vaughan" }));
    }
}
