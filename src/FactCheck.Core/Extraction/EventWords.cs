using System.Text.Json.Serialization;

namespace FactCheck.Extraction;

internal sealed record EventsFile
{
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required Dictionary<string, string[]> Kinds { get; init; }
    public required string[] RunningTotal { get; init; }
    public string[] SiteVerbs { get; init; } = [];
    public string[] MetaphoricVerbs { get; init; } = [];
    public string[] InstitutionNouns { get; init; } = [];
    public string[] GenericNouns { get; init; } = [];
    public string[] ActedKinds { get; init; } = [];
}

/// <summary>The event vocabulary of rules/lexicon/events.json: the words naming each kind of event, the nouns naming one of no kind, the running-total cues, and the verbs saying where one happened.</summary>
internal sealed class EventWords
{
    public required PhraseIndex<string> Kinds { get; init; }
    public required PhraseIndex<bool> RunningTotal { get; init; }
    public required PhraseIndex<bool> SiteVerbs { get; init; }

    /// <summary>Event words that, as the verb of a plural subject, name no event: "protesters flood Barcelona", "demonstrators storm the parliament".</summary>
    public required IReadOnlySet<string> MetaphoricVerbs { get; init; }

    /// <summary>Words after an event word that make it part of who acts, no event: "fire authorities", "the National Fire Agency".</summary>
    public required IReadOnlySet<string> InstitutionNouns { get; init; }

    /// <summary>Nouns that name an event of no kind of their own: "the June 24 disaster", "Tuesday's incident".</summary>
    public required IReadOnlySet<string> GenericNouns { get; init; }

    /// <summary>Kinds of event someone carries out: a place's possessive before one says who did it ("Moscow's indiscriminate attacks").</summary>
    public required IReadOnlySet<string> ActedKinds { get; init; }

    /// <summary>
    /// Whether an event that befell a place, not one it carried out, is named within <paramref name="reach"/> tokens of
    /// <paramref name="start"/> with only its modifiers between: "Chile's worst outbreak of social unrest", "Nepal's earthquake".
    /// "Seoul's Yongsan fire department": an event word before an institution's noun names who acts.
    /// </summary>
    public bool HappenedAfter(List<Token> tokens, int start, int reach, WordSet functionWords) =>
        EventAfter(tokens, start, reach, functionWords) is var (at, length, kind)
        && !(kind is not null && (ActedKinds.Contains(kind) || at + length < tokens.Count && InstitutionNouns.Contains(tokens[at + length].Lower)));

    /// <summary>
    /// Whether an event word starts within <paramref name="reach"/> tokens of <paramref name="start"/> with only its modifiers
    /// between, no function word or punctuation: "the June 2 Balasore train crash", "a 1960 tsunami".
    /// </summary>
    public bool NamedAfter(List<Token> tokens, int start, int reach, WordSet functionWords) => EventAfter(tokens, start, reach, functionWords) is not null;

    /// <summary>The event word named after <paramref name="start"/> as <see cref="NamedAfter"/> finds it: where, how long, and its kind (null for a generic noun).</summary>
    private (int At, int Length, string? Kind)? EventAfter(List<Token> tokens, int start, int reach, WordSet functionWords)
    {
        for (var k = start; k < Math.Min(tokens.Count, start + reach); k++)
        {
            if (Kinds.Match(tokens, k) is { } kind) return (k, kind.Length, kind.Value);
            if (GenericNouns.Contains(tokens[k].Lower)) return (k, 1, null);
            if (!tokens[k].IsWord || functionWords.Contains(tokens[k])) return null;
        }
        return null;
    }

    public static EventWords From(EventsFile file, string path, WordClasses classes)
    {
        var kindOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, words) in file.Kinds)
        {
            if (words.Length == 0) throw new LexiconException(path, $"event kind '{kind}' lists no words");
            foreach (var word in words)
                if (kindOf.TryGetValue(word, out var other) && other != kind)
                    throw new LexiconException(path, $"'{word}' is listed under both '{other}' and '{kind}'");
                else kindOf[word] = kind;
        }
        foreach (var kind in file.ActedKinds)
            if (!file.Kinds.ContainsKey(kind)) throw new LexiconException(path, $"acted kind '{kind}' is no event kind");
        foreach (var verb in file.MetaphoricVerbs)
            if (!kindOf.ContainsKey(verb)) throw new LexiconException(path, $"metaphoric verb '{verb}' is no event word of any kind");
        return new EventWords
        {
            MetaphoricVerbs = file.MetaphoricVerbs.ToHashSet(StringComparer.OrdinalIgnoreCase),
            InstitutionNouns = file.InstitutionNouns.ToHashSet(StringComparer.OrdinalIgnoreCase),
            GenericNouns = file.GenericNouns.ToHashSet(StringComparer.OrdinalIgnoreCase),
            ActedKinds = file.ActedKinds.ToHashSet(StringComparer.Ordinal),
            Kinds = new(kindOf.Select(kv => (kv.Key, kv.Value)), classes: classes),
            RunningTotal = new(file.RunningTotal.Select(p => (p, true)), classes: classes),
            SiteVerbs = new(file.SiteVerbs.Select(p => (p, true)), classes: classes),
        };
    }
}
