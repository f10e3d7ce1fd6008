using System.Collections.Concurrent;
using System.Globalization;
using FactCheck.Extraction;

namespace FactCheck.Rules.Pairing;

/// <summary>
/// Finds the pairs of claims that speak of the same thing, for any rule that compares figures.
/// Pairs only claims that can match: grouped by metric, subject, side and unit, then compared
/// within the time window in date order, never every claim against every other. Whether a pair is
/// a candidate depends on its two claims alone (the first days are sorted, so the window's cut-off
/// for one claim is passed only by claims too far from it) and on the repeats within their documents:
/// what lets a check over a grown store pair only the new claims (see <see cref="RuleScope.PairsOfOneMetricOf"/>).
/// </summary>
internal sealed partial class ComparablePairs(PairingSettings settings)
{
    public IEnumerable<(Claim A, Claim B)> Candidates(ClaimSet claims)
    {
        var candidates = claims.Metrics.Where(settings.Covers).SelectMany(metric => Distinct(claims.WithMetric(metric)
            .Where(c => c.Modality == Modality.Asserted && !c.PartOfGroup && c.Unit != Claim.QuoteMetric && settings.CoversSubject(c.Subject)).ToList()));
        foreach (var group in candidates.Select(c => (Claim: c, Place: PlacePartition(c))).Where(x => x.Place is not null)
                     .GroupBy(x => (x.Claim.Metric, x.Claim.Subject, settings.SideMayBeUnstated ? null : x.Claim.Side, x.Claim.Unit, x.Place), x => x.Claim))
        {
            var dated = group.Where(c => c.AssertedOn is not null).OrderBy(c => c.AssertedOn).ToList();
            var undated = group.Where(c => c.AssertedOn is null).ToList();
            // Without a focus every claim is in it; asked once per claim, not once per pair.
            var (inDated, inUndated) = (InFocus(dated, claims.Focus), InFocus(undated, claims.Focus));
            if (!inDated.Contains(true) && !inUndated.Contains(true)) continue;
            var days = dated.Select(c => c.AsOfDays!.Value).ToArray();
            // A claim out of focus is paired only with those in focus after it: walking every claim after
            // it only to pass over the others was most of the pairs a check over a grown store tried.
            var inFocus = Enumerable.Range(0, dated.Count).Where(i => inDated[i]).ToArray();
            for (var i = 0; i < dated.Count; i++)
            {
                // Sorted by first day, so the gap after claim i only grows from where a claim is too far.
                if (inDated[i])
                    for (var j = i + 1; j < dated.Count && InWindow(days[i], days[j]); j++) yield return (dated[i], dated[j]);
                else
                    for (var k = FirstAfter(inFocus, i); k < inFocus.Length && InWindow(days[i], days[inFocus[k]]); k++)
                        yield return (dated[i], dated[inFocus[k]]);
                for (var u = 0; u < undated.Count; u++)
                    if (inDated[i] || inUndated[u]) yield return (dated[i], undated[u]);
            }
            for (var i = 0; i < undated.Count; i++)
                for (var j = i + 1; j < undated.Count; j++)
                    if (inUndated[i] || inUndated[j]) yield return (undated[i], undated[j]);
        }
    }

    /// <summary>Whether a claim starting after <paramref name="earlier"/> starts within the window of its last day.</summary>
    private bool InWindow((int First, int Last) earlier, (int First, int Last) later) =>
        settings.WindowDays is not { } window || later.First - earlier.Last <= window;

    /// <summary>Where in the ascending <paramref name="indices"/> those above <paramref name="index"/> start.</summary>
    private static int FirstAfter(int[] indices, int index)
    {
        var found = Array.BinarySearch(indices, index + 1);
        return found < 0 ? ~found : found;
    }

    private static bool[] InFocus(List<Claim> claims, Func<Claim, bool>? focus) =>
        focus is null ? Enumerable.Repeat(true, claims.Count).ToArray() : claims.Select(focus).ToArray();

    /// <summary>
    /// Which claims an incident count can meet at all, so candidates are enumerated per place, not
    /// across a whole archive (a million reports of one year would otherwise all meet): a side-less
    /// count of a subject that needs a place pairs only at its place (or within its country where a
    /// carried place or a site's city holds the places inside it), and never without one (null). Everything else
    /// shares one partition ("").
    /// </summary>
    private string? PlacePartition(Claim claim)
    {
        if (claim.Side is not null || !settings.PlaceRequiredFor.Contains(claim.Subject)) return "";
        if (PlaceOf(claim) is not { } place) return null;
        return settings.CarriedPlaceContains || settings.SiteInPlace ? DaySpan.PlaceRoot(place) : place;
    }

