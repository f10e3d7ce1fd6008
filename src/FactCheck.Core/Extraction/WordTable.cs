using System.Collections.Concurrent;

namespace FactCheck.Extraction;

/// <summary>
/// The words tokenized with one lexicon, each spelling kept once and classified once: a token of a
/// known spelling costs one lookup and no allocation. Safe to share between threads. Past
/// <see cref="Capacity"/> spellings (numbers and names in a large archive), new words are still
/// classified but no longer kept, so memory stays bounded whatever the corpus.
/// </summary>
public sealed class WordTable
{
    public const int Capacity = 250_000;

    private readonly WordClasses _classes;
    private readonly ConcurrentDictionary<string, Word> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _bySpelling;
    private int _count;

    internal WordTable(WordClasses classes)
    {
        _classes = classes;
        _bySpelling = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The word for a spelling as written; a curly apostrophe reads as a straight one.</summary>
    public Word Get(ReadOnlySpan<char> spelling)
    {
        if (_bySpelling.TryGetValue(spelling, out var known)) return known;
        var text = Tokenizer.Text(spelling);
        var word = new Word(text, _classes);
        if (Volatile.Read(ref _count) >= Capacity) return word;
        var key = text.Length == spelling.Length && spelling.SequenceEqual(text) ? text : new string(spelling);
        var kept = _words.GetOrAdd(key, word);
        if (ReferenceEquals(kept, word)) Interlocked.Increment(ref _count);
        return kept;
    }
}
