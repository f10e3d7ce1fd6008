namespace FactCheck.Extraction;

/// <summary>Sources that own the measure a figure is the value of: "the ministry's count of 9,500", "the Haitian government's official toll is 316,000".</summary>
internal sealed partial class ClaimantResolver
{
    private const int MeasureModifiers = 3;

    /// <summary>
    /// The owner of the measure right before a figure, when a possessive names it: "far below the Haitian government's official figure of
    /// 316,000" is the government's, whoever reports the comparison; "the organisers' estimate of 500,000" the organisers'. The owner is a
    /// source noun with the words before it that say whose ("Haitian government"), or a listed person; null if none.
    /// </summary>
    public Attribution? MeasureOwner(List<Token> tokens, int figure) => Owner(tokens, figure, pointedTo: false);

    /// <summary>
    /// The source a possessive pronoun before the measure points back to, for a figure no reporting construction of its sentence
    /// governs: "That is up from its earlier toll of 77,700" after "Burma announced ...". Within a sentence that has its own source
    /// ("Khan said ... its cost estimate of more than $5 billion"), the pronoun's antecedent is more likely a word of that sentence.
    /// </summary>
    public Attribution? MeasureOwnerPointedTo(List<Token> tokens, int figure) => Owner(tokens, figure, pointedTo: true);

    /// <summary>
    /// "BBC report claims at least 82 dead, against official count of 37", "the police estimate of 240,000": a measure its modifiers say
    /// the authorities keep is theirs, for a figure no reporting construction of its sentence gives. The unnamed source is named as the
    /// lexicon lists it ("official" is "officials").
    /// </summary>
    public Attribution? KeptByAuthorities(List<Token> tokens, int figure)
    {
        var k = figure - 1;
        while (k >= 0 && Grammar.TollLinks.Contains(tokens[k])) k--;
        if (k < 1 || k == figure - 1 || !Grammar.MeasureNouns.Contains(tokens[k])) return null;
        for (var m = k - 1; m >= Math.Max(0, k - MeasureModifiers) && tokens[m] is { IsWord: true, IsCapitalized: false } && !Grammar.Articles.Contains(tokens[m]); m--)
        {
            var word = tokens[m].Lower;
            if (!_lexicon.Sources.GovernmentNouns.Contains(word)) continue;
            var source = _lexicon.UnnamedSources.Contains(word + "s") ? word + "s" : word;
            return new Attribution(source, null, null, m) { SourceStart = m, SourceEnd = m + 1 };
        }
        return null;
    }

    private Attribution? Owner(List<Token> tokens, int figure, bool pointedTo)
    {
        var k = figure - 1;
        while (k >= 0 && Grammar.TollLinks.Contains(tokens[k])) k--;
        if (k < 1 || k == figure - 1 || !(Grammar.MeasureNouns.Contains(tokens[k]) || _lexicon.Sources.StrippedWords.Contains(tokens[k].Lower)))
            return JoinedFigure(tokens, figure) is { } first ? Owner(tokens, first, pointedTo) : null;
        var owner = k - 1;
        var possessivePronouns = _lexicon.Sources.PossessivePronouns;
        while (owner > 0 && k - owner <= MeasureModifiers && tokens[owner] is { IsWord: true, IsCapitalized: false } && !IsPossessive(tokens[owner].Text)
               && !possessivePronouns.ContainsKey(tokens[owner].Lower)) owner--;
        // "his office's figure of 769 killed": the owner's own owner is a pronoun, and the figure is whose the pronoun points to, the speaker
        // of its sentence if any.
        if (owner > 0 && IsPossessive(tokens[owner].Text) && !tokens[owner].IsCapitalized && possessivePronouns.ContainsKey(tokens[owner - 1].Lower)) owner--;
        if (possessivePronouns.TryGetValue(tokens[owner].Lower, out var kind))
            return pointedTo && Resolve(kind, null, null) is { } earlier ? earlier with { TokenIndex = owner, SourceStart = owner, SourceEnd = owner + 1 } : null;
        if (pointedTo) return null;
        // "The official Saudi toll of 769 people killed": an official figure of a country is its government's.
        var modifiers = k;
        while (modifiers > 0 && k - modifiers < MeasureModifiers && tokens[modifiers - 1].IsWord && !IsPossessive(tokens[modifiers - 1].Text)
               && !Grammar.Articles.Contains(tokens[modifiers - 1])) modifiers--;
        if (modifiers < k && _phrases.OfficialCountry(tokens, modifiers, k) is { } government)
            return government with { SourceStart = modifiers, SourceEnd = k };
        // "the organisers' estimate": the apostrophe may stand alone after the plural.
        if (owner > 0 && tokens[owner].Text is "'" or "’" && !tokens[owner].SpaceBefore && tokens[owner - 1].Text.EndsWith('s')) owner--;
        else if (!IsPossessive(tokens[owner].Text)) return CompoundOwner(tokens, k);
        var head = IsPossessive(tokens[owner].Text) ? Possessor(tokens[owner].Text) : tokens[owner].Lower;
        var start = owner;
        while (start > 0 && tokens[start - 1] is { IsCapitalized: true, IsWord: true } before && !IsPossessive(before.Text) && !Grammar.Articles.Contains(before)) start--;
        // "the official Haitian government's toll is 316,000": a country's government speaks as the country.
        if (_phrases.OfficialCountry(tokens, start, owner + 1) is { } country) return country with { SourceStart = start, SourceEnd = owner + 1 };
        // A source noun owns its figures ("the Haitian government's", "the Health Ministry's"), and so does a listed person ("Trump's
        // tally"); a place's or a day's toll is where or when ("Ukraine's death toll", "Monday's count"), no one's word.
        var sourceNoun = _lexicon.Sources.Nouns.Contains(head.ToLowerInvariant());
        foreach (var (index, entry) in Mentions)
            if (index >= start && index <= owner && (sourceNoun || entry.Person)) return From(entry, index) with { SourceStart = start, SourceEnd = owner + 1 };
        // "while Eqecat's estimate is $1.8 billion to $3.4 billion": an estimate, a tally or a poll is its maker's, a name no place or day.
        if (!sourceNoun && !(_lexicon.Sources.StrippedWords.Contains(tokens[k].Lower) && MakersName(tokens, start, owner))) return null;
        var words = start == owner ? head : SourcePhrase.Join(tokens, start, owner) + " " + head;
        return new Attribution(words, null, null, start) { SourceStart = start, SourceEnd = owner + 1 };
    }

