using FactCheck.Extraction;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// How figures are written in the reporting of the Manchester Arena and Christchurch mosque attacks, the London and Madrid
/// bombings, cyclone Fani, hurricane Michael, the protests in Chile, Iran, Nigeria, Myanmar and Hong Kong, and the Kumbh and
/// Beslan disasters: crowds and populations written with "-strong", what a witness could see, and the places, sources and parts
/// of tolls those stories give. Sentences from real news; where a test adds words of its own, its comment says so.
/// </summary>
public sealed class ArenaStormAndUprisingFiguresTests
{
    // The Daily Herald (AP), 30 December 2020: "could be seen" tells what a witness saw, not what may come.
    [Test]
    public void WhatCouldBeSeen_IsAsserted() =>
        Assert.That(Extracted.Figure("In the hard-hit village of Majske Poljane, where five people died in the earthquake, a little boy could be seen sleeping inside a van, wearing a cap on a chilly December morning.", 5).Modality,
            Is.EqualTo(Modality.Asserted));

    // HuffPost, 16 June 2019, and CNN, 9 June 2019: a population written "seven million-strong" is seven million people living there.
    [TestCase("Nearly two million of the Hong Kong’s seven million-strong population joined a demonstration against a controversial extradition bill, organisers say.", 7_000_000)]
    [TestCase("Civil Human Rights Front, the group that organized the protests, said 1.03 million people marched – a figure that accounts for almost one in seven of the city’s 7.48 million-strong population.", 7_480_000)]
    public void AMillionStrongPopulation_IsAPopulationCount(string text, double population) =>
        Assert.That(Extracted.Figure(text, population).Metric, Is.EqualTo("count"));

    // Written for the test: a crowd counted with "-strong" at the start of a sentence is no name.
    [Test]
    public void AStrongCrowdOpeningTheSentence_IsCounted() =>
        Assert.That(Extracted.Figure("A 5,000-strong crowd marched through the city on Sunday.", 5000).Metric, Is.EqualTo("participated"));

    // Reuters, 20 December 2017 and 5 December 2017: a magnitude joined to a unit describes an area; joined to "plus" it is still money.
    [Test]
    public void AMillionAcreArea_IsNoClaim() =>
        Assert.That(Extracted.Claims("The tax bill passed by Congress contains language pushed by Murkowski and supported by President Donald Trump to hold two lease sales in the 1.5 million-acre (600,000-hectare) 1002 area on the northern coastal plain of the Arctic National Wildlife Refuge, or ANWR.")
            .Where(c => c.Low is 1.5 or 1_500_000), Is.Empty);

    [Test]
    public void AMillionPlusLoan_IsTheWholeSum() =>
        Assert.That(Extracted.Figure("The Deutsche debts include a loan exceeding $50 million for the Old Post Office, a historic property he redeveloped in downtown Washington, mortgages worth more than $55 million on a golf course in Florida, and a $25 million-plus loan on a Trump hotel and condominium in Chicago, the disclosure shows.", 25_000_000).Metric, Is.EqualTo("money"));
}
