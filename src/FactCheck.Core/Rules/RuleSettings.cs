using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>
/// Reads a rule's own settings from its JSON object, failing with the file, rule id and the
/// offending field, and refusing fields nobody asked for (a typo must not be silently ignored).
/// </summary>
internal sealed class RuleSettings
{
    private readonly RuleDefinition _definition;
    private readonly string _prefix;
    private readonly HashSet<string> _read;

    /// <summary>The rule file the settings come from, and so the rules folder its lexicon sits in.</summary>
    public string File => _definition.File;

    public RuleSettings(RuleDefinition definition) : this(definition, "", CommonFields)
    {
    }

    private RuleSettings(RuleDefinition definition, string prefix, IEnumerable<string> alreadyRead)
    {
        _definition = definition;
        _prefix = prefix;
        _read = new HashSet<string>(alreadyRead, StringComparer.Ordinal);
    }

    /// <summary>Fields every rule may carry, whatever its kind.</summary>
    public static readonly string[] CommonFields = ["id", "kind", "description", "message", "examples", "enabled"];

    public RuleFileException Error(string problem, string? field = null) =>
        new(_definition.File, _definition.Id, problem, $"rules[{_definition.Index}]" + (field is null ? (_prefix.Length > 0 ? "." + _prefix.TrimEnd('.') : "") : $".{_prefix}{field}"));

    public double Number(string name, double? fallback = null, double min = double.MinValue, double max = double.MaxValue)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value))
            return fallback ?? throw Error($"missing required field '{_prefix}{name}'", name);
        if (value.ValueKind != JsonValueKind.Number) throw Error($"'{_prefix}{name}' must be a number, not {Described(value)}", name);
        var number = value.GetDouble();
        if (number < min || number > max)
            throw Error(max == double.MaxValue ? $"'{name}' must be at least {min}, not {number}"
                : min == double.MinValue ? $"'{name}' must be at most {max}, not {number}"
                : $"'{name}' must be between {min} and {max}, not {number}", name);
        return number;
    }

    public double? OptionalNumber(string name, double min = double.MinValue)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return Number(name, min: min);
    }

    public bool Boolean(string name, bool fallback)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value)) return fallback;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"'{_prefix}{name}' must be true or false, not {Described(value)}", name),
        };
    }

    public IReadOnlyList<string> Strings(string name, IReadOnlyList<string>? fallback = null)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value))
            return fallback ?? throw Error($"missing required field '{name}'", name);
        if (value.ValueKind != JsonValueKind.Array) throw Error($"'{_prefix}{name}' must be an array of strings, not {Described(value)}", name);
        var strings = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var at = $"{name}[{strings.Count}]";
            if (item.ValueKind != JsonValueKind.String) throw Error($"'{_prefix}{at}' must be a string, not {Described(item)}", at);
            if (string.IsNullOrWhiteSpace(item.GetString())) throw Error($"'{_prefix}{at}' is empty", at);
            strings.Add(item.GetString()!);
        }
        return strings;
    }

    /// <summary>
    /// An array of names the lexicon must know (metrics, subjects...): a name it does not know would
    /// match nothing, so it is an error at that name, with the known name it most resembles.
    /// </summary>
    public IReadOnlyList<string> KnownNames(string name, Func<RuleVocabulary, RuleVocabulary.Names> kind, IReadOnlyList<string>? fallback = null, string? wildcard = null)
    {
        var names = Strings(name, fallback);
        for (var i = 0; i < names.Count; i++)
            if (names[i] != wildcard) RequireKnown(names[i], kind, $"{name}[{i}]");
        return names;
    }

    /// <summary>Fails at <paramref name="field"/> when the lexicon does not know <paramref name="value"/> as a name of that kind.</summary>
    public void RequireKnown(string value, Func<RuleVocabulary, RuleVocabulary.Names> kind, string field)
    {
        var vocabulary = _definition.Vocabulary ?? throw new InvalidOperationException($"rule '{_definition.Id}' names a {field} but was read without a vocabulary to check it against");
        if (kind(vocabulary).Problem(value) is { } problem) throw Error(problem, field);
    }

    /// <summary>Whether the rule gives the field at all, for optional objects.</summary>
    public bool Has(string name) => _definition.Json.TryGetProperty(name, out _);

    public RuleSettings Object(string name)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value)) throw Error($"missing object '{_prefix}{name}'", name);
        if (value.ValueKind != JsonValueKind.Object) throw Error($"'{_prefix}{name}' must be an object, not {Described(value)}", name);
        return new RuleSettings(_definition with { Json = value }, $"{_prefix}{name}.", []);
    }

    public string Text(string name, string? fallback = null)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value))
            return fallback ?? throw Error($"missing required field '{_prefix}{name}'", name);
        if (value.ValueKind != JsonValueKind.String) throw Error($"'{_prefix}{name}' must be a string, not {Described(value)}", name);
        return string.IsNullOrWhiteSpace(value.GetString()) ? throw Error($"'{_prefix}{name}' is empty", name) : value.GetString()!;
    }

    /// <summary>A fixed severity ("severity": "low"), for kinds that do not grade by ratio.</summary>
    public Severity Severity(Severity fallback)
    {
        var text = Text("severity", fallback.ToString().ToLowerInvariant());
        return Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && !int.TryParse(text, out _)
            ? severity
            : throw Error($"'severity' must be info, low, medium or high, not '{text}'", "severity");
    }

    /// <summary>Every field name of this object, each counted as read (for tables keyed by name).</summary>
    public IReadOnlyList<string> Names()
    {
        var names = _definition.Json.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var name in names) _read.Add(name);
        return names;
    }

    /// <summary>An array of objects, each read with its own settings ("events[0].start" in errors).</summary>
    public IReadOnlyList<RuleSettings> Objects(string name)
    {
        _read.Add(name);
        if (!_definition.Json.TryGetProperty(name, out var value)) throw Error($"missing array '{_prefix}{name}'", name);
        if (value.ValueKind != JsonValueKind.Array) throw Error($"'{_prefix}{name}' must be an array of objects, not {Described(value)}", name);
        return value.EnumerateArray().Select((element, index) => element.ValueKind == JsonValueKind.Object
                ? new RuleSettings(_definition with { Json = element }, $"{_prefix}{name}[{index}].", [])
                : throw Error($"'{_prefix}{name}[{index}]' must be an object, not {Described(element)}", $"{name}[{index}]"))
            .ToList();
    }

    /// <summary>What a value is, for saying what was found instead of what was expected: "the string \"false\"".</summary>
    public static string Described(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {JsonSerializer.Serialize(value.GetString())}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>Call once every setting is read: any other field is an error naming it.</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in _definition.Json.EnumerateObject())
            if (!_read.Contains(property.Name))
                throw Error($"unknown field '{_prefix}{property.Name}'", property.Name);
    }
}
