namespace FactCheck.Extraction;

/// <summary>Unnamed sources: a phrase headed by a source noun ("Russian officials", "the ministry", "medical charities").</summary>
internal sealed partial class SourcePhrase
{
    /// <summary>
    /// A phrase headed by a source noun: a country's when the noun is official and a country or side is
    /// named with it ("Russian officials"), a reference back when it is only "the ministry", else as written.
    /// </summary>
    private Attribution? Unnamed(SourceContext context, int start, int end, bool bare)
    {
        var tokens = context.Tokens;
        var head = tokens[end - 1].Lower;
        // "“Our rough estimates say more than 30 000 ...,” he said": a possessive pronoun's document names no one by itself; whom the
        // pronoun means speaks (in a quote, its speaker).
        if (Words.PossessivePronouns.ContainsKey(tokens[start].Lower)) return null;
        // "a Russian state news agency reported": a country's media speak for themselves, not for it.
        if (Words.OfficialNouns.Contains(head) && !OutletWordIn(tokens, start, end))
        {
            for (var k = start; k < end; k++)
                if (lexicon.Sides.Match(tokens, k) is { } side && CountryOf(side.Value) is { } country)
                    return ClaimantResolver.From(country, start);
        }
        // "Moroccan authorities", "the US intelligence community": a government noun anywhere in the phrase, with a country's adjective.
        if (OfficialCountry(tokens, start, end) is { } government) return government;
        // "the ministry said", "according to the report", "the senior official ... told reporters": a bare
        // definite noun, with at most a few plain modifiers, points back to a source of that noun read before.
        var definite = bare && start > 0 && tokens[start - 1].Lower == "the" && end - start <= 3 && AllLowerCase(tokens, start, end);
        if (definite && context.Resolve("noun", head, Modifier(tokens, start, end)) is { } earlier)
            return earlier;
        // "At the time, the force estimated that around 80 people had been killed" after "police have announced".
        if (definite && Words.ReferenceNouns.TryGetValue(head, out var meant) && context.Resolve("noun", meant, null) is { } referred)
            return referred;
        // "The commission reported that 32 cases of abductions ... have been documented", an organisation named, not yet heard.
        if (definite && OrganisationNamed(tokens, start, end) is { } organisation) return new Attribution(organisation, null, null, start);
        // "..., the same source said": whichever source spoke last.
        if (definite && end - start == 2 && tokens[start].Lower == "same" && context.Resolve("any", null, null) is { } last)
            return last;
        // "Russia moved 15 transport planes ..., according to the defence ministry": an official body no one
        // has named yet is that of the country the sentence opens with.
        if (definite && Words.OfficialNouns.Contains(head) && SentenceCountry(context, start) is { } actor)
            return ClaimantResolver.From(actor, start);
        // "Updated interior ministry figures showed", "according to an updated Interior ministry toll": a participle opening the phrase is
        // no part of the source's name.
        if (end - start > 2 && tokens[start].Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[start + 1].IsWord
            && (start == 0 ? !tokens[1].IsCapitalized : !tokens[start].IsCapitalized)) start++;
        // "according to official figures", "a new official report": a person noun before a document's is an adjective,
        // and the source is the document as written, not "official".
        var author = Words.WithoutStripped(tokens, start, end);
        // "government figures" are the government's; "preliminary figures", "a new poll" name no author before the document.
        // "The government's last estimate" is the government's too.
        var owner = author < end && author > start ? WithoutPossessive(tokens[author - 1].Lower) : null;
        if (owner is not null && (Words.PersonNouns.Contains(owner) || !Words.Nouns.Contains(owner))) author = end;
        var written = Join(tokens, start, author);
        return new Attribution(author < end && owner != tokens[author - 1].Lower ? written[..^2] : written, null, null, start);
    }

