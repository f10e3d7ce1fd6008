using FactCheck.Rules;

namespace FactCheck.Store;

/// <summary>
/// The findings of checks, kept as runs. A run becomes visible only once all its flags are stored;
/// every read sees the latest complete run (the one whose check started last), so two checks at
/// once never mix their findings. Each flag is shown with its verdict from the verdict log, matched
/// by flag id (and by lineage for a stale verdict), so verdicts carry over from run to run.
/// A flag whose claims are no longer all stored (its document was changed or removed) is left out
/// until the next check.
/// </summary>
public interface IFindingStore
{
    /// <summary>
    /// Saves a check's flags as a new run, atomically, and returns it. The flags are read once, as a
    /// check finds them, and stored as they come, so a large check's findings are never all held at
    /// once. <paramref name="complete"/> is asked once every flag is read: false (a rule failed)
    /// stores the run without its fingerprint, so the next check runs again. Older runs are left as
    /// they are, except that only the few latest complete runs are kept (see the implementation).
    /// With <paramref name="carried"/>, the run also holds those flags of the earlier run, copied
    /// within the store, and its count and tally are those of all its flags.
    /// </summary>
    StoredCheckRun SaveRun(CheckRun run, IEnumerable<Flag> flags, Func<bool>? complete = null, CarriedFlags? carried = null);

    /// <summary>The latest complete run, or null before the first check.</summary>
    StoredCheckRun? LatestRun();

    /// <summary>The complete runs kept, latest first.</summary>
    IReadOnlyList<StoredCheckRun> Runs();

    /// <summary>The fingerprint of the latest complete run, or null (none, or it was incomplete).</summary>
    string? CheckFingerprint();

    /// <summary>Every flag of the latest complete run, by id.</summary>
    IReadOnlyList<StoredFlag> Flags();

    /// <summary>The latest run's flag with exactly this id, or null.</summary>
    StoredFlag? Flag(string id);

    /// <summary>The latest run's flags whose id starts with <paramref name="prefix"/> (the whole id included), by id, read without reading the others.</summary>
    IReadOnlyList<StoredFlag> FlagsStartingWith(string prefix);

    /// <summary>
    /// One window of the review queue (the latest run's discrepancies, most severe first, then by id),
    /// read without reading every flag; with <paramref name="counted"/>, also the counts of the whole queue.
    /// </summary>
    ReviewQueuePage ReviewQueue(ReviewQueueQuery query, bool counted = false);

    /// <summary>How many flags of each kind and severity the latest complete run holds, without reading them.</summary>
    FindingTally FindingTally();
}
