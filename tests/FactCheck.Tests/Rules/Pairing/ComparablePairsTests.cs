using FactCheck.Extraction;
using FactCheck.Rules.Pairing;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace FactCheck.Tests.Rules.Pairing;

/// <summary>Two claims have the same source exactly when their sources, written out, are equal.</summary>
public sealed class ComparablePairsTests
{
    private static readonly string[] Claimants = ["NATO", "Russia", Claim.Unattributed, "unattributed:a.txt", "unattributed:b.txt", "unattributed:"];
    private static readonly string[] Documents = ["a.txt", "b.txt", ""];

    [Property(MaxTest = 500)]
    public Property SameSource_IsEqualityOfTheSourcesWrittenOut() =>
        Prop.ForAll(Arb.From(Gen.Elements(Claimants).SelectMany(c => Gen.Elements(Documents).Select(d => (c, d))).Two()), pair =>
        {
            var ((claimantA, documentA), (claimantB, documentB)) = pair;
            var a = Some.Claim(claimantA, document: documentA);
            var b = Some.Claim(claimantB, document: documentB);
            return (ComparablePairs.SameSource(a, b) == (ComparablePairs.SourceOf(a) == ComparablePairs.SourceOf(b)))
                .Label($"{claimantA}@{documentA} / {claimantB}@{documentB}");
        });
}
