namespace FactCheck.Synthetic;

/// <summary>One side of a planted event: who says what, in which document, in which words.</summary>
internal sealed record PlantedSide(ClaimantPhrase Claimant, Figure Figure, int Document, string Template, string SubjectWords);

/// <summary>
/// Two claimants' figures for one metric, group and place, in documents close in time; either
/// clearly conflicting (a discrepancy) or overlapping (an agreement that must not be flagged).
/// </summary>
internal sealed record PlantedEvent(
    int Index, PlantedExpectation Expect, MetricPhrases Metric, SubjectPhrase Subject, string Place, PlantedSide A, PlantedSide B)
{
    public string Id => "e" + Index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<(PlantedSide Side, bool IsA)> SidesIn(int document)
    {
        if (A.Document == document) yield return (A, true);
        if (B.Document == document) yield return (B, false);
    }
}
