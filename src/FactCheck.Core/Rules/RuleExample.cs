using System.Globalization;
using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>A short text for one document of an example, with the date it was published.</summary>
public sealed record ExampleDocument(DateOnly Date, string Text);

/// <summary>
/// An example a rule file carries: a few short documents and whether the rule should find
/// something in them ("flag") or not ("no flag").
/// </summary>
public sealed record RuleExample(string Name, IReadOnlyList<ExampleDocument> Documents, bool ExpectFinding)
{
    /// <summary>The examples of a rule, validated; none when the rule has no "examples".</summary>
    public static IReadOnlyList<RuleExample> Read(RuleDefinition rule)
    {
        if (!rule.Json.TryGetProperty("examples", out var examples)) return [];
        RuleFileException Problem(string problem, string path) =>
            new RuleFileException(rule.File, rule.Id, problem, $"rules[{rule.Index}].examples{path}")
                .At(JsonPositions.Locate(rule.File, $"rules[{rule.Index}].examples{path}"));
        if (examples.ValueKind != JsonValueKind.Array) throw Problem($"'examples' must be an array of examples, not {RuleSettings.Described(examples)}", "");
        var read = new List<RuleExample>();
        var index = 0;
        foreach (var example in examples.EnumerateArray())
        {
            var at = $"[{index}]";
            if (example.ValueKind != JsonValueKind.Object) throw Problem($"an example must be an object, not {RuleSettings.Described(example)}", at);
            RefuseUnknownFields(example, ExampleFields, at);
            var name = example.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString())
                ? n.GetString()! : throw Problem("an example needs a 'name' (a non-empty string)", at);
            var expect = example.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (expect is not ("flag" or "no flag")) throw Problem($"example '{name}': 'expect' must be \"flag\" or \"no flag\"", at);
            if (!example.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array || documents.GetArrayLength() == 0)
                throw Problem($"example '{name}' needs 'documents': [{{\"date\": \"YYYY-MM-DD\", \"text\": \"...\"}}]", at);
            var parsed = new List<ExampleDocument>();
            foreach (var document in documents.EnumerateArray())
            {
                var documentAt = $"{at}.documents[{parsed.Count}]";
                if (document.ValueKind != JsonValueKind.Object) throw Problem($"example '{name}': a document must be an object, not {RuleSettings.Described(document)}", documentAt);
                RefuseUnknownFields(document, DocumentFields, documentAt);
                var text = document.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.GetString())
                    ? t.GetString()! : throw Problem($"example '{name}': a document needs 'text' (a non-empty string)", documentAt);
                var dateText = document.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw Problem($"example '{name}': a document needs 'date' as YYYY-MM-DD", documentAt);
                parsed.Add(new ExampleDocument(date, text));
            }
            read.Add(new RuleExample(name, parsed, expect == "flag"));
            index++;
        }
        return read;

        void RefuseUnknownFields(JsonElement element, string[] known, string path)
        {
            foreach (var property in element.EnumerateObject())
                if (!known.Contains(property.Name))
                    throw Problem($"unknown field '{property.Name}' (expected: {string.Join(", ", known)})", $"{path}.{property.Name}");
        }
    }

    private static readonly string[] ExampleFields = ["name", "expect", "documents"];
    private static readonly string[] DocumentFields = ["date", "text"];
}
