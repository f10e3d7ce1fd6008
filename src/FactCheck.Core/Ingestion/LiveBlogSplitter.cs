using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Ingestion;

/// <summary>
/// Splits a live blog into its timestamped entries so each claim keeps its entry's time. Entries
/// run newest first: when an entry's time is later than the one above it, the day rolls back.
/// A line holding only a date ("Thursday, April 4, 2024") sets the day for the entries below it.
/// </summary>
internal static partial class LiveBlogSplitter
{
    private const int MinimumEntries = 3;

    [GeneratedRegex(@"^(?<hour>\d{1,2}):(?<minute>\d\d)\s*(?<half>am|pm)\s*[:—–-]\s*(?<headline>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex TwelveHourHeading();

    [GeneratedRegex(@"^(?<hour>[01]\d|2[0-3])(?<minute>[0-5]\d)\s+GMT\s*[—–:-]\s*(?<headline>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex GmtHeading();

    private sealed record Heading(int Start, TimeOnly Time, string Headline);

    public static IReadOnlyList<DocumentSection> Split(string text, DateOnly? published)
    {
        var headings = FindHeadings(text);
        if (headings.Count < MinimumEntries)
            return [new DocumentSection(0, text.Length, null, published, null)];

        var sections = new List<DocumentSection>();
        var date = published;
        if (headings[0].Start > 0)
        {
            date = LastDateLine(text, 0, headings[0].Start) ?? date;
            sections.Add(new DocumentSection(0, headings[0].Start, null, published, null));
        }
        TimeOnly? previous = null;
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Start : text.Length;
            if (previous is { } above && heading.Time > above) date = date?.AddDays(-1);
            sections.Add(new DocumentSection(heading.Start, end, heading.Headline, date, heading.Time));
            previous = heading.Time;
            if (LastDateLine(text, heading.Start, end) is { } stated)
            {
                date = stated;
                previous = null;
            }
        }
        return sections;
    }

    private static List<Heading> FindHeadings(string text)
    {
        var headings = new List<Heading>();
        foreach (Match match in TwelveHourHeading().Matches(text))
        {
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) % 12;
            if (match.Groups["half"].Value.Equals("pm", StringComparison.OrdinalIgnoreCase)) hour += 12;
            var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
            if (minute < 60) headings.Add(new Heading(match.Index, new TimeOnly(hour, minute), match.Groups["headline"].Value.Trim()));
        }
        foreach (Match match in GmtHeading().Matches(text))
            headings.Add(new Heading(match.Index,
                new TimeOnly(int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture)),
                match.Groups["headline"].Value.Trim()));
        headings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return headings;
    }

    private static DateOnly? LastDateLine(string text, int start, int end)
    {
        DateOnly? found = null;
        foreach (var line in text[start..end].Split('\n'))
            if (line.Length < 40 && DateInference.ParseExact(line) is { } date && line.Trim().Length > 0)
                found = date;
        return found;
    }
}
