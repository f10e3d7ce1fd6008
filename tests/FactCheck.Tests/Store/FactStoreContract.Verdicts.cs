using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>The contract of <see cref="IVerdictLog"/>: an append-only trail, oldest first.</summary>
public abstract partial class FactStoreContract
{
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
