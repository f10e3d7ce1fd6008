namespace FactCheck.Extraction;

/// <summary>Sources named before an aside set off by commas: "NAME, the TITLE OF X, said", "The Edhi ambulance service, which ..., reported".</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>
    /// The comma opening an aside that ends at tokens[<paramref name="end"/>] and holds a relative pronoun (", which usually
    /// transports ...", ", a non-profit aid group whose volunteers ..."), or null: no other comma, full stop or quotation
    /// mark inside it, and at most <see cref="LongestAside"/> tokens.
    /// </summary>
    private int? RelativeAsideStart(List<Token> tokens, int end)
    {
        var relative = false;
        for (var k = end; k >= Math.Max(1, end - LongestAside); k--)
        {
            if (tokens[k].Text == ",") return relative && k >= 1 && tokens[k - 1].IsWord ? k : null;
            if (tokens[k].Text is "." or ";" or ":" or "\"" or "“" or "”") return null;
            relative |= Grammar.RelativePronouns.Contains(tokens[k]);
        }
        return null;
    }

    private const int LongestAside = 30;

    /// <summary>
    /// The dash opening an aside that the dash at tokens[<paramref name="end"/>] closes ("Rights—which operates under the national
    /// parliament—said", "The commission — which ... — said"), with words before it, or null: no full stop, semicolon, colon or
    /// quotation mark inside, and at most <see cref="LongestAside"/> tokens.
    /// </summary>
    private static int? DashAsideStart(List<Token> tokens, int end)
    {
        if (!IsAsideDash(tokens[end])) return null;
        for (var k = end - 1; k >= Math.Max(1, end - LongestAside); k--)
        {
            if (IsAsideDash(tokens[k])) return k < end - 1 && tokens[k - 1].IsWord ? k : null;
            if (tokens[k].Text is "." or ";" or ":" or "\"" or "“" or "”") return null;
        }
        return null;
    }

    private static bool IsAsideDash(Token token) => token.Text is "—" or "–";

    /// <summary>
    /// The source the sentence opens with, as the subject of the verb before <paramref name="conjunction"/>: the phrase from the
    /// sentence's first word up to its first plain lower-case word, when that phrase is a source and one simple clause runs from it to
    /// the conjunction (no quotation mark, relative pronoun, other reporting verb or comma but one right before the conjunction:
    /// "The Senate proposal delays ..., provides ... and maintains seven tax brackets" lists what a proposal does). Null otherwise.
    /// </summary>
    private Attribution? SharedSubject(SourceContext context, int conjunction)
    {
        var tokens = context.Tokens;
        if (!tokens[0].IsWord || Grammar.FunctionWords.Contains(tokens[0]) && !Grammar.Articles.Contains(tokens[0])) return null;
        for (var j = 1; j < conjunction; j++)
        {
            if (!tokens[j].IsWord || tokens[j].Kind == TokenKind.Number) return null;
            // "Two researchers took": a source's own noun is no verb.
            if (tokens[j].IsCapitalized || Grammar.FunctionWords.Contains(tokens[j]) || Words.Nouns.Contains(tokens[j].Lower)) continue;
            if (Before(context, j - 1, nested: true) is not { SourceStart: >= 0 and <= OpeningWords } subject) return null;
            return OneClause(tokens, j, conjunction) ? subject : null;
        }
        return null;
    }

    /// <summary>Whether tokens[from..conjunction) hold one plain clause: see <see cref="SharedSubject"/>.</summary>
    private bool OneClause(List<Token> tokens, int from, int conjunction)
    {
        for (var k = from; k < conjunction; k++)
            if (tokens[k].Text is "\"" or "“" or "”" or ";" or ":" or "(" || tokens[k].Text == "," && k != conjunction - 1
                || Grammar.RelativePronouns.Contains(tokens[k]) || lexicon.AttributionVerbs.Match(tokens, k) is not null)
                return false;
        return true;
    }

    private const int OpeningWords = 1;

    private const int PassedOnReach = 3;

    /// <summary>
    /// The comma opening an aside that ends at tokens[<paramref name="end"/>] and tells where something was said (", in its previous
    /// report,", ", in a televised address,"): "in", then lead-in words only, the last of them a statement's noun. Null otherwise.
    /// </summary>
    private int? StatementAsideStart(List<Token> tokens, int end)
    {
        // "..., in a televised address on Monday,": the day it was said closes it.
        while (end >= 4 && (IsWeekday(tokens[end]) || Words.Skipped.Contains(tokens[end].Lower))) end--;
        // "The U.S. State Department, in a statement to Reuters, said": who it was said to closes it; "Georgia's Health Ministry, in a bulletin
        // quoted by Georgian media, said": or who passed it on.
        var recipient = end;
        while (recipient >= 4 && tokens[recipient] is { IsWord: true, IsCapitalized: true }) recipient--;
        if (recipient < end && tokens[recipient].Lower == "to") end = recipient - 1;
        else
            for (var by = end - 1; by >= Math.Max(4, end - PassedOnReach); by--)
                if (tokens[by].Lower == "by" && IsPastParticiple(tokens[by - 1].Lower))
                {
                    end = by - 2;
                    break;
                }
        if (!Grammar.StatementLeadIns.Contains(tokens[end]) || Grammar.Articles.Contains(tokens[end]) || tokens[end].Lower == "in") return null;
        for (var k = end - 1; k >= Math.Max(1, end - 6); k--)
        {
            if (tokens[k].Text == ",") return tokens[k + 1].Lower == "in" && tokens[k - 1].IsWord ? k : null;
            if (!Grammar.StatementLeadIns.Contains(tokens[k]) && !Grammar.Possessives.Contains(tokens[k]) && tokens[k] is not { IsWord: true, IsCapitalized: false }) return null;
        }
        return null;
    }

    private const int LongestOpenedAside = 10;

    /// <summary>
    /// The comma opening an aside that ends at tokens[<paramref name="end"/>] and starts with a phrase of attribution.json's asideOpeners
    /// (", on behalf of the inter-union group,", ", for its part,"), or null.
    /// </summary>
    private int? OpenedAsideStart(List<Token> tokens, int end)
    {
        for (var k = end; k >= Math.Max(1, end - LongestOpenedAside); k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "\"" or "“" or "”") return null;
            if (tokens[k].Text != ",") continue;
            return k + 1 <= end && Words.AsideOpeners.Match(tokens, k + 1) is not null && tokens[k - 1].IsWord ? k : null;
        }
        return null;
    }

    private const int LongestSpeakingAside = 12;

    /// <summary>
    /// The comma opening an aside that ends at tokens[<paramref name="end"/>] and that a present participle leads (", speaking on
    /// condition of anonymity,", ", writing in a Fox News opinion piece,"), or null. Not an attribution of its own (", citing hospital
    /// records,", ", according to police,"): the figure is passed to its origin there.
    /// </summary>
    private int? SpeakingAsideStart(List<Token> tokens, int end)
    {
        for (var k = end; k >= Math.Max(1, end - LongestSpeakingAside); k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "\"" or "“" or "”") return null;
            if (tokens[k].Text != ",") continue;
            var lead = tokens[k + 1];
            return k + 1 < end && tokens[k - 1].IsWord && lead is { IsWord: true, IsCapitalized: false } && lead.Lower.Length > 4
                   && lead.Lower.EndsWith("ing", StringComparison.Ordinal) && lexicon.AttributionPrefixes.Match(tokens, k + 1) is null
                ? k : null;
        }
        return null;
    }

    /// <summary>"the head of the emergency department", "a spokesman for the ministry": a noun and the body it serves.</summary>
    private bool DescribesARole(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < Math.Min(end, start + 3); k++)
            if (tokens[k].Lower is "of" or "for" or "at") return k > start;
            else if (!tokens[k].IsWord) return false;
        return false;
    }

    /// <summary>The person named just before an aside that ends at <paramref name="end"/>: "NAME, the TITLE OF X, said".</summary>
    private Attribution? NameBeforeAside(SourceContext context, int end)
    {
        var tokens = context.Tokens;
        var comma = end;
        while (comma >= 0 && end - comma < LongestPhrase + 4 && tokens[comma].Text != "," && tokens[comma].Text is not ("." or ";" or ":" or "\"" or "“" or "”")) comma--;
        // "Sherry Rehman, Pakistan's Federal Minister for Climate Change, tweeted": the aside may open with a possessive;
        // "Abhishek Roy, Additional Superintendent of Police for the Darjeeling Police District, told": or with a title.
        if (comma < 2 || tokens[comma].Text != "," || tokens[comma + 1].IsCapitalized && !Grammar.Articles.Contains(tokens[comma + 1])
            && !tokens[comma + 1].Text.EndsWith("'s", StringComparison.Ordinal) && !TitleOpens(tokens, comma + 1, end)
            // "José Miguel Vivanco, Americas director at Human Rights Watch, told": or with the region a role covers.
            && !(comma + 2 < end && tokens[comma + 2] is { IsWord: true, IsCapitalized: false } && DescribesARole(tokens, comma + 1, end))
            // "Agus Hendra Sanjaya, Mataram search and rescue spokesman, told AFP": or with where a role is, closed by the role.
            && !(end > comma + 2 && tokens[end] is { IsWord: true, IsCapitalized: false } role && Words.PersonNouns.Contains(role.Lower))) return null;
        var found = PersonAtEnd(tokens, Math.Max(0, comma - 6), comma);
        // "Al Jazeera's Adrian Brown, reporting from Tianjin, a port city in the country's northeast, said": a participle's aside before it.
        if (found is null && ParticipleAsideBefore(tokens, comma) is { } earlier) found = PersonAtEnd(tokens, Math.Max(0, earlier - 4), earlier);
        // "with 630 of the victims located within the Kathmandu Valley, a spokesperson for the Nepal police has said": a name after an
        // article or a place's preposition is no one's.
        if (found is { SourceStart: >= 1 } named && (Grammar.Articles.Contains(tokens[named.SourceStart - 1]) || Grammar.PlaceOrTargetPrepositions.Contains(tokens[named.SourceStart - 1])))
            return null;
        return found is { } person && !context.Mentions.Any(m => m.Index >= person.SourceStart && m.Index < person.SourceEnd && !m.Entry.Person)
            ? person : null;
    }

    /// <summary>
    /// The comma opening an aside ending at tokens[end] that a participle and its agent lead (", seen by Reuters on Thursday,"), or a past
    /// participle and "as" (", generally regarded as a reliable source,"), or null.
    /// </summary>
    private int? PassiveAsideStart(List<Token> tokens, int end)
    {
        for (var k = end; k >= Math.Max(2, end - LongestAside); k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "\"" or "“" or "”") return null;
            if (tokens[k].Text != ",") continue;
            // "The Syrian Observatory for Human Rights, generally regarded as a reliable source, says": an adverb may lead, and the
            // participle may take "as".
            var participle = tokens[k + 1] is { IsWord: true, IsCapitalized: false } adverb && adverb.Lower.EndsWith("ly", StringComparison.Ordinal) ? k + 2 : k + 1;
            if (participle + 1 > end || tokens[participle] is not { IsWord: true, IsCapitalized: false }) return null;
            // "The interior ministry, quoted Sunday by local media, put ...": the day it was passed on may stand before the agent.
            var agent = participle + 1;
            while (agent < end && (IsWeekday(tokens[agent]) || Words.Skipped.Contains(tokens[agent].Lower))) agent++;
            return tokens[agent].Lower == "by" || tokens[participle + 1].Lower == "as" && IsPastParticiple(tokens[participle].Lower) ? k : null;
        }
        return null;
    }

    private static bool IsPastParticiple(string word) => word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal));

    /// <summary>The comma opening an aside led by a participle that ends at the comma <paramref name="comma"/> (", reporting from Tianjin,"), or null.</summary>
    private static int? ParticipleAsideBefore(List<Token> tokens, int comma)
    {
        for (var k = comma - 1; k >= Math.Max(1, comma - 8); k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "\"" or "“" or "”") return null;
            if (tokens[k].Text != ",") continue;
            var lead = tokens[k + 1];
            return lead is { IsWord: true, IsCapitalized: false } && lead.Lower.Length > 4 && lead.Lower.EndsWith("ing", StringComparison.Ordinal) ? k : null;
        }
        return null;
    }

    /// <summary>
    /// A title among the first words of an aside that goes on to describe ("Additional Superintendent of Police for
    /// the Darjeeling Police District"), not a titled name ("..., Admiral Igor Kasatonov, told").
    /// </summary>
    private bool TitleOpens(List<Token> tokens, int start, int end)
    {
        var titled = false;
        for (var k = start; k < Math.Min(end, start + 3) && tokens[k].IsCapitalized; k++)
            titled |= lexicon.Titles.Contains(tokens[k].Text);
        if (!titled) return false;
        for (var k = start + 1; k < end; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized) return true;
        return false;
    }

    /// <summary>
    /// The "a" or "an" opening an aside that ends in the phrase starting at tokens[start]: that token itself, or one a few lower-case
    /// words and a coordinator or participle before it ("a risk modeling and solutions provider", "an organisation estimating the
    /// number"); null when none does.
    /// </summary>
    private int? IndefiniteAsideOpening(List<Token> tokens, int start)
    {
        var joined = false;
        for (var k = start; k >= 2 && start - k <= MaxJoinedAsideWords; k--)
        {
            if (Grammar.Indefinites.Contains(tokens[k])) return k == start || joined ? k : null;
            var coordinator = k < start && Grammar.Coordinators.Contains(tokens[k]);
            // "Dragana, a 21-year-old Beograd student, insisted": an age's number and hyphens, which stop the phrase read back.
            var age = tokens[k].Kind == TokenKind.Number || tokens[k].Text == "-" && !tokens[k].SpaceBefore;
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } && !coordinator && !age) return null;
            // "the Public Assembly Archive, an unofficial organisation estimating the number of protesters in Serbia, said": a participle
            // ending the aside's noun joins what it does, even a reporting verb, which stops the phrase read back from "said".
            joined |= coordinator || age || k < start && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[k].Lower.Length > 4;
        }
        return null;
    }

    private const int MaxJoinedAsideWords = 5;

    /// <summary>The "one" of ", one of the protest groups," when the phrase starting at tokens[start] opens with it, or starts (after its article) right after its "of"; else null.</summary>
    private int? OneOfAsideOpening(List<Token> tokens, int start)
    {
        var of = start + 1 < tokens.Count && tokens[start + 1].Lower == "of" ? start + 1 : start > 0 && Grammar.Articles.Contains(tokens[start - 1]) ? start - 2 : start - 1;
        return of >= 2 && tokens[of].Lower == "of" && tokens[of - 1].Lower == "one" && tokens[of - 2].Text == "," ? of - 1 : null;
    }

    /// <summary>
    /// "According to spokesman for the Red Cross, Abubakarr Tarawallie, 179 bodies ...", "..., said the governor of Brasilia, Ibaneis Rocha.":
    /// the name set off after a bare role holds it.
    /// </summary>
    private Attribution? NameSetOffAfterRole(List<Token> tokens, int start, int end)
    {
        if (end + 3 >= tokens.Count || tokens[end].Text != ",") return null;
        // "the spokesman", "the governor of Brasilia": a noun of one person, or a title written lower case.
        var role = tokens[HeadEnd(tokens, start, end) - 1].Lower;
        if (!Words.PersonNouns.Contains(role) && !(role.Length > 1 && lexicon.Titles.Contains(char.ToUpperInvariant(role[0]) + role[1..]))) return null;
        var close = end + 1;
        while (close < tokens.Count && close - end <= MaxNameWords && tokens[close].IsCapitalized) close++;
        // "..., said the governor of Brasilia, Ibaneis Rocha.": the name may close the sentence.
        return (close == tokens.Count || tokens[close].Text is "," or "." or ";") && close - end > 2 ? PersonAtEnd(tokens, end + 1, close) : null;
    }

    private const int MaxNameWords = 4;

    /// <summary>Whether a name ends at tokens[k]: a capitalized word, or its acronym in brackets after it ("Office (CBO)").</summary>
    private static bool NameEndsAt(List<Token> tokens, int k) =>
        tokens[k].IsCapitalized || k >= 3 && tokens[k].Text == ")" && tokens[k - 2].Text == "(" && tokens[k - 3].IsCapitalized;
}
