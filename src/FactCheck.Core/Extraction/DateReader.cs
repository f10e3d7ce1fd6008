using System.Globalization;

namespace FactCheck.Extraction;

/// <summary>
/// A date expression in a sentence: its tokens, the first day it names (null when the date of writing
/// is unknown and the words are relative), its precision, and whether it dates figures near it ("in
/// 2023" does; "the 2016 election" only names something).
/// </summary>
internal sealed record DateMention(int FirstToken, int EndToken, DateOnly? Day, string Precision, bool Dates)
{
    /// <summary>Both bounds of a span of years ("between 1998 and 2018"): a figure over it is as of its end, not a bound of another date.</summary>
    public bool ClosedSpan { get; init; }

    /// <summary>A time the text named before ("that year", "the same day"): its day is the earlier date's (see <see cref="DateReader.PointBack"/>).</summary>
    public bool PointsBack { get; init; }
}

/// <summary>
/// Reads date expressions: weekdays ("on Tuesday morning"), calendar dates ("Feb. 20", "27 April",
/// "April 16-17", "Dec. 1, 2017"), months ("in August", "October 2014"), years ("in 2023"), relative
/// words from the lexicon ("last year", "earlier this week") and "three days ago". Each is resolved
/// against the date the text was written, looking back: news reports what has happened.
/// </summary>
internal sealed partial class DateReader(Lexicon lexicon)
{
    private TimeWords Time => lexicon.Time;

    /// <param name="filedOn">The day written is only the one the article's address files it under: it may have been updated after.</param>
    public List<DateMention> Find(List<Token> tokens, DateOnly? written, bool filedOn = false)
    {
        var found = new List<DateMention>();
        (int At, DateOnly Day)? weekdaysFrom = null;
        for (var i = 0; i < tokens.Count;)
        {
            var mention = Relative(tokens, i, written) ?? PointingBack(tokens, i) ?? Calendar(tokens, i, written) ?? Holiday(tokens, i, written)
                          ?? (IsWeekday(tokens[i]) ? Weekday(tokens, i, (weekdaysFrom ??= WeekdaysCountedFrom(tokens, written)) is { At: var at, Day: var from } && at < i ? from : written, filedOn) : null)
                          ?? YearSpan(tokens, i) ?? Year(tokens, i) ?? Ago(tokens, i, written);
            if (mention is null) { i++; continue; }
            found.Add(mention);
            i = mention.EndToken;
        }
        // "75 people died on that day in 2016": a date right after one pointing back says which.
        for (var d = found.Count - 2; d >= 0; d--)
            if (found[d].PointsBack && found[d + 1].FirstToken - found[d].EndToken <= 1) found.RemoveAt(d);
        return found;
    }


    /// <summary>The preposition a date is introduced by, kept with it: "on Sunday", "in August".</summary>
    private Grammar Grammar => lexicon.Grammar;

    private int WithPreposition(List<Token> tokens, int start) =>
        start > 0 && Grammar.DatePrepositions.Contains(tokens[start - 1]) ? start - 1 : start;

    private DateMention? Relative(List<Token> tokens, int i, DateOnly? written)
    {
        var plain = Time.Relative.Match(tokens, i);
        (RelativeTime Value, int Length)? match = plain is { } phrase ? (phrase.Value, phrase.Length) : Possessive(tokens, i);
        if (match is null) return null;
        var (unit, offset) = match.Value.Value;
        // "The death toll of Pakistani pilgrims in this year's Hajj hit 58": the present week's, month's or year's event is the one
        // still under way, and says nothing of the day its figure was counted ("this summer's floods" in October are over).
        if (plain is null && offset == 0 && unit is "week" or "month" or "year") return null;
        DateOnly? day = written is not { } w ? null : unit switch
        {
            "day" => w.AddDays(offset),
            "week" => StartOfWeek(w).AddDays(7 * offset),
            // "over the weekend" in a Monday's story is the Saturday and Sunday before it: the week they end.
            "weekend" => StartOfWeek(LastSaturday(w)).AddDays(7 * offset),
            "month" => new DateOnly(w.Year, w.Month, 1).AddMonths(offset),
            _ => new DateOnly(w.Year + offset, 1, 1),
        };
        var precision = unit switch { "day" => AsOfPrecision.Day, "week" or "weekend" => AsOfPrecision.Week, "month" => AsOfPrecision.Month, _ => AsOfPrecision.Year };
        return new DateMention(i, i + match.Value.Length, day, precision, true);
    }

