using System.Text;

namespace FactCheck.Synthetic;

/// <summary>
/// Invented town names, one per index and never the same twice, so that each planted event
/// happens somewhere of its own and unrelated events are never taken for the same one.
/// </summary>
/// <remarks>
/// The core of a name is the index written in consonant-vowel syllables (bijective base 78, at
/// least two syllables), which reads back unambiguously; the ending starts with two consonants,
/// so it can never be mistaken for more syllables. Hence distinct indexes give distinct names.
/// </remarks>
public static class PlaceNames
{
    private const string Consonants = "bdhklmnprstvz";
    private const string Vowels = "aoyeiu";
    private static readonly string[] Endings = ["vka", "nka", "rsk", "ntsi", "vske", "lne", "shche", "rne"];

    private static int SyllableCount => Consonants.Length * Vowels.Length;

    public static string For(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var syllables = new List<int>();
        // Bijective numeration: every syllable string of a given length is used exactly once.
        var n = (long)index + SyllableCount + 1;
        while (n > 0)
        {
            n--;
            syllables.Add((int)(n % SyllableCount));
            n /= SyllableCount;
        }
        var name = new StringBuilder();
        for (var i = syllables.Count - 1; i >= 0; i--)
        {
            name.Append(Consonants[syllables[i] / Vowels.Length]);
            name.Append(Vowels[syllables[i] % Vowels.Length]);
        }
        name.Append(Endings[index % Endings.Length]);
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }
}
