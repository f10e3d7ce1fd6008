namespace FactCheck.Extraction;

/// <summary>
/// What a figure counts: metric, subject and side, plus the period, place and modality around it. A standing
/// figure (a distance between places, a place's population) holds whatever the day, so no date in its
/// sentence is its own.
/// </summary>
internal sealed record Frame(string Metric, string Subject, string? Side, string Unit, string? Period, string? Location, Modality Modality,
    bool Standing = false);
