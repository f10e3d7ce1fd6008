using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class RevisionAndPartWholeRuleTests
{
    private static readonly IReadOnlyList<IRule> ShippedRules = new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules);
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    private static IReadOnlyList<Flag> Run(string kind, params Claim[] claims) =>
        new RuleEngine(ShippedRules).Run(claims).Flags.Where(f => f.RuleKind == kind).ToList();

    private static readonly Claim March2 = Some.Claim("Russia", 498, 498, qualifier: "exact", date: new DateOnly(2022, 3, 2), document: "a.txt");

    [Test]
    public void Revision_AFallingTotalFromTheSameClaimant_IsFlagged()
    {
        var flag = Run("revision", March2, March2 with { Low = 300, High = 300, AssertedOn = new DateOnly(2022, 3, 10), Document = "b.txt" }).Single();
        Assert.That(flag.Claims.Select(c => c.Low), Is.EqualTo(new[] { 498d, 300d }), "earlier first");
        Assert.That(flag.Message, Does.Contain("fell"));
    }

    [Test]
    public void Revision_ARisingTotal_IsAnUpdate() =>
        Assert.That(Run("revision", March2, March2 with { Low = 1351, High = 1351, AssertedOn = new DateOnly(2022, 3, 25), Document = "b.txt" }), Is.Empty);

    [Test]
    public void Revision_IsOrderedByTheDayAFigureWasGiven_NotTheDayItsSentenceNames()
    {
        // "raising to 64 the death toll from the June 24 implosion", said on 8 July, then 40 on the same day.
        var named = Some.Claim("Levine Cava", 64, 64, subject: "people", side: null, qualifier: "exact", location: "Surfside", date: new DateOnly(2021, 6, 24), document: "a.txt")
            with { AsOfFrom = Provenance.Sentence, ReportedOn = new DateOnly(2021, 7, 8), LocationFrom = Provenance.Sentence };
        var sameDay = named with { Low = 40, High = 40, AssertedOn = new DateOnly(2021, 7, 8), AsOfFrom = Provenance.Publication, Document = "b.txt" };
        Assert.That(Run("revision", named, sameDay), Is.Empty);
    }

    [Test]
    public void Revision_AnOutletsOwnFallingToll_AcrossItsArticles_IsFlagged()
    {
        var first = Some.Claim("unattributed", 288, 288, subject: "people", side: null, qualifier: "exact", location: "Balasore", date: new DateOnly(2023, 6, 3), document: "a.txt")
            with { Publisher = "Northern Wire", LocationFrom = Provenance.Sentence, AsOfFrom = Provenance.Publication };
        var later = first with { Low = 275, High = 275, AssertedOn = new DateOnly(2023, 6, 4), Document = "b.txt" };
        Assert.That(Run("revision", first, later), Has.Count.EqualTo(1));
        Assert.That(Run("revision", first, later with { Publisher = "Valley Herald" }), Is.Empty, "two outlets are two sources: numeric conflict's");
    }

    [Test]
    public void Revision_OtherClaimants_AreForNumericConflict() =>
        Assert.That(Run("revision", March2, March2 with { Claimant = "NATO", Low = 300, High = 300, AssertedOn = new DateOnly(2022, 3, 10) }), Is.Empty);

    [Test]
    public void PartWhole_PartsWithinTheTotal_AreFine() =>
        Assert.That(Run("part-whole", [.. Extractor.Extract(Some.Document("Drone attacks killed four people, including three rescuers, the mayor said."))]), Is.Empty);

    [Test]
    public void PartWhole_MarkerNotBeforeTheNextFigure_IsNoBreakdown() =>
        Assert.That(Run("part-whole", [.. Extractor.Extract(Some.Document(
            "Five countries opposed it and 35 abstained, including China, out of the 193 members."))]), Is.Empty);

    [Test]
    public void PartWhole_AFigureOfWhatElseHappened_EndsTheParts() =>
        // UPI, 30 August 2013, on the Ghouta attack: the 3,600 treated are no part of the 1,429 dead.
        Assert.That(Run("part-whole", [.. Extractor.Extract(Some.Document(
            "The assessment indicates 1,429 people, including 426 children, died in the attack and about 3,600 people were treated at hospitals for symptoms."))]), Is.Empty);

    [Test]
    public void PartWhole_PartsAboveTheTotal_AreFlagged()
    {
        var claims = Extractor.Extract(Some.Document("Strikes killed four people, including three children and two rescuers, the mayor said."));
        var flag = Run("part-whole", [.. claims]).Single();
        Assert.That(flag.Message, Does.Contain("parts adding up to 5"));
    }
}
