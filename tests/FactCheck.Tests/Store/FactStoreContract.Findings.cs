using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>The contract of <see cref="IFindingStore"/>: check runs, the latest complete one, lookups, the review queue and the tally.</summary>
public abstract partial class FactStoreContract
{
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
    public void SaveRun_ReadsTheFlagsAsTheyCome_AndAnIncompleteCheckIsStoredWithoutItsFingerprint()
    {
        var (nato, moscow) = TwoSides();
        var (read, allReadWhenAsked) = (0, false);
        var finished = false;
        IEnumerable<Flag> Found()
        {
            read++;
            yield return FlagOf(moscow, nato);
            finished = true;
        }
        // Asked at the end, as a check knows whether a rule failed only once every flag is found.
        var run = Store.SaveRun(Some.Run("rules v1|claims v2", 0), Found(), complete: () =>
        {
            allReadWhenAsked = finished;
            return false;
        });

        Assert.That(read, Is.EqualTo(1), "the flags are read once");
        Assert.That(allReadWhenAsked, Is.True, "whether the check was complete is asked once every flag is read");
        Assert.That((run.Flags, run.Fingerprint), Is.EqualTo((1, (string?)null)));
        Assert.That(Store.Flags().Select(f => f.Flag.Id), Is.EqualTo(new[] { FlagOf(moscow, nato).Id }));
        Assert.That(Store.CheckFingerprint(), Is.Null, "a check in which a rule failed runs again next time");
        Assert.That(Store.FindingTally().Discrepancies.Values.Sum(), Is.EqualTo(1));
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
        Assert.That(Store.FlagsStartingWith(FlagOf(moscow, nato).Id), Is.Empty);
        Assert.That(Store.ReviewQueue(new ReviewQueueQuery(), counted: true).Flags.Select(f => f.Flag.Id), Is.EqualTo(new[] { FlagOf(moscow, zelensky).Id }));
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
}
