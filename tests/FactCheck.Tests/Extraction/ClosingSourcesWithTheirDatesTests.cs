using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// "..., the Civil Protection Agency said on Monday, Sep. 6 as it continued the rescue operation": a source set off at a sentence's close
/// says every clause before it, whatever date follows its verb. Sentence from Republic World of 7 September 2021 on the Haiti earthquake.
/// </summary>
public sealed class ClosingSourcesWithTheirDatesTests
{
    private const string Haiti = "The official death toll from the Haiti earthquake has jumped to 2,248, and as many as 329 are still unaccounted for, "
                                 + "the Civil Protection Agency said on Monday, Sep. 6 as it continued the rescue operation and search for those that have been missing.";

    [Test]
    public void AClosingSourceFollowedByADate_SaysBothClauses()
    {
        var claims = Extracted.Claims(Haiti, published: new DateOnly(2021, 9, 7));
        Assert.That(claims.Single(c => c.Low == 2_248).Claimant, Is.EqualTo("Civil Protection Agency"));
        Assert.That(claims.Single(c => c.High == 329).Claimant, Is.EqualTo("Civil Protection Agency"));
    }

    // Control, written for the test: a figure after the source's verb is another clause's, and the first clause stays the narration's.
    [Test]
    public void AClosingSourceFollowedByAFigure_LeavesTheFirstClause() =>
        Assert.That(Extracted.Figure("The death toll has jumped to 2,248, and 329 are still unaccounted for, the agency said on Monday, adding that 12 more bodies were found.", 2_248).Claimant,
            Is.EqualTo("unattributed"));
}
