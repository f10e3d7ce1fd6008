using FactCheck.Rules;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace FactCheck.Tests.Rules;

/// <summary>
/// Grouping a document at a time gives what one GroupBy over every claim gives, groups and members
/// in the same order, whether the claims come a document at a time (as the store gives them) or not.
/// </summary>
public sealed class DocumentRunsTests
{
    private static readonly string[] Documents = ["a.txt", "b.txt", "c.txt", "d.txt"];

    private static Gen<List<(int Document, int Sentence)>> Claims() =>
        Gen.Choose(0, Documents.Length - 1).SelectMany(d => Gen.Choose(0, 3).Select(s => (d, s))).ListOf().Select(l => l.ToList());

    [Property(MaxTest = 500)]
    public Property Group_InAnyOrder_IsGroupBy() =>
        Prop.ForAll(Arb.From(Claims().SelectMany(claims => Gen.Elements(true, false).Select(byDocument => (claims, byDocument)))), sample =>
        {
            var (shape, byDocument) = sample;
            if (byDocument) shape = shape.OrderBy(c => c.Document).ToList();
            // Each document's path is a fresh string, as rows read from a database are.
            var claims = shape.Select((c, i) => Some.Claim(document: new string(Documents[c.Document].AsSpan())) with { SentenceStart = c.Sentence * 100, Start = i }).ToList();
            var expected = claims.GroupBy(c => (c.Document, c.SentenceStart)).Select(g => g.Select(c => c.Start).ToList()).ToList();
            var actual = DocumentRuns.Group(claims, c => c.SentenceStart).Select(g => g.Select(c => c.Start).ToList()).ToList();
            return (actual.Count == expected.Count && actual.Zip(expected).All(p => p.First.SequenceEqual(p.Second)))
                .Label($"expected {Describe(expected)}, got {Describe(actual)}");
        });

    private static string Describe(List<List<int>> groups) => string.Join(" ", groups.Select(g => "[" + string.Join(",", g) + "]"));
}
