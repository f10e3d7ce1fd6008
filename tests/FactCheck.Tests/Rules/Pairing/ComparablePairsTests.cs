using FactCheck.Extraction;
using FactCheck.Rules;
using FactCheck.Rules.Pairing;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace FactCheck.Tests.Rules.Pairing;

/// <summary>
/// Two claims have the same source exactly when their sources, written out, are equal; with a focus,
/// the candidate pairs are exactly those of all the claims that involve a claim in focus.
/// </summary>
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

    private static readonly string[] Precisions = [AsOfPrecision.Day, AsOfPrecision.Week, AsOfPrecision.Month, AsOfPrecision.Year];

    /// <summary>Claims of one kind dated over two months at any precision (some undated), each in focus or not.</summary>
    private static Gen<(Claim Claim, bool InFocus)[]> Dated =>
        Gen.Choose(-1, 60).SelectMany(day => Gen.Elements(Precisions).SelectMany(precision => Gen.Elements(true, false).Select(inFocus => (day, precision, inFocus))))
            .ArrayOf().Select(drawn => drawn.Select((d, i) => (Some.Claim($"source {i}", 100 + i, 100 + i, document: $"{i}.txt") with
            {
                AssertedOn = d.day < 0 ? null : new DateOnly(2022, 3, 1).AddDays(d.day), AsOfPrecision = d.precision,
            }, d.inFocus)).ToArray());

    [Property(MaxTest = 300)]
    public Property Candidates_WithAFocus_AreThePairsOfAllClaimsThatInvolveOneInFocus() =>
        Prop.ForAll(Arb.From(Dated), drawn =>
        {
            var pairs = new ComparablePairs(new PairingSettings { Metrics = new HashSet<string> { "killed" }, WindowDays = 7, ShortPeriods = [] });
            var focus = drawn.Where(d => d.InFocus).Select(d => d.Claim).ToHashSet();
            var all = pairs.Candidates(new ClaimSet(drawn.Select(d => d.Claim))).Select(Key).ToHashSet();
            var focused = pairs.Candidates(new ClaimSet(drawn.Select(d => d.Claim)) { Focus = focus.Contains }).Select(Key).ToList();
            var expected = pairs.Candidates(new ClaimSet(drawn.Select(d => d.Claim))).Where(p => focus.Contains(p.A) || focus.Contains(p.B)).Select(Key).ToHashSet();
            return (focused.Count == focused.Distinct().Count() && focused.ToHashSet().SetEquals(expected) && expected.IsSubsetOf(all))
                .Label($"{focused.Count} pairs in focus, {expected.Count} expected");
        });

    private static (string, string) Key((Claim A, Claim B) pair) => (pair.A.Id, pair.B.Id);
}
