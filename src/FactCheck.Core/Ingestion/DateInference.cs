using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Ingestion;

/// <summary>Finds full calendar dates written out in text ("Thursday, April 4, 2024", "23 March 2022", "2022-03-23").</summary>
internal static partial class DateInference
{
    [GeneratedRegex(@"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s*(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<month>\d\d)-(?<day>\d\d)\b")]
    private static partial Regex IsoDate();

    // News sites file articles under their day: ".../2017/09/20/mexico-earthquake-death-toll/", ".../stories/2011-01-21/...",
    // ".../world/2023/sep/12/...", and a folder that is the day written without separators (".../amp/20240424/tens-of-thousands...").
    [GeneratedRegex(@"/(?<year>(?:19|20)\d\d)([/-])(?<month>\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\1(?<day>\d{1,2})(?=[/.-]|$)|/(?<year>(?:19|20)\d\d)(?<month>[01]\d)(?<day>[0-3]\d)/", RegexOptions.IgnoreCase)]
    private static partial Regex DayInUrlPath();

    /// <summary>
    /// The day an article's address files it under, or null when the address names no full day (a month alone,
    /// ".../2023/09/flood-death-toll...", leaves the day open).
    /// </summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        return DayInUrlPath().Match(uri.AbsolutePath) is { Success: true } match ? ToDate(match) : null;
    }

    /// <summary>Parses a value that is only a date in one of the supported forms.</summary>
    public static DateOnly? ParseExact(string value)
    {
        var trimmed = value.Trim();
        foreach (var match in Matches(trimmed))
            if (match.Index == 0 && match.Length == trimmed.Length) return match.Date;
        return null;
    }

    /// <summary>
    /// The date a document was most likely written: a line that is only a date wins, else the first full date of its title
    /// ("... based on information received as of 27 September 2015") or of a later line where running prose does not lead
    /// into it. A date after a lower-case word in the body ("made landfall on October 29, 2025") is an event's, which the
    /// report may follow by days; one opening a line, or after a name or a comma, dates a dateline or a photo ("in Mariupol,
    /// eastern Ukraine, Friday, May 9, 2014").
    /// </summary>
    public static DateOnly? Infer(string text)
    {
        DateOnly? first = null;
        var title = true;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            foreach (var match in Matches(trimmed))
            {
                if (match.Index == 0 && match.Length == trimmed.Length) return match.Date;
                if (first is null && (title || !InRunningProse(trimmed, match.Index))) first = match.Date;
            }
            title &= trimmed.Length == 0;
        }
        return first;
    }

    /// <summary>Whether the word right before <paramref name="index"/> starts with a lower-case letter.</summary>
    private static bool InRunningProse(string line, int index)
    {
        var end = index;
        while (end > 0 && line[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(line[start - 1])) start--;
        return start < end && char.IsLower(line[start]);
    }

    public static IEnumerable<(int Index, int Length, DateOnly Date)> Matches(string text)
    {
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear(), IsoDate() })
            foreach (Match match in regex.Matches(text))
                if (ToDate(match) is { } date) yield return (match.Index, match.Length, date);
    }

    private static DateOnly? ToDate(Match match)
    {
        var monthText = match.Groups["month"].Value;
        var month = int.TryParse(monthText, out var number) ? number
            : DateTime.ParseExact(monthText, monthText.Length == 3 ? "MMM" : "MMMM", CultureInfo.InvariantCulture).Month;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
    }
}
