namespace FactCheck.Extraction;

/// <summary>
/// Says why a figure is not a claim: a clock time, a date or year, a duration (a period, not a
/// count), a name or identifier (Route 6, Hospital Number One), an age, a compound adjective
/// ("15-minute-long"), or an ordinal other than a day count or anniversary. Null when it is a claim.
/// </summary>
public sealed class NonClaimFilter(Lexicon lexicon)
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly HashSet<string> ClockWords = new(StringComparer.OrdinalIgnoreCase)
        { "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "hrs", "o'clock", "local" };

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "since", "until", "till", "from", "by", "of", "during", "before", "after", "early", "late", "mid", "the", "year", "and", "to" };

    private static readonly HashSet<string> WarWords = new(StringComparer.OrdinalIgnoreCase)
        { "war", "offensive", "invasion", "conflict", "fighting", "siege", "operation" };

    public string? Reason(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        var number = tokens[n];
        Token? before = n > 0 ? tokens[n - 1] : null;
        Token? after = mention.EndToken < tokens.Count ? tokens[mention.EndToken] : null;
        Token? afterNumber = n + 1 < tokens.Count ? tokens[n + 1] : null;

        if (mention.IsOrdinal) return OrdinalReason(tokens, mention);
        if (afterNumber is { Text: ":", SpaceBefore: false } && n + 2 < tokens.Count && tokens[n + 2].Kind == TokenKind.Number)
            return "clock time";
        if (after is { Lower: var clock } && ClockWords.Contains(clock.TrimEnd('.'))) return "clock time";
        // "Feb. 24" tokenizes as "Feb", ".", "24".
        var month = before is { Text: "." } && n >= 2 ? tokens[n - 2] : before;
        if (month is { Lower: var monthBefore } && Months.Contains(monthBefore) && mention.Low <= 31 && mention.Unit == "") return "date";
        if (after is { Lower: var monthAfter } && Months.Contains(monthAfter) && mention.Low <= 31 && mention.Unit == "") return "date";
        if (IsYear(tokens, mention)) return "year";
        if (after is { } unit && (lexicon.Durations.Contains(unit.Lower) || IsDurationPossessive(unit)))
            return "duration";
        if (after is { Text: "-" or "–", SpaceBefore: false } && mention.EndToken + 1 < tokens.Count && tokens[mention.EndToken + 1].IsWord)
            return "compound adjective";
        if (after is { IsWord: true, Lower: var hyphenated } && hyphenated.Contains('-') && lexicon.Durations.Contains(hyphenated.Split('-')[0])) return "duration";
        if (IsName(tokens, mention)) return "name or identifier";
        if (afterNumber is { Lower: "s" or "'s", SpaceBefore: false }) return "decade";
        if (before is { Text: "'" or "’" } && afterNumber is { Lower: "s" }) return "decade";
        if (IsAge(tokens, mention)) return "age";
        if (number.IsWord && number.Lower == "one" && mention.EndToken == n + 1 && mention.Qualifier == "exact") return "pronoun 'one'";
        // "the two countries", "the three Baltic countries": a reference back to named things, not a count.
        if (number.IsWord && before is { Lower: "the" } && mention.Low <= 10 && mention.FirstToken == n) return "definite reference";
        return null;
    }

    private static bool IsDurationPossessive(Token token) => token.Lower is "hours'" or "days'" or "weeks'" or "years'";

    private string? OrdinalReason(List<Token> tokens, NumberMention mention)
    {
        var next = mention.EndToken < tokens.Count ? tokens[mention.EndToken].Lower : "";
        if (next == "anniversary") return null;
        if (next == "day" && tokens.Any(t => WarWords.Contains(t.Lower))) return null;
        return "ordinal";
    }

    private bool IsYear(List<Token> tokens, NumberMention mention)
    {
        var token = tokens[mention.NumberToken];
        if (token.Kind != TokenKind.Number || token.Text.Contains(',') || token.Text.Contains('.')) return false;
        if (mention.Low is < 1800 or > 2100 || mention.Unit != "" || mention.Qualifier != "exact") return false;
        // "2000 new anti-tank weapons" counts things; "in 2014" and "the 1991 borders" are years.
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + 3); k++)
            if (lexicon.Subjects.Match(tokens, k) is not null) return false;
        return true;
    }

    private bool IsName(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        if (n == 0 || mention.FirstToken != n) return false;
        var before = tokens[n - 1];
        if (before.Lower == "number" || lexicon.Identifiers.Contains(before.Text)) return true;
        // "No. 2", "Sec. 5"
        if (before.Text == "." && n >= 2 && lexicon.Identifiers.Contains(tokens[n - 2].Text)) return true;
        if (!before.IsCapitalized || Months.Contains(before.Lower) || Weekdays.Contains(before.Text) || mention.Unit != "") return false;
        if (lexicon.ClaimantAliases.Match(tokens, n - 1) is not null || lexicon.Sides.Match(tokens, n - 1) is not null) return false;
        Token? after = mention.EndToken < tokens.Count ? tokens[mention.EndToken] : null;
        // "FRANCE 24's reporter": a possessive number is a name.
        if (after is { Text: "'" or "’" } && mention.EndToken + 1 < tokens.Count && tokens[mention.EndToken + 1].Lower == "s") return true;
        if (after is { Text: var next } && (lexicon.Sides.Match(tokens, mention.EndToken) is not null || lexicon.Demonyms.ContainsKey(next))) return false;
        return after is not { IsWord: true, IsCapitalized: false };
    }

    private static bool IsAge(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        return mention.Low < 120 && n >= 2 && tokens[n - 1].Text == "," && tokens[n - 2].IsCapitalized
               && mention.EndToken < tokens.Count && tokens[mention.EndToken].Text == ",";
    }
}
