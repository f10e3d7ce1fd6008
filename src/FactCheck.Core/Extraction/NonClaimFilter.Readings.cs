namespace FactCheck.Extraction;

/// <summary>Ages, readings, rates, speeds, emergency lines and days listed with a date: numbers that count nothing.</summary>
internal sealed partial class NonClaimFilter
{
    /// <summary>
    /// "a 7.1 magnitude quake", "the magnitude 7.2 earthquake", "a magnitude of 6.3", "6.3 on the Richter scale": a reading on a
    /// scale, no count of anything.
    /// </summary>
    /// <summary>
    /// "after their team lost 3-2 to Persebaya Surabaya", "following the team’s 3-2 loss": a tally of two small numbers next to a word
    /// of a game's result (numbers.json matchResultWords) is its score; "a 227-205 vote" and "a 5-4 ruling" stay tallies.
    /// </summary>
    private bool MatchScore(List<Token> tokens, NumberMention mention)
    {
        if (!mention.IsTally || mention.Low > MaxScore || mention.EndToken < 1 || !double.TryParse(tokens[mention.EndToken - 1].Text, out var second) || second > MaxScore)
            return false;
        if (mention.EndToken < tokens.Count && lexicon.MatchResultWords.Contains(tokens[mention.EndToken].Lower)) return true;
        for (var k = Math.Max(0, mention.FirstToken - 3); k < mention.FirstToken; k++)
            if (lexicon.MatchResultWords.Contains(tokens[k].Lower)) return true;
        return false;
    }

    private const int MaxScore = 20;

    private bool ScaleReading(List<Token> tokens, NumberMention mention)
    {
        if (mention.Unit != "") return false;
        var (first, end) = (mention.FirstToken, mention.EndToken);
        if (end < tokens.Count && lexicon.ScaleWords.Match(tokens, end) is not null) return true;
        // "a 7.1 quake", "Hundreds Dead After 7.1M Quake Hits Mexico": a small decimal right before a quake is its magnitude.
        if (end < tokens.Count && lexicon.ScaleEvents.Contains(tokens[end].Lower) && SmallDecimal(tokens[mention.NumberToken])) return true;
        // "ranging from 5.2 to 5.6 in magnitude".
        if (end + 1 < tokens.Count && tokens[end].Lower == "in" && lexicon.ScaleWords.Match(tokens, end + 1) is not null) return true;
        // "A strong earthquake measuring 6.2 struck", "aftershocks, including one today measuring 4.7": a small decimal a quake's reading verb gives.
        if (first >= 2 && lexicon.ScaleVerbs.Contains(tokens[first - 1].Lower) && SmallDecimal(tokens[mention.NumberToken]))
            for (var k = first - 2; k >= Math.Max(0, first - 1 - ScaleVerbReach); k--)
                if (lexicon.ScaleEvents.Contains(tokens[k].Lower)) return true;
        if (end + 2 < tokens.Count && tokens[end].Lower == "on" && lexicon.ScaleWords.Match(tokens, end + (Grammar.Articles.Contains(tokens[end + 1]) ? 2 : 1)) is not null) return true;
        // "a maximum of 7 on the Japanese seismic intensity scale": the scale's word a few words on.
        if (end + 2 < tokens.Count && tokens[end].Lower == "on" && Grammar.Articles.Contains(tokens[end + 1]))
            for (var k = end + 2; k < Math.Min(tokens.Count, end + 6) && tokens[k].IsWord; k++)
                if (lexicon.ScaleWords.Match(tokens, k) is not null) return true;
        // "measured as 7.2 magnitude by Taiwan officials and 7.4 by the U.S. Geological Survey", "magnitudes ranging from 3.4 to 6.5": a
        // small decimal a few words after a scale's word is another reading on it.
        if (SmallDecimal(tokens[mention.NumberToken]) && mention.High < 10)
            for (var k = first - 1; k >= Math.Max(0, first - 1 - ScaleVerbReach); k--)
                if (lexicon.ScaleWords.Match(tokens, k) is not null) return true;
        var before = first - 1;
        // "a magnitude of 6.3", "put the magnitude at 5.8".
        if (before >= 1 && tokens[before].Lower is "of" or "at") before--;
        return before >= 0 && lexicon.ScaleWords.Match(tokens, before) is { } scale && before + scale.Length >= first - 1;
    }

