using FactCheck.Extraction;

namespace FactCheck.Rules.Pairing;

/// <summary>Whether two claimants are one source, however outlets spell its name.</summary>
internal sealed partial class ComparablePairs
{
    /// <summary>
    /// Whether <see cref="SourceOf"/> is the same for both, without building it: this is asked of
    /// every candidate pair, which needs no new string to answer.
    /// </summary>
    public static bool SameSource(Claim a, Claim b)
    {
        var (aOwn, bOwn) = (a.Claimant == Claim.Unattributed, b.Claimant == Claim.Unattributed);
        if (aOwn == bOwn)
            return aOwn ? (a.Publisher ?? a.Document) == (b.Publisher ?? b.Document)
                : a.Claimant == b.Claimant || HyphenedAlike(a.Claimant, b.Claimant) || SpelledAlike(a.Claimant, b.Claimant) || OwnedAlike(a.Claimant, b.Claimant);
        var (own, named) = aOwn ? (a, b) : (b, a);
        var outlet = own.Publisher ?? own.Document;
        return named.Claimant.Length == OwnSourcePrefix.Length + outlet.Length
               && named.Claimant.StartsWith(OwnSourcePrefix, StringComparison.Ordinal) && named.Claimant.EndsWith(outlet, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Marwan Aboud" and "Marwan Abboud", "Civil Defense" and "Civil Defence": a name of two or more capitalized words that another
    /// outlet spells with one letter added, dropped or changed in one word of four letters or more is the same source.
    /// </summary>
    internal static bool SpelledAlike(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.Length < MinimumNameLength || !char.IsUpper(a[0]) || !char.IsUpper(b[0])) return false;
        // Word by word, on spans: this is asked of every candidate pair whose claimants differ, and must allocate nothing.
        ReadOnlySpan<char> restA = a, restB = b;
        var (words, differing) = (0, 0);
        while (!restA.IsEmpty || !restB.IsEmpty)
        {
            if (restA.IsEmpty || restB.IsEmpty) return false;
            var wordA = NextWord(ref restA);
            var wordB = NextWord(ref restB);
            words++;
            if (wordA.SequenceEqual(wordB)) continue;
            if (++differing > 1 || wordA.Length < 4 || wordB.IsEmpty || wordA[0] != wordB[0] || !char.IsUpper(wordA[0]) || !OneEditApart(wordA, wordB)) return false;
        }
        return words >= 2 && differing == 1;
    }

    /// <summary>"Daniella Levine Cava" and "Daniella Levine-Cava": a name one outlet joins with a hyphen where another leaves a space is one source.</summary>
    internal static bool HyphenedAlike(string a, string b)
    {
        if (a.Length != b.Length || a.Length < MinimumNameLength) return false;
        var joined = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (a[i] is not ('-' or ' ') || b[i] is not ('-' or ' ')) return false;
            joined = true;
        }
        return joined;
    }

    /// <summary>
    /// "Japan's National Police Agency" and "National Police Agency", "Morocco's Interior Ministry" and "interior ministry": a name and
    /// the same name after its owner's possessive, whatever the case of its words, are one source.
    /// </summary>
    internal static bool OwnedAlike(string a, string b)
    {
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        if (shorter.Length < MinimumNameLength || !longer.AsSpan().EndsWith(shorter, StringComparison.OrdinalIgnoreCase)) return false;
        var owner = longer.AsSpan(0, longer.Length - shorter.Length);
        return owner.IsEmpty || owner.EndsWith("'s ", StringComparison.Ordinal) || owner.EndsWith("’s ", StringComparison.Ordinal);
    }

    /// <summary>The word up to the next space, the rest after it.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        var space = rest.IndexOf(' ');
        var word = space < 0 ? rest : rest[..space];
        rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..];
        return word;
    }

    private const int MinimumNameLength = 8;

    /// <summary>Whether one letter added, dropped or changed turns one word into the other.</summary>
    private static bool OneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length) return OneEditApart(b, a);
        if (b.Length - a.Length > 1) return false;
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        // The rest after one change: the same length, one letter changed; one longer, one letter added.
        return a.Length == b.Length ? a[(i + 1)..].SequenceEqual(b[(i + 1)..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }
}
