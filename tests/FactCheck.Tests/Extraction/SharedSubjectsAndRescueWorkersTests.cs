using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A verb of saying joined by "but" or "and" to an earlier verb shares the source the sentence opens with ("Organizers at first had
/// sought a permit ... but quickly said"), when one plain clause runs between them; and those who work at a disaster speak as sources
/// ("A firefighter at the scene told Reuters", "said a volunteer with the Red Cross"). Sentences from Slate on the 2017 Women's March,
/// a Reuters tax story (2017), NPR on the 2013 Rana Plaza collapse and A News on the 2024 Kenyan protests.
/// </summary>
public sealed class SharedSubjectsAndRescueWorkersTests
{
    // Slate, January 2017.
    [Test]
    public void AVerbJoinedByBut_SharesTheOpeningSource() =>
        Assert.That(Extracted.Figure("Organizers at first had sought a permit for 200,000 people but quickly said the number was closer to half a million, and others said it was likely even larger.", 500_000).Claimant,
            Is.EqualTo("Organizers"));

    // Control: Reuters, 9 November 2017. Verbs listed with commas say what a proposal does; the source set off at the close gives them.
    [Test]
    public void AListOfVerbs_KeepsTheClosingSource() =>
        Assert.That(Extracted.Figure("The Senate proposal delays a corporate tax rate cut to 20 percent by a year, provides small-business owners with a deduction rather than a special business rate and maintains seven tax brackets for individuals while lowering the rate for top earners to 38.5 percent from 39.6 percent, said the aides from the tax-writing Senate Finance Committee.", 7).Claimant,
            Is.EqualTo("aides"));

    // NPR (via SDPB), 24 April 2013; A News, 25 June 2024.
    [TestCase("A firefighter at the scene told Reuters that about 2,000 people were inside when the upper floors jolted down on top of each other Wednesday.", 2000, "firefighter")]
    [TestCase("\"Dozens have been injured, and the death toll is likely to rise as many are suffering from gunshot wounds,\" said a volunteer with the Red Cross who spoke on condition of anonymity.", 24, "volunteer")]
    public void AWorkerAtTheDisaster_IsASource(string sentence, double figure, string source) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo(source));
}