    private const int ScaleVerbReach = 6;

    /// <summary>"7.1", "6.2": one digit, a point and a digit or two, as magnitudes are written.</summary>
    private static bool SmallDecimal(Token reading) =>
        reading is { Kind: TokenKind.Number } && reading.Text.Contains('.') && reading.Text.Length <= 4 && reading.Text[0] != '0' && reading.Text.IndexOf('.') == 1;

    private const int DistributiveReach = 4;

    /// <summary>"We're going to take one deceased victim at a time": how many at once, no count.</summary>
    private bool Distributed(List<Token> tokens, NumberMention mention)
    {
        for (var k = mention.EndToken; k < Math.Min(tokens.Count, mention.EndToken + DistributiveReach); k++)
        {
            if (lexicon.Distributive.Match(tokens, k) is not null) return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    /// <summary>"Cyclone Nargis's 190 km (120 miles) per hour winds": a distance per hour, its conversion in brackets too, is a speed.</summary>
    private bool Speed(List<Token> tokens, NumberMention mention)
    {
        if (lexicon.UnitMeasures.GetValueOrDefault(mention.Unit) != "distance") return false;
        var k = mention.EndToken;
        // "190 km (120 miles) per hour": past the bracketed conversion.
        if (k < tokens.Count && tokens[k].Text == "(")
            while (k < tokens.Count && tokens[k].Text != ")" && k - mention.EndToken < 6) k++;
        if (k < tokens.Count && tokens[k].Text == ")") k++;
        // "(120 miles) per hour": the conversion itself, before the bracket closes.
        if (k < tokens.Count && tokens[k].Text == ")") k++;
        return k + 1 < tokens.Count && tokens[k].Lower is "per" or "an" or "a" && lexicon.Durations.Contains(tokens[k + 1].Lower);
    }

    /// <summary>
    /// "young survivors inside were calling 911", "11 counties had 911 outages", "making frantic calls to 911": an emergency line's
    /// number, dialled or named.
    /// </summary>
    private bool EmergencyNumber(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        if (mention.FirstToken != n || mention.EndToken != n + 1 || tokens[n].Kind != TokenKind.Number || !lexicon.EmergencyNumbers.Contains(tokens[n].Text)) return false;
        var call = n > 1 && tokens[n - 1].Lower == "to" ? n - 2 : n - 1;
        return call >= 0 && lexicon.EmergencyCalls.Contains(tokens[call].Lower) || n + 1 < tokens.Count && lexicon.EmergencyLines.Contains(tokens[n + 1].Lower);
    }

    /// <summary>
    /// "(850) 410-7001", "410-7001", "931-646-4630": a telephone number, its exchange and line joined by a hyphen, its area code in brackets
    /// or joined the same way before;
    /// "407.246.4357": digits joined by stops, more than a decimal holds.
    /// </summary>
    private static bool TelephoneNumber(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        if (n + 2 < tokens.Count && tokens[n].Kind == TokenKind.Number && tokens[n + 1] is { Text: ".", SpaceBefore: false } && tokens[n + 2] is { Kind: TokenKind.Number, SpaceBefore: false })
            return true;
        if (n >= 2 && tokens[n] is { Kind: TokenKind.Number, SpaceBefore: false } && tokens[n - 1] is { Text: ".", SpaceBefore: false } && tokens[n - 2].Kind == TokenKind.Number)
            return true;
        static bool Digits(Token token, int length) => token.Text.Length == length && BareDigits(token, length);
        bool LineAt(int k) => k + 2 < tokens.Count && Digits(tokens[k], 3) && tokens[k + 1] is { Text: "-", SpaceBefore: false } && tokens[k + 2] is { SpaceBefore: false } line && Digits(line, 4);
        if (LineAt(n)) return true;
        // "931-646-4630": an area code joined by a hyphen too, read before the exchange or as the line after it.
        bool AreaCodeAt(int k) => k >= 0 && k + 2 < tokens.Count && Digits(tokens[k], 3) && tokens[k + 1] is { Text: "-", SpaceBefore: false } && LineAt(k + 2);
        if (AreaCodeAt(n) || AreaCodeAt(n - 4) && Digits(tokens[n], 4) || AreaCodeAt(n - 2) && Digits(tokens[n], 3)) return true;
        return n >= 1 && tokens[n - 1].Text == "(" && Digits(tokens[n], 3) && n + 2 < tokens.Count && tokens[n + 1].Text == ")" && LineAt(n + 2);
    }

    /// <summary>
    /// "on 8 and 9 September", "on January 19, 31 and March 7": a day of the month listed with a date, before its day or after it,
    /// with nothing counted after it ("On January 19, 31 people died" counts).
    /// </summary>
    private static bool DayListedWith(List<Token> tokens, NumberMention mention, DateMention date)
    {
        var n = mention.NumberToken;
        if (mention.FirstToken != n || mention.EndToken != n + 1 || tokens[n].Kind != TokenKind.Number || mention.Low is < 1 or > 31 || mention.Low != Math.Floor(mention.Low)
            || mention.Unit != "" || date.Precision != "day") return false;
        var last = n + 1 >= tokens.Count;
        if (!last && tokens[n + 1].Text != "," && tokens[n + 1].Lower is not ("and" or "or" or "to")) return false;
        var joined = !last && (date.FirstToken == n + 2 || date.FirstToken == n + 3 && tokens[n + 2].Lower is "and" or "or")
                     && tokens[date.FirstToken].Kind == TokenKind.Number;
        var after = n >= 2 && date.EndToken == n - 1 && tokens[n - 1].Text == "," && tokens[date.EndToken - 1].Kind == TokenKind.Number;
        return joined || after;
    }

    /// <summary>
    /// "between August 5 and 6", "between August 7 and 11 in Dhaka": a later day joined to a date's day, with no noun after it, ends a span
    /// of days ("on August 5 and 6 people were hurt" counts people).
    /// </summary>
    private bool DayJoinedAfter(List<Token> tokens, NumberMention mention, DateMention date)
    {
        var n = mention.NumberToken;
        if (mention.FirstToken != n || tokens[n].Kind != TokenKind.Number || mention.Unit != "" || date.Precision != "day" || n < 2 || date.EndToken != n - 1
            || tokens[n - 1].Lower is not ("and" or "to" or "until" or "till") || tokens[date.EndToken - 1].Kind != TokenKind.Number
            || !double.TryParse(tokens[date.EndToken - 1].Text, out var first) || mention.Low <= first || mention.Low > 31) return false;
        return n + 1 >= tokens.Count || !tokens[n + 1].IsWord || Grammar.FunctionWords.Contains(tokens[n + 1]);
    }

    /// <summary>
    /// "aged 7 and 11", "ages 4 and 10", "the youngest was just 17", "young Nepalis under 30": an age word a few words before a
    /// plain small number, another age between them allowed, or a list of them after it ("aged 8, 12 and 13"). "police released the victims' ages: 14, 16, 21, 21": a list of ages
    /// after the word and a colon.
    /// </summary>
    private bool AfterAgeWord(List<Token> tokens, NumberMention mention)
    {
        if (mention.Low >= 120 || mention.Unit != "" || mention.Qualifier is not ("exact" or "range" or "fewer than" or "more than")) return false;
        var bounded = mention.Qualifier is "fewer than" or "more than";
        // "Three children - aged 8, 12 and 13 - are said to be among those who died": the list goes on from the word.
        if (!bounded && ListStart(tokens, mention.FirstToken) is var start && (start >= 2 && tokens[start - 1].Text == ":" && lexicon.AgeWords.Contains(tokens[start - 2].Lower)
                                                                                 || start >= 1 && start < mention.FirstToken && lexicon.AgeWords.Contains(tokens[start - 1].Lower)))
            return true;
        for (var k = mention.FirstToken - 1; k >= Math.Max(0, mention.FirstToken - (bounded ? 3 : 4)); k--)
        {
            if (tokens[k].Text is "," or ";" or ":" or ".") return false;
            if (lexicon.AgeWords.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>Where a list of plain numbers joined by commas and "and" that ends at <paramref name="figure"/> begins.</summary>
    private int ListStart(List<Token> tokens, int figure)
    {
        var start = figure;
        while (start >= 2 && (tokens[start - 1].Text == "," || Grammar.Coordinators.Contains(tokens[start - 1])) && tokens[start - 2].Kind == TokenKind.Number) start -= 2;
        return start;
    }

    /// <summary>
    /// "The victim, Habib Khan (45), died", "said Akimu (35)": a number alone in brackets right after a name the gazetteer does not hold is
    /// its age; not one of a list of places' counts ("Nairobi (17), Nakuru (3)"), nor of a party's seats among others.
    /// </summary>
    private bool BracketedAge(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        if (mention.Low is < 1 or >= 120 || mention.Unit != "" || mention.Qualifier != "exact" || n < 2 || tokens[n - 1].Text != "("
            || mention.EndToken >= tokens.Count || tokens[mention.EndToken].Text != ")" || tokens[n - 2] is not { IsCapitalized: true, IsWord: true }) return false;
        var start = n - 2;
        while (start > 0 && tokens[start - 1] is { IsCapitalized: true, IsWord: true }) start--;
        for (var k = start; k < n - 1; k++)
            if (lexicon.Places.Aliases.Match(tokens, k) is not null) return false;
        for (var k = 1; k + 1 < tokens.Count; k++)
            if (k != n && tokens[k].Kind == TokenKind.Number && tokens[k - 1].Text == "(" && tokens[k + 1].Text == ")") return false;
        return true;
    }

    /// <summary>
    /// "Mr Bulatov, 35.", "Erlij, 48 - Hernán...": a number set off after a name is an age; so is one set off after
    /// a person the article introduces ("A protester, 22, was shot dead", "the driver, 41, was arrested").
    /// </summary>
    private bool IsAge(List<Token> tokens, NumberMention mention)
    {
        var n = mention.NumberToken;
        if (mention.Low >= 120 || mention.Unit != "" || mention.Qualifier != "exact" || n < 2) return false;
        // "William and Aaron Young, 44 and 14, respectively": the second of two ages set off after two names.
        if (n >= 4 && tokens[n - 1].Lower == "and" && SmallPlainNumber(tokens[n - 2]) && tokens[n - 3].Text == "," && tokens[n - 4].IsCapitalized)
            return SetOffAfter(tokens, mention.EndToken);
        if (tokens[n - 1].Text != ",") return false;
        if (!tokens[n - 2].IsCapitalized && !OnePersonIntroduced(tokens, n - 2)) return false;
        var end = mention.EndToken;
        // The first of them.
        if (end + 2 < tokens.Count && tokens[end].Lower == "and" && SmallPlainNumber(tokens[end + 1])) end += 2;
        return SetOffAfter(tokens, end);
    }

    private static bool SetOffAfter(List<Token> tokens, int end) => end >= tokens.Count || tokens[end].Text is "," or "." or "-" or "–" or ")" or ";";

    private static bool SmallPlainNumber(Token token) => token.Kind == TokenKind.Number && token.Text.Length <= 3 && token.Text.All(char.IsAsciiDigit);

    private const int IntroducedNounReach = 3;

    /// <summary>"a protester", "the youngest victim", "a university student": an article, then up to three lowercase words.</summary>
    private bool OnePersonIntroduced(List<Token> tokens, int noun)
    {
        for (var k = noun; k >= Math.Max(0, noun - IntroducedNounReach); k--)
        {
            if (!tokens[k].IsWord) return false;
            if (k < noun && Grammar.Articles.Contains(tokens[k])) return true;
            if (tokens[k].IsCapitalized && k > 0) return false;
        }
        return false;
    }
}
