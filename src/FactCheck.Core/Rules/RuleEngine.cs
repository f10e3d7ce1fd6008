using FactCheck.Diagnostics;
using FactCheck.Extraction;

namespace FactCheck.Rules;

public sealed record RuleFailure(string RuleId, string Error);

public sealed record CheckResult(IReadOnlyList<Flag> Flags, IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>What was found: counted from <see cref="Flags"/>, or from the store when the stored findings were reused.</summary>
    public FindingTally Tally { get; init; } = FindingTally.Of(Flags);

    /// <summary>
    /// Nothing changed since the last complete check, so its stored findings stand: <see cref="Flags"/>
    /// is empty and <see cref="Tally"/> counts the stored ones.
    /// </summary>
    public bool Reused { get; init; }

    /// <summary>
    /// How many documents, written since the last complete check of the same rules, were checked with
    /// the pairs they form, the other findings carried over; null after a full check.
    /// </summary>
    public int? Rechecked { get; init; }
}

/// <summary>
/// Runs every rule over the claims. A rule that throws (a bad regular expression, a timeout, a bug)
/// is reported with its id and the others still run.
/// </summary>
public sealed class RuleEngine(IReadOnlyList<IRule> rules)
{
    /// <summary>
    /// Claims a check holds at once for the rules that compare within one metric (a larger metric is
    /// read alone); the rules of one sentence get whole documents up to 20,000 claims, or this if fewer.
    /// </summary>
    public int ClaimsPerPart { get; init; } = 250_000;

    /// <summary>Every flag, in id order, over claims already in memory.</summary>
    public CheckResult Run(IEnumerable<Claim> claims)
    {
        var run = Start(new ClaimList(claims as IReadOnlyList<Claim> ?? claims.ToList()));
        var flags = run.Flags.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        return new CheckResult(flags, run.Failures);
    }

    /// <summary>
    /// The flags over claims read part by part, as they are found: a caller that stores them as they
    /// come never holds every claim, nor every flag, at once.
    /// </summary>
    public RuleRun Start(IClaimParts claims) => new(rules, claims, ClaimsPerPart, null);

    /// <summary>
    /// The flags a check over a grown store adds to an earlier complete run of the same rules: those of
    /// the <paramref name="changedDocuments"/> (new or rewritten since that run) and of the pairs they
    /// form with the other claims, and every flag of the rules that do not say they can be checked so
    /// (<see cref="RuleRun.CarriedRuleIds"/> are the ones whose other flags the earlier run still holds).
    /// </summary>
    public RuleRun Start(IClaimParts claims, IReadOnlyCollection<string> changedDocuments) =>
        new(rules, claims, ClaimsPerPart, changedDocuments.ToHashSet(StringComparer.Ordinal));
}

/// <summary>
/// One check in progress. Rules relating claims of one sentence go through the claims document by
/// document; rules comparing within one metric, through a few metrics at a time; any other rule gets
/// every claim at once. Within a part, rules run side by side, and their flags come in rule order, the
/// first of two equal flag ids kept, and no agreement on a pair another rule finds in conflict. A rule that fails keeps its flags up to the failure and does not run
/// on later parts.
/// </summary>
public sealed class RuleRun
{
    private const int ClaimsPerDocumentBatch = 20_000;
    private readonly IReadOnlyList<IRule> _rules;
    private readonly IClaimParts _claims;
    private readonly int _claimsPerPart;
    private readonly Dictionary<IRule, RuleFailure> _failures = [];
    private readonly FindingCounter _tally = new();

    private readonly IReadOnlySet<string>? _changed;

    internal RuleRun(IReadOnlyList<IRule> rules, IClaimParts claims, int claimsPerPart, IReadOnlySet<string>? changed)
    {
        (_rules, _claims, _claimsPerPart, _changed) = (rules, claims, claimsPerPart, changed);
        Flags = changed is null ? Find() : FindChanged(changed);
    }

