namespace FactCheck.Extraction;

/// <summary>
/// What source phrases remember of a document as it is read: full names by surname ("Trump said" after
/// "President Donald Trump"), titles set off before a name ("the interior minister"), organisations by
/// acronym ("CBO"), and social-media accounts by their owner ("@realDonaldTrump").
/// </summary>
internal sealed partial class SourcePhrase
{
    /// <summary>
    /// "BABAJIDE Sanwo-Olu, Governor of Lagos State, says": a lede's capitals are typography, not the name; a person's name
    /// is written as the rest of the story writes it ("Babajide Sanwo-Olu"). Initials and short capitals stay, and so does a
    /// name in capitals throughout ("CORPORATE TAX RATE:", a rubric).
    /// </summary>
    public static string PersonName(string name)
    {
        var words = name.Split(' ');
        if (!words.Any(w => w.Any(char.IsLower))) return name;
        var changed = false;
        for (var w = 0; w < words.Length; w++)
            if (words[w].Length > 3 && words[w].All(c => char.IsUpper(c) || c is '-' or '\'' or '’') && words[w].Any(char.IsLetter))
            {
                words[w] = words[w][0] + words[w][1..].ToLowerInvariant();
                changed = true;
            }
        return changed ? string.Join(' ', words) : name;
    }

    /// <summary>
    /// "the Congressional Budget Office (CBO)": the acronym stands for the name from then on; "a CBS News
    /// poll": a leading acronym stands for the organisation ("CBS said").
    /// </summary>
    private void RememberOrganisation(List<Token> tokens, int start, int end)
    {
        // "the U.S. Treasury Department on Monday": a day after a link is no part of the name.
        while (end + 2 < tokens.Count && Grammar.NameLinks.Contains(tokens[end]) && tokens[end + 1].IsCapitalized && !IsWeekday(tokens[end + 1])
               && !lexicon.Time.Months.ContainsKey(tokens[end + 1].Lower))
            for (end++; end < tokens.Count && tokens[end].IsCapitalized;) end++;
        while (start < end && tokens[start].Text is "The") start++;
        if (end - start < 2 || !HasOrganisationHead(tokens, start, end)) return;
        // "Senate Finance Committee Chairman Orrin Hatch": the organisation ends where a title after its head begins.
        var nameEnd = end;
        for (var k = start + 1; k < end; k++)
            if (lexicon.Titles.Contains(tokens[k].Text) && HasOrganisationHead(tokens, start, k)) { nameEnd = k; break; }
        LastOrganisation = Join(tokens, start, nameEnd);
        if (end + 2 < tokens.Count && tokens[end].Text == "(" && tokens[end + 2].Text == ")" && IsAcronym(tokens[end + 1].Text))
            names[tokens[end + 1].Text] = Join(tokens, start, end);
        if (IsAcronym(tokens[start].Text) && !names.ContainsKey(tokens[start].Text)) names[tokens[start].Text] = Join(tokens, start, end);
    }

    /// <summary>The organisation the document named in full last, for "the commission" when no source of that noun has spoken yet.</summary>
    internal string? LastOrganisation { get; set; }

    /// <summary>
    /// "The commission reported" after "The Kenya National Commission on Human Rights (KNCHR) released a statement", "The human rights
    /// organisation reported": the organisation named last, when its name holds the phrase's words (its head aside when that is a word
    /// organisations are named by: "organisation", "group").
    /// </summary>
    private string? OrganisationNamed(List<Token> tokens, int start, int end)
    {
        // Only the last one named: "the group" after "the Tax Policy Center, a nonprofit Washington think tank" is not a group named before it.
        if (LastOrganisation is not { } name) return null;
        // "the commission": the name holds the noun; "the human rights organisation": it holds the words before a noun organisations go by.
        for (var k = start; k < end; k++)
            if (!ClaimantResolver.HoldsWord(name, tokens[k].Text) && !(k == end - 1 && k > start && tokens[k].Text.Length > 1 && Words.OrganisationHeads.Contains(char.ToUpperInvariant(tokens[k].Text[0]) + tokens[k].Text[1..])))
                return null;
        return name;
    }

    private bool HasOrganisationHead(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (Words.OrganisationHeads.Contains(tokens[k].Text)) return true;
        return false;
    }

    private bool NotOfName(string word) =>
        lexicon.Titles.Contains(word) || Words.Breaks.Contains(word) || Words.Skipped.Contains(word) || Grammar.OpensSentence(word)
        || lexicon.Time.Weekdays.ContainsKey(word) || lexicon.Time.Months.ContainsKey(word);

    private bool IsListedPlace(List<Token> tokens, int start, int end) =>
        lexicon.Places.Aliases.Match(tokens, start) is { } place && place.Length == end - start;

    /// <summary>
    /// "Ukraine's interior minister, Arsen Avakov,": a title set off before a name is that person's, so "the
    /// interior minister said" elsewhere in the document is Arsen Avakov. Kept by the title in lower case,
    /// which no surname is.
    /// </summary>
    private void RememberTitle(List<Token> tokens, int name, int end)
    {
        if (name < 2 || tokens[name - 1].Text != "," || end >= tokens.Count || tokens[end].Text != "," || !Words.Nouns.Contains(tokens[name - 2].Lower)) return;
        var first = name - 2;
        while (first > 0 && name - 1 - first < 3 && tokens[first - 1].IsWord && !tokens[first - 1].IsCapitalized
               && !Grammar.Articles.Contains(tokens[first - 1]) && !Grammar.Possessives.Contains(tokens[first - 1])) first--;
        if (tokens[first].IsCapitalized) return;
        names[Join(tokens, first, name - 1).ToLowerInvariant()] = Join(tokens, name, end);
    }