    /// <summary>
    /// "the head of the Red Crescent in Derna", "the mayor of Kyiv", "an adviser to Ukraine's military": one holder of a role, kept with
    /// where it is held, as written, so two mayors are two sources; "a spokeswoman for Human Rights Watch", "a spokesman for the Russian
    /// defence ministry": a spokesperson is the body spoken for. Null when no role link and named body or source noun follow the head.
    /// </summary>
    private Attribution? RoleHolder(SourceContext context, int start, int headEnd, int end)
    {
        var tokens = context.Tokens;
        var head = tokens[headEnd - 1].Lower;
        if (!Words.RoleNouns.Contains(head) || headEnd + 1 >= end || !Words.RoleLinks.Contains(tokens[headEnd].Lower)) return null;
        end = ComplementEnd(tokens, headEnd + 1, end);
        if (!NamesABody(tokens, headEnd + 1, end)) return null;
        // "a spokesman for one of the lawmakers" speaks for no body by name: kept as written.
        if (Words.SpeakingForNouns.Contains(head) && Interpret(context, headEnd + 1, end) is { Person: false } body && !IsPlace(body) && char.IsUpper(body.Claimant[0]))
            // "... he said" after it means the spokesperson.
            return body with { SourceStart = start, SourceEnd = end, TokenIndex = start, Noun = head, Modifiers = null };
        return new Attribution(Join(tokens, start, end), null, null, start) { SourceStart = start, SourceEnd = end, TokenIndex = start, Noun = head };
    }

    /// <summary>Whether tokens[start..end) name a body or a place: a capitalized word or a source noun, no number or pronoun first.</summary>
    private bool NamesABody(List<Token> tokens, int start, int end)
    {
        if (start >= end || tokens[start].Kind == TokenKind.Number || Words.Pronouns.ContainsKey(tokens[start].Lower)) return false;
        for (var k = start; k < end; k++)
            if (tokens[k] is { IsWord: true } word && (word.IsCapitalized || Words.Nouns.Contains(word.Lower))) return true;
        return false;
    }

    /// <summary>Where the body after a role link ends: "a spokesman for Prince later issued a statement" is Prince's, up to an adverb a source phrase skips or a reporting verb.</summary>
    private int ComplementEnd(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
            if (Words.Skipped.Contains(tokens[k].Lower) || Words.ReportingVerbs.Contains(tokens[k].Lower)) return k;
        return end;
    }

