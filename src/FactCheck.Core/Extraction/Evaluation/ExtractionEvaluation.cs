namespace FactCheck.Extraction.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
public sealed record Score(int Correct, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A document, its gold annotations, and the claims extraction made of it.</summary>
public sealed record EvaluatedDocument(string Path, string Text, GoldFile Gold, IReadOnlyList<Claim> Extracted);

/// <summary>
/// A gold claim and what extraction made of its span (null when nothing), with the fields it got
/// wrong and the sentence to show a reader: the claim's, or the line around the gold words when missed.
/// </summary>
public sealed record GoldMatch(string Document, GoldClaim Gold, Claim? Predicted, IReadOnlyList<string> Wrong, string Sentence)
{
    public bool IsFound => Predicted is not null;
}

/// <summary>How many found claims have one field right.</summary>
public sealed record FieldAccuracy(string Name, int Right, int Found)
{
    public double Accuracy => Found == 0 ? 0 : (double)Right / Found;
}

/// <summary>A number the gold says is not a claim, and the extracted claim whose span overlaps it.</summary>
public sealed record NotClaimHit(string Document, GoldNotClaim NotClaim, Claim ExtractedAs);

/// <summary>The not-claims that were extracted anyway, out of all annotated not-claims.</summary>
public sealed record NotClaimShare(IReadOnlyList<NotClaimHit> Extracted, int Total)
{
    public double Share => Total == 0 ? 0 : (double)Extracted.Count / Total;
}

public sealed record ExtractionEvaluation(
    Score Numbers,
    Score Frames,
    Score Claimants,
    IReadOnlyList<FieldAccuracy> Fields,
    NotClaimShare NotClaims,
    IReadOnlyList<GoldMatch> Matches,
    IReadOnlyList<Claim> Unmatched)
{
    public IEnumerable<GoldMatch> Misses => Matches.Where(m => !m.IsFound);

    /// <summary>Found claims that got this field wrong.</summary>
    public IEnumerable<GoldMatch> ErrorsIn(string field) => Matches.Where(m => m.IsFound && m.Wrong.Contains(field));
}
