using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A byline names writers, whose surnames may be places' ("John Leicester"); a name a storm's word opens is the storm's ("Survivors of
/// Typhoon Haiyan"). Neither is where later figures happened. Text from AP's reporting of the French pension protests (via the Oroville
/// Mercury-Register, 2023) and VOA's of Typhoon Haiyan (2013).
/// </summary>
public sealed class BylinesAndStormNamesTests
{
    // Oroville Mercury-Register (AP), 1 February 2023: the byline, then a later paragraph of the same story (those between left out).
    [Test]
    public void AWritersSurname_PlacesNoFigure() =>
        Assert.That(Extracted.Figure("- By Jade Le Deley and John Leicester\n\nThe powerful CGT union claimed that 2.8 million protesters marched Tuesday.", 2_800_000).Location,
            Is.Not.EqualTo("Leicester"));

    // VOA, November 2013: a photo caption, cut after its first clause, and the story's next paragraph.
    [Test]
    public void AStormsName_PlacesNoFigure() =>
        Assert.That(Extracted.Figure("Survivors of Typhoon Haiyan walk over a \"Help\" message painted on a concrete floor.\n\nThe government tally shows 1,179 people missing.", 1179).Location,
            Is.Null);

    // Control, written for the test: a sentence opening with "By" and a day is no byline.
    [Test]
    public void ADayAfterBy_IsNoByline() =>
        Assert.That(Extracted.Figure("By Monday, 40 people had died in Paris.", 40).Location, Is.EqualTo("Paris"));
}
