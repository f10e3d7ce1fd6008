namespace FactCheck.Extraction;

/// <summary>
/// What a figure counts: metric, subject and side, plus the period, place and modality around it. A standing
/// figure (a distance between places, a place's population) holds whatever the day, so no date in its
/// sentence is its own. A reported head count is a plain count of people a reporting verb takes ("the CGT counted 3.5 million
/// people"): at an event whose head counts are a metric, it is that metric.
/// </summary>
internal sealed record Frame(string Metric, string Subject, string? Side, string Unit, string? Period, string? Location, Modality Modality,
    bool Standing = false, bool ReportedHeadCount = false);
