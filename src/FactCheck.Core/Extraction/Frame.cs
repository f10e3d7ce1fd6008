namespace FactCheck.Extraction;

/// <summary>What a figure counts: metric, subject and side, plus the period, place and modality around it.</summary>
internal sealed record Frame(string Metric, string Subject, string? Side, string Unit, string? Period, string? Location, Modality Modality);
