using System.Collections.Concurrent;

namespace FactCheck.Extraction;

/// <summary>
/// Finds who asserts the figures of a sentence, as the source of a reporting construction: "X said",
/// "said X" after a quote or comma, "according to X", "X put the toll at", "Y quoted X as saying".
/// The source's words are read by <see cref="SourcePhrase"/>. Pronouns and definite references
/// ("he said", "the ministry said") point back to the sources already read; surnames to the full
/// names already seen. One instance per document (or live-blog entry): it remembers them.
/// </summary>
internal sealed partial class ClaimantResolver
{
    private const int FuzzyThreshold = 88;
    // "put the number of protesters who took to the streets on Saturday at 50,000"
    // "The interior ministry put the total number of protesters marching against President Emmanuel Macron's plan to extend the
    // retirement age at 1.2 million": the object between a cued verb and its cue can be long.
    internal const int CueReach = 24;

    private readonly Lexicon _lexicon;
    private readonly ConcurrentDictionary<string, ClaimantEntry?> _fuzzyCache;
    private readonly SourcePhrase _phrases;
    private readonly List<Attribution> _history = [];
    // Reused for every sentence: a sentence's attributions are copied out, its context is read only while it is analyzed.
    private readonly List<Attribution> _attributions = [];
    // The sentence whose sources are being read, the ones read so far in _attributions; null between sentences.
    private (List<Token> Tokens, bool QuotedAtStart)? _reading;
    private readonly SourceContext _context;
    // Sources that spoke "in a report", kept under the document's noun once the sentence is read.
    private readonly List<Attribution> _published = [];

    public ClaimantResolver(Lexicon lexicon, ConcurrentDictionary<string, ClaimantEntry?> fuzzyCache)
    {
        _lexicon = lexicon;
        _fuzzyCache = fuzzyCache;
        _phrases = new SourcePhrase(lexicon, Names, FirstWords);
        _resolve = Resolve;
        _context = new SourceContext(_resolve);
    }

    private readonly Func<string, string?, string?, Attribution?> _resolve;

    /// <summary>A count in digits or in words at tokens[k].</summary>
    private bool IsCount(List<Token> tokens, int k) => tokens[k].Kind == TokenKind.Number || _lexicon.NumberWords.Match(tokens, k) is { Length: 1 };

    /// <summary>Full names seen so far, by surname: "Trump said" after "President Donald Trump" is Donald Trump.</summary>
    internal Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Full names seen so far, by their first word: "Nam said" after "Nam Gu-jun", a family name written first.</summary>
    internal Dictionary<string, string> FirstWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Forget what was read, at the start of a new live-blog entry.</summary>
    public void Reset()
    {
        _history.Clear();
        (_subject, _subjectBody) = (null, null);
        Names.Clear();
        FirstWords.Clear();
        _phrases.LastOrganisation = null;
        LastPerson = null;
    }

    /// <summary>Registers the full names of a sentence that is not otherwise read.</summary>
    public void LearnNames(List<Token> tokens) => _phrases.RememberNames(tokens);

    /// <summary>The last listed person named anywhere so far, for "he launched ..." after a quote with no speech verb.</summary>
    public ClaimantEntry? LastPerson { get; private set; }

    /// <summary>Listed claimants named in the sentence, for sides of possessives such as "its soldiers".</summary>
    public IReadOnlyList<(int Index, ClaimantEntry Entry)> Mentions { get; private set; } = [];

