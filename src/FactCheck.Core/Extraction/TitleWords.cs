namespace FactCheck.Extraction;

/// <summary>
/// The titles written before a name ("General", "Deputy"), and any hyphenated compound of them ("Major-General",
/// "Lieutenant-Colonel", "Vice-President"): a compound is a title when each of its parts is one.
/// </summary>
internal sealed class TitleWords
{
    private readonly HashSet<string> _titles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _parts;

    public TitleWords(IEnumerable<string> titles)
    {
        _titles = new HashSet<string>(titles, StringComparer.Ordinal);
        _parts = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(string word)
    {
        if (_titles.Contains(word)) return true;
        var rest = word.AsSpan();
        if (rest.IndexOf('-') <= 0) return false;
        while (true)
        {
            var hyphen = rest.IndexOf('-');
            var part = hyphen < 0 ? rest : rest[..hyphen];
            if (part.IsEmpty || !_parts.Contains(part)) return false;
            if (hyphen < 0) return true;
            rest = rest[(hyphen + 1)..];
        }
    }
}
