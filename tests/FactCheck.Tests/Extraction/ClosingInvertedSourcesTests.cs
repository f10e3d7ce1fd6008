using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A verb and its source set off at a sentence's close ("..., reports the Associated Press", "..., said Kathy Walt") say all the
/// clauses before them, those joined by ", and" too, as a source before its verb does ("..., the Associated Press reports"). Sentences
/// from The Daily Tribune (AP) on Typhoon Haiyan (2013) and ESPN.com news services on Hurricane Katrina (2005).
/// </summary>
public sealed class ClosingInvertedSourcesTests
{
    // The Daily Tribune (AP), 15 November 2013.
    [TestCase(1140)]
    [TestCase(12_166)]
    public void AClosingInvertedSource_SaysEveryClause(double figure) =>
        Assert.That(Extracted.Figure("Another 1,140 are missing, and 12,166 are injured, reports the Associated Press.", figure).Claimant, Is.EqualTo("Associated Press"));

    // ESPN.com news services, 31 August 2005.
    [Test]
    public void AClosingInvertedSpokeswoman_SaysTheFirstClause() =>
        Assert.That(Extracted.Figure("FEMA will provide 475 buses for the transfer, and the Astrodome's schedule has been cleared through December for housing evacuees, said Kathy Walt, a spokeswoman for Texas Gov. Rick Perry.", 475).Claimant,
            Is.EqualTo("Kathy Walt"));
}