    /// <summary>The conditions under which two claims speak of the same thing, with their inputs and results.</summary>
    public List<Condition> SameThing(Claim a, Claim b) =>
    [
        new("metric covered and equal", $"{a.Metric} / {b.Metric}", SameMetric(a, b)),
        new("same subject", $"{SubjectOf(a)} / {SubjectOf(b)}", SameSubject(a, b)),
        new("same unit", $"{a.Unit} / {b.Unit}", a.Unit == b.Unit),
        new("both asserted as fact", $"{a.Modality} / {b.Modality}", BothAsserted(a, b)),
        new("both whole counts, not part of a group", $"{(a.PartOfGroup ? "part" : "whole")} / {(b.PartOfGroup ? "part" : "whole")}", !a.PartOfGroup && !b.PartOfGroup),
        new("within time window", $"{DaysApartText(a, b)} days apart, window {settings.WindowDays?.ToString(CultureInfo.InvariantCulture) ?? "none"}"
            + (OneIncidentEach(a, b) && settings.IncidentWindowDays is { } days ? $" ({days.ToString(CultureInfo.InvariantCulture)} for two incidents' tolls dated by their sentences)" : "")
            + (IncidentAfter(a, b) || IncidentAfter(b, a) ? "; one counts an incident its sentence dates after the other was given" : ""),
            WithinWindow(a, b)),
        new("comparable periods", $"{a.Period ?? "unstated"} / {b.Period ?? "unstated"}", ComparablePeriods(a.Period, b.Period)),
        new("same kind of event", $"{a.Event ?? "unnamed"} / {b.Event ?? "unnamed"}", SameEvent(a, b)),
        new("same place", $"{PlaceOf(a) ?? "unstated"} / {PlaceOf(b) ?? "unstated"}", SamePlace(a, b)),
        new("measured from the same place", $"{a.MeasuredFrom ?? "unstated"} / {b.MeasuredFrom ?? "unstated"}", SameReference(a, b)),
    ];

    /// <summary>
    /// Whether every condition of <see cref="SameThing"/> passes, without writing their inputs out:
    /// most candidate pairs fail, and only a flagged pair needs its explanation.
    /// </summary>
    public bool IsSameThing(Claim a, Claim b) =>
        SameMetric(a, b) && SameSubject(a, b) && a.Unit == b.Unit && BothAsserted(a, b) && !a.PartOfGroup && !b.PartOfGroup && WithinWindow(a, b)
        && ComparablePeriods(a.Period, b.Period) && SameEvent(a, b) && SamePlace(a, b) && SameReference(a, b);

    /// <summary>Whether the intervals, each widened by the tolerance, overlap; and the inputs for the explanation.</summary>
    public (bool Overlap, string Inputs) Overlap(Claim a, Claim b, bool vagueIsFloor = true) =>
        (Overlaps(a, b, vagueIsFloor), $"{Interval(a, vagueIsFloor)} / {Interval(b, vagueIsFloor)} at ±{settings.Tolerance:0.##}");

    /// <summary>
    /// Whether the intervals, each widened by the tolerance, overlap. Two open ends do not meet:
    /// "nearly 500" and "more than 500" share no number. An exact "500" is taken to meet either, as
    /// a round figure may be. With <paramref name="vagueIsFloor"/>, a vague figure's top is open (see <see cref="Widened"/>): what
    /// disagrees with "thousands" is less than a few thousand; what agrees with it stays within its words.
    /// </summary>
    public bool Overlaps(Claim a, Claim b, bool vagueIsFloor = true)
    {
        if (BothFloors(a, b)) return Math.Max(a.Low, b.Low) <= Math.Min(a.Low, b.Low) * (1 + settings.Tolerance);
        var (lowA, highA) = Widened(a, vagueIsFloor);
        var (lowB, highB) = Widened(b, vagueIsFloor);
        return !(Below(highA, a.HighIsOpen, lowB, b.LowIsOpen) || Below(highB, b.HighIsOpen, lowA, a.LowIsOpen));
    }

    /// <summary>
    /// Whether two open-ended figures are compared by their floors, as the rule allows: the University of Buenos Aires' "at least 500,000"
    /// against the government's "at least 150,000" are two estimates of one march, not two bounds that meet somewhere above.
    /// </summary>
    public bool BothFloors(Claim a, Claim b) => settings.FloorsAreEstimates && a.IsUnbounded && b.IsUnbounded;

