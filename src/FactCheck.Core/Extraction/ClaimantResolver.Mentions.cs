using FuzzySharp;

namespace FactCheck.Extraction;

/// <summary>The listed claimants a sentence mentions: aliases as written, person names spelled a little differently, never a place a preposition takes.</summary>
internal sealed partial class ClaimantResolver
{
    // "in Ukraine", "to Moscow": a place, not a speaker.
    private bool IsPlace(List<Token> tokens, int i) =>
        i > 0 && Grammar.PlaceOrTargetPrepositions.Contains(tokens[i - 1]) && !(i > 1 && tokens[i - 2].Lower == "according")
        || i > 0 && _lexicon.Places.IsDirection(tokens[i - 1]);

    /// <summary>
    /// "the London ambulance service", "London hospitals", "the Moscow correspondent": a capital before a source noun that is no
    /// government's, modifiers aside, or before a title ("Brussels Mayor"), names the city's own body ("Moscow officials" and "Kiev
    /// police" are Russia's and Ukraine's).
    /// </summary>
    private bool NamesCityBody(List<Token> tokens, int i, int length)
    {
        // "Kiev": the capital by any of its names.
        if (length != 1 || _lexicon.Places.Aliases.Match(tokens, i) is not { Length: 1, Value: var city } || _lexicon.Places.CountryWithCapital(city.Name) is null) return false;
        // "Brussels Mayor Yvan Mayeur put the subway death toll at 20": a title after the capital names the city's own officer.
        if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && _lexicon.Titles.Contains(tokens[i + 1].Text)) return true;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 3) && tokens[k] is { IsWord: true, IsCapitalized: false } word && !Grammar.FunctionWords.Contains(word)
                            && !Grammar.Auxiliaries.Contains(word) && _lexicon.AttributionVerbs.Match(tokens, k) is null; k++)
            if (_lexicon.Sources.Nouns.Contains(word.Lower)) return !_lexicon.Sources.CapitalGovernmentNouns.Contains(word.Lower);
        return false;
    }

    /// <summary>
    /// "Senator Ron Johnson said", "said Holly Johnson, the state's refugee coordinator", or "Johnson said" after either: a listed person's
    /// surname, written alone as an alias, after a first name that is not the listed person's, or where the document has named someone else
    /// by it, is that other person's.
    /// </summary>
    private bool AnotherPersonsSurname(List<Token> tokens, int i, ClaimantEntry entry) =>
        entry.Person && (SourcePhrase.AnotherFirstName(_lexicon, tokens, i, entry)
                         || Names.TryGetValue(tokens[i].Text, out var full) && !entry.Aliases.Contains(full) && !SourcePhrase.FirstNameOf(entry, full[..Math.Max(0, full.IndexOf(' '))]));

    // One list for every sentence's mentions: they are read only while the sentence is.
    private readonly List<(int Index, ClaimantEntry Entry)> _mentions = [];

    private List<(int Index, ClaimantEntry Entry)> FindMentions(List<Token> tokens)
    {
        var mentions = _mentions;
        mentions.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var alias = _lexicon.ClaimantAliases.Match(tokens, i);
            // Nor is another person's surname a spelling of the listed one's.
            if (alias is { Length: 1, Value: var named } && AnotherPersonsSurname(tokens, i, named)) continue;
            if (alias is { } listed && !IsPlace(tokens, i) && !NamesCityBody(tokens, i, listed.Length))
            {
                mentions.Add((i, listed.Value));
                i += listed.Length - 1;
            }
            else if (tokens[i].IsCapitalized && tokens[i].Text.Length >= 6 && Fuzzy(tokens[i].Word) is { } entry)
            {
                mentions.Add((i, entry));
            }
        }
        return mentions;
    }

    /// <summary>Spelling variants of person names ("Zelenskky"), matched against single-word person aliases.</summary>
    private ClaimantEntry? Fuzzy(Word word)
    {
        if (word.FuzzyClaimant is { } known) return known as ClaimantEntry;
        var found = Fuzzy(word.Text);
        word.FuzzyClaimant = (object?)found ?? Word.NoClaimant;
        return found;
    }

    private ClaimantEntry? Fuzzy(string word) => _fuzzyCache.GetOrAdd(word, static (w, lexicon) =>
    {
        var bare = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
        return lexicon.Claimants.Where(c => c.Person)
            .SelectMany(c => c.Aliases.Where(a => !a.Contains(' ') && a.Length >= 6).Select(a => (c, score: Fuzz.Ratio(bare, a))))
            .Where(x => x.score >= FuzzyThreshold)
            .OrderByDescending(x => x.score).Select(x => x.c).FirstOrDefault();
    }, _lexicon);
}