    /// <summary>
    /// "Odisha Chief Secretary Pradeep Jena": the titles right before a name are that person's, so "The Chief
    /// Secretary also said" is Pradeep Jena; kept in lower case, as a title set off is.
    /// </summary>
    private void RememberLeadingTitle(List<Token> tokens, int name, int end)
    {
        var first = name;
        while (first > 0 && name - first < 3 && lexicon.Titles.Contains(tokens[first - 1].Text)) first--;
        // The first person a title is given to keeps it: "former President George W. Bush" later is not "the president".
        if (first < name) names.TryAdd(Join(tokens, first, name).ToLowerInvariant(), Join(tokens, name, end));
    }

    /// <summary>
    /// Whether a capitalized run reads as a person's name, not a headline's words or an organisation's: no reporting verb
    /// ("Nuland Claims 400-500 Russian Soldiers Killed"), no source noun ("Officials Expect List"), no listed claimant.
    /// </summary>
    private bool PersonLike(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (lexicon.AttributionVerbs.Match(tokens, k) is not null || Words.Nouns.Contains(tokens[k].Lower) || Words.OrganisationHeads.Contains(tokens[k].Text)
                || lexicon.ClaimantAliases.Match(tokens, k) is not null)
                return false;
        return true;
    }

    /// <summary>Whether a longer name ends with the tokens' words: "Daniella Levine Cava" with "Levine Cava".</summary>
    /// <remarks>Compared word by word from the end, without building the tokens' text: this runs for most names read.</remarks>
    private static bool EndsWithWords(string name, List<Token> tokens, int start, int end)
    {
        var at = name.Length;
        for (var k = end - 1; k >= start; k--)
        {
            var word = tokens[k].Text;
            if (at < word.Length || !name.AsSpan(at - word.Length, word.Length).SequenceEqual(word)) return false;
            at -= word.Length;
            if (k > start && tokens[k].SpaceBefore && (at == 0 || name[--at] != ' ')) return false;
        }
        return at >= 2 && name[at - 1] == ' ';
    }

    /// <summary>A social-media handle at tokens[k] ("@realDonaldTrump"), or null.</summary>
    public static string? Handle(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Text == "@" && tokens[k + 1].IsWord && !tokens[k + 1].SpaceBefore ? "@" + tokens[k + 1].Text : null;

    /// <summary>Registers the full names in a sentence by surname: capitalized runs of two or more words once titles are dropped.</summary>
    public void RememberNames(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized) continue;
            var end = i;
            while (end < tokens.Count && tokens[end].IsCapitalized) end++;
            // A single capitalized word is neither a full name nor an organisation's (most runs are one word).
            if (end - i < 2)
            {
                i = end;
                continue;
            }
            // The name is what follows the run's last organisation word, abbreviation or possessive, and
            // its leading titles and weekdays: "Interior Minister Arsen Avakov" → Arsen Avakov.
            var first = i;
            for (var k = i; k < end; k++)
            {
                var text = tokens[k].Text;
                if (Words.OrganisationHeads.Contains(text) || text.Contains('.') || text.EndsWith("'s", StringComparison.Ordinal)) first = k + 1;
            }
            // "U.S. District Judge Amy Berman Jackson": the name follows the last title.
            for (var k = end - 2; k > first; k--)
                if (lexicon.Titles.Contains(tokens[k].Text)) { first = k + 1; break; }
            while (first < end && NotOfName(tokens[first].Text)) first++;
            // "... European and Eurasian Affairs Victoria Nuland": a long run ends with the name; so does one
            // finishing a title ("Secretary of State Rex Tillerson").
            if (end - first > 3 || end - first == 3 && first == i && i >= 2 && Grammar.NameLinks.Contains(tokens[i - 1]) && lexicon.Titles.Contains(tokens[i - 2].Text))
                first = end - 2;
            if (end - first is >= 2 and <= 3 && !IsListedPlace(tokens, first, end))
            {
                // "U.S. President Donald Trump, @realDonaldTrump": the account is the person's.
                if (Handle(tokens, end + 1) is { } handle && tokens[end].Text is "," or "(") names[handle] = Join(tokens, first, end);
                // "Levine Cava" after "Daniella Levine Cava" is the same person, named shorter.
                if (!(names.TryGetValue(tokens[end - 1].Text, out var known) && (IsWords(known, tokens, first, end) || EndsWithWords(known, tokens, first, end))))
                    names[tokens[end - 1].Text] = Join(tokens, first, end);
                // "Nam said" after "Nam Gu-jun", "Maria said" after "Maria Lopez": the first word of a name, kept apart from surnames.
                // The string kept by surname, shared: no second copy of the name is built.
                if (!firstWords.ContainsKey(tokens[first].Text) && PersonLike(tokens, first, end)) firstWords[tokens[first].Text] = names[tokens[end - 1].Text];
                RememberTitle(tokens, first, end);
                RememberLeadingTitle(tokens, first, end);
            }
            RememberOrganisation(tokens, i, end);
            i = end;
        }
    }
}
