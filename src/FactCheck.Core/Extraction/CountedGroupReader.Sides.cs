namespace FactCheck.Extraction;

/// <summary>Whose a counted group is: a country's demonym or the country its people come from, the side of a side's forces.</summary>
internal sealed partial class CountedGroupReader
{
    [ThreadStatic] private static List<Token>? _singular;

    /// <summary>A country's demonym at tokens[k]: the adjective ("Dutch", "Argentine"), or its plural used as a noun ("Argentines").</summary>
    private (string Side, bool Noun)? CountryDemonym(List<Token> tokens, int k)
    {
        if (lexicon.Places.Adjectives.Match(tokens, k) is { Length: 1 }) return (tokens[k].Text, false);
        var text = tokens[k].Text;
        if (text.Length > 4 && text.EndsWith('s'))
        {
            var singular = _singular ??= [];
            singular.Clear();
            Tokenizer.TokenizeInto(singular, text, 0, 0, text.Length - 1, lexicon.Words);
            if (lexicon.Places.Adjectives.Match(singular, 0) is { Length: 1 }) return (text[..^1], true);
        }
        return null;
    }

    /// <summary>
    /// The people of a country named after "from" at tokens[k] ("from Indonesia" is Indonesian), or null; not one of a list of countries
    /// ("from Iran, China, Russia"), nor a route's start ("from Myanmar to neighbouring Bangladesh").
    /// </summary>
    private string? OriginAt(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || tokens[k].Lower != "from") return null;
        // "two from the United States": past an article the name may not keep.
        var name = k + 2 < tokens.Count && Grammar.Articles.Contains(tokens[k + 1]) && lexicon.Places.Aliases.Match(tokens, k + 1) is null ? k + 2 : k + 1;
        if (lexicon.Places.Aliases.Match(tokens, name) is not { Value: { Kind: PlacePrecision.Country } country } match) return null;
        var after = name + match.Length;
        // "58 from Egypt, according to an Arab diplomat": a comma ends a list only where another country follows it.
        if (after < tokens.Count && (tokens[after].Text == "," && after + 1 < tokens.Count && lexicon.Places.Aliases.Match(tokens, after + 1) is { Value.Kind: PlacePrecision.Country }
                                     || tokens[after].Lower == "to" || Grammar.Coordinators.Contains(tokens[after])
                                     && after + 1 < tokens.Count && tokens[after + 1].Kind != TokenKind.Number)) return null;
        return lexicon.Places.AdjectiveOf(country.Name);
    }

    /// <summary>
    /// The side of a side's forces ("soldiers", "pilots") counted at tokens[before] with no adjective of their own: that of the
    /// nearest claimant before them, else of the last side word before them ("Russia lost about 15,000 troops"); null for others.
    /// </summary>
    public string? SideOfForces(string subject, List<Token> tokens, int before, IReadOnlyList<(int Index, ClaimantEntry Entry)> claimants) =>
        lexicon.SidedSubjects.Contains(subject) ? SideOfNearestClaimant(claimants, before) ?? SideNamedBefore(tokens, before) : null;

    private static string? SideOfNearestClaimant(IReadOnlyList<(int Index, ClaimantEntry Entry)> claimants, int before) =>
        claimants.Where(c => c.Index < before && c.Entry.Side is not null).Select(c => c.Entry.Side).LastOrDefault();

    /// <summary>
    /// Whose dead a toll counts when its figure names no group: a people's adjective on the toll ("the Egyptian death toll had risen to
    /// 672") or a listed people after "among" ("deaths among Ukrainians"); null otherwise.
    /// </summary>
    public string? SideOfToll(List<Token> tokens, NumberMention mention)
    {
        // The toll's noun a few words before the figure, no other number between.
        for (var k = mention.FirstToken - 1; k >= Math.Max(1, mention.FirstToken - TollSideReach); k--)
        {
            if (tokens[k].Kind == TokenKind.Number) return null;
            if (lexicon.Grammar.MeasureNouns.Contains(tokens[k]))
            {
                // "the Egyptian death toll": past the measure's trigger.
                var j = lexicon.MetricTriggers.Match(tokens, k - 1) is not null ? k - 2 : k - 1;
                return j >= 0 && tokens[j].IsCapitalized ? SideAt(tokens, j) : null;
            }
            // "deaths among Ukrainians": after a casualty word.
            if (k >= 2 && tokens[k - 1].Lower is "among" or "amongst" && lexicon.MetricTriggers.Match(tokens, k - 2) is not null
                && lexicon.Demonyms.TryGetValue(tokens[k].Text, out var people) && people.Side is { } among) return among;
        }
        return null;
    }

    private const int TollSideReach = 8;

    /// <summary>The side a capitalized adjective ending at tokens[k] names: a listed side, else a country's adjective as written.</summary>
    private string? SideAt(List<Token> tokens, int k)
    {
        for (var start = Math.Max(0, k - 1); start <= k; start++)
        {
            if (lexicon.Sides.Match(tokens, start) is { } named && start + named.Length == k + 1) return named.Value;
            if (lexicon.Places.Adjectives.Match(tokens, start) is { } adjective && start + adjective.Length == k + 1) return SourcePhrase.Join(tokens, start, k + 1);
        }
        return null;
    }

    /// <summary>The last side word before the figure ("Moscow's attacks ... since it sent tens of thousands of troops").</summary>
    private string? SideNamedBefore(List<Token> tokens, int before)
    {
        string? side = null;
        for (var k = 0; k < before; k++)
            if (lexicon.Sides.Match(tokens, k) is { } named) side = named.Value;
        return side;
    }

    /// <summary>Whether a side's or a country's adjective stands at tokens[k] and ends its group: "49 British,".</summary>
    private bool NationalityAlone(List<Token> tokens, int k)
    {
        var length = lexicon.Sides.Match(tokens, k) is { Length: var side } ? side : lexicon.Places.Adjectives.Match(tokens, k) is { Length: var country } ? country : 0;
        return length > 0 && EndsTheGroup(tokens, k + length, lexicon);
    }

    /// <summary>"one American with minor injuries", "One Australian is still missing": a people's adjective right after the figure, then a verb or a function word.</summary>
    private bool OnePersonOfANation(List<Token> tokens, int k)
    {
        var length = lexicon.Sides.Match(tokens, k) is { Length: var side } ? side : lexicon.Places.Adjectives.Match(tokens, k) is { Length: var country } ? country : 0;
        if (length == 0 || k + length >= tokens.Count) return false;
        var next = tokens[k + length];
        return next is { IsWord: true, IsCapitalized: false }
               && (Grammar.FunctionWords.Contains(next) || Grammar.BeForms.Contains(next) || Grammar.Auxiliaries.Contains(next) || next.Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a group's phrase ends at tokens[end]: the sentence ends, a stop or a comma stands there, or "and" and the next figure
    /// ("seven Portuguese and 12 others"; not "two Japanese and American leaders", nor "37 U.S.-based scientists").
    /// </summary>
    internal static bool EndsTheGroup(List<Token> tokens, int end, Lexicon lexicon) =>
        end >= tokens.Count || tokens[end].Kind == TokenKind.Punctuation && tokens[end].Text is not ("-" or "–" or "—")
        || lexicon.Grammar.Coordinators.Contains(tokens[end]) && end + 1 < tokens.Count
           && (tokens[end + 1].Kind == TokenKind.Number || lexicon.NumberWords.Match(tokens, end + 1) is not null);
}
