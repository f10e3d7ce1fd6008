using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Synthetic;

/// <summary>What a planted pair must produce: a discrepancy flag, or no discrepancy flag at all.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlantedExpectation>))]
public enum PlantedExpectation
{
    Discrepancy,
    Agreement,
    /// <summary>
    /// A tempting figure beside an event's (a past year's toll at the same place, a comparison): the
    /// pair is A, the decoy, against B, the event's figure in the same document; no discrepancy may hold A.
    /// </summary>
    Decoy,
}

/// <summary>
/// One planted figure: where it is (file name in the documents folder, and the character span of
/// the figure's words in the document's text after the front matter) and what it says.
/// </summary>
public sealed record PlantedFigure
{
    public required string Document { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required string Claimant { get; init; }
    public required double Low { get; init; }
    /// <summary>Infinite for "more than" and "at least".</summary>
    public required double High { get; init; }
    public required string Sentence { get; init; }
}

/// <summary>Two claimants' figures for the same metric, group, place and days.</summary>
public sealed record PlantedPair
{
    public required string Id { get; init; }
    public required PlantedExpectation Expect { get; init; }
    public required string Metric { get; init; }
    public required string Subject { get; init; }
    public string? Side { get; init; }
    public required string Place { get; init; }
    public required PlantedFigure A { get; init; }
    public required PlantedFigure B { get; init; }
}

/// <summary>The ground truth written beside a generated corpus (planted.json).</summary>
public sealed record PlantedManifest
{
    public const string FileName = "planted.json";

    public required int Seed { get; init; }
    public required int Documents { get; init; }
    public required IReadOnlyList<PlantedPair> Pairs { get; init; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // "more than 7,000" has no upper bound; JSON has no infinity, so it is written as a string.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static PlantedManifest Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PlantedManifest>(stream, Json)
               ?? throw new InvalidDataException($"{path}: empty planted manifest");
    }
}
