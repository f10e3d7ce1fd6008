using System.Text.Json.Serialization;

namespace FactCheck.Extraction.Evaluation;

/// <summary>
/// One hand-annotated claim. The span is given by its words ("nearly 9,000") and, when those words
/// occur more than once in the document, which occurrence (0 = first).
/// </summary>
public sealed record GoldClaim
{
    public required string Text { get; init; }
    public int Occurrence { get; init; }
    public required string Metric { get; init; }
    public required string Subject { get; init; }
    public string? Side { get; init; }
    public required double Low { get; init; }
    /// <summary>Null for an open upper bound ("more than 3.5 million").</summary>
    public double? High { get; init; }
    public required string Qualifier { get; init; }
    public required string Claimant { get; init; }
    public string? Period { get; init; }
    /// <summary>The place the figure is about, as written; null when the text names none.</summary>
    public string? Location { get; init; }
    /// <summary>The day or date the figure refers to, as written ("on Sunday", "April 16-17"); null when only the document dates it.</summary>
    public string? Date { get; init; }
    /// <summary>Asserted unless the annotator said otherwise.</summary>
    public Modality Modality { get; init; } = Modality.Asserted;
    public string? Note { get; init; }

    [JsonIgnore] public int Start { get; init; }
    [JsonIgnore] public int End { get; init; }
}

/// <summary>A number that must not be extracted as a claim (a clock time, a year, an age, an identifier...).</summary>
public sealed record GoldNotClaim
{
    public required string Text { get; init; }
    public int Occurrence { get; init; }
    public string? Why { get; init; }

    [JsonIgnore] public int Start { get; init; }
    [JsonIgnore] public int End { get; init; }
}
