using System.Globalization;

namespace FactCheck.Extraction;

/// <summary>
/// Finds figures as news writes them: digits with separators, magnitudes, spelled-out numbers,
/// vague quantities, ranges, qualifiers, percentages, money and units. Deciding which figures are
/// claims is <see cref="NonClaimFilter"/>'s job.
/// </summary>
internal sealed partial class NumberRecognizer(Lexicon lexicon)
{
    private readonly record struct Figure(double Low, double High, int End, double? Magnitude, bool Vague, bool Share = false);


    /// <summary>The figures of a sentence, in order; most sentences have none, and share one empty list.</summary>
    public IReadOnlyList<NumberMention> Find(List<Token> tokens)
    {
        List<NumberMention>? mentions = null;
        for (var i = 0; i < tokens.Count;)
        {
            var skip = 1;
            var mention = (MayStart(tokens[i]) ? TryParse(tokens, i, Converted(tokens, i, mentions)) : null) ?? None(tokens, i, out skip);
            // "no one has been pulled alive from the rubble": the "one" of "no one" is no figure, whatever did not happen.
            if (mention is null) { i += skip; continue; }
            // "ten (10) fatalities, twenty-nine (29) injuries": the digits in brackets restate the words before them, one figure that takes them in.
            if (i >= 1 && tokens[i - 1].Text == "(" && mentions is [.., var stated] && stated.EndToken == i - 1 && stated.Low == mention.Low && stated.High == mention.High
                && stated.Unit == "" && mention.Unit == ""
                && mention.EndToken < tokens.Count && tokens[mention.EndToken].Text == ")")
            {
                mentions[^1] = stated with { EndToken = mention.EndToken + 1 };
                i = mention.EndToken + 1;
                continue;
            }
            (mentions ??= []).Add(mention);
            i = mention.EndToken;
        }
        return mentions ?? (IReadOnlyList<NumberMention>)[];
    }

    /// <summary>A figure starts with a digit, a symbol, "between", a hyphenated number word or a lexicon phrase's first word.</summary>
    private bool MayStart(Token token) =>
        token.Kind is TokenKind.Number or TokenKind.Ordinal or TokenKind.Symbol || token.Word.Hyphenated || token.Lower == "between"
        || token.Word.MayStart(lexicon.FigureStarts);

    /// <summary>
    /// "about 150 kilometers (90 miles)": a figure in parentheses right after one with a unit converts it, and
    /// is as approximate as it; the approximation to give it, or null. A bound is not carried over: "more than
    /// 30 kilometres (18 miles)" rounds the conversion, and the bound may no longer hold.
    /// </summary>
    private QualifierEntry? Converted(List<Token> tokens, int start, List<NumberMention>? mentions) =>
        start >= 1 && tokens[start - 1].Text == "(" && mentions is [.., { Unit.Length: > 0 } converted] && converted.EndToken == start - 1
        && lexicon.Qualifiers.Match(tokens, converted.FirstToken)?.Value is { Unbounded: false, Low: < 1, High: > 1 } approximation
            ? approximation
            : null;

