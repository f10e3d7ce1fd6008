namespace FactCheck.Extraction;

/// <summary>Dates of events and of counts: a date that names the event it is on, and a date a count runs up to or from.</summary>
internal sealed partial class AsOfReader
{
    /// <summary>A date on an event's noun: "the crash on Friday", "the June 2 Balasore train crash".</summary>
    private bool NamesEvent(DateMention date, List<Token> tokens)
    {
        // "the official death toll in the Odisha triple train crash on Monday increased to 278": a date right before the verb that
        // moves the count says when it moved.
        if (date.EndToken < tokens.Count && Grammar.TollLinks.Contains(tokens[date.EndToken]) && tokens[date.EndToken].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        var before = date.FirstToken - 1;
        // "mudslides in Freetown early Monday": a part of the day before it, as a preposition.
        if (before >= 0 && Grammar.MonthLeadIns.Contains(tokens[before]) && !Grammar.FunctionWords.Contains(tokens[before])) before--;
        if (before >= 0 && Grammar.PointPrepositions.Contains(tokens[before])) before--;
        return before >= 0 && (EventEndsAt(tokens, before) || date.Precision == AsOfPrecision.Day && AfterEventsPlace(tokens, before)) || lexicon.Events.NamedAfter(tokens, date.EndToken, 4, Grammar.FunctionWords)
               || InClauseOnAnEvent(tokens, date.FirstToken);
    }

    /// <summary>
    /// "The death toll following a 7.3-magnitude earthquake in China's Taiwan on Wednesday morning has risen to 10": the place an event
    /// struck, a preposition and capitalized words, may stand between it and its day ("attacks in Britain this year" are no one day's);
    /// tokens[end] is the place's last.
    /// </summary>
    private bool AfterEventsPlace(List<Token> tokens, int end)
    {
        // "from the flooding and mudslides in the capital, Freetown, early Monday": a place set off by commas after a noun of its kind.
        var apposition = end >= 1 && tokens[end].Text == ",";
        var k = apposition ? end - 1 : end;
        var name = k;
        while (k >= 0 && (tokens[k].IsCapitalized || tokens[k].Text is "'" or "’" || tokens[k].Lower == "s" && k > 0 && tokens[k - 1].Text is "'" or "’")) k--;
        if (k == name || k < 1) return false;
        if (apposition)
        {
            if (tokens[k].Text != ",") return false;
            var noun = k - 1;
            for (k = noun; k >= 1 && noun - k < AppositionNounWords && tokens[k] is { IsWord: true, IsCapitalized: false } && !Grammar.SitePrepositions.Contains(tokens[k]); k--) { }
            if (k == noun) return false;
        }
        return k >= 1 && Grammar.SitePrepositions.Contains(tokens[k]) && EventEndsAt(tokens, k - 1);
    }

    private const int AppositionNounWords = 3;

    /// <summary>
    /// A dated day that opens the sentence, set off by a comma, only function words or a quotation mark before it ("As of October 13,",
    /// "On Friday,"), or null.
    /// </summary>
    private DateMention? Fronted(List<DateMention> dates, List<Token> tokens)
    {
        foreach (var date in dates)
        {
            if (!date.Dates || date.Day is null || date.EndToken >= tokens.Count || tokens[date.EndToken].Text != ",") continue;
            var k = 0;
            while (k < date.FirstToken && (tokens[k].Text is "\"" or "“" || Grammar.FunctionWords.Contains(tokens[k]))) k++;
            if (k == date.FirstToken) return date;
        }
        return null;
    }

    /// <summary>The fronted date of a sentence whose reporting verb stands between it and the figure ("On Friday, police said 12 ...").</summary>
    private bool OpensBeforeVerb(DateMention date, List<DateMention> dates, NumberMention mention, Attribution[] attributions, List<Token> tokens) =>
        Fronted(dates, tokens) == date
        && attributions.Any(a => a.TokenIndex > date.EndToken && a.TokenIndex < mention.FirstToken && char.IsLetter(tokens[a.TokenIndex].Text[0]));

    private const int RelativeClauseReach = 12;

    /// <summary>
    /// "the devastating earthquake that hit the north of the country last month": a date in a relative clause on an event word. Not one
    /// with a figure of its own: "explosions that killed at least 112 people this week" are of that week.
    /// </summary>
    private bool InClauseOnAnEvent(List<Token> tokens, int date)
    {
        for (var k = date - 1; k >= 1 && date - k <= RelativeClauseReach; k--)
        {
            // "that struck Morocco's central province": a possessive's apostrophe stays inside the clause.
            if (tokens[k].Text is "'" or "’" && k + 1 < date && tokens[k + 1].Lower == "s" && !tokens[k].SpaceBefore) continue;
            // "that demolished parts of Christchurch, New Zealand, last week": commas around where a place lies stay inside it too.
            if (tokens[k].Text == "," && k >= 1 && tokens[k - 1].IsCapitalized && (k + 1 == date || tokens[k + 1].IsCapitalized)) continue;
            if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null) return false;
            // "The Los Angeles wildfires, which began on January 7, have ... killed 24": or a clause set off after its event.
            if (Grammar.ThingRelatives.Contains(tokens[k])) return EventEndsAt(tokens, k - 1) || k >= 2 && tokens[k - 1].Text == "," && EventEndsAt(tokens, k - 2);
        }
        return false;
    }

