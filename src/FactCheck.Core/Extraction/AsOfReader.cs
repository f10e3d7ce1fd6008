using FactCheck.Ingestion;

namespace FactCheck.Extraction;

/// <summary>The date a figure is as of, with its precision, its words and where it was read.</summary>
internal readonly record struct AsOfDate(DateOnly? Day, string Precision, string? Text, string From, TextSpan? Span);

/// <summary>
/// Reads when a figure is as of from the dates its sentence names (see <see cref="DateReader"/>): the
/// nearest that can be the figure's own, a statement's date as the day it was said, else the entry's
/// or the document's date; and whether a date the count runs up to makes it a count so far.
/// </summary>
internal sealed partial class AsOfReader(Lexicon lexicon)
{
    private Grammar Grammar => lexicon.Grammar;

    private static readonly AsOfDate Undated = new(null, AsOfPrecision.Unknown, null, Provenance.None, null);

    // "after a 12-story residential building partially collapsed in South Florida's Miami-Dade County last week": how far
    // back from a date its clause's opener may stand, no comma between.
    private const int SpanClauseReach = 20;

    /// <summary>The calendar day set off by a comma, and "on" at most, right after a date written in words ("the day before, on Aug 4"), or null.</summary>
    private static DateMention? Restated(List<DateMention> dates, DateMention relative, List<Token> tokens)
    {
        var comma = relative.EndToken;
        if (relative.Day is null || comma + 1 >= tokens.Count || tokens[comma].Text != ",") return null;
        for (var k = relative.FirstToken; k < relative.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return null;
        foreach (var date in dates)
            if (date.Dates && date.Day is not null && date.Precision == AsOfPrecision.Day
                && (date.FirstToken == comma + 1 || date.FirstToken == comma + 2 && tokens[comma + 1].Lower == "on"))
                return date;
        return null;
    }

    /// <summary>
    /// The date a figure is as of: the nearest date expression in its sentence ("on Wednesday" in an
    /// entry dated Thursday is the day before; "last year" is last year), else the entry's or the
    /// document's date.
    /// </summary>
    public AsOfDate Of(List<DateMention> dates, NumberMention mention, List<Token> tokens, Document document, DocumentSection section,
        Attribution[] attributions, bool runningTotal = false)
    {
        DateMention? nearest = null;
        var best = int.MaxValue;
        foreach (var date in dates)
        {
            if (!date.Dates || !OwnDate(date, tokens, dates) && !SetsRelativeClause(date, mention, tokens) || InSpanClause(date, mention, tokens) || OutsideWhoClause(date, mention, tokens)
                || OfAnEarlierValue(date, mention, tokens) || OfAFigureAfter(date, mention, tokens) || InAnotherFiguresWith(date, mention, tokens) && !StatementDate(date, attributions, tokens)) continue;
            var distance = date.EndToken <= mention.FirstToken ? mention.FirstToken - date.EndToken : Math.Max(0, date.FirstToken - mention.EndToken);
            // "Police said on Saturday that 10 people died on Friday": a date of the figure's own a few words further than the day it was
            // said before it still dates it.
            // So does one after "On Friday, police said ... had died on Thursday": a date opening the sentence before its reporting verb.
            if (date.EndToken <= mention.FirstToken && (StatementDate(date, attributions, tokens) || OpensBeforeVerb(date, dates, mention, attributions, tokens)))
                distance += StatementDistance;
            if (distance < best) (nearest, best) = (date, distance);
        }
        // "A total of 14 police officers were killed the day before, on Aug 4": a calendar day set off right after a relative one is that day.
        if (nearest is not null && Restated(dates, nearest, tokens) is { } exact) nearest = exact;
        // '"As of October 13, ... 1,340 injured and 10 killed," the ombudsman told reporters on Monday': a date that opens the sentence
        // dates all it says, not the day it was said.
        if (nearest is not null && StatementDate(nearest, attributions, tokens) && Fronted(dates, tokens) is { } fronted) nearest = fronted;
        // "The Odisha Government on Sunday revised the death toll in the three-train crash on Friday to 275", "kept digging Thursday
        // for survivors of this week's earthquake as authorities said the number of deaths had risen to 273": a date naming the
        // event dates the event; a toll given on another day is as of that day ("the attack on Friday killed 12" names no toll,
        // and is of the attack's day).
        // So is a perfect verb's: "earthquakes that struck western Afghanistan on Saturday have killed more than 2,000 people, the Taliban
        // administration said on Sunday".
        // With no other date, such a toll is as of the report: "the death toll from the June 24 disaster stands at a 'staggering' 79" in a
        // report of July 9, "The powerful earthquake that struck ... late on Friday, has killed 820 people" in one of Saturday.
        if (nearest is not null && NamesEvent(nearest, tokens) && !StatementDate(nearest, attributions, tokens) && (MeasureBefore(tokens, mention) || PerfectBefore(tokens, mention)))
        {
            var eventDay = nearest;
            foreach (var date in dates)
                if (date != nearest && date.Dates && date.Day is not null && (StatementDate(date, attributions, tokens) || !NamesEvent(date, tokens))
                    && OwnDate(date, tokens, dates))
                {
                    nearest = date;
                    break;
                }
            // Only a day: "this summer's record-breaking floods have caused $40 billion" keeps its season. Not a past perfect: "last month's
            // Texas shooting, where a man ... who had just killed 26 worshippers" is of that month.
            // So is one whose event's day follows it: "The death toll is already above 450 from the flooding and mudslides in the capital,
            // Freetown, early Monday" in a report of Saturday.
            if (nearest == eventDay && (nearest.FirstToken < mention.FirstToken || MeasureBefore(tokens, mention)) && nearest.Precision == AsOfPrecision.Day
                && (MeasureBefore(tokens, mention) || PerfectBefore(tokens, mention, presentOnly: true))) nearest = null;
        }
        // "At least 832 people were confirmed killed by the quake and tsunami that struck Friday evening, Indonesia's disaster agency said": a
        // date in a relative clause on the event after the figure dates the event; the count is as of the day it is given.
        // So does one after an event word in a clause "following" opens: "the 131 people who remain missing ... following the landslides on July 30".
        if (nearest is not null && nearest.FirstToken >= mention.EndToken && (InClauseOnAnEvent(tokens, nearest.FirstToken) || InBackgroundOnAnEvent(tokens, mention, nearest))
            && !StatementDate(nearest, attributions, tokens)
            && !YearsBefore(nearest, section.Date ?? document.Published))
            nearest = dates.FirstOrDefault(date => date != nearest && date.Dates && date.Day is not null && StatementDate(date, attributions, tokens) && OwnDate(date, tokens, dates));
        // "Ten more bodies were recovered, raising to 64 the death toll from the June 24 implosion": a running total counts to
        // the day it is given, not the day of the event the date names.
        // A count up to a date ("killed until August 27") is as of that date. An event years back is another one: "has surpassed the
        // death toll of 17,000 from an earthquake in 1999" gives that earthquake's toll, as of 1999.
        // "Since the protests began on March 30, 116 Palestinians have been killed": the day a count runs from dates no figure.
        if (runningTotal && nearest is not null && CountedFrom(nearest, tokens)) nearest = null;
        if (runningTotal && nearest is not null && NamesEvent(nearest, tokens) && !StatementDate(nearest, attributions, tokens)
            && !Grammar.CountedUpTo.Contains(tokens[nearest.FirstToken]) && !YearsBefore(nearest, section.Date ?? document.Published)) nearest = null;
        // "revised the death toll from 103 to 95", "rose to 120, up from 85": the value a count moved from is of some earlier time the
        // sentence does not give, unless a date follows it ("up from 50,000 the previous week").
        // "Reiner Haseloff said earlier on Saturday that two people had died", "Initially, officials said 10 people were killed": what
        // the report gives as said before is of an earlier time it leaves open too, no count to set against today's. A date of the
        // figure's own still dates it: "Earlier, it was reported that 30 people had died in ASH on Saturday and Sunday".
        if (EarlierValue(tokens, mention) && !(nearest is not null && DatesEarlierValue(nearest, mention, tokens))
            || (nearest is null || StatementDate(nearest, attributions, tokens)) && (EarlierStatement(tokens, mention, attributions) || EarlierMeasure(tokens, mention)))
            return Undated;
        if (nearest is not null)
        {
            var span = new TextSpan(tokens[nearest.FirstToken].Start, tokens[nearest.EndToken - 1].End);
            var text = document.Text[span.Start..span.End];
            // The day a source spoke dates what it says only when nothing else does: in a story with no date of its own, its words
            // ("the ministry said on Saturday") are all there is.
            if (StatementDate(nearest, attributions, tokens))
                return new AsOfDate(nearest.Day, nearest.Day is null ? AsOfPrecision.Unknown : nearest.Precision,
                    (section.Date ?? document.Published) is null ? text : null, Provenance.Statement, span);
            return nearest.Day is { } day
                ? new AsOfDate(day, nearest.Precision, text, Provenance.Sentence, span)
                : new AsOfDate(null, AsOfPrecision.Unknown, text, Provenance.Sentence, span);
        }
        if (section.Date is { } entry) return new AsOfDate(entry, AsOfPrecision.Day, null, section.Heading is null ? Provenance.Publication : Provenance.Entry, null);
        if (document.Published is { } published) return new AsOfDate(published, AsOfPrecision.Day, null, Provenance.Publication, null);
        return Undated;
    }

    private const int StatementDistance = 3;


    /// <summary>
    /// Whether a date can be a figure's own: not a bound of a span ("between Oct. 25 and Nov. 28", "since
    /// May", "by 2027"), nor a distance from an event ("three days before a presidential election"). A date
    /// naming an event ("the June 24 implosion") stays: a figure about that event is of that day.
    /// </summary>
    private bool OwnDate(DateMention date, List<Token> tokens, List<DateMention> dates)
    {
        if (date.ClosedSpan) return true;
        var first = date.FirstToken;
        // "the bloodiest attack since Sept. 11, 2001", "would fall by 13 million by 2027": a span's bound, taken into the
        // mention with its preposition. A count up to a date ("killed until August 27", "stood at 116 by Saturday, 13 February") is as of
        // that date; not what is "expected by Friday".
        if (first + 1 < date.EndToken && Grammar.SpanOpeners.Contains(tokens[first]) && !Grammar.CountedUpTo.Contains(tokens[first])
            && !(Grammar.CountedUpToDay.Contains(tokens[first]) && date.Precision == AsOfPrecision.Day && !(first > 0 && Grammar.FutureMarkers.Contains(tokens[first - 1]))))
            return false;
        if (Grammar.PointPrepositions.Contains(tokens[first]) && first + 1 < date.EndToken) first++;
        var before = first > 0 ? tokens[first - 1].Lower : "";
        // "since last October", "since early March": a part of the year or of the month after the span's opener.
        if (first > 1 && date.Precision is AsOfPrecision.Month or AsOfPrecision.Year && Grammar.MonthLeadIns.Contains(tokens[first - 1]) && !Grammar.FunctionWords.Contains(tokens[first - 1])
            && Grammar.SpanOpeners.Contains(tokens[first - 2]))
            return false;
        if (Grammar.SpanOpeners.Contains(before)) return false;
        // "more numerous than on March 15": the time compared with; "more than a week ago" is still when.
        var link = date.FirstToken - 1;
        if (link > 0 && Grammar.ComparativeLinks.Contains(tokens[link]) && !(lexicon.Qualifiers.Match(tokens, link - 1) is { } qualifier && qualifier.Length > 1))
            return false;
        // "... Oct. 25 and Nov. 28", "from 2017 to 2027": the end of a span.
        if (Grammar.SpanJoiners.Contains(before) && dates.Any(d => d.EndToken == first - 1)) return false;
        if (date.EndToken < tokens.Count && Grammar.SpanJoiners.Contains(tokens[date.EndToken]) && date.EndToken + 1 < tokens.Count
            && tokens[date.EndToken + 1].Kind != TokenKind.Punctuation && Grammar.PairedSpanOpeners.Contains(before)) return false;
        var next = date.EndToken < tokens.Count ? tokens[date.EndToken] : default;
        if (Grammar.OffsetPrepositions.Contains(tokens[date.EndToken - 1]) && next.Word is not null && Grammar.Articles.Contains(next)) return false;
        return true;
    }

    /// <summary>
    /// "the largest in Hong Kong since 1989, when over a million people protested": a date a comma and "when" follow sets the clause
    /// they open, with the figure in it, even when it bounds a span.
    /// </summary>
    private bool SetsRelativeClause(DateMention date, NumberMention mention, List<Token> tokens)
    {
        var when = date.EndToken + 1;
        if (when >= mention.FirstToken || tokens[date.EndToken].Text != "," || !Grammar.TimeRelatives.Contains(tokens[when])) return false;
        return !ClauseEndsBetween(tokens, when + 1, mention.FirstToken);
    }

    /// <summary>
    /// "Since the probe began in May, the special counsel has charged four people", "have met six times since
    /// Trump was elected a year ago", "18 people are dead after a building collapsed last week": a date in a clause
    /// a span opener starts (up to twenty tokens before it), away from the figure, is when the span began.
    /// </summary>
    private bool InSpanClause(DateMention date, NumberMention mention, List<Token> tokens)
    {
        for (var k = date.FirstToken - 1; k >= 0 && date.FirstToken - k <= SpanClauseReach; k--)
        {
            if (k < mention.EndToken && k >= mention.FirstToken || tokens[k].Text is "," or ";" or ":") return false;
            // "after the January 2010 earthquake killed some 300,000 people": a figure in the clause itself is of its date.
            // "At least 146 people died ... after an apparent crowd crush ... on Saturday night": deaths told in the past tense
            // happened when what came before them did; "18 people are dead after ... last week" counts since then.
            if (Grammar.ClauseSpanOpeners.Contains(tokens[k]))
                // "The toll is 307 since protests started last October": the opener may follow the figure right away, opening a clause
                // ("up 44 percent since 2014 to $19.5 billion in the fiscal year ended Sept. 30" opens none).
                return (k > mention.EndToken || k == mention.EndToken && k + 1 < tokens.Count && tokens[k + 1].Kind != TokenKind.Number)
                       && !(tokens[k].Lower == "after" && ToldInThePast(tokens, mention.EndToken, k))
                       || date.EndToken <= mention.FirstToken && ClauseEndsBetween(tokens, date.EndToken, mention.FirstToken);
        }
        return false;
    }

    /// <summary>A verb in the simple past in tokens[from..to): "died", "were killed", "was injured".</summary>
    private static bool ToldInThePast(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && (tokens[k].Lower is "was" or "were" || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal))
                && !(k > from && tokens[k - 1].Lower is "have" or "has" or "had" or "are" or "is" or "remain" or "remains" or "been")) return true;
        return false;
    }

    /// <summary>"..., the special counsel has charged", "... a year ago and had 16 telephone calls": another clause or predicate begins.</summary>
    private bool ClauseEndsBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Text is "," or ";" or ":" or "—" or "–" || Grammar.Coordinators.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "Sessions on Wednesday ordered a review ..., after a man who killed 26 people in a Texas church was left off
    /// the system", "the immigrant accused of killing eight people in New York said ... on Friday": a figure in a clause
    /// on someone tells of that person's past; a date outside the clause is another verb's.
    /// </summary>
    private bool OutsideWhoClause(DateMention date, NumberMention mention, List<Token> tokens)
    {
        // "last month's Texas shooting, where a man fired on a gunman who had just killed 26 worshippers": a date in the possessive
        // dates the event it names, and all its clauses tell of.
        if (tokens[date.EndToken - 1].Text is var last && (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal))
            && lexicon.Events.NamedAfter(tokens, date.EndToken, 4, Grammar.FunctionWords))
            return false;
        for (var r = mention.FirstToken - 1; r > 0; r--)
        {
            if (tokens[r].Text is "," or ";" or ":" or "—" or "–") return false;
            var allegation = Grammar.OpensAllegation(tokens, r);
            if (!allegation && (!Grammar.PersonalRelative(tokens, r) || RelativeClosedBefore(tokens, r, mention.FirstToken))) continue;
            // The clause ends at a comma; one with no relative pronoun also where the sentence's own verb takes up the noun
            // it tells of ("the immigrant accused of killing eight people in New York said ...", "... at two mosques appeared").
            var end = mention.EndToken;
            while (end < tokens.Count && tokens[end].Text is not ("," or ";") && !(allegation && MainVerb(tokens, end))) end++;
            return date.EndToken <= r || date.FirstToken >= end;
        }
        return false;
    }

    /// <summary>A verb that can be a sentence's own after a noun phrase: a reporting verb, a form of "be" or an auxiliary, a past tense.</summary>
    private bool MainVerb(List<Token> tokens, int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized
        && (lexicon.AttributionVerbs.Match(tokens, k) is not null || Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k])
            || tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>
    /// A figure a count moved from: after "from", with "to" and a figure after it ("from 103 to 95"), another figure before it ("to
    /// 275 from 288") or "up" or "down" ("up from 85").
    /// </summary>
    private bool EarlierValue(List<Token> tokens, NumberMention mention)
    {
        var link = mention.FirstToken - 1;
        // A count's: "raise the child tax credit to $1,650 from $1,000 currently" gives the sum now in force.
        if (link < 1 || mention.Unit != "" || !Grammar.EarlierValueLinks.Contains(tokens[link])) return false;
        if (tokens[link - 1].Kind == TokenKind.Number || Grammar.ChangeAdverbs.Contains(tokens[link - 1])) return true;
        var to = mention.EndToken;
        return to + 1 < tokens.Count && tokens[to].Lower == "to" && (tokens[to + 1].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, to + 1) is not null
                                                                     || lexicon.Qualifiers.Match(tokens, to + 1) is not null);
    }

    /// <summary>"down from 11,886 in fiscal 2016": a date a few words after an earlier value, no comma between, is its own.</summary>
    private static bool DatesEarlierValue(DateMention date, NumberMention mention, List<Token> tokens)
    {
        if (date.FirstToken < mention.EndToken || date.FirstToken - mention.EndToken > 4) return false;
        for (var k = mention.EndToken; k < date.FirstToken; k++)
            if (tokens[k].Text is "," or ";") return false;
        return true;
    }

    /// <summary>
    /// "Around 84,000 protesters turned out on Saturday, up from 50,000 the previous week, the ministry said, adding that
    /// 244 people were detained", "to 220,323 from 208,397 the previous week": a date right after an earlier value ("from"
    /// and a figure, no comma between) is that value's, no other figure's.
    /// </summary>
    private bool OfAnEarlierValue(DateMention date, NumberMention mention, List<Token> tokens)
    {
        for (var k = date.FirstToken - 1; k >= 1 && date.FirstToken - k <= 5; k--)
        {
            if (tokens[k].Text is "," or ";") return false;
            if (!Grammar.EarlierValueLinks.Contains(tokens[k - 1]) || tokens[k].Kind != TokenKind.Number) continue;
            return !(k >= mention.FirstToken && k < mention.EndToken);
        }
        return false;
    }

    /// <summary>
    /// "they collected a total of 568 bodies, with a single day, Tuesday, seeing a peak of 141 deaths": a date in an absolute "with"
    /// phrase after the figure that counts something of its own is that phrase's; so is one in a part's relative clause ("Nearly a dozen
    /// deaths have been linked to Hurricane Melissa in Jamaica, three of which are said to have occurred before the storm's passage on
    /// Tuesday").
    /// </summary>
    private bool InAnotherFiguresWith(DateMention date, NumberMention mention, List<Token> tokens)
    {
        if (date.FirstToken < mention.EndToken) return false;
        var with = -1;
        for (var k = mention.EndToken; k < date.FirstToken && with < 0; k++)
            if (tokens[k].Lower == "with" && tokens[k - 1].Text == ",") with = k;
            else if (tokens[k].Text == "," && k + 3 < date.FirstToken && (tokens[k + 1].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k + 1) is { Length: 1 })
                     && tokens[k + 2].Lower == "of" && lexicon.PartOf.Contains(tokens[k + 3].Lower)) return true;
        if (with < 0) return false;
        for (var k = with + 1; k < tokens.Count && tokens[k].Text is not ("." or ";"); k++)
            if (k < date.FirstToken || k >= date.EndToken)
                if (tokens[k].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, k) is not null) return true;
        return false;
    }

    /// <summary>A measure ("toll", "tally", "number") named before the figure in its sentence.</summary>
    private bool MeasureBefore(List<Token> tokens, NumberMention mention)
    {
        for (var k = 0; k < mention.FirstToken; k++)
            if (Grammar.MeasureNouns.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "collected 568 bodies over the past six days, with 141 on Tuesday alone", "5 on Monday and 3 on Tuesday": a date right
    /// after a later figure in another clause or predicate (a comma, a dash, "and" between them) is that figure's.
    /// </summary>
    private bool OfAFigureAfter(DateMention date, NumberMention mention, List<Token> tokens)
    {
        var j = date.FirstToken - 1;
        if (j >= 0 && Grammar.PointPrepositions.Contains(tokens[j])) j--;
        // "closed up 2.1 percent at $89.56 on Tuesday": a figure in the same phrase shares its date.
        return j >= mention.EndToken && tokens[j].Kind == TokenKind.Number && ClauseEndsBetween(tokens, mention.EndToken, j);
    }

    /// <summary>A date set on a reporting verb: "said on Wednesday", "said late Wednesday", "on Wednesday put ... at".</summary>
    private bool StatementDate(DateMention date, Attribution[] attributions, List<Token> tokens)
    {
        foreach (var attribution in attributions)
        {
            var verb = attribution.TokenIndex;
            if (verb >= tokens.Count || !char.IsLetter(tokens[verb].Text[0]) || attribution.SourceStart > verb) continue;
            var after = verb + 1;
            while (after < date.FirstToken && Grammar.StatementLeadIns.Contains(tokens[after])) after++;
            if (date.FirstToken == after || date.EndToken == verb || date.EndToken + 1 == verb && Grammar.StatementAdverbs.Contains(tokens[verb - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// A figure the nearest reporting verb before it gives as said before, in the same clause: a word of an earlier statement right
    /// before or after the verb ("had initially given", "said earlier"), or opening the sentence with a comma before its first verb
    /// ("Initially, officials said"). Not "Buncombe County officials, who previously reported 72 deaths, are now deferring to a state
    /// tally of 42", whose 42 is now's.
    /// </summary>
    private bool EarlierStatement(List<Token> tokens, NumberMention mention, Attribution[] attributions)
    {
        int? nearest = null, first = null;
        foreach (var attribution in attributions)
        {
            var verb = attribution.TokenIndex;
            if (verb >= tokens.Count || !char.IsLetter(tokens[verb].Text[0])) continue;
            if (first is null || verb < first) first = verb;
            if (verb < mention.FirstToken && (nearest is null || verb > nearest)) nearest = verb;
        }
        if (nearest is not { } said) return false;
        for (var k = said + 1; k < mention.FirstToken; k++)
            if (tokens[k].Text is "," or ";" or "–" or "—") return false;
        var markers = Grammar.EarlierStatements;
        // "Earlier authorities had put the death toll at 384", "Earlier reports said 400 people were killed": the marker right before the source.
        return said == first && tokens.Count > 1 && markers.Contains(tokens[0]) && (tokens[1].Text == "," || SourceOpensAt(attributions, said, 1))
               || said > 0 && markers.Contains(tokens[said - 1]) || said + 1 < tokens.Count && markers.Contains(tokens[said + 1]);
    }

    private static bool SourceOpensAt(Attribution[] attributions, int verb, int start)
    {
        foreach (var attribution in attributions)
            if (attribution.TokenIndex == verb && attribution.SourceStart == start) return true;
        return false;
    }

    private const int MeasureModifierReach = 3;

    /// <summary>
    /// "The previously reported death toll stood at 40", "The death toll at the time stood at 35 but has since increased": the measure
    /// the figure is the value of, in the same clause before it, is marked as of an earlier time.
    /// </summary>
    private bool EarlierMeasure(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.FirstToken - 1; k >= 0 && tokens[k].Text is not ("," or ";" or ":"); k--)
        {
            if (!Grammar.MeasureNouns.Contains(tokens[k])) continue;
            if (k + 1 < mention.FirstToken && Grammar.EarlierMeasures.Match(tokens, k + 1) is not null) return true;
            for (var m = k - 1; m >= Math.Max(0, k - MeasureModifierReach); m--)
                if (Grammar.EarlierMeasures.Match(tokens, m) is { Length: 1 }) return true;
            return false;
        }
        return false;
    }
}
