using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "pegged the official death toll ... at 222 even as the search ... continued": a word right after a figure that leads the clause after
/// it ("even as") is no counted noun, so the figure stays the toll's. Sentence from The Hindu of 5 August 2024 on the Wayanad landslides.
/// </summary>
public sealed class AdverbsLeadingAClauseTests
{
    [Test]
    public void EvenAs_AfterATollsLevel_LeavesItTheToll()
    {
        var toll = Extracted.Figure("The Kerala government pegged the official death toll in the Wayanad landslide disaster at 222 even as the search for survivors and bodies "
                                    + "of victims entered the seventh day on Monday.", 222);
        Assert.That((toll.Metric, toll.Subject, toll.Claimant), Is.EqualTo(("killed", "people", "Kerala government")));
    }
}
