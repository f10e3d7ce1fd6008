using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "More than 1.3 million people in France protested ... on Thursday", "thousands took to the streets": a verb of protest names the
/// event as its nouns do, so the counts later in the story are of that protest, on the day the lede gave. Text from aNews on the French
/// pension protests (2023) and Press TV on the 2018 Armenian protests.
/// </summary>
public sealed class MarchersVerbsTests
{
    // aNews, 17 February 2023: the lede and the paragraph after the next (the one between left out).
    private const string Story = "More than 1.3 million people in France protested controversial pension reforms on Thursday, according to local media citing the General Labor Confederation union.\n\n"
                                 + "The union counted 1.3 million demonstrators, while the Interior Ministry said there were 440,000, said Le Figaro daily.";

    [Test]
    public void AProtestVerb_NamesTheEvent() =>
        Assert.That(Extracted.Figure(Story, 440_000, published: new DateOnly(2023, 2, 17)).Event, Is.EqualTo("protest"));

    [Test]
    public void ALaterCountOfTheProtest_IsOfTheDayTheLedeGave() =>
        Assert.That(Extracted.Figure(Story, 440_000, published: new DateOnly(2023, 2, 17)).AssertedOn, Is.EqualTo(new DateOnly(2023, 2, 16)));

    // Press TV, 8 May 2018.
    [Test]
    public void TakingToTheStreets_IsAProtest() =>
        Assert.That(Extracted.Figure("Thousands took to the streets of Yerevan on Tuesday after Armenia’s parliament selected Nikol Pashinyan as prime minister.", 2000).Event,
            Is.EqualTo("protest"));
}
