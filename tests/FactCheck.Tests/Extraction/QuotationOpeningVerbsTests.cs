using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A speaker whose verb opens a quotation with a colon ("organizer Mindy Freiband told the crowd: “...”", "President William Ruto
/// insisted: \"...\"") says the quotation, not the narration before it. Sentences from The Desert Sun (USA Today) on the 2017 Women's
/// March and UrduPoint (APP) on the 2024 Kenyan protests.
/// </summary>
public sealed class QuotationOpeningVerbsTests
{
    // The Desert Sun, 21 January 2017; UrduPoint (APP), 1 July 2024 (its dateline left out).
    [TestCase("In Sydney, where as many as 10,000 marchers turned out, organizer Mindy Freiband told the crowd: “This is the beginning of something, not the end.”", 10_000)]
    [TestCase("Hundreds of people marched in the Kenyan capital Nairobi Sunday, to honour those who died in anti-government demonstrations this week, as President William Ruto insisted: \"I have no blood on my hands.\"", 200)]
    public void NarrationBeforeAQuotationsSpeaker_IsUnattributed(string sentence, double figure) =>
        Assert.That(Extracted.Figure(sentence, figure).Claimant, Is.EqualTo("unattributed"));

    // Control, written for the test: a source set off after its figure still gives it when its colon opens a list, not a quotation.
    [Test]
    public void ASourceWhoseColonOpensAList_StillGivesTheFigure() =>
        Assert.That(Extracted.Figure("Twelve people died, police said: three in the city and nine in the suburbs.", 12).Claimant, Is.EqualTo("police"));
}