    private bool Below(double high, bool highOpen, double low, bool lowOpen) =>
        high < low || high == low && settings.Tolerance == 0 && highOpen && lowOpen;

    /// <summary>A figure nobody dated can suggest a discrepancy, not assert one.</summary>
    public static bool EitherUndated(Claim a, Claim b) => a.AssertedOn is null || b.AssertedOn is null;

    private string Interval(Claim claim, bool vagueIsFloor)
    {
        var (low, high) = Widened(claim, vagueIsFloor);
        return $"{(claim.LowIsOpen ? "(" : "[")}{Bound(low)}, {Bound(high)}{(claim.HighIsOpen || double.IsPositiveInfinity(high) ? ")" : "]")}";
    }

    /// <summary>
    /// An unattributed figure is its outlet's own: its publisher's where known (two outlets are two
    /// sources; two articles of one outlet are one), else its document's.
    /// </summary>
    public static string SourceOf(Claim claim) =>
        claim.Claimant == Claim.Unattributed ? OwnSourcePrefix + (claim.Publisher ?? claim.Document) : claim.Claimant;

    private const string OwnSourcePrefix = Claim.Unattributed + ":";

    public static string SubjectOf(Claim claim) => claim.Side is null ? claim.Subject : $"{claim.Side} {claim.Subject}";

    /// <summary>The values a rule's message template can use for a pair.</summary>
    public static Dictionary<string, string> MessageValues(Claim a, Claim b, double ratio) => new()
    {
        ["metric"] = a.Metric,
        // "1 million refugees" reads better than "1 million refugees refugees".
        ["subject"] = SubjectOf(a) == a.Metric || a.Subject == "unspecified" ? "" : SubjectOf(a),
        // 288 against 275 is 1.05x, not "1x".
        ["ratio"] = double.IsPositiveInfinity(ratio) ? "∞" : ratio.ToString(ratio < 2 ? "0.##" : "0.#", CultureInfo.InvariantCulture),
        ["a.claimant"] = a.Claimant, ["a.figure"] = FigureFormatter.Format(a),
        ["a.date"] = a.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated", ["a.document"] = a.Document,
        ["b.claimant"] = b.Claimant, ["b.figure"] = FigureFormatter.Format(b),
        ["b.date"] = b.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated", ["b.document"] = b.Document,
    };

    public static readonly string[] Placeholders =
        ["metric", "subject", "ratio", "a.claimant", "a.figure", "a.date", "a.document", "b.claimant", "b.figure", "b.date", "b.document"];

    private bool SameMetric(Claim a, Claim b) => settings.Covers(a.Metric) && a.Metric == b.Metric && settings.CoversSubject(a.Subject);

    private bool SameSubject(Claim a, Claim b) =>
        a.Subject == b.Subject && (a.Side == b.Side || settings.SideMayBeUnstated && (a.Side is null || b.Side is null));

    private static bool BothAsserted(Claim a, Claim b) => a.Modality == Modality.Asserted && b.Modality == Modality.Asserted;

    /// <summary>
    /// Whether the dates are within the window. A month or a year ("in March", "last year") is a whole
    /// span: a figure about it meets only figures inside it, not a report two days after it ended.
    /// </summary>
    private bool WithinWindow(Claim a, Claim b) =>
        settings.WindowDays is not { } w || a.AssertedOn is null || b.AssertedOn is null
        || DaysApart(a, b) <= (Coarse(a) || Coarse(b) ? 0 : OneIncidentEach(a, b) && settings.IncidentWindowDays is { } days ? days : w)
           && !IncidentAfter(a, b) && !IncidentAfter(b, a);

    /// <summary>
    /// "Four people were killed in Sudan on Sunday" against the 61 the government announced on Thursday: a toll that its own sentence
    /// dates to days after the other was given counts what had not happened when the other was counted, so no revision of it. A day
    /// after may still be the same count standing later ("As of Sunday evening, officials said ... 133 were injured" against
    /// Saturday's "at least 150"): the sentence's date does not tell an incident's day from a count's.
    /// </summary>
    private static bool IncidentAfter(Claim incident, Claim other) =>
        !incident.RunningTotal && incident.Side is null && incident.AsOfFrom == Extraction.Provenance.Sentence
        && incident.AsOfPrecision == Extraction.AsOfPrecision.Day && incident.AsOfDays is { } days && other.AsOfDays is { } given
        && days.First - given.Last >= DaysAfter;

