using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "Seven people who were injured in the crisis died Saturday night": a relative clause on the counted noun says what the group had been;
/// the main verb past it, in the past tense with no auxiliary, says what happened to it. Sentence from Xinhua (5 September 2004) on the
/// Beslan siege.
/// </summary>
public sealed class RelativeClausesBeforeAPastVerbTests
{
    [Test]
    public void ThePastVerbAfterTheClause_IsWhatHappened()
    {
        var claim = Extracted.Figure(
            "Seven people who were injured in the crisis died Saturday night in local hospitals, according to Lev Dzugayev, head of the information department of North Ossetia's presidential executive office.",
            7, published: new DateOnly(2004, 9, 5));
        Assert.That(claim.Metric, Is.EqualTo("killed"));
    }

    [Test]
    public void AClauseWithNoVerbPastIt_KeepsItsOwnMetric()
    {
        // Written for the test.
        Assert.That(Extracted.Figure("They counted 40 people who were injured in the blast.", 40).Metric, Is.EqualTo("wounded"));
    }
}
