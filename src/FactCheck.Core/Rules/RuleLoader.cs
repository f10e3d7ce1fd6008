using System.Text.Json;
using FactCheck.Diagnostics;
using FactCheck.Ingestion;

namespace FactCheck.Rules;

/// <summary>
/// Loads every rule file (*.json directly in the rules folder; lexicon/ and schema/ below it hold
/// other things) and validates each rule: the fields every rule shares by type, the kind's own
/// settings through its kind, the names of metrics, subjects, units and currencies against the
/// lexicon. An invalid rule stops the run with the file, the rule and what is wrong; a file that
/// cannot be read as a rule file at all (a pipe, a device, too large) is skipped with a warning
/// when the caller takes warnings.
/// </summary>
public sealed class RuleLoader
{
    /// <summary>A rule file past this is not one someone wrote by hand (the largest shipped is 6 KB).</summary>
    public const long MaxFileBytes = 4L << 20;

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Of two "enabled" in one rule, which one counts is not something a reader can tell.
        AllowDuplicateProperties = false,
    };

    private static readonly HashSet<string> TopLevelFields = ["$schema", "rules"];

    private readonly RuleKindRegistry _kinds;
    private readonly RuleVocabulary? _vocabulary;

    /// <summary>Names in rules are checked against the lexicon in the rules folder loaded (rules/lexicon).</summary>
    public RuleLoader(RuleKindRegistry kinds) => _kinds = kinds;

    /// <summary>Names in rules are checked against this vocabulary, wherever the rule files are.</summary>
    public RuleLoader(RuleKindRegistry kinds, RuleVocabulary vocabulary) => (_kinds, _vocabulary) = (kinds, vocabulary);

    /// <summary>Every rule of the folder; the first problem, of any sort, is thrown (with how many more there are).</summary>
    public IReadOnlyList<IRule> Load(string rulesDirectory) => Load(rulesDirectory, warnings: null);

    /// <summary>
    /// Every rule of the folder. A file that cannot be read as a rule file is skipped with a warning
    /// and the others load; the first invalid rule is thrown, since running without it would
    /// silently drop what it finds.
    /// </summary>
    public IReadOnlyList<IRule> Load(string rulesDirectory, IWarningSink? warnings)
    {
        var result = LoadFolder(rulesDirectory);
        foreach (var skipped in result.Unreadable)
            if (warnings is null) throw skipped;
            else warnings.Warn(skipped.File, skipped.Problem + "; skipped");
        if (result.Problems.Count > 0)
        {
            var first = result.Problems[0];
            throw result.Problems.Count == 1 ? first
                : new RuleFileException(first.File, first.RuleId, $"{first.Problem} (and {result.Problems.Count - 1} more; 'factcheck rules validate' lists them all)", first.JsonPath, first.Position);
        }
        return result.Rules;
    }

    /// <summary>
    /// Loads and validates every rule file of the folder and gives back everything found: the rules,
    /// the problems that make rules invalid, the files that cannot be read. Throws nothing a rule file
    /// causes (a missing or broken lexicon or folder still throws): for a command that checks the rules
    /// before it starts work.
    /// </summary>
    public RuleLoadResult LoadFolder(string rulesDirectory) => LoadFiles(RuleFiles(rulesDirectory), _vocabulary ?? RuleVocabulary.Load(rulesDirectory));

    /// <summary>Every problem in the given rule files, each with its line and column where known; empty when all is well.</summary>
    public IReadOnlyList<RuleFileException> Validate(IEnumerable<string> files)
    {
        var list = files.ToList();
        var vocabulary = _vocabulary ?? RuleVocabulary.Load(list.Count > 0 ? Path.GetDirectoryName(Path.GetFullPath(list[0]))! : ".");
        var result = LoadFiles(list, vocabulary);
        return [.. result.Unreadable, .. result.Problems];
    }

    public static IEnumerable<string> RuleFiles(string rulesDirectory) =>
        Directory.Exists(rulesDirectory)
            ? Directory.GetFiles(rulesDirectory, "*.json").Order(StringComparer.Ordinal)
            : throw new RuleFileException(rulesDirectory, null, "rules folder not found");

    private RuleLoadResult LoadFiles(IEnumerable<string> files, RuleVocabulary vocabulary)
    {
        var rules = new List<IRule>();
        var problems = new List<RuleFileException>();
        var unreadable = new List<RuleFileException>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            IReadOnlyList<JsonElement> elements;
            try { elements = ReadFile(file); }
            catch (RuleFileException e) when (e.Unreadable)
            {
                unreadable.Add(e);
                continue;
            }
            catch (RuleFileException e)
            {
                problems.Add(e.JsonPath is null ? e : e.At(JsonPositions.Locate(file, e.JsonPath)));
                continue;
            }
            for (var index = 0; index < elements.Count; index++)
            {
                try
                {
                    var definition = SharedRuleFields.Read(file, elements[index], index, vocabulary);
                    if (seen.TryGetValue(definition.Id, out var other))
                        throw new RuleFileException(file, definition.Id, $"duplicate rule id (also in {other})", $"rules[{index}].id");
                    seen[definition.Id] = file;
                    // A rule switched off may be one its author is still writing: only the shared fields are checked.
                    if (!definition.Enabled) continue;
                    rules.Add(_kinds.Find(definition).Create(definition));
                }
                catch (RuleFileException e)
                {
                    problems.Add(e.At(JsonPositions.Locate(file, e.JsonPath ?? $"rules[{index}]")));
                }
            }
        }
        return new RuleLoadResult(rules, problems, unreadable);
    }

    /// <summary>The rule objects of a file, not yet read; throws when the file as a whole is unusable.</summary>
    private static IReadOnlyList<JsonElement> ReadFile(string file)
    {
        if (!Path.Exists(file) && new FileInfo(file).LinkTarget is null) throw new RuleFileException(file, null, "file not found");
        var text = SmallFile.Read(file, MaxFileBytes, out var unreadable) ?? throw new RuleFileException(file, null, unreadable!, unreadable: true);
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(text, Options);
            root = json.RootElement.Clone();
        }
        catch (JsonException) when (JsonPositions.FirstDuplicateKey(text) is { } duplicate)
        {
            throw new RuleFileException(file, null, $"'{duplicate.Name}' is given twice in one object; keep one", position: (duplicate.Line, duplicate.Column));
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
            else if (property.Value.ValueKind != JsonValueKind.String && property.Name == "$schema")
                throw new RuleFileException(file, null, $"'$schema' must be a string, not {RuleSettings.Described(property.Value)}", jsonPath: property.Name);

        return list.EnumerateArray().ToList();
    }
}

/// <summary>What loading a rules folder found: the rules ready to run, the invalid rules, and the files that could not be read.</summary>
public sealed record RuleLoadResult(IReadOnlyList<IRule> Rules, IReadOnlyList<RuleFileException> Problems, IReadOnlyList<RuleFileException> Unreadable);
