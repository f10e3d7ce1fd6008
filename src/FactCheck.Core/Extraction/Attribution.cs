namespace FactCheck.Extraction;

/// <summary>Who a sentence says asserts something, and where in the sentence that attribution sits.</summary>
public sealed record Attribution(string Claimant, string? Body, string? Side, int TokenIndex);
