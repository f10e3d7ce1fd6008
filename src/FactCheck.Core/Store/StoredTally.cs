using System.Text.Json;
using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>A check's tally as stored beside its fingerprint, so an unchanged re-check need not count the flags.</summary>
internal static class StoredTally
{
    private sealed record Shape(Dictionary<Severity, int> Discrepancies, int Agreements);

    public static string Write(FindingTally tally) =>
        JsonSerializer.Serialize(new Shape(new Dictionary<Severity, int>(tally.Discrepancies), tally.Agreements));

    public static FindingTally Read(string json) =>
        JsonSerializer.Deserialize<Shape>(json) is { } shape
            ? new FindingTally(shape.Discrepancies, shape.Agreements)
            : throw new InvalidDataException("check_runs.tally is empty");
}
