using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>
/// Reads the fields every rule has, whatever its kind, each checked for its type: a non-empty
/// "id", "kind" and "message", a string "description", a boolean "enabled" (the string "false"
/// must not leave a rule on) and well-formed "examples".
/// </summary>
internal static class SharedRuleFields
{
    public static RuleDefinition Read(string file, JsonElement rule, int index, RuleVocabulary vocabulary)
    {
        var where = $"rules[{index}]";
        if (rule.ValueKind != JsonValueKind.Object)
            throw new RuleFileException(file, null, $"each rule must be an object, not {RuleSettings.Described(rule)}", where);
        var id = Text(file, null, rule, where, "id") ?? throw new RuleFileException(file, null, "missing 'id' (a string)", where);
        var definition = new RuleDefinition
        {
            Index = index,
            Id = id,
            Kind = Text(file, id, rule, where, "kind") ?? throw new RuleFileException(file, id, "missing 'kind'", where),
            Description = Text(file, id, rule, where, "description"),
            Message = Text(file, id, rule, where, "message") ?? throw new RuleFileException(file, id, "missing 'message'", where),
            Enabled = Enabled(file, id, rule, where),
            Json = rule,
            File = file,
            Vocabulary = vocabulary,
        };
        // Checked here, not only by 'rules test': a rule whose examples cannot be read is not a valid rule.
        RuleExample.Read(definition);
        return definition;
    }

    /// <summary>The field's text; null when absent; an error when it is not a string or is empty.</summary>
    private static string? Text(string file, string? id, JsonElement rule, string where, string name)
    {
        if (!rule.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new RuleFileException(file, id, $"'{name}' must be a string, not {RuleSettings.Described(value)}", $"{where}.{name}");
        return string.IsNullOrWhiteSpace(value.GetString())
            ? throw new RuleFileException(file, id, $"'{name}' is empty", $"{where}.{name}")
            : value.GetString();
    }

    private static bool Enabled(string file, string id, JsonElement rule, string where) =>
        !rule.TryGetProperty("enabled", out var value) || value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RuleFileException(file, id, $"'enabled' must be true or false, not {RuleSettings.Described(value)}", $"{where}.enabled"),
        };
}
