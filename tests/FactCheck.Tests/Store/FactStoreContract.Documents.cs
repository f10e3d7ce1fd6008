using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>The contract of <see cref="IDocumentStore"/>: documents, their claims and the token that changes when they are written.</summary>
public abstract partial class FactStoreContract
{
    [Test]
    public void SaveDocument_New_IsAdded_AndItsClaimsComeBackWithEveryField()
    {
        var claim = Some.Claim(period: "in the past week", location: "Ukraine") with
        {
            High = double.PositiveInfinity, Qualifier = "more than", ClaimantBody = "Kremlin", Document = "doc.txt",
            AsOfSpan = new TextSpan(3, 9), RunningTotal = true, PartOfGroup = true, Publisher = "Reuters",
            ReportedOn = new DateOnly(2022, 3, 24), Event = "attack", PlacePath = "Ukraine > Kyiv",
        };
        Assert.That(Store.SaveDocument(Some.Document("text", "doc.txt"), [claim]), Is.EqualTo(IngestOutcome.Added));
        var stored = Store.Claims(new ClaimQuery()).Single();
        Assert.That(stored, Is.EqualTo(claim));
        Assert.That(stored.Id, Is.EqualTo(claim.Id));
    }

    [Test]
    public void SaveDocument_SameTextBySameExtractor_IsUnchanged_ByANewExtractor_IsUpdated()
    {
        var document = Some.Document("text", "doc.txt");
        Store.SaveDocument(document, [Some.Claim(document: "doc.txt")], "lexicon-1");
        Assert.That(Store.SaveDocument(document, [Some.Claim(document: "doc.txt")], "lexicon-1"), Is.EqualTo(IngestOutcome.Unchanged));
        Assert.That(Store.SaveDocument(document, [Some.Claim(document: "doc.txt")], "lexicon-2"), Is.EqualTo(IngestOutcome.Updated));
        Assert.That(Store.HasDocument("doc.txt", document.ContentHash));
        Assert.That(Store.HasDocument("doc.txt", "another hash"), Is.False);
        Assert.That(Store.Summary(), Is.EqualTo(new StoreSummary(1, 1, 0)));
        Assert.That(Store.DocumentVersions()["doc.txt"], Is.EqualTo(new DocumentVersion(document.ContentHash, "lexicon-2")));
    }

    [Test]
    public void SaveDocument_Changed_ReplacesItsClaims()
    {
        Store.SaveDocument(Some.Document("old", "doc.txt"), [Some.Claim(document: "doc.txt"), Some.Claim(low: 1, document: "doc.txt")]);
        var outcome = Store.SaveDocument(Some.Document("new", "doc.txt"), [Some.Claim(low: 2, document: "doc.txt")]);
        Assert.That(outcome, Is.EqualTo(IngestOutcome.Updated));
        Assert.That(Store.Claims(new ClaimQuery()).Select(c => c.Low), Is.EqualTo(new[] { 2d }));
        Assert.That(Store.DocumentText("doc.txt"), Is.EqualTo("new"));
    }

    [Test]
    public void Claims_FilterByDocumentMetricAndClaimant_IgnoringCase_InDocumentAndPositionOrder()
    {
        Store.SaveDocument(Some.Document("t", "b.txt"), [Some.Claim("NATO", document: "b.txt")]);
        Store.SaveDocument(Some.Document("t", "a.txt"), [
            Some.Claim("NATO", document: "a.txt") with { Start = 40, End = 45 }, Some.Claim("Russia", low: 498, document: "a.txt"),
            Some.Claim("Peskov", metric: "wounded", document: "a.txt") with { ClaimantBody = "Kremlin", Start = 20, End = 25 },
        ]);
        Assert.That(Store.Claims(new ClaimQuery()).Select(c => (c.Document, c.Start)),
            Is.EqualTo(new[] { ("a.txt", 0), ("a.txt", 20), ("a.txt", 40), ("b.txt", 0) }));
        Assert.That(Store.Claims(new ClaimQuery(Claimant: "nato")), Has.Count.EqualTo(2));
        Assert.That(Store.Claims(new ClaimQuery(Claimant: "kremlin")).Single().Claimant, Is.EqualTo("Peskov"));
        Assert.That(Store.Claims(new ClaimQuery(Metric: "KILLED", Claimant: "Russia")), Has.Count.EqualTo(1));
        Assert.That(Store.Claims(new ClaimQuery(Document: "b.txt")).Single().Claimant, Is.EqualTo("NATO"));
    }

    [Test]
    public void ClaimsById_ReadsThoseClaims_LeavingUnknownIdsOut()
    {
        var (nato, moscow) = TwoSides();
        Assert.That(Store.ClaimsById([moscow.Id, "c-unknown"]).Select(c => c.Id), Is.EqualTo(new[] { moscow.Id }));
        Assert.That(Store.ClaimsById([moscow.Id, nato.Id]), Has.Count.EqualTo(2));
        Assert.That(Store.ClaimsById([]), Is.Empty);
    }

