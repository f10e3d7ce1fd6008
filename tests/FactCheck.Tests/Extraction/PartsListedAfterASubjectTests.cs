using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "The dead also included a two-year-old boy and four women": a part marker a short subject opens the sentence with lists who is among
/// a toll, whatever the first item, so a figure later in the list is a part, not a rival toll. Sentences from East Coast Daily on
/// Cyclone Fani (2019) and The News Minute on the 2020 Kozhikode air crash.
/// </summary>
public sealed class PartsListedAfterASubjectTests
{
    // East Coast Daily, 5 May 2019.
    [Test]
    public void AFigureListedAfterTheDeadIncluded_IsAPart()
    {
        var women = Extracted.Figure("14 deaths were reported from eight districts, including Noakhali, Bhola and Lakshmipur, which were among the places worst-hit by the cyclone. "
                                     + "The dead also included a two-year-old boy and four women.", 4);
        Assert.That((women.Metric, women.PartOfGroup), Is.EqualTo(("killed", true)));
    }

    // The News Minute, 7 August 2020.
    [Test]
    public void TheDeadIncludesAtLeastOneChild_IsAPart() =>
        Assert.That(Extracted.Figure("As per reports, 11 deaths were confirmed in Kozhikode hospitals, and six persons were confirmed dead in Malappuram hospitals. "
                                     + "The dead includes women and at least one child.", 1).PartOfGroup, Is.True);

    // Control, written for the test: a figure with a verb of its own after the list is a count of its own.
    [Test]
    public void AFigureWithAVerbOfItsOwnAfterTheList_IsNoPart() =>
        Assert.That(Extracted.Figure("The victims included a police officer, and three people were injured.", 3).PartOfGroup, Is.False);
}
