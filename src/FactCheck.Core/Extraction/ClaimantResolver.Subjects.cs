namespace FactCheck.Extraction;

/// <summary>Sentence subjects that a later pronoun may mean, whatever their verb: "he" a person, "it" a country or body.</summary>
internal sealed partial class ClaimantResolver
{
    // The last person named as a sentence's subject, and how many sources had been read then.
    private Attribution? _subject;
    private int _subjectAt;
    // The last country or listed body named as a sentence's subject, how many sources had been read then, and in which sentence.
    private Attribution? _subjectBody;
    private int _subjectBodyAt;
    private int _subjectBodySentence;
    private int _sentence;

    /// <summary>
    /// The body the sentence before this one had as its subject, for "it": further back, "it" is as likely the letter, the report or the
    /// plan that sentence spoke of ("Russia denies interfering in the election. ... The letter said ... It said").
    /// </summary>
    private Attribution? BodyJustBefore => _subjectBodySentence == _sentence - 1 ? _subjectBody : null;

    /// <summary>
    /// Where the subject starts after a fronted phrase set off by a comma ("Since taking office in January,
    /// Trump has moved", "On Friday, Lavrov said"): a comma within the first ten tokens; else 0.
    /// </summary>
    private static int AfterFrontedPhrase(List<Token> tokens)
    {
        if (tokens.Count < 4 || !tokens[0].IsWord) return 0;
        for (var k = 2; k < Math.Min(tokens.Count - 1, 10); k++)
            if (tokens[k].Text == ",") return k + 1;
        return 0;
    }

    /// <summary>
    /// "Vladyslav Seleznyov, a spokesman for the operation, denied ...": a person whose name opens a sentence
    /// as its subject is whom "he" in the next sentences means, whatever the verb (the subject is the likeliest
    /// antecedent): a listed person, or a full name of two or three words with a description set off after it.
    /// </summary>
    private Attribution? SubjectPerson(List<Token> tokens, List<(int Index, ClaimantEntry Entry)> mentions) =>
        SubjectAt(tokens, mentions, 0) ?? (AfterFrontedPhrase(tokens) is > 0 and var fronted ? SubjectAt(tokens, mentions, fronted) : null);

    private const int RoleWords = 8;

