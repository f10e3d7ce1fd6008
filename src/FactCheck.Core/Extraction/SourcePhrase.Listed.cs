namespace FactCheck.Extraction;

/// <summary>The claimant lexicon's entries a source phrase names: whole, by a surname seen with its first name, or by one word.</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>A listed claimant inside the head, possessives included ("Ukraine's health ministry").</summary>
    private ClaimantEntry? Listed(SourceContext context, int start, int end)
    {
        ClaimantEntry? listed = null;
        foreach (var (index, entry) in context.Mentions)
            if (index >= start && index < end && !AnotherFirstName(lexicon, context.Tokens, index, entry)) listed = entry;
        if (listed is not null) return listed;
        for (var k = start; k < end; k++)
        {
            var text = context.Tokens[k].Text;
            if (text.EndsWith("'s", StringComparison.Ordinal) && SingleWordClaimant(text[..^2]) is { } possessor) return possessor;
        }
        return null;
    }

    /// <summary>"a report from the Office of State Budget": capitalized words after an organisation's head and its link end its name, no person's.</summary>
    private bool NameTail(List<Token> tokens, int first) =>
        first >= 2 && Grammar.NameLinks.Contains(tokens[first - 1]) && Words.OrganisationHeads.Contains(tokens[first - 2].Text);

    /// <summary>Where a listed person's name starts when its first name is written before the listed surname ("George Bush").</summary>
    private static int FirstNameAt(List<Token> tokens, int index, ClaimantEntry entry) =>
        index > 0 && FirstNameOf(entry, tokens[index - 1].Text) ? index - 1 : index;

    /// <summary>Whether a word opens one of a listed person's aliases ("George" of "George Bush").</summary>
    internal static bool FirstNameOf(ClaimantEntry entry, string word)
    {
        foreach (var alias in entry.Aliases)
            if (alias.Length > word.Length && alias[word.Length] == ' ' && alias.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"Holly Johnson" is not Boris Johnson: a listed surname after another capitalized name.</summary>
    internal static bool AnotherFirstName(Lexicon lexicon, List<Token> tokens, int index, ClaimantEntry entry) =>
        entry.Person && index > 0 && tokens[index - 1].IsCapitalized && !lexicon.Titles.Contains(tokens[index - 1].Text)
        && !FirstNameOf(entry, tokens[index - 1].Text);

    private ClaimantEntry? SingleWordClaimant(string word)
    {
        var tokens = _word ??= [];
        tokens.Clear();
        Tokenizer.TokenizeInto(tokens, word, 0, 0, word.Length, lexicon.Words);
        return tokens.Count == 1 && lexicon.ClaimantAliases.Match(tokens, 0) is { Length: 1 } alias ? alias.Value : null;
    }

    /// <summary>Whether a text is what <see cref="Join"/> makes of the tokens, without building it.</summary>
    private static bool IsWords(string text, List<Token> tokens, int start, int end)
    {
        var at = 0;
        for (var k = start; k < end; k++)
        {
            if (k > start && tokens[k].SpaceBefore && (at >= text.Length || text[at++] != ' ')) return false;
            var word = tokens[k].Text;
            if (!text.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) return false;
            at += word.Length;
        }
        return at == text.Length;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);
}
