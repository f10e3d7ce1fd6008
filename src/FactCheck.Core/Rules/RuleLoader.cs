using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>
/// Loads every rule file (*.json directly in the rules folder; lexicon/ and schema/ below it hold
/// other things) and validates each rule through its kind. Any problem stops the run with the
/// file, the rule and what is wrong.
/// </summary>
public sealed class RuleLoader(RuleKindRegistry kinds)
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly HashSet<string> TopLevelFields = ["$schema", "rules"];

    public IReadOnlyList<IRule> Load(string rulesDirectory)
    {
        var problems = new List<RuleFileException>();
        var rules = Load(RuleFiles(rulesDirectory), problems);
        if (problems.Count > 0) throw problems[0];
        return rules;
    }

    /// <summary>Every problem in the given rule files, each with its line and column where known; empty when all is well.</summary>
    public IReadOnlyList<RuleFileException> Validate(IEnumerable<string> files)
    {
        var problems = new List<RuleFileException>();
        Load(files, problems);
        return problems;
    }

    public static IEnumerable<string> RuleFiles(string rulesDirectory) =>
        Directory.Exists(rulesDirectory)
            ? Directory.GetFiles(rulesDirectory, "*.json").Order(StringComparer.Ordinal)
            : throw new RuleFileException(rulesDirectory, null, "rules folder not found");

    private List<IRule> Load(IEnumerable<string> files, List<RuleFileException> problems)
    {
        var rules = new List<IRule>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            IReadOnlyList<RuleDefinition> definitions;
            try { definitions = ReadFile(file); }
            catch (RuleFileException e)
            {
                problems.Add(e.JsonPath is null ? e : e.At(JsonPositions.Locate(file, e.JsonPath)));
                continue;
            }
            foreach (var definition in definitions)
            {
                try
                {
                    if (seen.TryGetValue(definition.Id, out var other))
                        throw new RuleFileException(file, definition.Id, $"duplicate rule id (also in {other})", $"rules[{definition.Index}].id");
                    seen[definition.Id] = file;
                    if (definition.Json.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False) continue;
                    rules.Add(kinds.Find(definition.Kind, file, definition.Id).Create(definition));
                }
                catch (RuleFileException e)
                {
                    problems.Add(e.At(JsonPositions.Locate(file, e.JsonPath ?? $"rules[{definition.Index}]")));
                }
            }
        }
        return rules;
    }

    public static IReadOnlyList<RuleDefinition> ReadFile(string file)
    {
        if (!File.Exists(file)) throw new RuleFileException(file, null, "file not found");
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), Options);
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new RuleFileException(file, null, $"malformed JSON ({e.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd()})",
                position: ((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1));
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new RuleFileException(file, null, "expected an object with a \"rules\" array", jsonPath: "");
        foreach (var property in root.EnumerateObject())
            if (!TopLevelFields.Contains(property.Name))
                throw new RuleFileException(file, null, $"unknown top-level field '{property.Name}'", jsonPath: property.Name);

        var definitions = new List<RuleDefinition>();
        var index = 0;
        foreach (var rule in list.EnumerateArray())
        {
            var where = $"rules[{index++}]";
            if (rule.ValueKind != JsonValueKind.Object) throw new RuleFileException(file, null, "each rule must be an object", where);
            var id = Text(rule, "id") ?? throw new RuleFileException(file, null, "missing 'id' (a string)", where);
            definitions.Add(new RuleDefinition
            {
                Index = index - 1,
                Id = id,
                Kind = Text(rule, "kind") ?? throw new RuleFileException(file, id, "missing 'kind'", where),
                Description = Text(rule, "description"),
                Message = Text(rule, "message") ?? throw new RuleFileException(file, id, "missing 'message'", where),
                Json = rule,
                File = file,
            });
        }
        return definitions;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
