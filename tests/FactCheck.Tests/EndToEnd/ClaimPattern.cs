using System.Text.Json;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// A partial description of a claim from an expectations file, matched against the claim objects
/// factcheck writes as JSON: every field the pattern gives must hold.
/// </summary>
public sealed class ClaimPattern(JsonElement pattern)
{
    public bool Matches(JsonElement claim)
    {
        foreach (var field in pattern.EnumerateObject())
        {
            var ok = field.Name switch
            {
                "document" => Text(claim, "document").Contains(field.Value.GetString()!, StringComparison.Ordinal),
                "text" => Text(claim, "text").Contains(field.Value.GetString()!, StringComparison.Ordinal),
                "low" => Number(claim, "low") == field.Value.GetDouble(),
                "high" => Number(claim, "high") == field.Value.GetDouble(),
                "low_below" => Number(claim, "low") <= field.Value.GetDouble(),
                "high_above" => (Number(claim, "high") ?? double.PositiveInfinity) >= field.Value.GetDouble(),
                "unbounded" => (Number(claim, "high") is null) == field.Value.GetBoolean(),
                _ => string.Equals(Text(claim, field.Name), field.Value.GetString(), StringComparison.OrdinalIgnoreCase),
            };
            if (!ok) return false;
        }
        return true;
    }

    public override string ToString() => pattern.GetRawText();

    private static string Text(JsonElement claim, string name) =>
        claim.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static double? Number(JsonElement claim, string name) =>
        claim.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