    private bool OutletWordIn(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (Words.OutletNouns.Contains(tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>A noun without its possessive ending ("government's" is "government").</summary>
    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>A country named among a sentence's first words, before the source at <paramref name="source"/>, or null.</summary>
    private static ClaimantEntry? SentenceCountry(SourceContext context, int source)
    {
        foreach (var (index, entry) in context.Mentions)
        {
            if (index >= source) break;
            if (!entry.Person && entry.Family is null && entry.Side is not null && index <= 4) return entry;
        }
        return null;
    }

    /// <summary>The word before a phrase's head noun ("defence" in "the defence ministry"), in lower case, or null.</summary>
    private string? Modifier(List<Token> tokens, int start, int end) =>
        end - start >= 2 && tokens[end - 2].IsWord && !tokens[end - 2].Text.EndsWith("'s", StringComparison.Ordinal) && !Grammar.Articles.Contains(tokens[end - 2])
            ? tokens[end - 2].Lower : null;

    /// <summary>
    /// The lower-case words before a phrase's head noun ("senior" in "a senior Pentagon official", "health" in
    /// "Ukraine's health ministry"), space-separated, for <see cref="Attribution.Modifiers"/>; null when none
    /// (most sources), so nothing is built for them.
    /// </summary>
    private string? HeadModifiers(List<Token> tokens, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end - 1; k++)
            if (IsModifier(tokens[k])) count++;
        if (count == 0) return null;
        if (count == 1)
            for (var k = start; k < end - 1; k++)
                if (IsModifier(tokens[k])) return tokens[k].Lower;
        var words = new System.Text.StringBuilder();
        for (var k = start; k < end - 1; k++)
            if (IsModifier(tokens[k])) words.Append(words.Length > 0 ? " " : "").Append(tokens[k].Lower);
        return words.ToString();
    }

    private bool IsModifier(Token token) => token.IsWord && !token.IsCapitalized && !Grammar.Articles.Contains(token);

    private static bool AllLowerCase(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
        return true;
    }

    /// <summary>
    /// "Chinese officials", "official Iranian figures", "the official Saudi toll", "the official Haitian government's toll": a country's
    /// adjective with a government noun among plain modifiers is that country's government, which speaks as the country ("South Korean
    /// media" do not); null for any other phrase.
    /// </summary>
    internal Attribution? OfficialCountry(List<Token> tokens, int start, int end)
    {
        PlaceEntry? country = null;
        var official = false;
        for (var k = start; k < end; k++)
        {
            if (lexicon.Places.Adjectives.Match(tokens, k) is { Value: var place, Length: var length })
            {
                if (country is not null || place.Kind != PlacePrecision.Country) return null;
                (country, k) = (place, k + length - 1);
            }
            // "Haiti gov't says 150 confirmed dead": a country's name before a government noun, as its adjective would be.
            else if (lexicon.Places.Aliases.Match(tokens, k) is { Value: { Kind: PlacePrecision.Country } named, Length: var nameLength } && k + nameLength < end
                     && Words.GovernmentNouns.Contains(tokens[k + nameLength].Lower))
            {
                if (country is not null) return null;
                (country, k) = (named, k + nameLength - 1);
            }
            else if (Words.GovernmentNouns.Contains(Places.WithoutPossessive(tokens[k].Lower))) official = true;
            else if (!tokens[k].IsWord || tokens[k].IsCapitalized && !Grammar.OpensSentence(tokens[k].Text)) return null;
        }
        if (!official || country is null) return null;
        return lexicon.Claimants.FirstOrDefault(c => !c.Person && c.Family is null && c.Name == country.Name) is { } listed
            ? ClaimantResolver.From(listed, start)
            : new Attribution(country.Name, null, null, start);
    }

    /// <summary>"office" in "The office of President Lenín Moreno": a head noun that names an organisation, in any case.</summary>
    private bool OrganisationHead(Token head)
    {
        foreach (var organisation in Words.OrganisationHeads)
            if (organisation.Equals(head.Text, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "the government of Bangladesh", "the authorities of Ukraine": a government noun of a listed country, the phrase's last words, is
    /// that country's, as "Bangladeshi officials" are (<see cref="OfficialCountry"/>). The source's words end at its noun: the country
    /// after it is still named in the sentence.
    /// </summary>
    private Attribution? OfficialOfCountry(List<Token> tokens, int start, int headEnd, int end)
    {
        if (headEnd < 1 || headEnd + 1 >= end || tokens[headEnd].Lower != "of" || !Words.GovernmentNouns.Contains(tokens[headEnd - 1].Lower)) return null;
        var k = headEnd + 1;
        if (k < end - 1 && Grammar.Articles.Contains(tokens[k])) k++;
        if (lexicon.Places.Aliases.Match(tokens, k) is not { Value: { Kind: PlacePrecision.Country } country } named || k + named.Length != end) return null;
        return (lexicon.Claimants.FirstOrDefault(c => !c.Person && c.Family is null && c.Name == country.Name) is { } listed
            ? ClaimantResolver.From(listed, start)
            : new Attribution(country.Name, null, null, start)) with { SourceStart = start, SourceEnd = headEnd };
    }

    /// <summary>The listed claimant that a side word speaks for: "Russian" is Russia.</summary>
    private ClaimantEntry? CountryOf(string side) =>
        lexicon.Claimants.FirstOrDefault(c => c.Family is null && !c.Person && c.Side == side);
}
