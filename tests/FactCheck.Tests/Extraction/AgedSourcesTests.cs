using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A source's age set off between its name and its verb ("Li Tengchang, 38, said") leaves the name the source, and the age no
/// figure. Sentences from Reuters' reporting of the 2008 Sichuan earthquake and of the 2017 Alabama Senate race.
/// </summary>
public sealed class AgedSourcesTests
{
    // Reuters, 20 May 2008.
    [Test]
    public void ANameBeforeItsAge_Speaks()
    {
        var claims = Extracted.Claims("Li Tengchang, 38, said 40 of his colleagues had been killed by falling boulders, and that others were still alive on the mountain.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Single(c => c.Low == 40).Claimant, Is.EqualTo("Li Tengchang"));
            Assert.That(claims.Any(c => c.Low == 38), Is.False, "the age is no claim");
        });
    }

    // Reuters, December 2017: "she" points back to the person the age introduced.
    [Test]
    public void AQuoteAfterAnAgedSpeaker_IsTheirs()
    {
        var quotes = Extracted.Claims("Republican Sara Teet, 35, said she also remained conflicted. “I just don’t know what to believe,” she said.")
            .Where(c => c.Metric == Claim.QuoteMetric).ToList();
        Assert.That(quotes.Select(q => q.Claimant), Is.All.EqualTo("Sara Teet"));
    }
}
