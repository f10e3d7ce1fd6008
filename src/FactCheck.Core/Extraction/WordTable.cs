namespace FactCheck.Extraction;

/// <summary>
/// The words tokenized with one lexicon, each spelling kept once and classified once: a token of a
/// known spelling costs one lookup and no allocation. Lookups take no lock and are safe from any
/// number of threads; adding a spelling takes one. Past <see cref="Capacity"/> spellings (numbers
/// and names in a large archive), new words are still classified but no longer kept, so memory
/// stays bounded whatever the corpus.
/// </summary>
/// <remarks>
/// An open-addressing table rather than a concurrent dictionary: this lookup runs for every token,
/// and the dictionary's took a sixth of extraction.
/// </remarks>
internal sealed class WordTable
{
    public const int Capacity = 250_000;

    private readonly WordClasses _classes;
    private readonly Lock _adding = new();
    private Slot[] _slots = new Slot[1 << 12];
    private int _count;

    /// <summary>A word and its hash, side by side, so a probe rejects other words without reading them.</summary>
    private struct Slot
    {
        public int Hash;
        public Word? Word;
    }

    internal WordTable(WordClasses classes) => _classes = classes;

    /// <summary>The word for a spelling as written; a curly apostrophe reads as a straight one.</summary>
    public Word Get(ReadOnlySpan<char> spelling)
    {
        var hash = Hash(spelling);
        return Find(Volatile.Read(ref _slots), spelling, hash) ?? Add(spelling, hash);
    }

    private static Word? Find(Slot[] slots, ReadOnlySpan<char> spelling, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            // The word is written after its hash: once the word is seen, so is the hash.
            var word = Volatile.Read(ref slots[i].Word);
            if (word is null) return null;
            if (slots[i].Hash == hash && spelling.SequenceEqual(word.Spelling)) return word;
        }
    }

    private Word Add(ReadOnlySpan<char> spelling, int hash)
    {
        lock (_adding)
        {
            if (Find(_slots, spelling, hash) is { } added) return added;
            var word = new Word(Tokenizer.Text(spelling), _classes);
            if (!spelling.SequenceEqual(word.Text)) word.Spelling = new string(spelling);
            if (_count >= Capacity) return word;
            // At most half full, so a probe soon meets an empty slot.
            if (2 * (_count + 1) > _slots.Length)
            {
                var larger = new Slot[_slots.Length * 2];
                foreach (var kept in _slots)
                    if (kept.Word is not null) Place(larger, kept.Hash, kept.Word);
                Volatile.Write(ref _slots, larger);
            }
            Place(_slots, hash, word);
            _count++;
            return word;
        }
    }

    /// <summary>Stores a word in a table it is not in; a reader sees it whole or not at all.</summary>
    private static void Place(Slot[] slots, int hash, Word word)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i].Word is not null) i = (i + 1) & mask;
        slots[i].Hash = hash;
        Volatile.Write(ref slots[i].Word, word);
    }

    /// <summary>
    /// The runtime's string hash, seeded anew in every process: a document written to make many
    /// spellings collide would turn each lookup into a long probe, and no document can aim at a
    /// seed it cannot know.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> spelling) => string.GetHashCode(spelling) & int.MaxValue;
}