    // A figure given the day after another may still be the same count, standing later; two days after, it is another day's.
    private const int DaysAfter = 2;

    /// <summary>
    /// "On April 16-17, three people were killed" against the regional government's seven killed in its
    /// report of 9 May: two incidents' tolls, dated to a day (at least one by its own sentence), neither
    /// a running total nor a side's war total.
    /// </summary>
    private static bool OneIncidentEach(Claim a, Claim b) =>
        a.Side is null && b.Side is null && !a.RunningTotal && !b.RunningTotal
        && (a.AsOfFrom == Extraction.Provenance.Sentence || b.AsOfFrom == Extraction.Provenance.Sentence)
        && a.AsOfPrecision == Extraction.AsOfPrecision.Day && b.AsOfPrecision == Extraction.AsOfPrecision.Day;

    private static bool Coarse(Claim claim) => claim.AsOfPrecision is Extraction.AsOfPrecision.Month or Extraction.AsOfPrecision.Year;

    /// <summary>The days between the two as-of dates, each taken as the span its precision allows: 0 when they overlap.</summary>
    private static double DaysApart(Claim a, Claim b)
    {
        var (daysA, daysB) = (a.AsOfDays!.Value, b.AsOfDays!.Value);
        return Math.Max(0, Math.Max(daysA.First - daysB.Last, daysB.First - daysA.Last));
    }

    /// <summary>A short window is not a running total; two different stated periods are different counts.</summary>
    private bool ComparablePeriods(string? a, string? b)
    {
        if (!settings.CompareShortPeriods && (IsShortPeriod(a) || IsShortPeriod(b))) return false;
        return a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || SameMonthSince(a, b) || SameMonthSince(b, a);
    }

    /// <summary>"since June" and "since June 26": a span from a month and one from a day of it start together as far as the words say.</summary>
    private static bool SameMonthSince(string month, string day) =>
        month.StartsWith("since ", StringComparison.OrdinalIgnoreCase) && day.Length > month.Length + 1 && day[month.Length] == ' '
        && day.StartsWith(month, StringComparison.OrdinalIgnoreCase) && day.AsSpan(month.Length + 1).IndexOfAnyExcept("0123456789") < 0;

    /// <summary>
    /// Whether a period is a short window, asked once per distinct period: this is asked for every
    /// candidate pair, and matching the patterns each time was most of the check's allocation.
    /// </summary>
    private bool IsShortPeriod(string? period) =>
        period is not null && _shortPeriods.GetOrAdd(period, static (text, settings) => settings.IsShortPeriod(text), settings);

    private readonly ConcurrentDictionary<string, bool> _shortPeriods = new(StringComparer.Ordinal);

    /// <summary>
    /// Distances are one only when measured from one place: 35 km northwest of Donetsk and 43 km
    /// northeast of Donetsk are the same question, 20 km from Donetsk and 52 km from Mariupol are not.
    /// Where the rule requires it, both must say from where, and what: "20 km south of Donetsk" with no
    /// town named before it locates nothing.
    /// </summary>
    private bool SameReference(Claim a, Claim b)
    {
        if (a.MeasuredFrom is null || b.MeasuredFrom is null) return !settings.MeasuredFromRequired;
        if (settings.MeasuredFromRequired && (LocatesNothing(a) || LocatesNothing(b))) return false;
        return string.Equals(a.MeasuredFrom, b.MeasuredFrom, StringComparison.OrdinalIgnoreCase);
    }