    private NumberMention? TryParse(List<Token> tokens, int start, QualifierEntry? converting = null)
    {
        var j = start;
        QualifierEntry? qualifier = null;
        if (lexicon.Qualifiers.Match(tokens, j) is { } q)
        {
            // "Police estimated 5,000 people attended": after its subject, a qualifier that is also a reporting verb is the verb.
            if (IsVerbAfterSubject(tokens, j)) return null;
            qualifier = q.Value;
            j += q.Length;
            // "bringing the total body count up to 15": a measure raised to a level, "up" its verb's particle, not a ceiling.
            if (RaisedTo(tokens, start, q.Length)) (qualifier, start) = (null, j);
        }
        // "up to a 100 civilians": an article slipped in before the digits.
        if (qualifier is not null && j + 1 < tokens.Count && tokens[j].Lower == "a" && tokens[j + 1].Kind == TokenKind.Number) j++;
        var between = j < tokens.Count && tokens[j].Lower == "between";
        if (between) j++;
        // "between about 800 and 8,500": an approximator inside the bounds loosens nothing the range does not already allow; "clashes
        // between around 400 opponents and 500 to 600 supporters" forms no range, and the figure is read from its approximator.
        QualifierEntry? insideBounds = null;
        if (between && lexicon.Qualifiers.Match(tokens, j) is { Value: { Unbounded: false, Low: < 1, High: > 1 } loose } inside)
            (insideBounds, j) = (loose, j + inside.Length);
        string? currency = null;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Symbol && lexicon.CurrencySymbols.TryGetValue(tokens[j].Text, out var code))
        {
            currency = code;
            j++;
        }
        // "Rs 15.6 crore", "Rs. 2 lakh": a symbol in letters, its abbreviating period aside, right before the number.
        else if (lexicon.CurrencyLetterSymbols.Match(tokens, j) is { } letters)
        {
            // "A$1.2 billion" is Australian; "A $10 million unsecured bond" is an article and dollars.
            for (var k = j + 1; k < j + letters.Length; k++)
                if (tokens[k].SpaceBefore) return null;
            var number = j + letters.Length;
            if (number < tokens.Count && tokens[number].Text == ".") number++;
            if (number >= tokens.Count || tokens[number].Kind != TokenKind.Number) return null;
            (currency, j) = (letters.Value, number);
        }
        var numberToken = j;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Ordinal || lexicon.Ordinals.Match(tokens, j) is not null)
            return qualifier is null && currency is null && !between ? Ordinal(tokens, j) : null;
        if (ParseFigure(tokens, j) is not { } first) return null;
        var figure = first;
        var tally = false;
        // "leading Jones 49 to 43 percent": two shares, the first taking the unit written after the second.
        string? splitUnit = null;

        // Ranges: "7,000 to 15,000", "7,000-15,000", "between 400 and 500", "70-100,000".
        if (first.End < tokens.Count && IsRangeWord(tokens[first.End], between))
        {
            var k = first.End + 1;
            if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && lexicon.CurrencySymbols.ContainsKey(tokens[k].Text)) k++;
            // "between US$3 billion and US$5 billion": the symbol in letters again.
            else if (currency is not null && lexicon.CurrencyLetterSymbols.Match(tokens, k) is { } again) k += again.Length;
            if (ParseFigure(tokens, k) is { } second && !second.Vague && !first.Vague && !(LooksLikeYear(tokens[j]) && !LooksLikeYear(tokens[k < tokens.Count ? k : j]))
                && !ChangeThenLevel(tokens, start, first, second))
            {
                // The first figure shares the second's magnitude ("3 to 4 million") only where that still
                // reads as a rising range: "39,076 to 808.61 million" starts at 39,076.
                var low = first.Low;
                if (first.Magnitude is null && second.Magnitude is { } scale && Scaled(low, scale) <= second.High) low = Scaled(low, scale);
                else if (first.Magnitude is null && low < 1000 && second.Low >= 10000 && low * 1000 <= second.High && low * 1000 >= second.Low / 10)
                    low *= 1000;
                if (low <= second.High) figure = new Figure(low, second.High, second.End, second.Magnitude, false);
                // "51-49", "a vote of 231 to 198": a score or tally, one figure valued at its first number.
                else if (first.Magnitude is null && second.Magnitude is null && currency is null && tokens[k].Kind == TokenKind.Number)
                {
                    if (second.End < tokens.Count && lexicon.Units.Match(tokens, second.End) is { } shared && lexicon.UnitMeasures.GetValueOrDefault(shared.Value) == "share")
                        splitUnit = shared.Value;
                    else (figure, tally) = (first with { End = second.End }, true);
                }
            }
            // "the status was unknown for 'tens to hundreds of people'": two vague counts, the second larger, bound one vague range.
            else if (first.Vague && tokens[first.End].Lower == "to" && ParseFigure(tokens, k) is { Vague: true } larger && first.High < larger.Low
                     && !ChangeThenLevel(tokens, start, first, larger))
                figure = new Figure(first.Low, larger.High, larger.End, null, true);
        }
        // "amid five or six bodies", "two or three people": two neighbouring counts joined by "or" are one approximate range.
        else if (first.End + 1 < tokens.Count && tokens[first.End].Lower == "or" && currency is null && ParseFigure(tokens, first.End + 1) is { } alternative
                 && IsNeighbouringCount(first, alternative))
            figure = new Figure(first.Low, alternative.High, alternative.End, null, false);

        if (insideBounds is not null && figure == first) return null;
        var end = figure.End;
        var unit = figure.Share ? "percent" : splitUnit ?? currency ?? "";
        if (splitUnit is null && end < tokens.Count && lexicon.Units.Match(tokens, end) is { } u) { unit = u.Value; end += u.Length; }
        else if (end < tokens.Count && lexicon.CurrencyWords.Match(tokens, end) is { } c && currency is null) { unit = c.Value; end += c.Length; }
        // "hundreds of millions of dollars": a vague quantity of a currency.
        else if (figure.Vague && currency is null && end + 1 < tokens.Count && tokens[end].Lower == "of" && lexicon.CurrencyWords.Match(tokens, end + 1) is { } vagueSum)
            (unit, end) = (vagueSum.Value, end + 1 + vagueSum.Length);

        var ranged = figure.Low != figure.High;
        // "1,300+: Missing persons", "50 or more people": a qualifier after the figure, a sign only when it touches the number
        // ("5 + 3" is a sum).
        if (qualifier is null && !ranged && !figure.Vague && lexicon.TrailingQualifiers.Match(tokens, end) is { } trailing
            && (tokens[end].IsWord || !tokens[end].SpaceBefore))
            (qualifier, end) = (trailing.Value, end + trailing.Length);
        // "it appeared to be 150,000 people or more": "or more" after the counted noun bounds the figure too; the noun stays after it.
        else if (qualifier is null && !ranged && !figure.Vague && end + 2 < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: false }
                 && lexicon.TrailingQualifiers.Match(tokens, end + 1) is { Value.Unbounded: true } after && tokens[end + 1].IsWord)
            qualifier = after.Value;
        if (qualifier is null && unit.Length > 0 && !ranged && !figure.Vague) qualifier = converting;
        // "the estimated tens of thousands of people": a vague quantity is approximate already; an approximator widens nothing.
        if (figure.Vague && qualifier is { Unbounded: false } approximate && approximate.Low < 1 && approximate.High > 1) qualifier = null;
        // "as many as 5,000 to 6,000 residents": a ceiling on a range the words bound already leaves the range; so does an approximator
        // ("an estimated 10,000-15,000 Rohingya refugees", "about 400-500"): the range is its approximation.
        if (ranged && !figure.Vague && qualifier is { Unbounded: false, Low: 0, High: 1 } or { Unbounded: false, Low: < 1, High: > 1 }) qualifier = null;
        var (lowBound, highBound, qualifierName) = qualifier switch
        {
            null => (figure.Low, figure.High, figure.Vague ? "vague" : ranged ? "range" : "exact"),
            { Unbounded: true } => (Scaled(figure.Low, qualifier.Low), double.PositiveInfinity, qualifier.As),
            _ => (Scaled(figure.Low, qualifier.Low), Scaled(figure.High, qualifier.High), qualifier.As),
        };
        return new NumberMention(start, end, lowBound, highBound, qualifierName, unit) { NumberToken = numberToken, IsTally = tally };
    }

    private NumberMention? Ordinal(List<Token> tokens, int j)
    {
        double value;
        int length;
        if (tokens[j].Kind == TokenKind.Ordinal)
        {
            value = double.Parse(tokens[j].Text[..^2], CultureInfo.InvariantCulture);
            length = 1;
        }
        else
        {
            var match = lexicon.Ordinals.Match(tokens, j)!.Value;
            (value, length) = (match.Value, match.Length);
        }
        return new NumberMention(j, j + length, value, value, "exact", "") { IsOrdinal = true, NumberToken = j };
    }

    /// <summary>
    /// value × factor as the decimals they were written as: "1.23 million" is 1,230,000 and "about 67,882"
    /// starts at 64,487.9, where binary arithmetic gives 1,229,999.9999999998 and 64,487.899999999994.
    /// Values a decimal cannot hold exactly are multiplied as doubles.
    /// </summary>
    private static double Scaled(double value, double factor)
    {
        if (Math.Abs(value) < 1e15 && Math.Abs(factor) < 1e15 && (double)(decimal)value == value && (double)(decimal)factor == factor)
            return (double)((decimal)value * (decimal)factor);
        return value * factor;
    }

    /// <summary>"in 2017 to $47 billion": a year does not open a range of amounts.</summary>
    private static bool LooksLikeYear(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && token.Text.All(char.IsAsciiDigit) && token.Text[0] is '1' or '2';

    /// <summary>
    /// "the official death toll ... has risen by three to 2,360": after "by", a small figure "to" a far larger one is the change and
    /// the level it reached, two figures; "joined by 15 to 20 cars", of one size, is a range. So are a level and the one it changed to,
    /// and a fall "from 19 to 17", which no range is.
    /// </summary>
    private bool ChangeThenLevel(List<Token> tokens, int start, Figure first, Figure second) =>
        tokens[first.End].Lower == "to" && start > 0
        && (tokens[start - 1].Lower == "by" && second.Magnitude is null && second.Low >= ChangeToLevelRatio * first.High || FromEarlierLevel(tokens, start)
            || tokens[start - 1].Lower == "from" && second.Magnitude is null && first.Magnitude is null && first.Low > second.High);

    /// <summary>
    /// "revised up from five to 17 the death toll", "rose from 52 to 60": "from" after a word of change opens the earlier level, and
    /// "to" the new one, two figures ("from 5 to 17 degrees" is a range).
    /// </summary>
    private bool FromEarlierLevel(List<Token> tokens, int start)
    {
        // "had more than doubled from initial reports of 20 to 50 victims": "from" and the earlier figure's own words.
        if (start >= 1 && Grammar.FromOpeningEarlierFigure(tokens, start - 1) is var opening and >= 0) start = opening + 1;
        if (start < 2 || tokens[start - 1].Lower != "from") return false;
        var change = tokens[start - 2];
        var grammar = lexicon.Grammar;
        // "initially bringing the death toll from 78 to 81": a measure moves from one level to another; it spans no range.
        if (grammar.ChangeAdverbs.Contains(change) || grammar.TollLinks.Contains(change) && change.Lower.Length > 3 || lexicon.Sources.CuedVerbs.ContainsKey(change.Lower)
            || grammar.MeasureNouns.Contains(change))
            return true;
        // "officially raised the death toll from the devastating storm last year from 64 to 2,975": the verb of change may stand further back
        // in the clause, its object between.
        for (var k = start - 2; k >= Math.Max(0, start - ChangeVerbReach) && tokens[k].IsWord; k--)
            if (grammar.ChangeVerbs.Contains(tokens[k])) return true;
        return false;
    }

    private const int ChangeVerbReach = 12;

    private const double ChangeToLevelRatio = 5;

    /// <summary>A reporting verb right after a word that can be its subject or auxiliary: "Police estimated", "organisers have estimated"; not "an estimated".</summary>
    private bool IsVerbAfterSubject(List<Token> tokens, int k)
    {
        if (k == 0 || !tokens[k - 1].IsWord || lexicon.AttributionVerbs.Match(tokens, k) is null) return false;
        var before = tokens[k - 1];
        var grammar = lexicon.Grammar;
        return !grammar.FunctionWords.Contains(before) || grammar.Auxiliaries.Contains(before) || lexicon.Sources.Skipped.Contains(before.Lower) && !grammar.Articles.Contains(before);
    }

    /// <summary>A link and a second vague quantity after the first, a comma before the link or not: its upper bound and where it ends.</summary>
    private (double High, int End)? VagueUpper(List<Token> tokens, int end)
    {
        var link = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        if (lexicon.VagueUpperLinks.Match(tokens, link) is not { } words) return null;
        var at = link + words.Length;
        if (lexicon.Vague.Match(tokens, at) is not { } upper) return null;
        return (upper.Value.High, at + upper.Length);
    }

    /// <summary>"five or six", "10 or 12": small whole counts a step apart, neither scaled nor vague; "3 or 30" is a choice, no range.</summary>
    private static bool IsNeighbouringCount(Figure first, Figure second) =>
        !first.Vague && !second.Vague && first.Magnitude is null && second.Magnitude is null && first.Low == first.High && second.Low == second.High
        && first.Low >= 1 && second.Low > first.Low && second.Low <= Math.Max(first.Low + 1, first.Low * 1.5) && second.Low <= 100 && first.Low % 1 == 0 && second.Low % 1 == 0;

    /// <summary>"7,000 to 15,000", "7,000-15,000", "1914—1918"; not a spaced em dash, which opens an aside ("the toll is 31 — 20 at the metro").</summary>
    private static bool IsRangeWord(Token token, bool between) =>
        token.Lower is "to" or "-" or "–" || token.Lower == "—" && !token.SpaceBefore || between && token.Lower == "and";

    /// <summary>One number with its magnitude: "15,000", "3.6 million", "ten", "a dozen", "tens of thousands", "one in three".</summary>
    private Figure? ParseFigure(List<Token> tokens, int j)
    {
        if (j >= tokens.Count) return null;
        var token = tokens[j];
        if (lexicon.Vague.Match(tokens, j) is { } vague)
        {
            var (low, high) = vague.Value;
            var end = j + vague.Length;
            // "hundreds and hundreds": the repetition stresses one quantity.
            if (end + vague.Length < tokens.Count && tokens[end].Lower == "and" && tokens[end + 1].Lower == tokens[j].Lower && lexicon.Vague.Match(tokens, end + 1) is { } again && again.Length == vague.Length)
                end += 1 + vague.Length;
            // "Hundreds if not thousands", "hundreds, possibly thousands": the second, larger quantity bounds the interval.
            if (VagueUpper(tokens, end) is { } upper && upper.High > high)
                (high, end) = upper;
            return new Figure(low, high, end, null, true);
        }
        if (lexicon.Fractions.Match(tokens, j) is { } fraction && j + fraction.Length < tokens.Count && tokens[j + fraction.Length].Lower == "of")
            return new Figure(fraction.Value, fraction.Value, j + fraction.Length, null, false, Share: true);

        double value;
        int next;
        if (token.Kind == TokenKind.Number)
        {
            value = DigitsValue(tokens, j);
            next = j + 1;
            // "more than 2 200 structures": thousands grouped by a space, as some outlets write them.
            while (SpaceGroup(tokens, next, token.Text.Length <= 3 && token.Text.All(char.IsAsciiDigit) && !AfterMonth(tokens, j)))
                (value, next) = (value * 1000 + double.Parse(tokens[next].Text, CultureInfo.InvariantCulture), next + 1);
            // "9,5 thousand", "1,5 million", "26,5%": a decimal comma, as translated news writes it, before a magnitude or a percent.
            if (DecimalCommaAt(tokens, j) is { } decimals)
            {
                value += decimals;
                next = j + 3;
            }
        }
        else if (token.IsWord && WordNumber(tokens, j) is { } word)
        {
            (value, next) = word;
        }
        else return null;

        // "one in three" is a share.
        // "a suspected arson attack in Tokyo killed 44 in 2001": a year is no denominator.
        if (next + 1 < tokens.Count && tokens[next].Lower == "in" && WordOrDigits(tokens, next + 1) is { } denominator && denominator.Value > value
            && !(value > 1 && tokens[next + 1] is { Kind: TokenKind.Number, Text.Length: 4 } && denominator.Value is >= 1900 and <= 2100))
            return new Figure(Math.Round(value / denominator.Value * 100, 1), Math.Round(value / denominator.Value * 100, 1), denominator.End, null, false, Share: true);

        double? magnitude = null;
        // "a $35-billion debt": the magnitude hyphenated to the number, as an adjective.
        if (next + 1 < tokens.Count && tokens[next].Text == "-" && !tokens[next].SpaceBefore && !tokens[next + 1].SpaceBefore && tokens[next + 1].IsWord
            && tokens[next + 1].Lower.Length > 2 && lexicon.Magnitudes.ContainsKey(tokens[next + 1].Lower))
            next++;
        // "two and a half million": the half before the magnitude.
        var halfBefore = AndAHalf(tokens, next) && next + 3 < tokens.Count && tokens[next + 3].IsWord && lexicon.Magnitudes.ContainsKey(tokens[next + 3].Lower);
        if (halfBefore) (value, next) = (value + 0.5, next + 3);
        if (next < tokens.Count && tokens[next].IsWord && (lexicon.Magnitudes.TryGetValue(tokens[next].Lower, out var scale) || JoinedMagnitude(tokens[next], out scale))
            && (tokens[next].Lower != "m" || !tokens[next].SpaceBefore && lexicon.MetreCues.Match(tokens, next + 1) is null))
        {
            magnitude = scale;
            value = Scaled(value, scale);
            next++;
        }
        // "a million and a half people": the half of the magnitude just read, by a digit or in words.
        if (!halfBefore && AndAHalf(tokens, next) && next > 0 && lexicon.Magnitudes.TryGetValue(tokens[next - 1].Lower, out var read))
            (value, next) = (value + read / 2, next + 3);
        return new Figure(value, value, next, magnitude, false);
    }

    /// <summary>"seven million-strong population", "a two billion-dollar deal": a magnitude written as one word with what it describes.</summary>
    private bool JoinedMagnitude(Token token, out double scale)
    {
        scale = 0;
        var dash = token.Lower.IndexOf('-');
        return dash > 2 && lexicon.Magnitudes.TryGetValue(token.Lower[..dash], out scale);
    }

    /// <summary>"and a half" at tokens[k].</summary>
    private static bool AndAHalf(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Lower == "and" && tokens[k + 1].Lower == "a" && tokens[k + 2].Lower == "half";

    /// <summary>Whether tokens[k] is three digits set one space after the digits before it, and ends the number: "2 200", not "2 200-metre".</summary>
    private static bool SpaceGroup(List<Token> tokens, int k, bool allowed)
    {
        if (!allowed || k >= tokens.Count || tokens[k].Kind != TokenKind.Number || tokens[k].Start != tokens[k - 1].End + 1) return false;
        if (tokens[k].Text.Length != 3 || !tokens[k].Text.All(char.IsAsciiDigit)) return false;
        return k + 1 >= tokens.Count || !(tokens[k + 1].Text == "-" && !tokens[k + 1].SpaceBefore);
    }

    /// <summary>"May 5 200 people": a day of a month is no group of thousands.</summary>
    private bool AfterMonth(List<Token> tokens, int j) => j > 0 && lexicon.Time.Months.ContainsKey(tokens[j - 1].Lower);

    private double? DecimalCommaAt(List<Token> tokens, int j)
    {
        if (j + 3 >= tokens.Count || tokens[j].Text.Contains(',') || tokens[j + 1].Text != "," || tokens[j + 1].SpaceBefore || tokens[j + 2].SpaceBefore) return null;
        var digits = tokens[j + 2].Text;
        if (tokens[j + 2].Kind != TokenKind.Number || digits.Length > 2 || !digits.All(char.IsAsciiDigit)) return null;
        // "(26,5%)", "doesn't exceed 2,2%": before a percentage too.
        if (!(tokens[j + 3].IsWord && lexicon.Magnitudes.ContainsKey(tokens[j + 3].Lower) || lexicon.Units.Match(tokens, j + 3) is { Value: "percent" })) return null;
        return double.Parse("0." + digits, CultureInfo.InvariantCulture);
    }

    private (double Value, int End)? WordOrDigits(List<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Number
            ? (DigitsValue(tokens, j), j + 1)
            : WordNumber(tokens, j);
}
