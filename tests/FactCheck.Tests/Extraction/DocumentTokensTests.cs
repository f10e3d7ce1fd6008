using FactCheck.Extraction;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A document is tokenized sentence by sentence; the quote pass reads whole lines. On any text, a
/// line's tokens gathered from its sentences are the tokens of the line tokenized whole.
/// </summary>
public sealed class DocumentTokensTests
{
    private static readonly string[] Pieces =
    [
        "NATO", "said", "7,000", "3.5", "1st", "Mr.", "U.S.", "Feb.", "e.g.", ".", "!", "?", "?!", "...", "\"", "“", "”", "’", "'", ")",
        "(", "»", "«", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "he", "She", "www.x.y", "https://a.b/c.", "A", "b", "Ж", "9/11", "-", "—",
    ];

    private static Gen<string> Texts() => Gen.Elements(Pieces).ListOf().Select(pieces => string.Concat(pieces));

    [Property(MaxTest = 2000)]
    public Property TokensOfLine_AnyText_AreTheLineTokenizedWhole() =>
        Prop.ForAll(Arb.From(Texts()), text =>
        {
            var document = new DocumentTokens(text, new SentenceSplitter(Some.Lexicon.Abbreviations, Some.Lexicon.Time).Split(text), Some.Lexicon.Words);
            for (var l = 0; l < document.Lines.Count; l++)
            {
                var (start, end) = document.Lines[l];
                var expected = Describe(Tokenizer.Tokenize(text, 0, start, end));
                var actual = Describe(document.TokensOfLine(l));
                if (!actual.SequenceEqual(expected))
                    return false.Label($"line {l} of {text.Replace("\n", "\\n")}: expected {string.Join(" | ", expected)}, got {string.Join(" | ", actual)}");
            }
            return true.ToProperty();
        });

    private static List<string> Describe(IEnumerable<Token> tokens) =>
        tokens.Select(t => $"{t.Start}-{t.End}:{t.Text}:{t.Kind}:{t.SpaceBefore}").ToList();
}
