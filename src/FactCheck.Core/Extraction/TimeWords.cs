using System.Text.Json;

namespace FactCheck.Extraction;

/// <summary>A relative time expression's unit ("day", "week", "weekend", "month", "year", "season") and how many back.</summary>
internal readonly record struct RelativeTime(string Unit, int Offset);

/// <summary>The time vocabulary of rules/lexicon/time.json, checked when loaded.</summary>
internal sealed class TimeWords
{
    private static readonly HashSet<string> Units = ["day", "week", "weekend", "month", "year", "season"];

    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyDictionary<string, int> Weekdays { get; init; }
    public required IReadOnlySet<string> DayParts { get; init; }
    public required IReadOnlySet<string> ClockWords { get; init; }
    public required PhraseIndex<RelativeTime> Relative { get; init; }
    public required IReadOnlySet<string> Ago { get; init; }
    public required IReadOnlySet<string> YearPrepositions { get; init; }
    public required PhraseIndex<bool> StandingAt { get; init; }
    /// <summary>"that day", "the same year": a time named before, with its precision.</summary>
    public required PhraseIndex<string> PointingBack { get; init; }
    /// <summary>"on Christmas Day", "New Year's Eve": a day that falls on the same month and day every year.</summary>
    public required PhraseIndex<(int Month, int Day)> Holidays { get; init; }

    /// <summary>"As of early Sunday", "By Friday": words right before tokens[i] that give the time a count stands at.</summary>
    public bool StandingAtBefore(List<Token> tokens, int i)
    {
        for (var start = Math.Max(0, i - 3); start < i; start++)
            if (StandingAt.Match(tokens, start) is { Length: var length } && start + length == i) return true;
        return false;
    }

    private const int LongestDayBeforeWord = 3;

    /// <summary>
    /// Where <paramref name="word"/> stands: at tokens[k], or right after the day something was done ("released on Tuesday by the
    /// Congressional Budget Office", "provided late Monday by"), whose words lead a day in (grammar.json pointPrepositions and
    /// monthLeadIns); null if neither.
    /// </summary>
    public int? AfterTheDay(List<Token> tokens, int k, string word, WordSet pointPrepositions, WordSet leadIns)
    {
        for (var end = Math.Min(tokens.Count, k + LongestDayBeforeWord + 1); k < end; k++)
        {
            if (tokens[k].Lower == word) return k;
            // "a projection released this week by data firm Enki Research"
            if (Relative.Match(tokens, k) is { Length: var length }) k += length - 1;
            else if (!(pointPrepositions.Contains(tokens[k]) || leadIns.Contains(tokens[k]) || tokens[k].IsCapitalized && Weekdays.ContainsKey(tokens[k].Text)
                       || DayParts.Contains(tokens[k].Lower))) return null;
        }
        return null;
    }

    /// <summary>
    /// A month's name at tokens[i] used as a date, before a day or a year ("between March 1 and July 7", "March 2014") or after a
    /// preposition that leads one in ("in March"): no event or metric word ("march"), whatever its spelling.
    /// </summary>
    public bool MonthAt(List<Token> tokens, int i, WordSet leadIns) =>
        tokens[i].IsCapitalized && Months.ContainsKey(tokens[i].Lower)
        && (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number || i > 0 && leadIns.Contains(tokens[i - 1]));

    public static TimeWords From(TimeFile file, string path, WordClasses classes)
    {
        foreach (var (name, month) in file.Months)
            if (month is < 1 or > 12) throw new LexiconException(path, $"month '{name}' must be 1 to 12, not {month}");
        foreach (var (name, day) in file.Weekdays)
            if (day is < 0 or > 6) throw new LexiconException(path, $"weekday '{name}' must be 0 (Sunday) to 6, not {day}");
        var relative = new List<(string, RelativeTime)>();
        foreach (var (phrase, value) in file.Relative)
        {
            if (value.Length != 2 || value[0].ValueKind != JsonValueKind.String || !Units.Contains(value[0].GetString()!)
                || value[1].ValueKind != JsonValueKind.Number || !value[1].TryGetInt32(out var offset))
                throw new LexiconException(path, $"relative time '{phrase}' needs [unit, offset] with a unit of {string.Join(", ", Units)} and a whole number");
            relative.Add((phrase, new RelativeTime(value[0].GetString()!, offset)));
        }
        foreach (var (phrase, unit) in file.PointingBack)
            if (unit is not (AsOfPrecision.Day or AsOfPrecision.Week or AsOfPrecision.Month or AsOfPrecision.Year))
                throw new LexiconException(path, $"pointingBack '{phrase}' needs a unit of day, week, month or year, not '{unit}'");
        var holidays = new List<(string, (int, int))>();
        foreach (var (name, day) in file.Holidays)
        {
            if (!DateOnly.TryParseExact("2000-" + day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                throw new LexiconException(path, $"holiday '{name}' needs its month and day as MM-DD, not '{day}'");
            holidays.Add((name, (date.Month, date.Day)));
        }
        var ignoreCase = StringComparer.OrdinalIgnoreCase;
        return new TimeWords
        {
            Months = new Dictionary<string, int>(file.Months, ignoreCase),
            Weekdays = new Dictionary<string, int>(file.Weekdays, ignoreCase),
            DayParts = file.DayParts.ToHashSet(ignoreCase),
            ClockWords = file.ClockWords.ToHashSet(ignoreCase),
            Relative = new PhraseIndex<RelativeTime>(relative, classes: classes),
            Ago = file.Ago.ToHashSet(ignoreCase),
            YearPrepositions = file.YearPrepositions.ToHashSet(ignoreCase),
            StandingAt = new PhraseIndex<bool>(file.StandingAt.Select(p => (p, true)), classes: classes),
            PointingBack = new PhraseIndex<string>(file.PointingBack.Select(p => (p.Key, p.Value)), classes: classes),
            Holidays = new PhraseIndex<(int Month, int Day)>(holidays, classes: classes),
        };
    }
}
