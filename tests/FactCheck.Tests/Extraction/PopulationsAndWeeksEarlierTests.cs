using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// The people a place's possessive owns, as the whole a part is counted of or in millions, are its population, not a crowd; "a week earlier"
/// dates a figure to the week before. Sentences from the reporting of the 2019 Hong Kong marches.
/// </summary>
public sealed class PopulationsAndWeeksEarlierTests
{
    // CBC News, 16 June 2019: the part turned out, the whole is the city's population.
    private const string Turnout = "Nearly two million of Hong Kong's seven million people turned out, according to estimates by protest organizers.";

    [Test]
    public void TheWholeAPartIsCountedOf_IsAPopulation() =>
        Assert.That(Extracted.Figure(Turnout, 7000000).Metric, Is.EqualTo("count"));

    [Test]
    public void ThePartThatTurnedOut_IsTheCrowd() =>
        Assert.That(Extracted.Figure(Turnout, 1950000).Metric, Is.EqualTo("participated"));

    // Written for the test: a few hundred residents a town's possessive owns are what happened to them.
    [Test]
    public void AFewHundredOfATownsResidents_KeepWhatHappened() =>
        Assert.That(Extracted.Figure("Nepal's 300 residents were evacuated.", 300).Metric, Is.EqualTo("evacuated"));

    // HuffPost UK, 16 June 2019: "a week earlier" is the week before the report's.
    [Test]
    public void AWeekEarlier_IsTheWeekBefore()
    {
        var claim = Extracted.Figure("A demonstration a week earlier brought as many as one million people out to express their concern over Hong Kong’s relations " +
                                     "with mainland China.", 1000000, published: new DateOnly(2019, 6, 16));
        Assert.That(claim.AssertedOn, Is.EqualTo(new DateOnly(2019, 6, 3)));
    }
}