    private Attribution? SubjectAt(List<Token> tokens, List<(int Index, ClaimantEntry Entry)> mentions, int first)
    {
        // "Government spokesman Benjamin Griveaux, who was evacuated ...", "UN refugee agency (UNHCR) spokesman Andrej Mahecic
        // expressed ...": a role before the name, ending in a person noun.
        var roleBefore = false;
        for (var role = first; role + 1 < Math.Min(tokens.Count, first + RoleWords); role++)
        {
            if (tokens[role].Kind == TokenKind.Punctuation && tokens[role].Text is not ("(" or ")")) break;
            if (tokens[role].IsCapitalized || !_lexicon.Sources.PersonNouns.Contains(tokens[role].Lower)) continue;
            if (tokens[role + 1].IsCapitalized) (first, roleBefore) = (role + 1, true);
            break;
        }
        while (first < tokens.Count && _lexicon.Titles.Contains(tokens[first].Text)) first++;
        var end = first;
        while (end < tokens.Count && tokens[end].IsCapitalized && tokens[end].IsWord && !tokens[end].Text.Contains('.')) end++;
        if (end >= tokens.Count || end == first || end - first > 3) return null;
        foreach (var (index, entry) in mentions)
            if (index >= first && index < end) return entry.Person ? From(entry, first) : null;
        // "Since taking office in January, Trump has moved ...": a surname the document gave in full before.
        if (end - first == 1 && Names.TryGetValue(tokens[first].Text, out var full) && tokens[end].IsWord && !tokens[end].IsCapitalized)
            return new Attribution(full, null, null, first) { Person = true };
        if (end - first < 2) return null;
        // "Luisa Ortega's comments came after ...": a name's possessive before what it said is a person's, whom a later "she" means.
        var saying = !roleBefore && IsPossessive(tokens[end - 1].Text) && end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: false } said
                     && Grammar.StatementLeadIns.Contains(said) && said.Lower.EndsWith('s');
        // Unlisted, a name shows itself a person's by the role before it or the description set off after it ("Cyclone Gaja, which" is none).
        if (!roleBefore && !saying && (end + 1 >= tokens.Count || tokens[end].Text != "," || !(Grammar.Articles.Contains(tokens[end + 1]) || tokens[end + 1].Lower == "who"))) return null;
        for (var k = first; k < end; k++)
        {
            var text = tokens[k].Text;
            if (_lexicon.Sources.OrganisationHeads.Contains(text) || _lexicon.Titles.Contains(text) || text.EndsWith("'s", StringComparison.Ordinal) && !(saying && k == end - 1)
                || _lexicon.Places.Aliases.Match(tokens, k) is not null || _lexicon.Places.Adjectives.Match(tokens, k) is not null
                || _lexicon.Time.Weekdays.ContainsKey(text) || _lexicon.Time.Months.ContainsKey(text) || Grammar.OpensSentence(text)
                || _lexicon.Sources.Postmodifiers.Contains(tokens[k].Lower) || _lexicon.Sources.Breaks.Contains(tokens[k].Lower))
                return null;
        }
        return new Attribution(saying ? SourcePhrase.Join(tokens, first, end - 1) + " " + Possessor(tokens[end - 1].Text) : SourcePhrase.Join(tokens, first, end), null, null, first)
            { Person = true };
    }

    /// <summary>
    /// "Shi'ite power Iran, the Mideast rival of Sunni Saudi Arabia, has blamed the disaster on the kingdom ... It also accused Riyadh of a
    /// cover-up, saying the real death toll exceeds 4,700": a country or a listed body opening a sentence as its subject, after at most a few
    /// words that describe it, is what "it" in the next sentences means. Not one a preposition opens the sentence with ("In Iran, ...").
    /// </summary>
    private Attribution? SubjectBody(List<Token> tokens, List<(int Index, ClaimantEntry Entry)> mentions)
    {
        for (var k = 0; k < Math.Min(tokens.Count - 1, SubjectDescriptionWords + 1); k++)
        {
            if (!tokens[k].IsWord || Grammar.FunctionWords.Contains(tokens[k]) && !Grammar.Articles.Contains(tokens[k])) return null;
            string? body = null;
            var end = k;
            foreach (var (index, entry) in mentions)
                if (index == k && !entry.Person && _lexicon.ClaimantAliases.Match(tokens, k) is { Length: var length })
                    (body, end) = (entry.Family ?? entry.Name, k + length);
            if (body is null && _lexicon.Places.Aliases.Match(tokens, k) is { Value: { Kind: PlacePrecision.Country } country, Length: var placeLength })
                (body, end) = (country.Name, k + placeLength);
            if (body is null) continue;
            // The subject's verb ("has blamed", "denies"), or the description set off after it, comes next; "The U.S. step" is no subject.
            return end < tokens.Count && (tokens[end].Text == "," || Grammar.Auxiliaries.Contains(tokens[end]) || Grammar.BeForms.Contains(tokens[end])
                                          || Grammar.GovernmentVerbs.Contains(tokens[end]) || _lexicon.AttributionVerbs.Match(tokens, end) is not null)
                ? new Attribution(body, null, null, k)
                : null;
        }
        return null;
    }

    private const int SubjectDescriptionWords = 3;

    /// <summary>
    /// "Scotland Yard is unable to confirm exact figures at present, but said the numbers ran into hundreds of thousands": a verb joined by
    /// "and" or "but" to the sentence's first predicate shares its subject.
    /// </summary>
    private Attribution? SharedSubject(SourceContext context, int verb)
    {
        var tokens = context.Tokens;
        var joint = verb - 1;
        if (joint < 2 || !tokens[0].IsWord || !(Grammar.Coordinators.Contains(tokens[joint]) || Grammar.Contrastives.Contains(tokens[joint]))) return null;
        for (var k = 1; k < joint; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return null;
            if (Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k]) || _lexicon.AttributionVerbs.Match(tokens, k) is not null)
                // Only a subject that opens the sentence: "He said ..., and added" is no "and said" of a clause within.
                return _phrases.Before(context, k - 1) is { SourceStart: 0 } subject ? subject : null;
        }
        return null;
    }
}
