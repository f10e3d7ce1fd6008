namespace FactCheck.Extraction;

/// <summary>
/// Multi-word phrases looked up at a token position, longest first: "tens of thousands" before
/// "thousands", "internally displaced" before "displaced".
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly bool _caseSensitive;

    /// <param name="classes">Where the lexicon registers this list, so a word's classification rules it out at once.</param>
    internal PhraseIndex(IEnumerable<(string Phrase, T Value)> phrases, bool caseSensitive = false, WordClasses? classes = null)
    {
        _caseSensitive = caseSensitive;
        foreach (var (phrase, value) in phrases)
        {
            var words = Tokenizer.Tokenize(phrase, 0, 0, phrase.Length).Select(t => caseSensitive ? t.Text : t.Lower).ToArray();
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = new();
            list.Add((words, value));
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Bit = classes?.Register(_byFirstWord.Keys) ?? WordClasses.Any;
    }

    /// <summary>This list's bit in <see cref="Word.Starts"/>.</summary>
    internal ulong Bit { get; }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, with how many tokens it covers.</summary>
    public (T Value, int Length)? Match(List<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count || !tokens[index].Word.MayStart(Bit)) return null;
        if (!_byFirstWord.TryGetValue(Key(tokens[index]), out var candidates)) return null;
        foreach (var (words, value) in candidates)
        {
            if (index + words.Length > tokens.Count) continue;
            var all = true;
            for (var k = 1; k < words.Length && all; k++)
                all = Key(tokens[index + k]) == words[k];
            if (all) return (value, words.Length);
        }
        return null;
    }

    private string Key(Token token) => _caseSensitive ? token.Text : token.Lower;
}
