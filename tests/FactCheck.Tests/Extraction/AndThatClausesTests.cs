using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A second clause a verb of saying takes, joined by "and that", has its own subject and verb: what the first clause said happened
/// ("multiple fatalities") is not what happened to the figure's group ("three men and one woman are in custody"). Sentence from
/// Newsroom (New Zealand) on the 2019 Christchurch mosque shootings.
/// </summary>
public sealed class AndThatClausesTests
{
    // Newsroom, 15 March 2019.
    [Test]
    public void AFigureInASecondThatClause_TakesItsOwnVerb() =>
        Assert.That(Extracted.Figure("Earlier this afternoon Police Commissioner Mike Bush said there were multiple fatalities and that three men and one woman are in custody.", 3).Metric,
            Is.EqualTo("arrested"));

    // Control, written for the test: a figure in the first clause keeps the first clause's verb.
    [Test]
    public void AFigureInTheFirstClause_KeepsItsVerb() =>
        Assert.That(Extracted.Figure("Police said 12 people were killed and that 40 were hurt.", 12).Metric, Is.EqualTo("killed"));
}
