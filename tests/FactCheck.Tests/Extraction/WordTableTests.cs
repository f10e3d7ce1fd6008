using FactCheck.Extraction;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// Words tokenized with a lexicon are shared per spelling and classified by the lexicon's phrase
/// lists. The classification only rules tokens out: every phrase list matches exactly what it
/// matches on unclassified tokens.
/// </summary>
public sealed class WordTableTests
{
    private static readonly Lexicon Lexicon = Some.Lexicon;

    [Test]
    public void Get_SameSpelling_GivesTheSameWord()
    {
        var words = Lexicon.Words;
        var first = words.Get("soldiers");
        Assert.That(words.Get("soldiers".AsSpan()), Is.SameAs(first));
        Assert.That(first.Lower, Is.EqualTo("soldiers"));
    }

    [Test]
    public void Get_CurlyApostrophe_ReadsAsStraight()
    {
        var word = Lexicon.Words.Get("Kremlin’s");
        Assert.Multiple(() =>
        {
            Assert.That(word.Text, Is.EqualTo("Kremlin's"));
            Assert.That(word.Lower, Is.EqualTo("kremlin's"));
            Assert.That(Lexicon.Words.Get("Kremlin’s"), Is.SameAs(word));
        });
    }

    [TestCase("al-Ghaithi", true)]
    [TestCase("el-Drese", true)]
    [TestCase("Derna", true)]
    [TestCase("pro-Russian", false)]
    [TestCase("mid-March", false)]
    [TestCase("non-Muslim", false)]
    public void Get_ANameOpeningWithAParticle_IsCapitalized(string spelling, bool capitalized) =>
        Assert.That(Lexicon.Words.Get(spelling).Capitalized, Is.EqualTo(capitalized));

    [Test]
    public void Get_FromManyThreadsAtOnce_KeepsOneWordPerSpelling()
    {
        var spellings = Enumerable.Range(0, 20_000).Select(i => $"w{i % 5_000}x").ToArray();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, Word>();
        var shared = true;
        Parallel.For(0, 8, _ =>
        {
            foreach (var spelling in spellings)
                if (!ReferenceEquals(seen.GetOrAdd(spelling, Lexicon.Words.Get(spelling)), Lexicon.Words.Get(spelling))) shared = false;
        });
        Assert.That(shared, Is.True);
    }

    /// <summary>Words a phrase list could start with, in several capitalizations, among words none starts with.</summary>
    private static readonly string[] Pieces =
    [
        "according", "According", "to", "said", "Said", "NATO", "nato", "the", "The", "Russian", "russian", "more", "than",
        "More", "about", "dozens", "Dozens", "of", "killed", "soldiers", "Zelensky", "zelensky", "Putin", "Kremlin", "first",
        "twenty-five", "million", "percent", "km", "officials", "told", "reporters", "tens", "thousands", "civilians", "Ukraine",
        "alliance", "Alliance", "lorry", "Mariupol", "7,000", "at", "least", "up", "$", ",", ".", "’s", "'s", "Ministry",
    ];

    [Property(MaxTest = 500)]
    public Property PhraseLists_OnClassifiedTokens_MatchAsOnUnclassifiedTokens() =>
        Prop.ForAll(Arb.From(Gen.Elements(Pieces).ListOf().Select(words => string.Join(' ', words))), text =>
        {
            var classified = Tokenizer.Tokenize(text, 0, 0, text.Length, Lexicon.Words);
            var plain = Tokenizer.Tokenize(text, 0, 0, text.Length);
            for (var i = 0; i < plain.Count; i++)
            {
                if (Lexicon.ClaimantAliases.Match(classified, i) != Lexicon.ClaimantAliases.Match(plain, i)
                    || Lexicon.AttributionVerbs.Match(classified, i) != Lexicon.AttributionVerbs.Match(plain, i)
                    || Lexicon.AttributionPrefixes.Match(classified, i) != Lexicon.AttributionPrefixes.Match(plain, i)
                    || Lexicon.Qualifiers.Match(classified, i) != Lexicon.Qualifiers.Match(plain, i)
                    || Lexicon.Vague.Match(classified, i) != Lexicon.Vague.Match(plain, i)
                    || Lexicon.MetricTriggers.Match(classified, i)?.Length != Lexicon.MetricTriggers.Match(plain, i)?.Length
                    || Lexicon.Subjects.Match(classified, i) != Lexicon.Subjects.Match(plain, i)
                    || Lexicon.Sides.Match(classified, i) != Lexicon.Sides.Match(plain, i)
                    || Lexicon.Units.Match(classified, i) != Lexicon.Units.Match(plain, i))
                    return false.Label($"'{text}' at token {i} ({plain[i].Text})");
            }
            return true.ToProperty();
        });

    [Test]
    public void NumberRecognizer_OnClassifiedTokens_FindsWhatItFindsOnUnclassifiedTokens()
    {
        const string text = "More than 7,000 to 15,000 soldiers and about twenty-five civilians, dozens of officials and 3 percent.";
        var recognizer = new NumberRecognizer(Lexicon);
        var classified = recognizer.Find(Tokenizer.Tokenize(text, 0, 0, text.Length, Lexicon.Words));
        var plain = recognizer.Find(Tokenizer.Tokenize(text, 0, 0, text.Length));
        Assert.That(classified, Is.EqualTo(plain));
        Assert.That(plain, Has.Count.EqualTo(4));
    }
}
