namespace FactCheck.Extraction;

/// <summary>
/// The words tokenized with one lexicon, each spelling kept once and classified once: a token of a
/// known spelling costs one lookup and no allocation. Lookups take no lock and are safe from any
/// number of threads; adding a spelling takes one. Past <see cref="Capacity"/> spellings (numbers
/// and names in a large archive), new words are still classified but no longer kept, so memory
/// stays bounded whatever the corpus.
/// </summary>
/// <remarks>
/// An open-addressing table with a cheap hash rather than a concurrent dictionary: this lookup runs
/// for every token, and the dictionary's took a sixth of extraction.
/// </remarks>
public sealed class WordTable
{
    public const int Capacity = 250_000;

    private readonly WordClasses _classes;
    private readonly Lock _adding = new();
    private Word?[] _slots = new Word?[1 << 12];
    private int _count;

    internal WordTable(WordClasses classes) => _classes = classes;

    /// <summary>The word for a spelling as written; a curly apostrophe reads as a straight one.</summary>
    public Word Get(ReadOnlySpan<char> spelling)
    {
        var hash = Hash(spelling);
        return Find(Volatile.Read(ref _slots), spelling, hash) ?? Add(spelling, hash);
    }

    private static Word? Find(Word?[] slots, ReadOnlySpan<char> spelling, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var word = Volatile.Read(ref slots[i]);
            if (word is null) return null;
            if (word.Hash == hash && spelling.SequenceEqual(word.Spelling)) return word;
        }
    }

    private Word Add(ReadOnlySpan<char> spelling, int hash)
    {
        lock (_adding)
        {
            if (Find(_slots, spelling, hash) is { } added) return added;
            var word = new Word(Tokenizer.Text(spelling), _classes) { Hash = hash };
            if (!spelling.SequenceEqual(word.Text)) word.Spelling = new string(spelling);
            if (_count >= Capacity) return word;
            // At most half full, so a probe soon meets an empty slot.
            if (2 * (_count + 1) > _slots.Length)
            {
                var larger = new Word?[_slots.Length * 2];
                foreach (var kept in _slots)
                    if (kept is not null) Place(larger, kept);
                Volatile.Write(ref _slots, larger);
            }
            Place(_slots, word);
            _count++;
            return word;
        }
    }

    /// <summary>Stores a word in a table it is not in; a reader sees it whole or not at all.</summary>
    private static void Place(Word?[] slots, Word word)
    {
        var mask = slots.Length - 1;
        var i = word.Hash & mask;
        while (slots[i] is not null) i = (i + 1) & mask;
        Volatile.Write(ref slots[i], word);
    }

    /// <summary>FNV-1a, its high bits folded in: cheap, and spreads words well enough.</summary>
    private static int Hash(ReadOnlySpan<char> spelling)
    {
        var hash = 2166136261u;
        foreach (var c in spelling) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
