using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>
/// What every store must do, written once: each implementation subclasses this with a fresh, empty
/// store per test (see <see cref="SqliteFactStoreContractTests"/>). Nothing here knows which database
/// is behind the interfaces.
/// </summary>
public abstract class FactStoreContract
{
    protected IFactStore Store { get; private set; } = null!;

    /// <summary>A fresh, empty store, opened for one test.</summary>
    protected abstract IFactStore OpenStore();

    /// <summary>Whatever the store needs after it is disposed (a folder removed, a pool cleared).</summary>
    protected virtual void CleanUp()
    {
    }

    [SetUp]
    public void Open() => Store = OpenStore();

    [TearDown]
    public void Close()
    {
        Store.Dispose();
        CleanUp();
    }

    private static Flag FlagOf(params Claim[] claims) => FlagOf(Severity.High, claims);

    private static Flag FlagOf(Severity severity, params Claim[] claims) =>
        new() { RuleId = "casualty-toll-conflict", RuleKind = "numeric-conflict", Severity = severity, Message = "m", Claims = claims };

    private static VerdictEntry Verdict(Flag flag, string verdict, string? note = null, int minute = 0) =>
        new(flag.Id, verdict, note, "ana", new DateTimeOffset(2026, 1, 2, 9, minute, 0, TimeSpan.Zero), flag.Lineage);

    /// <summary>Two documents, NATO's range in one and Moscow's figure in the other.</summary>
    private (Claim Nato, Claim Moscow) TwoSides()
    {
        var nato = Some.Claim("NATO", document: "a.txt");
        var moscow = Some.Claim("Russia", 498, 498, document: "b.txt", qualifier: "exact");
        Store.SaveDocument(Some.Document("one", "a.txt"), [nato]);
        Store.SaveDocument(Some.Document("two", "b.txt"), [moscow]);
        return (nato, moscow);
    }

    // Documents and claims

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

    // Findings per check run

    [Test]
    public void BeforeTheFirstCheck_ThereIsNoRunAndNoFinding()
    {
        TwoSides();
        Assert.That(Store.LatestRun(), Is.Null);
        Assert.That(Store.Runs(), Is.Empty);
        Assert.That(Store.CheckFingerprint(), Is.Null);
        Assert.That(Store.Flags(), Is.Empty);
        Assert.That(Store.FindingTally().Discrepancies.Values.Sum() + Store.FindingTally().Agreements, Is.Zero);
        Assert.That(Store.ReviewQueue(new ReviewQueueQuery(), counted: true).Counts, Is.EqualTo(new ReviewQueueCounts(0, 0, 0)));
    }

    [Test]
    public void SaveRun_IsTheLatestRun_WithWhatTheCheckSaidOfItself()
    {
        var (nato, moscow) = TwoSides();
        var run = Store.SaveRun(new CheckRun("rules v1|claims v2", new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), "ana"), [FlagOf(moscow, nato)]);