    /// <summary>
    /// "far more than a UN agency estimate of more than 670", "the government figure of 2,000": a source noun right before the measure
    /// noun owns it as a possessive would, with the names before it that say whose.
    /// </summary>
    private Attribution? CompoundOwner(List<Token> tokens, int measure)
    {
        var head = measure - 1;
        // "the official count of 37", "survivor estimates": the authorities' measures are theirs (KeptByAuthorities), and a person's
        // noun there says whose kind of estimate, not whose.
        if (head < 1 || tokens[head] is not { IsWord: true, IsCapitalized: false } noun || !_lexicon.Sources.Nouns.Contains(noun.Lower)
            || _lexicon.Sources.GovernmentNouns.Contains(noun.Lower) || _lexicon.Sources.PersonNouns.Contains(noun.Lower)) return null;
        var start = head;
        while (start > 0 && tokens[start - 1] is { IsCapitalized: true, IsWord: true } before && !IsPossessive(before.Text) && !Grammar.Articles.Contains(before)) start--;
        foreach (var (index, entry) in Mentions)
            if (index >= start && index <= head) return From(entry, index) with { SourceStart = start, SourceEnd = head + 1 };
        return new Attribution(SourcePhrase.Join(tokens, start, head + 1), null, null, start) { SourceStart = start, SourceEnd = head + 1 };
    }

    /// <summary>
    /// The figure a figure is joined to by "and" a few plain words before it ("769 people killed and 934 injured"), which shares its
    /// measure; null if none.
    /// </summary>
    private int? JoinedFigure(List<Token> tokens, int figure)
    {
        if (figure < 2 || !Grammar.Coordinators.Contains(tokens[figure - 1])) return null;
        for (var k = figure - 2; k >= Math.Max(0, figure - 2 - MeasureModifiers); k--)
        {
            if (tokens[k].Kind == TokenKind.Number) return k;
            if (!tokens[k].IsWord || Grammar.Coordinators.Contains(tokens[k])) return null;
        }
        return null;
    }

    /// <summary>A capitalized name that is no place, event, day or month: "Eqecat's", "Karen Clark's".</summary>
    private bool MakersName(List<Token> tokens, int start, int owner)
    {
        if (!tokens[owner].IsCapitalized) return false;
        // "Hurricane Helene's official death toll": an event's name says what the toll is of, as a place's does.
        for (var k = start; k <= owner; k++)
            if (_lexicon.Places.Aliases.Match(tokens, k) is not null || _lexicon.Places.Adjectives.Match(tokens, k) is not null || _lexicon.Events.Kinds.Match(tokens, k) is not null
                || _lexicon.Time.Weekdays.ContainsKey(Possessor(tokens[k].Text)) || _lexicon.Time.Months.ContainsKey(Possessor(tokens[k].Text)) || Grammar.OpensSentence(tokens[k].Text))
                return false;
        return true;
    }

    /// <summary>"ministry's", "government’s", "organisers'".</summary>
    internal static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal));

    /// <summary>The word a possessive is of: "ministry's" is "ministry", "organisers'" is "organisers".</summary>
    private static string Possessor(string word) => word.EndsWith('s') ? word[..^2] : word[..^1];
}