    private static bool LocatesNothing(Claim distance) => string.Equals(distance.PlacePath, distance.MeasuredFrom, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Two events the text names must be of one kind: a flood's toll is not an earthquake's. A side's
    /// total ("Russian soldiers") is a war's, whatever incident its sentence names. Where the rule requires
    /// it, both must name the event.
    /// </summary>
    private bool SameEvent(Claim a, Claim b) =>
        settings.EventRequired ? a.Event is not null && b.Event is not null && settings.MayBeOneIncident(a.Event, b.Event)
        : !settings.SameEventRequired || a.Event is null || b.Event is null || settings.MayBeOneIncident(a.Event, b.Event) || a.Side is not null && b.Side is not null;

    /// <summary>
    /// Places must not differ, compared by their lineage so spellings meet ("Slovyansk", "Slaviansk");
    /// for incident-level subjects both must be known. Kiev is not Ukraine. Where the rule allows it, a
    /// place only carried from earlier sentences is the article's setting, and a place inside it is no
    /// contradiction (an agreement on "55 km east of Kyiv" in an article about Ukraine); a discrepancy
    /// never rests on it: France's turnout is not Paris's. Where the rule allows it, a site is where the place around it is (a crowd
    /// "in Plaza de Cibeles" and one "in Madrid"). A side's total ("Russian soldiers") is about a war, not where
    /// the article is: only a place stated with it counts.
    /// </summary>
    private bool SamePlace(Claim a, Claim b)
    {
        var (placeA, placeB) = (PlaceOf(a), PlaceOf(b));
        if (placeA is null || placeB is null)
            return !settings.PlaceRequiredFor.Contains(a.Subject) || a.Side is not null && b.Side is not null;
        return string.Equals(placeA, placeB, StringComparison.OrdinalIgnoreCase)
               || settings.CarriedPlaceContains && (!Stated(a) && Contains(placeA, placeB) || !Stated(b) && Contains(placeB, placeA))
               || settings.SiteInPlace && (b.LocationPrecision == Extraction.PlacePrecision.Site && Contains(placeA, placeB)
                                           || a.LocationPrecision == Extraction.PlacePrecision.Site && Contains(placeB, placeA));
    }

    private static bool Stated(Claim claim) => claim.LocationFrom is null or Extraction.Provenance.Sentence;

    /// <summary>Whether the place with lineage <paramref name="outer"/> lies around <paramref name="inner"/> ("Ukraine" around "Ukraine > Kyiv").</summary>
    private static bool Contains(string outer, string inner) =>
        inner.Length > outer.Length + PathSeparator.Length && inner.StartsWith(outer, StringComparison.OrdinalIgnoreCase)
        && inner.AsSpan(outer.Length).StartsWith(PathSeparator, StringComparison.Ordinal);

    private const string PathSeparator = " > ";

    /// <summary>
    /// The place a figure is compared by. A side's war total counts only a place stated with it, and so
    /// does a figure its sentence dates to another time ("a similar attack in 2012 left 1,164 dead"):
    /// the article's setting is not where that happened.
    /// </summary>
    private string? PlaceOf(Claim claim) =>
        (claim.Side is null && !AboutAnotherTime(claim)) || Stated(claim) ? claim.PlacePath ?? claim.Location : null;

    private bool AboutAnotherTime(Claim claim) =>
        settings.WindowDays is { } window && claim.AsOfFrom == Extraction.Provenance.Sentence && claim.ReportedOn is { } reported
        && claim.AsOfDays is { } days && reported.DayNumber - days.Last > window;

    /// <summary>
    /// The interval widened by the tolerance. A vague figure's top is open: "Thousands take to the streets" over a march the police
    /// put at 170,000 says at least a few thousand came, no more than that; "thousands" against 500 still disagree.
    /// </summary>
    private (double Low, double High) Widened(Claim claim, bool vagueIsFloor) =>
        (claim.Low * (1 - settings.Tolerance), claim.IsUnbounded || vagueIsFloor && claim.Qualifier == "vague" ? double.PositiveInfinity : claim.High * (1 + settings.Tolerance));

    /// <summary>
    /// One assertion repeated in a headline and a paragraph is one claim for comparison; the
    /// repeat naming the most precise place is kept ("Mumbai's Elphinstone Road" over the dateline's
    /// Mumbai), then the longest sentence, as it usually carries the attribution and the period. Two
    /// towns 23 km from Donetsk in one report are two distances, not one repeated.
    /// </summary>
    private static IEnumerable<Claim> Distinct(IReadOnlyList<Claim> claims) =>
        DocumentRuns.Group(claims, c => (c.Claimant, c.Metric, c.Subject, c.Side, c.Unit, c.Low, c.High, c.MeasuredFrom, c.MeasuredFrom is null ? null : c.PlacePath))
            .Select(g => g.MaxBy(c => (Depth(c.PlacePath), c.Sentence.Length))!);

    /// <summary>How many places a lineage passes through ("India > Maharashtra > Mumbai": 3); 0 for none.</summary>
    private static int Depth(string? path) =>
        path is null ? 0 : 1 + path.AsSpan().Count(PathSeparator);

    private static string DaysApartText(Claim a, Claim b) =>
        a.AssertedOn is null || b.AssertedOn is null ? "?" : DaysApart(a, b).ToString(CultureInfo.InvariantCulture);

    private static string Bound(double value) => FigureFormatter.Number(value);
}