    /// <summary>
    /// In a check of changed documents only: the rules whose flags on claims of other documents stand as
    /// the earlier run found them (those of one sentence, and the pairwise ones); none in a full check.
    /// </summary>
    public IReadOnlyList<string> CarriedRuleIds => _changed is null ? [] :
        _rules.Where(r => r.Scope.OneSentence || r.Scope.Pairwise).Select(r => r.Definition.Id).ToList();

    /// <summary>The flags, found as they are enumerated; enumerate once.</summary>
    public IEnumerable<Flag> Flags { get; }

    /// <summary>The rules that failed, in rule order; complete once <see cref="Flags"/> has been enumerated.</summary>
    public IReadOnlyList<RuleFailure> Failures => _rules.Where(_failures.ContainsKey).Select(r => _failures[r]).ToList();

    /// <summary>What was found so far; complete once <see cref="Flags"/> has been enumerated.</summary>
    public FindingTally Tally => _tally.Tally;

    private IEnumerable<Flag> Find()
    {
        var bySentence = _rules.Where(r => r.Scope.OneSentence).ToList();
        // The pass through every document counts the metrics too, sparing the parts' planning a read of its own.
        Dictionary<string, int>? metricCounts = null;
        if (bySentence.Count > 0)
        {
            metricCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var batch in DocumentBatches(_claims.All(), Math.Min(ClaimsPerDocumentBatch, _claimsPerPart)))
            {
                foreach (var claim in batch) metricCounts[claim.Metric] = metricCounts.GetValueOrDefault(claim.Metric) + 1;
                foreach (var flag in Evaluate(bySentence, new ClaimSet(batch))) yield return flag;
            }
        }

        // Keeping the compared claims during that pass, to spare small corpora a second read, raised the
        // peak at a million documents by more than that read costs (1,117 to 1,359 MB on SQLite).
        var byMetric = _rules.Where(r => r.Scope.IsOneMetric).ToList();
        var narrowed = byMetric.Any(r => r.Scope.Subjects is not null);
        if (byMetric.Count > 0)
            foreach (var metrics in MetricParts(byMetric, metricCounts ?? _claims.MetricCounts()))
            {
                // A rule narrowed to a subject ("count" of refugees) relates nothing else of its metric: filtered as
                // read, since a second list of a part the size of a million documents' counts would raise the peak.
                var read = _claims.OfMetrics(metrics);
                var part = new ClaimSet(narrowed ? read.Where(c => byMetric.Any(r => r.Scope.Accepts(c))) : read);
                foreach (var flag in Evaluate(byMetric, part)) yield return flag;
            }

