using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Eight of the attackers were killed": a figure taken out of a group a plural noun names after "of the" counts that group, so
/// attackers' deaths are not set against their victims'. Sentences from the reporting of the 2015 Paris attacks, the 2017 Grenfell
/// Tower fire and Reuters' 2017 wire.
/// </summary>
public sealed class PartitiveGroupsTests
{
    // NBR (AP), 14 November 2015; ITV News, June 2017; Reuters, 2017.
    [TestCase("Eight of the attackers were killed, seven of them in suicide bombings, but those figures are preliminary and could change, the office said.", 8, "attackers")]
    [TestCase("But they have been unable to speak to anyone from 23 of the flats.", 23, "flats")]
    [TestCase("Two of the sources with ties to the White House said they assumed the chief of staff wanted to stay.", 2, "sources")]
    public void AFigureOutOfAGroup_CountsThatGroup(string sentence, double figure, string group) =>
        Assert.That(Extracted.Figure(sentence, figure).Subject, Is.EqualTo(group));

    // Control, written for the test: a listed group keeps its normal name.
    [Test]
    public void AFigureOutOfTheVictims_CountsPeople() =>
        Assert.That(Extracted.Figure("Five of the victims were children.", 5).Subject, Is.EqualTo("people"));
}
