namespace FactCheck.Rules.QuoteVariance;

/// <summary>
/// The words two versions of a quote put differently ("announce" → "report"), from a word-level
/// longest common subsequence. Extra words at one end of one version only (a longer excerpt) are
/// not differences; replacements anywhere and words added or dropped in the middle are.
/// </summary>
internal static class WordDifference
{
    /// <param name="sameWords">Words that are one word in any spelling: a unit's ("kilometres", "km") to its name.</param>
    public static IReadOnlyList<(string Before, string After)> Between(string first, string second, IReadOnlyDictionary<string, string>? sameWords = null)
    {
        var a = Words(first);
        var b = Words(second);
        string Key(string word) => WordDifference.Key(word, sameWords);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = Key(a[i]) == Key(b[j]) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var changes = new List<(string, string)>();
        var removed = new List<string>();
        var added = new List<string>();
        var matchedYet = false;
        void Flush(bool atEnd)
        {
            // At either end only a replacement counts ("Come" → "Go ahead"); words on one side only are a longer excerpt.
            var inside = matchedYet && !atEnd;
            if (inside ? removed.Count > 0 || added.Count > 0 : removed.Count > 0 && added.Count > 0)
                changes.Add((string.Join(' ', removed), string.Join(' ', added)));
            removed.Clear();
            added.Clear();
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (Key(a[x]) == Key(b[y])) { Flush(atEnd: false); matchedYet = true; x++; y++; }
            else if (common[x + 1, y] >= common[x, y + 1]) removed.Add(a[x++]);
            else added.Add(b[y++]);
        }
        Flush(atEnd: true);
        return changes;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string word, IReadOnlyDictionary<string, string>? sameWords)
    {
        var key = new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return sameWords is not null && sameWords.TryGetValue(key, out var unit) ? "unit:" + unit : key;
    }
}