        var whole = _rules.Where(r => r.Scope == RuleScope.AllClaims).ToList();
        if (whole.Count > 0)
            foreach (var flag in Evaluate(whole, new ClaimSet(_claims.All()))) yield return flag;
    }

    private IEnumerable<Flag> FindChanged(IReadOnlySet<string> changed)
    {
        var bySentence = _rules.Where(r => r.Scope.OneSentence).ToList();
        var pairwise = _rules.Where(r => r.Scope.Pairwise).ToList();
        // The changed documents' claims some pairwise rule compares: the old claims are read near them.
        var compared = new List<Claim>();
        foreach (var batch in DocumentBatches(_claims.OfDocuments(changed), Math.Min(ClaimsPerDocumentBatch, _claimsPerPart)))
        {
            compared.AddRange(batch.Where(c => pairwise.Any(r => r.Scope.Accepts(c))));
            if (bySentence.Count > 0)
                foreach (var flag in Evaluate(bySentence, new ClaimSet(batch))) yield return flag;
        }
        StageTrace.Mark("changed documents read, rules of one sentence run");
        if (compared.Count > 0)
            foreach (var flag in PairsWithChanged(pairwise, compared, changed)) yield return flag;

        // Rules that may relate more than two claims at once compare every claim they cover again.
        var byMetric = _rules.Where(r => r.Scope.IsOneMetric && !r.Scope.Pairwise).ToList();
        if (byMetric.Count > 0)
            foreach (var metrics in MetricParts(byMetric, _claims.MetricCounts(CoveredMetrics(byMetric))))
                foreach (var flag in Evaluate(byMetric, new ClaimSet(_claims.OfMetrics(metrics)))) yield return flag;

        var whole = _rules.Where(r => r.Scope == RuleScope.AllClaims).ToList();
        if (whole.Count > 0)
            foreach (var flag in Evaluate(whole, new ClaimSet(_claims.All()))) yield return flag;
    }

    /// <summary>
    /// The flags of pairwise rules that involve a changed document, over the old claims that can meet
    /// its claims: those dated within the rules' window of them (of any date for a rule without one, or
    /// for an undated new claim), with their repeats in their documents. Pairs of two old claims are
    /// not compared again: the earlier run's flags stand for them.
    /// </summary>
    private IEnumerable<Flag> PairsWithChanged(IReadOnlyList<IRule> pairwise, IReadOnlyList<Claim> compared, IReadOnlySet<string> changed)
    {
        bool Changed(Claim claim) => changed.Contains(claim.Document);
        bool Involved(Flag flag) => flag.Claims.Any(Changed);
        var spans = new List<DaySpan>();
        var anyTime = new List<string>();
        foreach (var metric in compared.GroupBy(c => c.Metric, StringComparer.OrdinalIgnoreCase))
        {
            var covering = pairwise.Where(r => r.Scope.Covers(metric.Key)).ToList();
            var windows = covering.Select(r => r.Scope.WindowDays).ToList();
            if (windows.Any(w => w is null) || metric.Any(c => c.AsOfDays is null)) anyTime.Add(metric.Key);
            else
                foreach (var group in metric.GroupBy(c => (c.Subject, c.Unit)))
                {
                    // Where every rule pairs the subject by place, old claims elsewhere are not read: at 100k
                    // generated documents two thirds of those in the window.
                    var placed = covering.All(r => r.Scope.PlacedSubjects.Contains(group.Key.Subject));
                    var kind = placed ? group.Where(c => DaySpan.PlaceKey(c) is not null).ToList() : group.ToList();
                    if (kind.Count == 0) continue;
                    var places = placed ? kind.Select(c => DaySpan.PlaceKey(c)!).ToHashSet(StringComparer.Ordinal) : null;
                    var span = new DaySpan(metric.Key, group.Key.Subject, group.Key.Unit, default, default, Places: places);
                    // A claim dated to a month or a year meets only claims overlapping it; one dated to a day
                    // also meets claims dated to a day or a week within the window.
                    spans.AddRange(Spans(span, kind, 0));
                    var window = (int)Math.Ceiling(windows.Max()!.Value);
                    spans.AddRange(Spans(span with { DayDated = true }, kind.Where(c => !DaySpan.IsCoarse(c.AsOfPrecision)), window));
                }
        }
        if (spans.Count > 0)
        {
            var near = new ClaimSet(_claims.Near(spans)) { Focus = Changed };
            StageTrace.Mark($"claims near the new ones read: {near.All.Count}");
            var found = Evaluate(pairwise, near, Involved);
            StageTrace.Mark($"pairwise rules run: {found.Count} flags");
            foreach (var flag in found) yield return flag;
        }
        if (anyTime.Count == 0) yield break;
        var counts = _claims.MetricCounts(anyTime);
        foreach (var part in MetricParts(pairwise, counts))
            foreach (var flag in Evaluate(pairwise, new ClaimSet(_claims.OfMetrics(part)) { Focus = Changed }, Involved)) yield return flag;
    }

    /// <summary>The metrics these one-metric rules cover, to count those alone; null when one covers every metric ("*").</summary>
    private static IReadOnlyCollection<string>? CoveredMetrics(IReadOnlyList<IRule> byMetric) =>
        byMetric.Any(r => r.Scope.Metrics!.Contains("*")) ? null : byMetric.SelectMany(r => r.Scope.Metrics!).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The days each claim's as-of days reach within the window, overlapping reaches merged: spans of what <paramref name="kind"/> names.</summary>
    private static IEnumerable<DaySpan> Spans(DaySpan kind, IEnumerable<Claim> claims, int window)
    {
        (int From, int To)? current = null;
        foreach (var (from, to) in claims.Select(c => (c.AsOfDays!.Value.First - window, c.AsOfDays!.Value.Last + window)).OrderBy(s => s.Item1))
        {
            if (current is { } open && from <= open.To + 1) current = (open.From, Math.Max(open.To, to));
            else
            {
                if (current is { } done) yield return kind with { From = DayOf(done.From), To = DayOf(done.To) };
                current = (from, to);
            }
        }
        if (current is { } last) yield return kind with { From = DayOf(last.From), To = DayOf(last.To) };
    }

    private static DateOnly DayOf(long dayNumber) =>
        DateOnly.FromDayNumber((int)Math.Clamp(dayNumber, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary>Whole documents, about <paramref name="size"/> claims at a time.</summary>
    private static IEnumerable<List<Claim>> DocumentBatches(IEnumerable<Claim> claims, int size)
    {
        var batch = new List<Claim>();
        foreach (var claim in claims)
        {
            if (batch.Count >= size && claim.Document != batch[^1].Document)
            {
                yield return batch;
                batch = [];
            }
            batch.Add(claim);
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>The metrics some rule compares, grouped so each group holds about the claims a part may.</summary>
    private List<List<string>> MetricParts(IReadOnlyList<IRule> byMetric, IReadOnlyDictionary<string, int> counts)
    {
        var parts = new List<List<string>>();
        var current = new List<string>();
        var held = 0;
        foreach (var (metric, count) in counts.Where(m => byMetric.Any(r => r.Scope.Covers(m.Key))).OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (current.Count > 0 && held + count > _claimsPerPart)
            {
                parts.Add(current);
                (current, held) = ([], 0);
            }
            current.Add(metric);
            held += count;
        }
        if (current.Count > 0) parts.Add(current);
        return parts;
    }

    /// <summary>The rules over one part, side by side; their flags merged in rule order.</summary>
    private List<Flag> Evaluate(IReadOnlyList<IRule> rules, ClaimSet part, Func<Flag, bool>? keep = null)
    {
        var running = rules.Where(r => !_failures.ContainsKey(r)).ToList();
        var outcomes = new (List<Flag> Flags, RuleFailure? Failure)[running.Count];
        Parallel.For(0, running.Count, i => outcomes[i] = Evaluate(running[i], part));
        var flags = new Dictionary<string, Flag>();
        for (var i = 0; i < running.Count; i++)
        {
            foreach (var flag in outcomes[i].Flags)
                if (keep is null || keep(flag)) flags.TryAdd(flag.Id, flag);
            if (outcomes[i].Failure is { } failure) _failures[running[i]] = failure;
        }
        // A pair one rule finds in conflict is no agreement for another with a looser tolerance: 45 against "at least 48".
        var disputed = flags.Values.Where(f => f.Kind == FindingKind.Discrepancy && f.Claims.Count == 2).Select(PairOf).ToHashSet();
        var found = flags.Values.Where(f => f.Kind != FindingKind.Agreement || f.Claims.Count != 2 || !disputed.Contains(PairOf(f))).ToList();
        foreach (var flag in found) _tally.Count(flag);
        return found;
    }

    private static (string, string) PairOf(Flag flag) =>
        string.CompareOrdinal(flag.Claims[0].Id, flag.Claims[1].Id) <= 0 ? (flag.Claims[0].Id, flag.Claims[1].Id) : (flag.Claims[1].Id, flag.Claims[0].Id);

    /// <summary>A rule's flags, or what went wrong: its flags up to the failure are kept, as they were when rules ran one by one.</summary>
    private static (List<Flag>, RuleFailure?) Evaluate(IRule rule, ClaimSet set)
    {
        var found = new List<Flag>();
        try
        {
            foreach (var flag in rule.Evaluate(set)) found.Add(flag);
            return (found, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A timeout's message does not say which pattern: the rule's file and the pattern do.
            return (found, new RuleFailure(rule.Definition.Id, e is System.Text.RegularExpressions.RegexMatchTimeoutException timeout
                ? $"{rule.Definition.File}: pattern '{timeout.Pattern}' took longer than {timeout.MatchTimeout.TotalSeconds:0.#} s on one sentence"
                : $"{e.GetType().Name}: {e.Message}"));
        }
    }
}
