using System.Collections.Concurrent;
using System.Text.Json;

namespace FactCheck.Rules;

/// <summary>
/// How a claimant reads inside a rule's message: a source written as a common noun keeps its
/// lower case mid-sentence ("Organisers" opened its sentence: "organisers"), and a plural one takes
/// a plural verb ("police count", "organisers say"). The nouns are the attribution lexicon's
/// (rules/lexicon/attribution.json: sourceNouns, unnamedSources), read once per rules folder.
/// </summary>
internal sealed class ClaimantGrammar
{
    private static readonly ConcurrentDictionary<string, ClaimantGrammar> Loaded = new(StringComparer.Ordinal);
    private static readonly ClaimantGrammar None = new(new HashSet<string>(), new HashSet<string>());

    private readonly IReadOnlySet<string> _nouns;
    private readonly IReadOnlySet<string> _plurals;

    private ClaimantGrammar(IReadOnlySet<string> nouns, IReadOnlySet<string> plurals) => (_nouns, _plurals) = (nouns, plurals);

    /// <summary>The grammar of the rules folder a rule file sits in; none when it has no attribution lexicon.</summary>
    public static ClaimantGrammar For(string ruleFile) =>
        Loaded.GetOrAdd(Path.GetDirectoryName(Path.GetFullPath(ruleFile))!, folder =>
        {
            var path = Path.Combine(folder, "lexicon", "attribution.json");
            if (!File.Exists(path)) return None;
            using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            string[] Words(string list) => json.RootElement.TryGetProperty(list, out var words) && words.ValueKind == JsonValueKind.Array
                ? words.EnumerateArray().Select(w => w.GetString()).OfType<string>().Where(w => !w.Contains(' ') && !w.Contains('\'')).Select(w => w.ToLowerInvariant()).ToArray()
                : [];
            var unnamed = Words("unnamedSources");
            var nouns = Words("sourceNouns").Concat(unnamed).ToHashSet(StringComparer.Ordinal);
            // Unnamed sources are plural by nature ("police", "witnesses"); of the other nouns, those with a plural -s.
            var plurals = unnamed.Concat(nouns.Where(n => n.EndsWith('s') && !n.EndsWith("ss", StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
            return new ClaimantGrammar(nouns, plurals);
        });

    /// <summary>The claimant as a message writes it: "Organisers" → "organisers"; names unchanged.</summary>
    public string AsWritten(string claimant)
    {
        var first = claimant.Split(' ')[0];
        return first.Length > 1 && char.IsUpper(first[0]) && !char.IsUpper(first[1]) && _nouns.Contains(first.ToLowerInvariant())
            ? char.ToLowerInvariant(claimant[0]) + claimant[1..]
            : claimant;
    }

    /// <summary>Whether the claimant's head noun is plural: "local police", "organisers", not "interior ministry".</summary>
    public bool IsPlural(string claimant) => _plurals.Contains(claimant.Split(' ')[^1].ToLowerInvariant());

    /// <summary>The verb opening <paramref name="rest"/> in agreement with a plural subject: " says" → " say", " has" → " have".</summary>
    public static string WithPluralVerb(string rest)
    {
        var start = rest.Length - rest.TrimStart().Length;
        var end = rest.IndexOf(' ', start) is var space and >= 0 ? space : rest.Length;
        var verb = rest[start..end];
        var plural = verb switch
        {
            "has" => "have",
            "is" => "are",
            "was" => "were",
            "does" => "do",
            _ when verb.EndsWith("sses", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal)
                   || verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("xes", StringComparison.Ordinal) => verb[..^2],
            _ when verb.Length > 2 && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) => verb[..^1],
            _ => verb,
        };
        return rest[..start] + plural + rest[end..];
    }
}
