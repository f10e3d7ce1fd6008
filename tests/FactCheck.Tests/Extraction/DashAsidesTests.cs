using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A source and its verb may hold an aside set off by dashes, as by commas: "The Iraqi High Commission for Human Rights—which operates
/// under the national parliament—said"; the source before it speaks, and "They" in the next sentence is that source. Text from
/// Kurdistan 24 on the 2019 Iraqi protests.
/// </summary>
public sealed class DashAsidesTests
{
    // Kurdistan 24, October 2019: the first two sentences of a paragraph.
    private const string Paragraph = "The Iraqi High Commission for Human Rights—which operates under the national parliament—said in an evening statement that 21 demonstrators had been killed in clashes between civilians and the security forces or guards at political offices, many of which are government-paid police. They announced that 1,779 had been injured as well.";

    [TestCase(21)]
    [TestCase(1779)]
    public void ASourceBeforeADashAside_GivesItsFigures(double figure) =>
        Assert.That(Extracted.Figure(Paragraph, figure).Claimant, Is.EqualTo("Iraqi High Commission for Human Rights"));

    // Control, written for the test: a dash aside after the figure leaves the source before the verb as it was.
    [Test]
    public void ADashAsideAfterTheFigure_LeavesTheSource() =>
        Assert.That(Extracted.Figure("Police said 12 people died — the highest toll this year — and 40 were hurt.", 40).Claimant, Is.EqualTo("Police"));
}