    /// <summary>
    /// "last month's Texas shooting", "last year’s floods": a relative date in the possessive dates what it names, as "Tuesday's
    /// attack" does. Read by matching the phrase with the possessive taken off its last word (rare, so the copy costs little).
    /// </summary>
    private (RelativeTime Value, int Length)? Possessive(List<Token> tokens, int i)
    {
        for (var k = i; k < Math.Min(tokens.Count, i + 4); k++)
        {
            var text = tokens[k].Text;
            if (!(text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)) || text.Length < 3) continue;
            var plain = tokens.GetRange(i, k - i + 1);
            var last = plain[^1];
            plain[^1] = new Token(last.Start, last.End - 2, text[..^2], last.Kind, last.SpaceBefore);
            return Time.Relative.Match(plain, 0) is { } match && match.Length == plain.Count ? match : null;
        }
        return null;
    }

    private bool IsWeekday(Token token) =>
        token.IsCapitalized && Time.Weekdays.ContainsKey(token.Text.EndsWith("'s", StringComparison.Ordinal) ? token.Text[..^2] : token.Text);

    /// <summary>
    /// The day a sentence's weekdays after it are counted back from: a full date it gives, with its year, over a week before the text
    /// was written ("On January 1, 2022, Indian officials said ... in the early hours of Saturday" in a report of 2024), else that
    /// day. A weekday before the date is the report's own ("occurred on Wednesday near the tomb of Soleimani, who was assassinated
    /// ... on January 3, 2020").
    /// </summary>
    private (int At, DateOnly Day) WeekdaysCountedFrom(List<Token> tokens, DateOnly? written)
    {
        for (var i = 0; i < tokens.Count; i++)
            // Without the day of writing, only a date that gives its year resolves.
            if (IsMonth(tokens, i) || DayNumber(tokens, i) is not null && IsMonth(tokens, i + 1))
                if (Calendar(tokens, i, null) is { Day: { } day, Precision: AsOfPrecision.Day } && written is { } w && w.DayNumber - day.DayNumber > 7) return (i, day);
        return (tokens.Count, default);
    }

    private const int DaysBackOfTheNextDay = 6;

    private bool TellsWhatIsToCome(List<Token> tokens)
    {
        foreach (var token in tokens)
            if (Grammar.FutureMarkers.Contains(token)) return true;
        return false;
    }

    private DateMention? Weekday(List<Token> tokens, int i, DateOnly? written, bool filedOn)
    {
        // "Tuesday's attack": the day of what it names.
        var text = tokens[i].Text;
        if (text.EndsWith("'s", StringComparison.Ordinal)) text = text[..^2];
        if (!tokens[i].IsCapitalized || !Time.Weekdays.TryGetValue(text, out var weekday)) return null;
        var end = i + 1;
        if (end < tokens.Count && Time.DayParts.Contains(tokens[end].Lower)) end++;
        // "284 side law enforcement Saturday, December 1": a weekday with its date after a comma is that date.
        if (end + 1 < tokens.Count && tokens[end].Text == "," && Calendar(tokens, end + 1, written) is { Day: not null, Precision: AsOfPrecision.Day } dated)
            return dated with { FirstToken = WithPreposition(tokens, i) };
        // "last Saturday": the one before this week's, a week back when written on a Saturday; kept with its "last".
        var last = i > 0 && tokens[i - 1].Lower == "last";
        // In a sentence of what is to come, the day after the report's own is that day, not six days back ("If Jones wins on Tuesday" in a
        // report of Monday); so it is in a report dated only by the day its address files it under, updated since ("Police spokesman Ruwan
        // Gunasekara said Monday" under ".../2019/04/21/..."). So it is as the time a count stands at ("As of early Sunday, Tainan authorities
        // said 132 people remained unaccounted for" in a report of Saturday): a report gives its latest count, and a story from a place
        // hours ahead of the report's clock is dated a day behind.
        DateOnly? day = written is { } w
            ? w.AddDays(((int)w.DayOfWeek - weekday + 7) % 7 is var back && back == 0 && last ? -7
                : back == DaysBackOfTheNextDay && !last && (filedOn || TellsWhatIsToCome(tokens) || Time.StandingAtBefore(tokens, i)) ? 1 : -back)
            : null;
        // "30 people had died in ASH on Saturday and Sunday": two days joined, a count as of the later, the days after the first.
        if (!last && end + 1 < tokens.Count && Grammar.Coordinators.Contains(tokens[end]) && tokens[end + 1].IsCapitalized
            && Time.Weekdays.TryGetValue(tokens[end + 1].Text, out var second))
            (day, end) = (day?.AddDays((second - weekday + 7) % 7), end + 2);
        return new DateMention(last ? i - 1 : WithPreposition(tokens, i), end, day, AsOfPrecision.Day, true);
    }

    /// <summary>"Feb. 20", "February 20, 2014", "27 April", "April 16-17", "in August", "October 2014".</summary>
    private DateMention? Calendar(List<Token> tokens, int i, DateOnly? written)
    {
        var dayFirst = DayNumber(tokens, i) is not null && i + 1 < tokens.Count && IsMonth(tokens, i + 1);
        var monthAt = dayFirst ? i + 1 : i;
        if (!IsMonth(tokens, monthAt)) return null;
        var month = Time.Months[tokens[monthAt].Lower];
        var end = monthAt + 1;
        if (end < tokens.Count && tokens[end].Text == "." && !tokens[end].SpaceBefore) end++;
        int? day = dayFirst ? DayNumber(tokens, i) : null;
        if (!dayFirst && DayNumber(tokens, end) is { } after)
        {
            day = after;
            end++;
            // "April 16-17": a span of days, dated by its first.
            if (end + 1 < tokens.Count && tokens[end].Text is "-" or "–" && DayNumber(tokens, end + 1) is not null) end += 2;
        }
        int? year = null;
        var yearAt = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        if (YearNumber(tokens, yearAt) is { } y) { year = y; end = yearAt + 1; }
        // "May" alone is as often the verb: a month needs a day, a year or a preposition.
        // "as of September", "at the end of November"; "the last two weeks of February", "during the month of September"
        // are spans, as "during September" is.
        if (day is null && year is null && !(monthAt > 0 && Grammar.MonthLeadIns.Contains(tokens[monthAt - 1])
                                             && !(tokens[monthAt - 1].Lower == "of" && monthAt >= 2 && lexicon.Durations.Contains(tokens[monthAt - 2].Lower))))
            return null;
        var precision = day is null ? AsOfPrecision.Month : AsOfPrecision.Day;
        return new DateMention(WithPreposition(tokens, dayFirst ? i : monthAt), end, Resolve(month, day ?? 1, year, written), precision, true);
    }

    /// <summary>"On Christmas Day, at least 6,000 inmates broke free": a holiday's day, the latest not long after the text was written.</summary>
    private DateMention? Holiday(List<Token> tokens, int i, DateOnly? written)
    {
        if (!tokens[i].IsCapitalized || Time.Holidays.Match(tokens, i) is not { } holiday) return null;
        return new DateMention(WithPreposition(tokens, i), i + holiday.Length, Resolve(holiday.Value.Month, holiday.Value.Day, null, written), AsOfPrecision.Day, true);
    }

    private bool IsMonth(List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].IsCapitalized && Time.Months.ContainsKey(tokens[i].Lower);

    /// <summary>A date without its year is the latest such day not long after the text was written.</summary>
    private static DateOnly? Resolve(int month, int day, int? year, DateOnly? written)
    {
        var y = year ?? written?.Year;
        if (y is not { } chosen) return null;
        day = Math.Min(day, DateTime.DaysInMonth(chosen, month));
        var date = new DateOnly(chosen, month, day);
        if (year is null && written is { } w && date > w.AddDays(31)) date = date.AddYears(-1);
        return date;
    }

    /// <summary>
    /// "in 2023", "since 1990": a year that dates what is near it; so does a year on an event's noun ("A 1960 tsunami killed 61
    /// people", "the 2018 Camp Fire, which killed 85"): a figure of that event is of that year. "the 2016 Republican primary"
    /// names a contest.
    /// </summary>
    private DateMention? Year(List<Token> tokens, int i)
    {
        if (YearNumber(tokens, i) is not { } year) return null;
        // "Around 2000 are believed to be dead", "More than 2000 are missing": a verb right after counts its subject.
        var previous = i > 0 ? tokens[i - 1].Lower : "";
        if (CountsAfter(lexicon, tokens, i + 1) || !lexicon.Time.YearPrepositions.Contains(previous) && i + 1 < tokens.Count
            && (Grammar.BeForms.Contains(tokens[i + 1]) || Grammar.Auxiliaries.Contains(tokens[i + 1]))) return null;
        var dates = lexicon.Time.YearPrepositions.Contains(previous) || lexicon.Events.NamedAfter(tokens, i + 1, 3, Grammar.FunctionWords)
                    || Grammar.Articles.Contains(previous) && RelativeClauseSoonAfter(tokens, i + 1);
        return new DateMention(dates ? WithPreposition(tokens, i) : i, i + 1, new DateOnly(year, 1, 1), AsOfPrecision.Year, dates);
    }

    private const int YearNounReach = 6;

    /// <summary>
    /// "a 1979 concert for The Who where 11 people died", "the 2016 presidential election in which he defeated": a year on a noun a clause
    /// of where or when tells of dates what the clause says, as a year on an event's noun does ("a 2018 budget that sought" is a fiscal year).
    /// </summary>
    private static bool RelativeClauseSoonAfter(List<Token> tokens, int from)
    {
        for (var k = from + 1; k < Math.Min(tokens.Count, from + YearNounReach); k++)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].Lower is "where" or "when" || tokens[k].Lower == "in" && k + 1 < tokens.Count && tokens[k + 1].Lower == "which") return true;
        }
        return false;
    }

    /// <summary>
    /// "between 1998 and 2018", "from 2005 to 2009", "2007-2009": a span of whole years, both bounds given.
    /// A figure over it ("losses of $4 billion ... between 1998 and 2018") is as of its last year.
    /// </summary>
    private DateMention? YearSpan(List<Token> tokens, int i)
    {
        var opened = i + 1 < tokens.Count && Grammar.PairedSpanOpeners.Contains(tokens[i]) && YearNumber(tokens, i + 1) is not null;
        var first = opened ? i + 1 : i;
        if (YearNumber(tokens, first) is not { } from || first + 2 >= tokens.Count) return null;
        var joiner = tokens[first + 1];
        var joined = opened ? Grammar.SpanJoiners.Contains(joiner) : joiner.Text is "-" or "–" && !joiner.SpaceBefore;
        if (!joined || YearNumber(tokens, first + 2) is not { } to || to <= from) return null;
        // "the 2007-2009 recession" names a time, as "the 2016 election" does; "in 2007-2009" dates.
        var dates = opened || i > 0 && lexicon.Time.YearPrepositions.Contains(tokens[i - 1].Lower);
        return new DateMention(opened ? i : WithPreposition(tokens, i), first + 3, new DateOnly(to, 1, 1), AsOfPrecision.Year, dates) { ClosedSpan = true };
    }

    /// <summary>
    /// Whether a four-digit number ending before <paramref name="after"/> counts the noun that follows it, and
    /// so is no year: "2000 new anti-tank weapons". "in 2001 left 1,275 people dead" dates another figure's
    /// people; "during 2015, police said" and "in 2014 and lives off charity" have the noun past a comma or
    /// "and"; "throughout 2017 Republicans have" names (a count would be written "2,017").
    /// </summary>
    internal static bool CountsAfter(Lexicon lexicon, List<Token> tokens, int after)
    {
        // "the 2004 Madrid train bombings", "the 2005 London bombings": a place's name right after says when something happened there.
        if (after < tokens.Count && tokens[after].IsCapitalized && lexicon.Places.Aliases.Match(tokens, after) is not null) return false;
        for (var k = after; k < Math.Min(tokens.Count, after + 3); k++)
        {
            if (tokens[k].Kind is TokenKind.Number or TokenKind.Punctuation || lexicon.Grammar.Coordinators.Contains(tokens[k])) return false;
            if (!tokens[k].IsCapitalized && lexicon.Subjects.Match(tokens, k) is not null) return true;
        }
        return false;
    }

    /// <summary>"three days ago", "two years earlier".</summary>
    private DateMention? Ago(List<Token> tokens, int i, DateOnly? written)
    {
        if (i + 2 >= tokens.Count || !Time.Ago.Contains(tokens[i + 2].Lower)) return null;
        double count;
        if (tokens[i].Kind == TokenKind.Number && double.TryParse(tokens[i].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) count = n;
        else if (lexicon.NumberWords.Match(tokens, i) is { Length: 1 } word) count = word.Value;
        else return null;
        var unit = tokens[i + 1].Lower.TrimEnd('s');
        var back = (int)count;
        DateOnly? day = written is not { } w ? null : unit switch
        {
            "day" => w.AddDays(-back),
            "week" => StartOfWeek(w).AddDays(-7 * back),
            "month" => new DateOnly(w.Year, w.Month, 1).AddMonths(-back),
            "year" => new DateOnly(w.Year - back, 1, 1),
            _ => null,
        };
        if (unit is not ("day" or "week" or "month" or "year")) return null;
        // "Five years ago today, 49 people were killed": the same day, so many years back.
        if (unit == "year" && written is { } anniversary && Time.Relative.Match(tokens, i + 3) is { Value: { Unit: "day", Offset: 0 }, Length: var length })
            return new DateMention(i, i + 3 + length, anniversary.AddYears(-back), AsOfPrecision.Day, true);
        var precision = unit switch { "day" => AsOfPrecision.Day, "week" => AsOfPrecision.Week, "month" => AsOfPrecision.Month, _ => AsOfPrecision.Year };
        return new DateMention(i, i + 3, day, precision, true);
    }

    /// <summary>A day of the month: "20", or written as an ordinal, "13th Jan, 2019", "1st".</summary>
    private static int? DayNumber(List<Token> tokens, int k)
    {
        if (k >= tokens.Count) return null;
        var text = tokens[k].Text.AsSpan();
        if (text.Length is 3 or 4 && IsOrdinalSuffix(text[^2..])) text = text[..^2];
        else if (tokens[k].Kind != TokenKind.Number) return null;
        return text.Length is 1 or 2 && IsDigits(text) && int.Parse(text, CultureInfo.InvariantCulture) is var d && d is >= 1 and <= 31 ? d : null;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    internal static int? YearNumber(List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length == 4 && IsDigits(tokens[k].Text) && int.Parse(tokens[k].Text, CultureInfo.InvariantCulture) is var y && y is >= 1800 and <= 2100
            ? y : null;

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The Saturday of the weekend a day is in or last followed: a Sunday's is the day before.</summary>
    private static DateOnly LastSaturday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 1) % 7));
}
