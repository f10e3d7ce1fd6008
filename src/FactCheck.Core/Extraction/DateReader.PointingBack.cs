namespace FactCheck.Extraction;

/// <summary>Dates that point back to a time the text named before: "that year", "On the same day".</summary>
internal sealed partial class DateReader
{
    /// <summary>
    /// "that year", "On the same day the SMM observed ...", "killed that day as security forces opened fire"; not one a clause names
    /// after the sentence's start ("The Senate backed the NDAA on the same day Republicans in the House ... passed a sweeping tax bill").
    /// </summary>
    private DateMention? PointingBack(List<Token> tokens, int i)
    {
        if (Time.PointingBack.Match(tokens, i) is not { } match) return null;
        var end = i + match.Length;
        if (i > 1 && end < tokens.Count && (tokens[end].IsCapitalized || Grammar.Articles.Contains(tokens[end]) || Grammar.SubjectPronouns.Contains(tokens[end])))
            return null;
        return new DateMention(i, end, null, match.Value, true) { PointsBack = true };
    }

    private const int PointingBackReach = 5;

    /// <summary>
    /// Gives each date that points back ("The only other known instance ... occurred in 2002. That year, an Egyptian man ... killed two
    /// people"; "The deadliest day was Sept. 25. ... On that day, 135 people died") the day of the last date named before it: earlier in
    /// its sentence, else in the sentences before (<paramref name="earlier"/>, nearest first, up to five), at the coarser of the two
    /// precisions. The day a source spoke ("police said on Tuesday") is none the story points back to. With no date before it, it is a
    /// time the text does not give, never the day of writing.
    /// </summary>
    public void PointBack(List<DateMention> dates, List<Token> tokens, IEnumerable<List<Token>> earlier, DateOnly? written, bool filedOn)
    {
        for (var d = 0; d < dates.Count; d++)
        {
            if (!dates[d].PointsBack) continue;
            var antecedent = LastNamed(dates, d, tokens);
            if (antecedent is null)
                foreach (var before in earlier.Take(PointingBackReach))
                    if (Find(before, written, filedOn) is var found && LastNamed(found, found.Count, before) is { } named)
                    {
                        antecedent = named;
                        break;
                    }
            if (antecedent is not { Day: { } day }) continue;
            var precision = Coarser(antecedent.Precision, dates[d].Precision);
            dates[d] = dates[d] with { Day = StartOf(day, precision), Precision = precision };
        }
    }

    private DateMention? LastNamed(List<DateMention> dates, int end, List<Token> tokens)
    {
        for (var d = end - 1; d >= 0; d--)
            if (dates[d] is { Dates: true, Day: not null, PointsBack: false } date && !SaidOn(date, tokens) && !Aside(date, tokens)) return date;
        return null;
    }

    /// <summary>
    /// "were missing, as they had been during the previous visit on 5 April (see SMM Daily Report 7 April )": a date marked as an
    /// earlier one, or in brackets, is not the time the story goes on at; nor is a span's bound ("is not expected to end until early
    /// December").
    /// </summary>
    private bool Aside(DateMention date, List<Token> tokens)
    {
        for (var k = date.FirstToken; k >= 0 && k >= date.FirstToken - 2; k--)
            if (Grammar.SpanOpeners.Contains(tokens[k])) return true;
        for (var k = date.FirstToken - 1; k >= 0; k--)
            if (tokens[k].Text == "(" || k >= date.FirstToken - 4 && Grammar.EarlierMeasures.Match(tokens, k) is not null) return true;
            else if (tokens[k].Text == ")") return false;
        return false;
    }

    /// <summary>"said on Tuesday", "told reporters late Monday": the date right after a reporting verb, a lead-in or two between.</summary>
    private bool SaidOn(DateMention date, List<Token> tokens)
    {
        for (var k = date.FirstToken - 1; k >= 0 && k >= date.FirstToken - 3; k--)
            if (lexicon.AttributionVerbs.Match(tokens, k) is not null) return true;
        return false;
    }

    private static readonly string[] Precisions = [AsOfPrecision.Day, AsOfPrecision.Week, AsOfPrecision.Month, AsOfPrecision.Year];

    private static string Coarser(string a, string b) => Array.IndexOf(Precisions, a) >= Array.IndexOf(Precisions, b) ? a : b;

    private static DateOnly StartOf(DateOnly day, string precision) => precision switch
    {
        AsOfPrecision.Week => StartOfWeek(day),
        AsOfPrecision.Month => new DateOnly(day.Year, day.Month, 1),
        AsOfPrecision.Year => new DateOnly(day.Year, 1, 1),
        _ => day,
    };
}
