using System.Globalization;
using FactCheck.Extraction;

namespace FactCheck.Rules.Pairing;

/// <summary>Whether a later figure is a count moving on (rising, or a shrinking list) or counts something narrower, not a rival.</summary>
internal sealed partial class ComparablePairs
{
    /// <summary>
    /// A count that went up: the later figure higher than the earlier one, ordered by the day each was
    /// given. Figures of unknown order are not taken for an update: "a total of 368 rescued" may be the
    /// first count, revised down to 164; but a lower figure that says it is a count so far ("1,041 had
    /// been killed until August 27") may be the earlier state of the higher one, so it is not set
    /// against it. Not an update either when two named sources give a side's war total (Moscow's 498
    /// against NATO's 7,000 three weeks later is a dispute, not a count moving on). Of one day's
    /// figures, a report's own later running total above an earlier one is an update too.
    /// </summary>
    public bool IsRisingUpdate(Claim a, Claim b)
    {
        if (!settings.RisingTotalIsUpdate || a.Side is not null && NamedRivals(a, b)) return false;
        if (b.High <= a.Low) (a, b) = (b, a);
        if (a.High > b.Low) return false;
        if (GivenOn(a) is { } lower && GivenOn(b) is { } higher)
            return lower < higher || lower == higher && (RaisedLaterInOneReport(a, b) || CountedEarlierThatDay(a, b) && !NamedRivals(a, b));
        return a.RunningTotal;
    }

    /// <summary>
    /// "Number of Oso landslide missing drops to 15" two weeks after "176 Missing": a count the rule lists as shrinking, lower in a
    /// report given on a later day.
    /// </summary>
    public bool IsShrinkingUpdate(Claim a, Claim b)
    {
        if (!settings.ShrinkingMetrics.Contains(a.Metric) || !settings.ShrinkingMetrics.Contains(b.Metric)) return false;
        if (a.Low > b.Low) (a, b) = (b, a);
        return GivenOn(a) is { } lower && GivenOn(b) is { } higher && lower > higher;
    }

    /// <summary>
    /// "Two people were shot dead in the capital Khartoum and its twin city of Omdurman" four days after the doctors' toll of 108: a
    /// side-less figure given two days or more after another and the rule's ratio lower counts something narrower (a day's incident, one
    /// building's bodies) more often than it revises the other; tolls are revised by a few percent. A side's war totals (Moscow's 498
    /// against NATO's 7,000) and one day's rival figures are left alone.
    /// </summary>
    public bool IsNarrowerLater(Claim a, Claim b)
    {
        if (settings.NarrowerFallRatio is not { } ratio || a.Side is not null || b.Side is not null || GivenOn(a) is not { } dayA || GivenOn(b) is not { } dayB) return false;
        var (earlier, later) = dayA <= dayB ? (a, b) : (b, a);
        return Math.Abs(dayB.DayNumber - dayA.DayNumber) >= DaysAfter && later.High * ratio <= earlier.Low;
    }

    /// <summary>
    /// "where 92 people died between late Tuesday and Wednesday morning" against Thursday's 155, both in Thursday's reports: of one day's
    /// figures, the lower one its sentence dates to an earlier day counted less of what happened. Two named sources stay rivals: the
    /// official 84 missing of Tuesday against the Red Cross's 22,000.
    /// </summary>
    private static bool CountedEarlierThatDay(Claim lower, Claim higher) =>
        lower.AsOfFrom == Extraction.Provenance.Sentence && lower.AsOfDays is { } before && higher.AsOfDays is { } after && before.Last < after.First;

    /// <summary>
    /// The day a figure was given: the day its source spoke or its report was written. A date its
    /// sentence gives ("on Friday", "the June 24 implosion"), or its story's lede, is when the counted thing happened.
    /// </summary>
    public static DateOnly? GivenOn(Claim claim) =>
        claim.AsOfFrom is Extraction.Provenance.Sentence or Extraction.Provenance.Lede ? claim.ReportedOn ?? claim.AssertedOn : claim.AssertedOn ?? claim.ReportedOn;

    /// <summary>
    /// "Five people died on the spot ... Officials later raised the confirmed death toll to eight": one
    /// report, the higher total in a later sentence. Two totals set side by side in one sentence ("357
    /// have died — a report put the toll at 370") are rivals.
    /// </summary>
    private static bool RaisedLaterInOneReport(Claim lower, Claim higher) =>
        lower.Document == higher.Document && lower.SentenceEnd <= higher.SentenceStart && higher.RunningTotal;

    private static bool NamedRivals(Claim a, Claim b) =>
        a.Claimant != Claim.Unattributed && b.Claimant != Claim.Unattributed && a.Claimant != b.Claimant;

    /// <summary>The condition <see cref="IsRisingUpdate"/> tests, for a rule's explanation.</summary>
    public Condition NotRisingUpdate(Claim a, Claim b)
    {
        var (earlier, later) = (GivenOn(a) ?? DateOnly.MaxValue) <= (GivenOn(b) ?? DateOnly.MaxValue) ? (a, b) : (b, a);
        return new("not a count rising in a later report",
            $"{Given(earlier)} {FigureFormatter.Format(earlier)}{(earlier.RunningTotal ? " (running total)" : "")} → "
            + $"{Given(later)} {FigureFormatter.Format(later)}{(later.RunningTotal ? " (running total)" : "")}"
            + (settings.RisingTotalIsUpdate ? "" : ", rule compares every order"), !IsRisingUpdate(a, b));
    }

    private static string Given(Claim claim) =>
        GivenOn(claim) is { } day ? "given " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
}
