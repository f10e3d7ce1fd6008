using System.Collections.Frozen;
using System.Text;

namespace FactCheck.Extraction;

/// <summary>
/// A spelling, shared by every token written that way: its text, its lower case, and which of the
/// lexicon's phrase lists have a phrase starting with it. Extraction asks each token many questions
/// ("can a figure start here? an attribution? a claimant's name?"); with the answers kept on the
/// word, each is a bit test rather than a string hash.
/// </summary>
internal sealed class Word
{
    /// <summary>A word classified by a lexicon's phrase lists or, without them, one any list may start with.</summary>
    internal Word(string text, WordClasses? classes)
    {
        Text = text;
        Lower = LowerCase(text);
        Starts = classes?.Of(Lower) ?? ulong.MaxValue;
        Hyphenated = text.Contains('-');
        Capitalized = text.Length > 0 && (char.IsUpper(text[0]) || classes is not null && classes.IsParticleName(text));
    }

    public Word(string text) : this(text, null) { }

    public string Text { get; }
    public string Lower { get; }

    /// <summary>The spelling as written, where it differs from <see cref="Text"/> (a curly apostrophe).</summary>
    internal string Spelling { get => _spelling ?? Text; set => _spelling = value; }
    private string? _spelling;

    /// <summary>Whether the word is hyphenated ("twenty-five", "15-minute"), which a figure may be.</summary>
    internal bool Hyphenated { get; }

    /// <summary>Whether it starts with a capital: asked of nearly every token, answered once.</summary>
    internal bool Capitalized { get; }

    /// <summary>
    /// The claimant this spelling is a variant of ("Zelenskky"), once asked: a <see cref="ClaimantEntry"/>,
    /// or <see cref="NoClaimant"/>. Kept on the word so a capitalized token costs no string-keyed cache
    /// lookup; finding the claimants named went from about 21 to 16 ms per pass over reuters-2017.
    /// </summary>
    internal object? FuzzyClaimant { get; set; }

    internal static readonly object NoClaimant = new();

    /// <summary>One bit for each phrase list a phrase of which starts with this word (see <see cref="WordClasses"/>).</summary>
    internal ulong Starts { get; }

    /// <summary>False only when no phrase of the given lists can start with this word.</summary>
    internal bool MayStart(ulong lists) => (Starts & lists) != 0;

    /// <summary>Most tokens are plain ASCII, and most of those are already lower case: no copy for them.</summary>
    internal static string LowerCase(string text)
    {
        if (!Ascii.IsValid(text)) return text.ToLowerInvariant();
        if (!text.AsSpan().ContainsAnyInRange('A', 'Z')) return text;
        return string.Create(text.Length, text, static (lower, source) => Ascii.ToLower(source, lower, out _));
    }
}

/// <summary>
/// The phrase lists of one lexicon, each given a bit, and the first words of their phrases: what
/// <see cref="Word.Starts"/> is computed from. Lists are matched by lower case here, so a
/// case-sensitive list's bit is a superset of its matches and the list itself has the last word.
/// </summary>
internal sealed class WordClasses
{
    /// <summary>Set on every word: the bit of a phrase list registered nowhere, which rules nothing out.</summary>
    public const ulong Any = 1UL << 63;

    private readonly Dictionary<string, ulong> _byLowerCase = new(StringComparer.Ordinal);

    /// <summary>The lower-case particles a name may open with, joined by a hyphen ("al-Ghaithi", "el-Drese"): such a name is capitalized.</summary>
    public IReadOnlySet<string> NameParticles { get; init; } = new HashSet<string>();

    /// <summary>"al-Ghaithi", "el-Drese": a name particle, a hyphen, then a capital; not "pro-Russian" or "mid-March".</summary>
    public bool IsParticleName(string text)
    {
        var hyphen = text.IndexOf('-');
        return hyphen is > 0 and <= 4 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1])
               && NameParticles.Contains(text[..hyphen]);
    }
    private FrozenDictionary<string, ulong>? _frozen;
    private int _registered;

    public ulong Register(IEnumerable<string> firstWords)
    {
        if (_frozen is not null) throw new InvalidOperationException("phrase lists are registered before any word is classified");
        if (_registered == 63) throw new InvalidOperationException("a lexicon has at most 63 phrase lists");
        var bit = 1UL << _registered++;
        foreach (var word in firstWords)
        {
            var key = Word.LowerCase(word);
            _byLowerCase[key] = _byLowerCase.GetValueOrDefault(key) | bit;
        }
        return bit;
    }

    public ulong Of(string lowerCase)
    {
        _frozen ??= _byLowerCase.ToFrozenDictionary(StringComparer.Ordinal);
        return Any | _frozen.GetValueOrDefault(lowerCase);
    }
}