    /// <summary>Whether an event word ends at tokens[k] ("crash", "train crash").</summary>
    private bool EventEndsAt(List<Token> tokens, int k)
    {
        for (var start = Math.Max(0, k - 2); start <= k; start++)
            if (lexicon.Events.Kinds.Match(tokens, start) is { Length: var length } && start + length - 1 == k) return true;
        return false;
    }

    /// <summary>
    /// "had been killed until August 27": a date the count runs up to makes it a count so far; so does one it runs from ("Since the Great
    /// March of Return protests began Mar. 30, at least 109 Palestinians have been killed").
    /// </summary>
    public bool CountedUpTo(List<DateMention> dates, List<Token> tokens)
    {
        foreach (var date in dates)
            if (Grammar.CountedUpTo.Contains(tokens[date.FirstToken])
                || date.FirstToken > 0 && Grammar.CountedUpTo.Contains(tokens[date.FirstToken - 1]) || CountedFrom(date, tokens))
                return true;
        return false;
    }

    private const int BeginningReach = 8;

    /// <summary>A date after "since", or after a beginning's verb that "since" opens: "since March 30", "since the protests began on March 30".</summary>
    private bool CountedFrom(DateMention date, List<Token> tokens)
    {
        var before = date.FirstToken - 1;
        // "have fled ... since late August": a part of the month or the day before it.
        if (before >= 0 && Grammar.MonthLeadIns.Contains(tokens[before]) && !Grammar.FunctionWords.Contains(tokens[before])) before--;
        if (before >= 0 && Grammar.PointPrepositions.Contains(tokens[before])) before--;
        if (before < 0) return false;
        if (Grammar.CountedSince.Contains(tokens[before])) return true;
        if (!Grammar.Beginnings.Contains(tokens[before])) return false;
        for (var k = before - 1; k >= Math.Max(0, before - BeginningReach); k--)
            if (Grammar.CountedSince.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// A date right after an event word, in a clause a background opener ("following") starts after the figure; or "after" one, when the
    /// count is not told in the past ("Twenty-seven people are dead and four people are missing after Hurricane Otis made landfall in
    /// Acapulco, Mexico, as a Category 5 storm early Wednesday, the mayor ... said Thursday": the count is the mayor's, of Thursday).
    /// </summary>
    private bool InBackgroundOnAnEvent(List<Token> tokens, NumberMention mention, DateMention date)
    {
        if (!NamesEvent(date, tokens)) return false;
        for (var k = mention.EndToken; k < date.FirstToken; k++)
            if (Grammar.BackgroundOpeners.Contains(tokens[k]) || tokens[k].Lower == "after" && !ToldInThePast(tokens, mention.EndToken, k)) return true;
        return false;
    }

    /// <summary>Whether a date's whole period ends over a year before the day the text was written.</summary>
    private static bool YearsBefore(DateMention date, DateOnly? written) =>
        date.Day is { } day && written is { } then && then.DayNumber - AsOfPrecision.Days(day, date.Precision).Last > 366;

    // Words between a relative clause's verb and the sentence's own: its object at least.
    private const int RelativeObjectWords = 3;

    /// <summary>
    /// "That year, an Egyptian man who had received a diversity visa through his wife years earlier shot and killed two people": a second
    /// verb after the relative clause's own, past a few words of its object, is the sentence's; a figure after it is outside the clause.
    /// </summary>
    private bool RelativeClosedBefore(List<Token> tokens, int r, int figure)
    {
        var (verbs, wordsSince) = (0, 0);
        for (var k = r + 1; k < figure; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (MainVerb(tokens, k) && !(Grammar.Auxiliaries.Contains(tokens[k - 1]) || Grammar.BeForms.Contains(tokens[k - 1])))
            {
                if (verbs == 1 && wordsSince >= RelativeObjectWords) return true;
                (verbs, wordsSince) = (verbs + 1, 0);
            }
            else wordsSince++;
        }
        return false;
    }
}