    [Test]
    public void Documents_ListByPathWithTheirClaimCounts_AndOneIsFoundByPath()
    {
        Store.SaveDocument(Some.Document("t", "b.txt", title: "Two") with { Url = "https://example.org/b" }, [Some.Claim(document: "b.txt")]);
        Store.SaveDocument(Some.Document("t", "a.txt", title: "One"), []);
        Assert.That(Store.Documents().Select(d => (d.Path, d.Title, d.ClaimCount)), Is.EqualTo(new[] { ("a.txt", "One", 0), ("b.txt", "Two", 1) }));
        Assert.That(Store.Document("b.txt"), Has.Property("Url").EqualTo("https://example.org/b").And.Property("Published").EqualTo(new DateOnly(2022, 3, 2)));
        Assert.That(Store.Document("missing.txt"), Is.Null);
    }

    [Test]
    public void DocumentText_IsKeptForTheClaimOffsets()
    {
        Store.SaveDocument(Some.Document("Moscow said 498 soldiers died.", "b.txt"), []);
        Assert.That(Store.DocumentText("b.txt"), Is.EqualTo("Moscow said 498 soldiers died."));
        Assert.That(Store.DocumentText("missing.txt"), Is.Null);
    }

    [Test]
    public void RecordFileStamp_IsReadBackWithTheDocumentsVersion()
    {
        var document = Some.Document("text", "doc.txt");
        Store.SaveDocument(document, [], "lexicon-1");
        Store.RecordFileStamp("doc.txt", "size 4, modified 1");
        var version = Store.DocumentVersions()["doc.txt"];
        Assert.That(version.Untouched("size 4, modified 1", "lexicon-1"));
        Assert.That(version.Holds(document.ContentHash, "lexicon-1"));
    }

    [Test]
    public void RemoveDocuments_TakesTheirClaimsAndRetiresTheirFlags_KeepingVerdicts()
    {
        var (nato, moscow) = TwoSides();
        var flag = FlagOf(moscow, nato);
        Store.SaveRun(Some.Run(), [flag]);
        Store.RecordVerdict(Verdict(flag, "confirmed"));

        Store.RemoveDocuments(["b.txt"]);

        Assert.That(Store.Documents().Select(d => d.Path), Is.EqualTo(new[] { "a.txt" }));
        Assert.That(Store.Claims(new ClaimQuery()).Select(c => c.Id), Is.EqualTo(new[] { nato.Id }));
        Assert.That(Store.Flags(), Is.Empty, "a flag whose claims are gone is not shown");
        Assert.That(Store.VerdictHistory(flag.Id).Single().Verdict, Is.EqualTo("confirmed"));
    }

    [Test]
    public void ClaimsFingerprint_ChangesWhenADocumentIsWrittenOrRemoved_AndOnlyThen()
    {
        var empty = Store.ClaimsFingerprint();
        var document = Some.Document("text", "doc.txt");
        Store.SaveDocument(document, [Some.Claim(document: "doc.txt")], "lexicon-1");
        var one = Store.ClaimsFingerprint();
        Store.SaveDocument(document, [Some.Claim(document: "doc.txt")], "lexicon-1");
        Store.RecordFileStamp("doc.txt", "size 4");
        Store.SaveRun(Some.Run(), []);
        Store.RecordVerdict(new VerdictEntry("f1", "dismissed", null, "ana", DateTimeOffset.UtcNow));
        var same = Store.ClaimsFingerprint();
        Store.SaveDocument(Some.Document("changed", "doc.txt"), [Some.Claim(document: "doc.txt")], "lexicon-1");
        var changed = Store.ClaimsFingerprint();
        Store.RemoveDocuments(["doc.txt"]);
        var removed = Store.ClaimsFingerprint();

        Assert.That(same, Is.EqualTo(one), "an unchanged save, a file stamp, a run and a verdict write no document");
        Assert.That(new[] { empty, one, changed, removed }, Is.Unique);
    }

    [Test]
    public void ClaimParts_GiveEveryClaimDocumentByDocument_AndAFewMetricsAtATime_CountedByMetric()
    {
        Store.SaveDocument(Some.Document("b", "b.txt"), [Some.Claim("Russia", 498, 498, document: "b.txt") with { Start = 40, End = 43 }, Some.Claim("Kyiv", 3, 3, metric: "wounded", document: "b.txt") with { Start = 10, End = 13 }]);
        Store.SaveDocument(Some.Document("a", "a.txt"), [Some.Claim("NATO", document: "a.txt") with { Start = 5, End = 8 }, Some.Claim("UN", 20, 20, metric: "refugees", document: "a.txt") with { Start = 50, End = 53 }]);
        var parts = Store.ClaimParts();

        Assert.That(parts.All().Select(c => (c.Document, c.Start)), Is.EqualTo(new[] { ("a.txt", 5), ("a.txt", 50), ("b.txt", 10), ("b.txt", 40) }));
        Assert.That(parts.MetricCounts(), Is.EquivalentTo(new Dictionary<string, int> { ["killed"] = 2, ["wounded"] = 1, ["refugees"] = 1 }));
        Assert.That(parts.MetricCounts(["Killed", "missing"]), Is.EquivalentTo(new Dictionary<string, int> { ["killed"] = 2 }), "of the metrics asked for, case aside");
        Assert.That(parts.OfMetrics(["Killed", "wounded"]).Select(c => (c.Document, c.Metric)),
            Is.EqualTo(new[] { ("a.txt", "killed"), ("b.txt", "wounded"), ("b.txt", "killed") }), "metrics as in the rules, case aside; each document's in text order");
    }
}
