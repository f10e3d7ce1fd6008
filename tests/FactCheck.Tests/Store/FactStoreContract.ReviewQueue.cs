using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>The review queue read a window at a time, in the order and with the verdicts the whole list has.</summary>
public abstract partial class FactStoreContract
{
    /// <summary>Twelve discrepancies of mixed severities and rules, and one agreement the queue leaves out; the queue's whole list.</summary>
    private List<StoredFlag> TwelveInTheQueue()
    {
        var claims = Enumerable.Range(1, 14).Select(i => Some.Claim("NATO", i * 100, i * 100, document: "a.txt", qualifier: "exact")).ToList();
        Store.SaveDocument(Some.Document("t", "a.txt"), claims);
        var severities = new[] { Severity.Low, Severity.High, Severity.Info, Severity.Medium };
        var flags = Enumerable.Range(0, 12).Select(i => new Flag
        {
            RuleId = i % 3 == 0 ? "quote-wording" : "casualty-toll-conflict", RuleKind = "numeric-conflict", Severity = severities[i % 4],
            Message = $"flag {i}", Claims = [claims[i], claims[i + 1]],
        }).Append(new Flag { RuleId = "independent-agreement", RuleKind = "numeric-conflict", Severity = Severity.Info, Kind = FindingKind.Agreement,
            Message = "agree", Claims = [claims[12], claims[13]] }).ToList();
        Store.SaveRun(Some.Run(), flags);
        return Store.Flags().Where(f => f.Flag.Kind == FindingKind.Discrepancy)
            .OrderByDescending(f => f.Flag.Severity).ThenBy(f => f.Flag.Id, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Ids(IEnumerable<StoredFlag> flags) => flags.Select(f => f.Flag.Id);

    [Test]
    public void Windows_FollowEachOther_InTheWholeQueuesOrder()
    {
        var all = TwelveInTheQueue();
        var first = Store.ReviewQueue(new ReviewQueueQuery(Limit: 5), counted: true);
        var second = Store.ReviewQueue(new ReviewQueueQuery(After: first.Flags[^1].Flag.Id, Limit: 5));
        var third = Store.ReviewQueue(new ReviewQueueQuery(After: second.Flags[^1].Flag.Id, Limit: 5));
        Assert.That(Ids(first.Flags.Concat(second.Flags).Concat(third.Flags)), Is.EqualTo(Ids(all)));
        Assert.That(first.Counts, Is.EqualTo(new ReviewQueueCounts(12, 12, 0)));
        Assert.That((second.Counts, third.Flags.Count), Is.EqualTo(((ReviewQueueCounts?)null, 2)), "a window is not counted unless asked");

        var back = Store.ReviewQueue(new ReviewQueueQuery(Before: third.Flags[0].Flag.Id, Limit: 5));
        Assert.That(Ids(back.Flags), Is.EqualTo(Ids(second.Flags)), "the window before the third is the second");
        var start = Store.ReviewQueue(new ReviewQueueQuery(Before: second.Flags[0].Flag.Id, Limit: 5));
        Assert.That(Ids(start.Flags), Is.EqualTo(Ids(first.Flags)));
        Assert.That(second.Flags[0].Flag.Claims.Select(c => c.Id), Is.EqualTo(all[5].Flag.Claims.Select(c => c.Id)));
    }

    [Test]
    public void AVerdictTakingAFlagOutOfTheFilter_ShiftsNoLaterWindow()
    {
        var all = TwelveInTheQueue();
        var first = Store.ReviewQueue(new ReviewQueueQuery(Status: Verdicts.Unreviewed, Limit: 4));
        foreach (var flag in first.Flags.Take(3))
            Store.RecordVerdict(new VerdictEntry(flag.Flag.Id, "confirmed", null, "ana", DateTimeOffset.UtcNow));
        var next = Store.ReviewQueue(new ReviewQueueQuery(Status: Verdicts.Unreviewed, After: first.Flags[^1].Flag.Id, Limit: 4));
        Assert.That(Ids(next.Flags), Is.EqualTo(Ids(all.Skip(4).Take(4))));
        Assert.That(Store.ReviewQueue(new ReviewQueueQuery(Status: Verdicts.Unreviewed), counted: true).Counts, Is.EqualTo(new ReviewQueueCounts(9, 12, 3)));
    }

    [Test]
    public void Filters_AndOneFlagById_MatchTheWholeList()
    {
        var all = TwelveInTheQueue();
        var high = Store.ReviewQueue(new ReviewQueueQuery(Severity: "high", Rule: "casualty-toll-conflict"), counted: true);
        Assert.That(high.Counts!.Total, Is.EqualTo(high.Flags.Count));
        Assert.That(Ids(high.Flags), Is.EqualTo(Ids(all.Where(f => f.Flag.Severity == Severity.High && f.Flag.RuleId == "casualty-toll-conflict"))));
        Assert.That(high.Rules, Is.EqualTo(new[] { "casualty-toll-conflict", "quote-wording" }));
        var none = Store.ReviewQueue(new ReviewQueueQuery(Severity: "high", Rule: "quote-wording", Status: "stale"), counted: true);
        Assert.That((none.Flags.Count, none.Counts!.Total), Is.EqualTo((0, 0)));
        Assert.That(Store.ReviewQueue(new ReviewQueueQuery(Id: all[7].Flag.Id)).Flags.Single().Flag.Message, Is.EqualTo(all[7].Flag.Message));
    }
}