        Assert.That(Store.LatestRun(), Is.EqualTo(run));
        Assert.That((run.Fingerprint, run.StartedAt, run.RanBy, run.Flags), Is.EqualTo(("rules v1|claims v2", new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), "ana", 1)));
        Assert.That(run.FinishedAt, Is.GreaterThanOrEqualTo(run.StartedAt));
        Assert.That(Store.CheckFingerprint(), Is.EqualTo("rules v1|claims v2"));
        Assert.That(Store.Summary(), Is.EqualTo(new StoreSummary(2, 2, 1)));
    }

    [Test]
    public void Flags_AreTheLatestRunsOnly()
    {
        var (nato, moscow) = TwoSides();
        var zelensky = Some.Claim("Zelensky", 9000, 9000, document: "c.txt", qualifier: "nearly");
        Store.SaveDocument(Some.Document("three", "c.txt"), [zelensky]);
        Store.SaveRun(Some.Run("first", 0), [FlagOf(moscow, nato), FlagOf(moscow, zelensky)]);
        Store.SaveRun(Some.Run("second", 1), [FlagOf(Severity.Low, moscow, zelensky)]);

        var flag = Store.Flags().Single();
        Assert.That((flag.Flag.Id, flag.Flag.Severity), Is.EqualTo((FlagOf(moscow, zelensky).Id, Severity.Low)));
        Assert.That(Store.CheckFingerprint(), Is.EqualTo("second"));
        Assert.That(Store.FindingTally().Discrepancies, Is.EquivalentTo(new Dictionary<Severity, int> { [Severity.Low] = 1 }));
        Assert.That(Store.Flag(FlagOf(moscow, nato).Id), Is.Null);
        Assert.That(Store.Summary().Flags, Is.EqualTo(1));
    }

    [Test]
    public void TwoChecksAtOnce_TheOneThatStartedLaterIsLatest_WhicheverFinishedFirst_AndTheirFlagsNeverMix()
    {
        var (nato, moscow) = TwoSides();
        var zelensky = Some.Claim("Zelensky", 9000, 9000, document: "c.txt", qualifier: "nearly");
        Store.SaveDocument(Some.Document("three", "c.txt"), [zelensky]);
        var earlier = Some.Run("started first", 0);
        var later = Some.Run("started second", 1);

        // The later check finishes first; the earlier one, which read older claims, lands after it.
        Store.SaveRun(later, [FlagOf(moscow, zelensky)]);
        Store.SaveRun(earlier, [FlagOf(moscow, nato), FlagOf(nato, zelensky)]);

        Assert.That(Store.LatestRun()!.Fingerprint, Is.EqualTo("started second"));
        Assert.That(Store.Flags().Select(f => f.Flag.Id), Is.EqualTo(new[] { FlagOf(moscow, zelensky).Id }));
        Assert.That(Store.Runs().Select(r => r.Fingerprint), Is.EqualTo(new[] { "started second", "started first" }));
        Assert.That(Store.Runs().Select(r => r.Flags), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void ManyRuns_TheLatestIsAlwaysComplete_AndOldRunsDoNotPileUp()
    {
        var (nato, moscow) = TwoSides();
        for (var i = 0; i < 8; i++)
            Store.SaveRun(Some.Run($"run {i}", i), i % 2 == 0 ? [FlagOf(moscow, nato)] : [FlagOf(moscow, nato), FlagOf(Severity.Info, nato, moscow) with { RuleId = "other" }]);
        Assert.That(Store.LatestRun()!.Fingerprint, Is.EqualTo("run 7"));
        Assert.That(Store.Flags(), Has.Count.EqualTo(2));
        Assert.That(Store.Runs(), Has.Count.LessThan(8));
        Assert.That(Store.Runs()[0].Fingerprint, Is.EqualTo("run 7"));
    }

    [Test]
    public void AVerdict_StaysWithItsFlagAcrossRuns_AndTheFlagsClaimsKeepTheirOrder()
    {
        var (nato, moscow) = TwoSides();
        var flag = FlagOf(moscow, nato);
        Store.SaveRun(Some.Run(null, 0), [flag]);
        Store.RecordVerdict(Verdict(flag, "confirmed", "checked with desk"));
        Store.SaveRun(Some.Run(null, 1), [flag]);

        var stored = Store.Flags().Single();
        Assert.That((stored.Verdict, stored.Stale, stored.IsDecided), Is.EqualTo(("confirmed", false, true)));
        Assert.That(stored.Flag.Claims.Select(c => c.Id), Is.EqualTo(new[] { moscow.Id, nato.Id }));
    }

    [Test]
    public void AVerdictOnEarlierFigures_IsShownAsStale_UntilSomeoneDecidesAgain()
    {
        var (nato, moscow) = TwoSides();
        var flag = FlagOf(moscow, nato);
        Store.SaveRun(Some.Run(null, 0), [flag]);
        Store.RecordVerdict(Verdict(flag, "confirmed", "checked"));

        // Moscow revises its figure: a new claim, so a new flag id, but the same place in the record.
        var revised = moscow with { Low = 1351, High = 1351 };
        Store.SaveDocument(Some.Document("two, revised", "b.txt"), [revised]);
        var again = FlagOf(revised, nato);
        Store.SaveRun(Some.Run(null, 1), [again]);

        var stored = Store.Flags().Single();
        Assert.That(again.Id, Is.Not.EqualTo(flag.Id));
        Assert.That((stored.Verdict, stored.Stale, stored.VerdictLabel, stored.IsDecided), Is.EqualTo(("confirmed", true, "confirmed (stale)", false)));
        Assert.That(Store.VerdictHistory(again).Select(v => (v.FlagId, v.Verdict)), Is.EqualTo(new[] { (flag.Id, "confirmed") }));

        Store.RecordVerdict(Verdict(again, "explained", "revised toll", 1));
        var decided = Store.Flags().Single();
        Assert.That((decided.Verdict, decided.Stale), Is.EqualTo(("explained", false)));
        Assert.That(Store.VerdictHistory(again), Has.Count.EqualTo(2));
        Assert.That(Store.VerdictHistory(again.Id).Single().Verdict, Is.EqualTo("explained"));
    }

    [Test]
    public void AFlagWhoseClaimsChangedSinceTheRun_IsLeftOutUntilTheNextCheck()
    {
        var (nato, moscow) = TwoSides();
        Store.SaveRun(Some.Run(), [FlagOf(moscow, nato)]);
        Store.SaveDocument(Some.Document("two, revised", "b.txt"), [moscow with { Low = 1351, High = 1351 }]);
        Assert.That(Store.Flags(), Is.Empty);
        Assert.That(Store.ReviewQueue(new ReviewQueueQuery()).Flags, Is.Empty);
        Assert.That(Store.Flag(FlagOf(moscow, nato).Id), Is.Null);
    }

    [Test]
    public void AFlag_IsFoundByItsIdOrByTheStartOfIt()
    {
        var (nato, moscow) = TwoSides();
        var flags = Enumerable.Range(0, 40).Select(i => FlagOf(moscow, nato) with { RuleId = $"rule-{i}" }).ToList();
        Store.SaveRun(Some.Run(), flags);
        var target = flags[17];

        Assert.That(Store.Flag(target.Id)!.Flag.RuleId, Is.EqualTo("rule-17"));
        Assert.That(Store.Flag(target.Id[..5]), Is.Null, "an exact lookup takes the whole id");
        Assert.That(Store.Flag("f-unknown"), Is.Null);
        Assert.That(Store.FlagsStartingWith(target.Id).Select(f => f.Flag.Id), Is.EqualTo(new[] { target.Id }));
        var prefix = target.Id[..2];
        Assert.That(Store.FlagsStartingWith(prefix).Select(f => f.Flag.Id),
            Is.EqualTo(flags.Select(f => f.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)));
        Assert.That(Store.FlagsStartingWith("zzz"), Is.Empty);
    }

    [Test]
    public void FindingTally_CountsTheLatestRunByKindAndSeverity()
    {
        var (nato, moscow) = TwoSides();
        Store.SaveRun(Some.Run(), [
            FlagOf(Severity.High, moscow, nato), FlagOf(Severity.High, moscow, nato) with { RuleId = "r2" },
            FlagOf(Severity.Low, moscow, nato) with { RuleId = "r3" },
            FlagOf(Severity.Info, moscow, nato) with { RuleId = "agree", Kind = FindingKind.Agreement },
        ]);
        var tally = Store.FindingTally();
        Assert.That(tally.Discrepancies, Is.EquivalentTo(new Dictionary<Severity, int> { [Severity.High] = 2, [Severity.Low] = 1 }));
        Assert.That(tally.Agreements, Is.EqualTo(1));
    }

    [Test]
    public void ReviewQueue_PagesThroughTheDiscrepanciesMostSevereFirst_ForwardAndBack_WithCounts()
    {
        var claims = Enumerable.Range(1, 12).Select(i => Some.Claim("NATO", i * 100, i * 100, document: "a.txt", qualifier: "exact")).ToList();
        Store.SaveDocument(Some.Document("t", "a.txt", title: "Kyiv report"), claims);
        var severities = new[] { Severity.Low, Severity.High, Severity.Info, Severity.Medium };
        var flags = Enumerable.Range(0, 10).Select(i => FlagOf(severities[i % 4], claims[i], claims[i + 1]) with { RuleId = i % 3 == 0 ? "quote" : "toll" })
            .Append(FlagOf(Severity.Info, claims[10], claims[11]) with { Kind = FindingKind.Agreement }).ToList();
        Store.SaveRun(Some.Run(), flags);
        var queue = flags.Where(f => f.Kind == FindingKind.Discrepancy)
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id).ToList();
        Store.RecordVerdict(Verdict(flags[1], "confirmed"));

        var first = Store.ReviewQueue(new ReviewQueueQuery(Limit: 4), counted: true);
        var second = Store.ReviewQueue(new ReviewQueueQuery(After: first.Flags[^1].Flag.Id, Limit: 4));
        var back = Store.ReviewQueue(new ReviewQueueQuery(Before: second.Flags[0].Flag.Id, Limit: 4));

        Assert.That(first.Flags.Select(f => f.Flag.Id), Is.EqualTo(queue.Take(4)));
        Assert.That(second.Flags.Select(f => f.Flag.Id), Is.EqualTo(queue.Skip(4).Take(4)));
        Assert.That(back.Flags.Select(f => f.Flag.Id), Is.EqualTo(queue.Take(4)));
        Assert.That(first.Counts, Is.EqualTo(new ReviewQueueCounts(10, 10, 1)));
        Assert.That(second.Counts, Is.Null, "only a fresh start is counted");
        Assert.That(first.Rules, Is.EqualTo(new[] { "quote", "toll" }));
        Assert.That(first.Titles["a.txt"], Is.EqualTo("Kyiv report"));
    }

    [Test]
    public void ReviewQueue_FiltersByStatusRuleSeverityAndId()
    {
        var (nato, moscow) = TwoSides();
        var high = FlagOf(Severity.High, moscow, nato);
        var low = FlagOf(Severity.Low, moscow, nato) with { RuleId = "quote" };
        Store.SaveRun(Some.Run(), [high, low]);
        Store.RecordVerdict(Verdict(low, "dismissed"));

        Ids(new ReviewQueueQuery(Status: "dismissed"), low.Id);
        Ids(new ReviewQueueQuery(Status: Verdicts.Unreviewed), high.Id);
        Ids(new ReviewQueueQuery(Rule: "quote"), low.Id);
        Ids(new ReviewQueueQuery(Severity: "high"), high.Id);
        Ids(new ReviewQueueQuery(Id: low.Id, Limit: 1), low.Id);
        Assert.That(Store.ReviewQueue(new ReviewQueueQuery(Status: "dismissed"), counted: true).Counts, Is.EqualTo(new ReviewQueueCounts(1, 2, 1)));

        void Ids(ReviewQueueQuery query, params string[] expected) =>
            Assert.That(Store.ReviewQueue(query).Flags.Select(f => f.Flag.Id), Is.EqualTo(expected), query.ToString());
    }

    // The verdict log

    [Test]
    public void VerdictHistory_IsEveryDecisionOldestFirst_OfOneFlagOrOfAll()
    {
        Store.RecordVerdict(new VerdictEntry("f1", "confirmed", "first", "ana", DateTimeOffset.UtcNow));
        Store.RecordVerdict(new VerdictEntry("f2", "dismissed", null, "ben", DateTimeOffset.UtcNow));
        Store.RecordVerdict(new VerdictEntry("f1", Verdicts.Unreviewed, "undo of \"confirmed\"", "ana", DateTimeOffset.UtcNow));

        Assert.That(Store.VerdictHistory().Select(v => (v.FlagId, v.Verdict)),
            Is.EqualTo(new[] { ("f1", "confirmed"), ("f2", "dismissed"), ("f1", Verdicts.Unreviewed) }));
        Assert.That(Store.VerdictHistory("f1").Select(v => v.Note), Is.EqualTo(new[] { "first", "undo of \"confirmed\"" }));
        Assert.That(Store.VerdictHistory("f3"), Is.Empty);
    }

    [Test]
    public void RecordVerdict_KeepsEveryField()
    {
        var at = new DateTimeOffset(2026, 1, 2, 9, 30, 15, TimeSpan.Zero);
        var entry = new VerdictEntry("f1", "follow-up", "call the ministry", "ana", at, "l123");
        Store.RecordVerdict(entry);
        Assert.That(Store.VerdictHistory("f1").Single(), Is.EqualTo(entry));
    }

    [Test]
    public void RecordVerdict_UnknownVerdict_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Store.RecordVerdict(new VerdictEntry("f1", "maybe", null, "ana", DateTimeOffset.UtcNow)));
        Assert.That(Store.VerdictHistory(), Is.Empty);
    }
}
