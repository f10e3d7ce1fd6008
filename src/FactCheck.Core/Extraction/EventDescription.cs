using System.Globalization;

namespace FactCheck.Extraction;

/// <summary>
/// The event a claim is about, in one line: what happened, where, as of when, and whether the figure
/// is a running total, each with where it was read ("earthquake (headline), Christchurch (paragraph),
/// 2011-02-23 (publication), running total"). What explain, the reports and the review page show.
/// </summary>
public static class EventDescription
{
    public static string Of(Claim claim)
    {
        var what = claim.Event is null ? "event unnamed" : $"{claim.Event} ({claim.EventFrom})";
        var where = claim.Location is null ? "place unstated" : $"{claim.PlacePath ?? claim.Location} ({claim.LocationFrom})";
        var when = claim.AssertedOn is { } day
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
              + (claim.AsOfPrecision is AsOfPrecision.Day or AsOfPrecision.Unknown ? "" : " " + claim.AsOfPrecision)
              + (claim.AsOfFrom == Provenance.None ? "" : $" ({claim.AsOfFrom})")
            : "undated";
        return $"{what}, {where}, {when}{(claim.RunningTotal ? ", running total" : "")}";
    }
}