    /// <summary>Every attribution in the sentence, in token order; remembers sources and names for later sentences.</summary>
    /// <param name="quotedAtStart">Whether a quotation opened in an earlier sentence is still open: sources named inside
    /// a quotation are the speaker's words, and "he said" after it means the speaker, not them.</param>
    public Attribution[] Analyze(List<Token> tokens, bool quotedAtStart = false)
    {
        _sentence++;
        var mentions = FindMentions(tokens);
        Mentions = mentions;
        if (mentions.LastOrDefault(m => m.Entry.Person) is { Entry: not null } person) LastPerson = person.Entry;
        _phrases.RememberNames(tokens);
        var context = _context;
        (context.Tokens, context.Mentions) = (tokens, mentions);
        var attributions = _attributions;
        attributions.Clear();
        _reading = (tokens, quotedAtStart);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "led by six percentage points in a CBS News poll": the author of the document the figure is in.
            if (tokens[i].Lower == "in" && InNamedDocument(tokens, i) && _phrases.After(context, i + 1) is { } author)
            {
                attributions.Add(author with { TokenIndex = i });
                continue;
            }
            // "@realDonaldTrump : - Democrats refusal to give even one vote ...": what an account posted.
            if (SourcePhrase.Handle(tokens, i) is { } handle && i + 2 < tokens.Count && tokens[i + 2].Text == ":")
            {
                var posted = Names.TryGetValue(handle, out var owner) ? new Attribution(owner, null, null, i) { Person = true } : new Attribution(handle, null, null, i);
                attributions.Add(posted with { SourceStart = i, SourceEnd = i + 2, Posting = true });
                i += 2;
                continue;
            }
            // Most tokens start no attribution: one lookup rules them out before the phrase lookups.
            if (!tokens[i].Word.MayStart(_lexicon.AttributionStarts)) continue;
            if (_lexicon.AttributionPrefixes.Match(tokens, i) is { } prefix)
            {
                if (_phrases.After(context, i + prefix.Length) is { } source) attributions.Add(source with { TokenIndex = i });
                i += prefix.Length - 1;
                // "According to reports, 300 people are missing": the prefix's object is a noun phrase, its "reports" no verb. "170,000 people
                // according to police and up to one million according to the organizers": it ends at a coordinator.
                while (i + 1 < tokens.Count && tokens[i + 1].IsWord && !Grammar.Coordinators.Contains(tokens[i + 1])) i++;
                continue;
            }
            if (_lexicon.AttributionVerbs.Match(tokens, i) is not { } verb || !(Cued(tokens, i) || AfterMeasureBy(tokens, i, verb.Length) && NoLaterReportingVerb(tokens, i))
                || _lexicon.Sources.NotReporting.Match(tokens, i) is not null) continue;
            // "The sister of the Uzbek immigrant accused of killing eight people ... said": a participle telling what someone is accused of reports nothing.
            if (Grammar.OpensAllegation(tokens, i)) continue;
            // "Instead of claiming the standard deduction": a gerund after "of" names an act, no one's report.
            if (i > 0 && tokens[i - 1].Lower == "of" && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal)) continue;
            // "up from initial estimates of $13 billion", "reports of gunfire": a plural noun before "of", no verb. "caused an estimated $16.7
            // billion", "the reported death toll": after an article, an adjective.
            // "Western Kentucky’s confirmed death toll": after a possessive, before a noun, an adjective too.
            if (verb.Length == 1 && tokens[i].Lower.EndsWith('s') && i + 1 < tokens.Count && tokens[i + 1].Lower == "of"
                || i > 0 && (Grammar.Articles.Contains(tokens[i - 1])
                             || IsPossessive(tokens[i - 1].Text) && i + verb.Length < tokens.Count && tokens[i + verb.Length] is { IsWord: true, IsCapitalized: false }
                             // "Eight confirmed fatalities and we had scores of individuals that were injured": after a count, before its noun.
                             || IsCount(tokens, i - 1) && i + verb.Length < tokens.Count && tokens[i + verb.Length] is { IsWord: true, IsCapitalized: false } counted
                                && _lexicon.MetricTriggers.Match(tokens, i + verb.Length) is not null && !counted.Lower.EndsWith("ed", StringComparison.Ordinal))) continue;
            // "The official confirmed death toll of the Tempi rail crash has risen to 57": between an article's adjective and a measure, an
            // adjective too ("The official confirmed the toll" reports).
            if (i >= 2 && Grammar.Articles.Contains(tokens[i - 2]) && tokens[i - 1] is { IsWord: true, IsCapitalized: false } && tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal)
                && MeasureFollows(tokens, i + verb.Length)) continue;
            // "On Monday, police denied reports that hundreds of people were still missing": a plural noun a past verb takes, no verb.
            if (verb.Length == 1 && tokens[i].Lower.EndsWith('s') && i > 0 && tokens[i - 1] is { IsWord: true, IsCapitalized: false } taking
                && taking.Lower.EndsWith("ed", StringComparison.Ordinal)) continue;
            // "Preliminary reports were that the fire claimed at least 36 lives": a plural noun before its verb, no verb itself.
            if (i + verb.Length < tokens.Count && tokens[i].Lower.EndsWith('s') && Grammar.BeForms.Contains(tokens[i + verb.Length])) continue;
            // "Early reports said", "Horrifying reports revealed": a source noun before the verb, not the verb itself.
            // "Government estimates show": the noun's own verb reports, a document's verb after it does not.
            if (_lexicon.Sources.Nouns.Contains(tokens[i].Lower) && _lexicon.AttributionVerbs.Match(tokens, i + verb.Length) is not null
                && !_lexicon.Sources.DocumentVerbs.Contains(tokens[i + verb.Length].Lower)) continue;
            // "There are now 58 deaths attributed to Hurricane Ian": what a figure is put down to is its cause, not its source.
            if (_lexicon.Sources.StatingVerbs.Contains(tokens[i].Lower) && i + verb.Length < tokens.Count && tokens[i + verb.Length].Lower == "to") continue;
            var documentVerb = _lexicon.Sources.DocumentVerbs.Contains(tokens[i].Lower);
            // "videos ... claiming to show testimonies": an infinitive reports nothing.
            if (documentVerb && i > 0 && tokens[i - 1].Lower == "to") continue;
            if (Source(context, i, verb.Length) is not { } found || Fragment(found) || MeasuredOpening(found, tokens)) continue;
            // "Updated interior ministry figures on Saturday showed the quake killed 820 people": a document's verb reports
            // only after a document that names its author ("a video showed", "data showed" say nothing of who gave a figure).
            if (documentVerb)
            {
                if (!(found.Noun is { } noun && _lexicon.Sources.StrippedWords.Contains(noun)) || !NamesAnAuthor(found)) continue;
                found = found with { SaysNoQuote = true };
            }
            else if (_lexicon.Sources.StatingVerbs.Contains(tokens[i].Lower)) found = found with { SaysNoQuote = true };
            // "An Associated Press reporter saw three bodies on the street": a witness's verb reports what the witness saw.
            else if (_lexicon.Sources.WitnessVerbs.Contains(tokens[i].Lower))
            {
                if (found.Noun is not { } witness || !_lexicon.Sources.WitnessNouns.Contains(witness)) continue;
                found = found with { SaysNoQuote = true, Sighting = true };
            }
            // Every source phrase is read into a new attribution: it takes its cue in place, no copy.
            found.TokenIndex = i;
            attributions.Add(found);
            if (DocumentAfter(tokens, i + verb.Length) is { } document && found.SourceStart >= 0) _published.Add(found with { Noun = document });
        }
        _reading = null;
        if (Headline(tokens, context, attributions.Count > 0) is { } headline && !Fragment(headline)) attributions.Add(headline);
        if (SubjectPerson(tokens, mentions) is { } subject && !Fragment(subject)) (_subject, _subjectAt) = (subject, _history.Count);
        else if (SubjectBody(tokens, mentions) is { } body) (_subjectBody, _subjectBodyAt, _subjectBodySentence) = (body, _history.Count, _sentence);
        foreach (var attribution in attributions)
            if (attribution.SourceStart >= 0 && !(attribution.Person && Quoted(tokens, attribution.SourceStart, quotedAtStart))) _history.Add(attribution);
        _history.AddRange(_published);
        _published.Clear();
        // Most sentences have no source: they share one empty list instead of each allocating one.
        return attributions.Count == 0 ? [] : attributions.ToArray();
    }

    /// <summary>"There are reports that ...", "Before announcing the latest decisions, De Croo gave an update": a function word opening the
    /// sentence is no source, however it is capitalized; an acronym spelled like one ("WHO", "US") is.</summary>
    private bool Fragment(Attribution attribution) =>
        attribution.Claimant is { Length: > 1 } word && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAnyExcept(LowerLetters)
        && Grammar.FunctionWords.Contains(word.ToLowerInvariant());

    /// <summary>
    /// "Damage estimates ranged from $15 billion to more than $100 billion": one word capitalized only because it opens the sentence,
    /// which names what was measured, is no one who estimates.
    /// </summary>
    private bool MeasuredOpening(Attribution attribution, List<Token> tokens) =>
        attribution.SourceStart == 0 && attribution.Body is null && !attribution.Claimant.Contains(' ') && tokens.Count > 1
        && _lexicon.MetricTriggers.Match(tokens, 0) is { Length: 1 };

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether tokens[index] is inside a quotation, given whether one was open when the sentence began.</summary>
    private static bool Quoted(List<Token> tokens, int index, bool open) => OpenQuote.OpenAfter(tokens, 0, index, open);

    /// <summary>The source of the verb at <paramref name="verb"/>: before it, or after it when the verb inverts.</summary>
    private Attribution? Source(SourceContext context, int verb, int length)
    {
        var tokens = context.Tokens;
        // "Interfax quoted separatist sources as saying": the source is the one quoted.
        if (tokens[verb].Lower == "quoted" && verb > 0 && !Grammar.BeForms.Contains(tokens[verb - 1]) && !(verb + 1 < tokens.Count && tokens[verb + 1].Lower == "by"))
            return _phrases.After(context, verb + 1);
        // "Amnesty International cites police as saying 1,600 officers have been injured": so is the one cited as saying it.
        if (tokens[verb].Lower is "cites" or "cited" or "citing" && AsSayingAfter(tokens, verb + 1)) return _phrases.After(context, verb + 1);
        // "..., said Holly Johnson, the state's coordinator": a source right after an inverted verb wins.
        if (InvertedAt(tokens, verb) && _phrases.After(context, verb + length) is { } after) return after;
        // "The toll rose to 62, as announced by the Prefecture of Crotone", "as reported by Reuters": the agent after "as", a participle and "by".
        if (verb > 0 && tokens[verb - 1].Lower == "as" && verb + length + 1 < tokens.Count && tokens[verb + length].Lower == "by")
            return _phrases.After(context, verb + length + 1);
        // "As previously reported, President Joko Widodo said ...", "as reported earlier": "as" and the verb with no agent name no source.
        if (AsWithNoAgent(tokens, verb)) return null;
        // "The death toll of 312 reported by state media", "a 57,000 total given by Prime Minister Shaukat Aziz": a participle right
        // after a figure or its measure, with "by" after it, is a passive with no "be": its agent gave the figure.
        if (AfterMeasureBy(tokens, verb, length)) return _phrases.After(context, AgentBy(tokens, verb + length)!.Value + 1, beforePredicate: true);
        // "58 deaths attributed to Hurricane Ian confirmed by the MEC": a participle with "by", a few words after a figure with no verb
        // between, is a passive whose agent gives the figure, not the name before it ("a war on drugs declared by Duterte" is no figure's).
        if (verb + length + 1 < tokens.Count && tokens[verb + length].Lower == "by" && tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal)
            && FigureWithNoVerbBefore(tokens, verb))
            return _phrases.After(context, verb + length + 1);
        // "Most of the deaths were reported in Nova Friburgo": what a passive verb reports is its subject, not its
        // source, which only an agent names ("was reported by the Economic Times").
        if (Passive(tokens, verb) && tokens[verb].Lower != "quoted")
        {
            // "Damage was estimated at $2 billion by the state government": past the figure the cue takes, up to the clause's end.
            var reach = Cue(tokens, verb + length) ? PassiveAgentReach : 3;
            for (var k = verb + length; k < Math.Min(tokens.Count - 1, verb + length + reach) && tokens[k].Text is not ("," or ";"); k++)
                if (tokens[k].Lower == "by") return _phrases.After(context, k + 1);
            // "It was initially reported that 368 people have been rescued": reported, by no one named. "Most of the
            // deaths were reported in ..." reports nothing itself: a source later in the sentence may still give it.
            return verb + length < tokens.Count && tokens[verb + length].Lower == "that" ? new Attribution(Claim.Unattributed, null, null, verb) : null;
        }
        return _phrases.Before(context, verb - 1) ?? SharedSubject(context, verb);
    }

    /// <summary>
    /// "as" opening a clause right before the verb, or with only adverbs between ("As previously reported, ...", ", as widely reported,");
    /// not "the ministry paraphrased Xi as telling Trump", where "as" follows what it describes.
    /// </summary>
    private static bool AsWithNoAgent(List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tokens[k] is { IsWord: true } adverb && adverb.Lower.Length > 4 && adverb.Lower.EndsWith("ly", StringComparison.Ordinal)) k--;
        return k >= 0 && tokens[k].Lower == "as" && (k == 0 || !tokens[k - 1].IsWord);
    }

    private const int PassiveAgentReach = 8;

    /// <summary>Whether a figure stands at most six words before <paramref name="verb"/>, with no "be", auxiliary or punctuation between.</summary>
    private bool FigureWithNoVerbBefore(List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 6); k--)
        {
            if (IsCount(tokens, k)) return true;
            if (!tokens[k].IsWord || Grammar.BeForms.Contains(tokens[k]) || Grammar.Auxiliaries.Contains(tokens[k])) return false;
        }
        return false;
    }

    /// <summary>
    /// A verb right after a figure or a noun of what is counted, "by" right after it: "312 reported by", "total given by", "A crowd
    /// estimated by police at approximately one million". A level's verb is never passive: "the agency stood by its toll".
    /// </summary>
    private bool AfterMeasureBy(List<Token> tokens, int verb, int length) =>
        verb > 0 && AgentBy(tokens, verb + length) is not null && !Grammar.LevelVerbs.Contains(tokens[verb])
        && (tokens[verb - 1].Kind == TokenKind.Number || IsMeasure(tokens[verb - 1])
            || tokens[verb - 1] is { IsWord: true, IsCapitalized: false } noun && !noun.Lower.EndsWith("ed", StringComparison.Ordinal) && _lexicon.MetricTriggers.Match(tokens, verb - 1) is { Length: 1 }
            || NamedAfterMeasure(tokens, verb));

    /// <summary>
    /// "the latest list provided by the Snohomish County Sheriff's Office", "a 57,000 total given by Prime Minister Shaukat Aziz": a cued
    /// participle after a measure, with its agent, gives the measure's figures; not when the sentence goes on to a reporting verb of its
    /// own ("In updated figures released by the authorities on Thursday, Myanmar said ...").
    /// </summary>
    private bool NoLaterReportingVerb(List<Token> tokens, int verb)
    {
        for (var k = verb + 1; k < tokens.Count; k++)
            if (!_lexicon.Sources.CuedVerbs.ContainsKey(tokens[k].Lower) && _lexicon.AttributionVerbs.Match(tokens, k) is not null) return false;
        return true;
    }

    /// <summary>The "by" of a passive's agent at tokens[k] or after the day it acted ("released on Tuesday by"), or null.</summary>
    private int? AgentBy(List<Token> tokens, int k) => _lexicon.Time.AfterTheDay(tokens, k, "by", Grammar.PointPrepositions, Grammar.MonthLeadIns);

    private bool IsMeasure(Token token) => Grammar.MeasureNouns.Contains(token) || _lexicon.Sources.StrippedWords.Contains(token.Lower);

    /// <summary>"the most recent direct damage estimate from Harvey estimated by Moody's Analytics": a name a measure's preposition takes, right before the participle.</summary>
    private bool NamedAfterMeasure(List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k > 1 && verb - k <= 3 && tokens[k] is { IsWord: true, IsCapitalized: true }) k--;
        return k < verb - 1 && k >= 1 && Grammar.FunctionWords.Contains(tokens[k]) && IsMeasure(tokens[k - 1]);
    }

    /// <summary>"at" or "to" right after a passive verb: "estimated at $2 billion", "revised to 125" give a figure before any agent.</summary>
    internal static bool Cue(List<Token> tokens, int k) => k < tokens.Count && tokens[k].Lower is "at" or "to";

    /// <summary>A past participle after a form of "be": "were reported", "has been confirmed", "is estimated".</summary>
    private bool Passive(List<Token> tokens, int verb)
    {
        if (!tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        var k = verb - 1;
        while (k >= 0 && !IsBe(tokens[k]) && _lexicon.Sources.Skipped.Contains(tokens[k].Lower)) k--;
        return k >= 0 && IsBe(tokens[k]);
    }

    private bool IsBe(Token token) => Grammar.BeForms.Contains(token);

    private Grammar Grammar => _lexicon.Grammar;

    /// <summary>"toll", "death toll", "casualty figures": a measure noun at tokens[k], or after a word of what happened.</summary>
    private bool MeasureFollows(List<Token> tokens, int k) =>
        k < tokens.Count && (Grammar.MeasureNouns.Contains(tokens[k])
                             || k + 1 < tokens.Count && _lexicon.MetricTriggers.Match(tokens, k) is not null && Grammar.MeasureNouns.Contains(tokens[k + 1]));

    /// <summary>
    /// A cued verb reports only with its cue soon after: "put the crowd at 55,000", "gave a toll of 12"; some
    /// report nothing with certain words soon after: "the fire that tore through Maui claimed at least 36 lives".
    /// </summary>
    private bool Cued(List<Token> tokens, int verb)
    {
        if (_lexicon.Sources.ReportsNothingAt(tokens, verb, CueReach)) return false;
        if (!_lexicon.Sources.CuedVerbs.TryGetValue(tokens[verb].Lower, out var cues)) return true;
        var pairs = _lexicon.Sources.TwoWordCues[tokens[verb].Lower];
        for (var k = verb + 1; k < Math.Min(tokens.Count, verb + CueReach); k++)
            if (cues.Contains(tokens[k].Lower) || pairs.Length > 0 && k + 1 < tokens.Count && TwoWordCue(pairs, tokens[k].Lower, tokens[k + 1].Lower)) return true;
        return false;
    }

    /// <summary>"put the death toll as high as 20,000": a cue of two words ("as high").</summary>
    private static bool TwoWordCue((string First, string Second)[] cues, string first, string second)
    {
        foreach (var (one, two) in cues)
            if (one == first && two == second) return true;
        return false;
    }

    /// <summary>
    /// What a pronoun or a definite reference points back to: the last source of its kind read in
    /// the document ("he": a person; "it": an organisation; "the ministry": any), or null.
    /// </summary>
    private Attribution? Resolve(string kind, string? noun, string? modifier)
    {
        // "the defence ministry" is not the health ministry read before.
        if (noun is not null)
        {
            for (var k = _history.Count - 1; k >= 0; k--)
                if (_history[k].Noun == noun && _history[k].Allows(modifier)) return _history[k];
            // "the ministry said" after "the Catalan Ministry of Employment said" or "interior ministry figures showed": a source
            // whose name holds the noun (and the modifier, when one is given).
            for (var k = _history.Count - 1; k >= 0; k--)
                if (NamedWith(_history[k], noun) && (modifier is null || NamedWith(_history[k], modifier))) return _history[k];
        }
        if (kind == "noun") return null;
        // "Mayor Buddy Dyer explained in a press conference that ... he reports that there were over 50 casualties": a person who speaks
        // earlier in the sentence being read is who the pronoun means.
        // Not one inside a quotation ("“I’m telling my story because there may be others,” she said").
        if (kind == "person" && _reading is { } reading)
            for (var k = _attributions.Count - 1; k >= 0; k--)
                if (_attributions[k] is { SourceStart: >= 0 } earlier && (earlier.Person || earlier.Noun is { } head && _lexicon.Sources.PersonNouns.Contains(head))
                    && !Quoted(reading.Tokens, earlier.SourceStart, reading.QuotedAtStart)) return earlier;
        for (var k = _history.Count - 1; k >= 0; k--)
        {
            var earlier = _history[k];
            // "said an official with the state disaster management authority. ... he added": one person, though unnamed.
            var onePerson = earlier.Person || earlier.Noun is { } head && _lexicon.Sources.PersonNouns.Contains(head);
            if (kind == "person" && !onePerson || kind == "organisation" && onePerson) continue;
            if (kind == "organisation" && BodyJustBefore is { } body && _subjectBodyAt > k) return body;
            return kind == "person" && _subject is not null && _subjectAt > k ? _subject : earlier;
        }
        if (kind == "person" && _subject is not null) return _subject;
        if (kind == "person" && LastPerson is { } person) return From(person, 0);
        if (kind == "organisation" && BodyJustBefore is { } subject) return subject;
        return kind == "organisation" && _history.Count > 0 ? _history[^1] : null;
    }

    private static bool NamedWith(Attribution source, string word) => HoldsWord(source.Claimant, word) || source.Body is { } body && HoldsWord(body, word);

    /// <summary>Whether a name has the word among its space-separated words, in any case.</summary>
    internal static bool HoldsWord(string name, string word)
    {
        foreach (var part in name.Split(' '))
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    internal static Attribution From(ClaimantEntry entry, int index) =>
        (entry.Family is null ? new Attribution(entry.Name, null, entry.Side, index) : new Attribution(entry.Family, entry.Name, entry.Side, index))
        with { Person = entry.Person };
}
