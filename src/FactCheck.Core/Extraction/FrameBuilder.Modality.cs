namespace FactCheck.Extraction;

/// <summary>Whether a figure is asserted, projected or compared: a projection's cue frames only its own clause.</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>
    /// A comparison opening the sentence ("By comparison, ...") frames all of it, one set after a figure ("50,000, compared
    /// with 32,000") only the figures that follow; a projection only the clause it is in: "would fall by 13 million by 2027" is a projection, while in "the immigrant accused of killing
    /// eight people said her brother might have been brainwashed" the eight are not, nor are "two
    /// Republican lawmakers who could prevent" the bill's passage, nor "£25 million" after "Britain would
    /// send 6,000 missiles, ... and". A limit's value ("a cap of 45,000") is a projection too.
    /// </summary>
    private Modality Modality(SentenceText sentence, List<Token> tokens, NumberMention mention)
    {
        if (Denied(tokens, mention)) return Extraction.Modality.Denied;
        var whole = sentence.Modality ??= ModalityOf(sentence.Text, sentence.Start, tokens);
        // "The interior ministry put the number of protesters ... at 50,000, compared with 32,000 on December 29": a comparison
        // set after the figure is of the figures that follow it; "By comparison, ..." opening the sentence is of all.
        // "the violence had “lessened” compared to previous nights, but the interior ministry still reported 994 arrests": nor is one a
        // contrasting clause after it sets apart.
        if (whole == Extraction.Modality.Comparison && FirstComparison(sentence.Text) is var cue and > 0
            && (tokens[mention.FirstToken].Start - sentence.Start < cue || ContrastSetsApart(tokens, sentence.Start + cue, mention.FirstToken)))
            whole = Projects(sentence.Text) ? Extraction.Modality.Projection : Extraction.Modality.Asserted;
        // "slashed the refugee cap to 50,000": a limit set, like a forecast, is no count of what happened.
        if (whole == Extraction.Modality.Asserted && _groups.IsLimit(tokens, mention)) return Extraction.Modality.Projection;
        if (whole != Extraction.Modality.Projection) return whole;
        // "would expand the $20 trillion national debt by $1.4 trillion": a figure inside a definite description names what
        // exists, whatever the clause forecasts about it; not the subject of the forecast ("The $44 billion would be in addition"),
        // nor one the forecast describes ("the $40 billion in revenues that retaining the corporate AMT would raise").
        // "expect Katrina's death toll to be in the thousands": a vague quantity after "in the" describes nothing.
        if (mention.FirstToken > 1 && tokens[mention.FirstToken - 1].Lower == "the" && !mention.IsOrdinal && !(mention.Qualifier == "vague" && tokens[mention.FirstToken - 2].Lower == "in")
            && !DescribedAfter(tokens, mention.EndToken))
            return Extraction.Modality.Asserted;
        var (from, to) = Clause(tokens, mention);
        // "could be seen ... as hundreds crowded the streets", "expected to climb past 75 with 300 people still missing",
        // "Thousands are still unaccounted for ..., leading to fears the death toll could rise": a clause of its own
        // (a subordinator, an absolute "with", a participle after a comma) keeps its cue from the figure.
        for (var k = mention.FirstToken - 1; k > from; k--)
            if (OpensClause(tokens, k) || tokens[k].Lower == "with") { from = k + 1; break; }
        // "with numbers expected to grow and hundreds still missing": a figure opening the conjunct after "and" is no object of a cue
        // before it that took no figure ("expect 200 dead and 300 injured" projects both).
        if (mention.FirstToken - 1 > from && tokens[mention.FirstToken - 1].Lower == "and" && !AnyFigureBetween(tokens, from, mention.FirstToken - 1, NoAside))
            from = mention.FirstToken;
        // "the earthquake ... that has killed more than 900 people could impact hundreds of thousands": past a relative clause's
        // own verb and figure, a modal is the main clause's.
        var relativeVerb = from > 0 && Grammar.RelativePronouns.Contains(tokens[from - 1]) && VerbBetween(tokens, from, mention.FirstToken);
        for (var k = mention.EndToken; k < to; k++)
            // "Hurricane Harvey death toll increases to 7, expected to rise": a participle set off after the figure, present or past.
            // "Death Toll Passes 1,200, Could Rise": so is a modal set off right after it, its subject left out ("millions of residents,
            // not just high-earners, would suffer" is one clause).
            if (OpensClause(tokens, k) || tokens[k].Text == "," && k + 1 < to && tokens[k + 1].IsWord
                && (!tokens[k + 1].IsCapitalized || PlaceReader.IsTitleCase(tokens))
                && (tokens[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal)
                    || k == mention.EndToken && Grammar.Auxiliaries.Contains(tokens[k + 1]))
                || OpensPredicate(tokens, k, to)
                // "rose to 245, with numbers expected to grow", "we have collected nearly 400 bodies — but we anticipate more than 500": an
                // absolute "with" or a contrast set off after the figure is a clause of its own.
                || tokens[k].Text is "," or "—" or "–" && k + 1 < to && (tokens[k + 1].Lower == "with" || Grammar.Contrastives.Contains(tokens[k + 1]))
                || relativeVerb && Grammar.Auxiliaries.Contains(tokens[k]) && k > mention.EndToken) { to = k; break; }
        // "22 people had been rescued ... and another 22 are believed to still be trapped": a cue past another figure is that figure's.
        for (var k = mention.EndToken; k < to; k++)
            if (IsFigure(tokens, k)) { to = k; break; }
        var clause = WithoutDescribingModals(sentence.Text[(tokens[from].Start - sentence.Start)..(tokens[to - 1].End - sentence.Start)], tokens, from, to);
        return Projects(clause) || PlaceReader.IsTitleCase(tokens) && Projects(Lowered(clause, tokens[from].Start, tokens))
            ? Extraction.Modality.Projection : Extraction.Modality.Asserted;
    }

    /// <summary>
    /// "The death toll in what could be China's worst shipping disaster in almost 70 years jumped to 18": a modal right after a free
    /// relative hedges what the relative names, not the figure; the clause is read without it.
    /// </summary>
    private string WithoutDescribingModals(string clause, List<Token> tokens, int from, int to)
    {
        char[]? blanked = null;
        for (var k = from; k + 1 < to; k++)
            if (Grammar.FreeRelatives.Contains(tokens[k]) && Grammar.Auxiliaries.Contains(tokens[k + 1]))
            {
                blanked ??= clause.ToCharArray();
                Array.Fill(blanked, ' ', tokens[k + 1].Start - tokens[from].Start, tokens[k + 1].End - tokens[k + 1].Start);
            }
        return blanked is null ? clause : new string(blanked);
    }

    private static readonly HashSet<int> NoAside = [];

    /// <summary>A comma and a contrastive ("but", "while"), or a semicolon, between a text offset and the figure at tokens[figure].</summary>
    private bool ContrastSetsApart(List<Token> tokens, int offset, int figure)
    {
        for (var k = figure - 1; k > 0 && tokens[k].Start > offset; k--)
            if (tokens[k].Text == ";" || tokens[k - 1].Text == "," && Grammar.Contrastives.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>A verb of a clause's own in tokens[from..to): an auxiliary or a form of "be" (<see cref="VerbFormBetween"/>), or a past or present participle ("has killed").</summary>
    private bool VerbBetween(List<Token> tokens, int from, int to)
    {
        if (VerbFormBetween(tokens, from, to)) return true;
        for (var k = from; k < to; k++)
            if (tokens[k] is { IsWord: true, IsCapitalized: false } && tokens[k].Lower.Length > 4
                && (tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>A relative clause opening within the few words after a figure's noun: "the $1.4 trillion in revenue that would be lost".</summary>
    private bool DescribedAfter(List<Token> tokens, int end)
    {
        for (var k = end; k < Math.Min(tokens.Count, end + 5); k++)
            if (Grammar.RelativePronouns.Contains(tokens[k])) return true;
            else if (!tokens[k].IsWord) return false;
        return false;
    }

    /// <summary>
    /// "the death toll stood at 50 and was expected to rise", "remains at 147 but this number is still expected to rise": "and" or
    /// "but" opening a second predicate (a verb of its own, or "it", "this number" or "the toll" and one), whose cue is of what comes next.
    /// One that names what the figure counts stays the figure's ("40 bodies ... had no visible injury marks and are believed to have
    /// died of electrocution"); "50 people and their families could be evacuated" joins two nouns under one verb.
    /// </summary>
    private bool OpensPredicate(List<Token> tokens, int k, int end)
    {
        if (tokens[k].Lower is not ("and" or "but") || k + 1 >= end) return false;
        var verb = k + 1;
        // "jumped to 20, and there is little doubt it will climb higher": so does "there".
        if (tokens[verb].Lower is "it" or "there") verb++;
        else if (tokens[verb].Lower is "this" or "that" && verb + 1 < end && tokens[verb + 1].IsWord) verb += 2;
        // "Officials said 2,053 people were killed and the toll could rise further": a measure of its own as the subject.
        else if (Grammar.Articles.Contains(tokens[verb]) && MeasureSubjectEnd(tokens, verb + 1, end) is { } measured) verb = measured;
        if (verb >= end || !(Grammar.BeForms.Contains(tokens[verb]) || Grammar.Auxiliaries.Contains(tokens[verb]))) return false;
        // "has risen to 43 and will likely increase as searchers discover more bodies": up to the clause a subordinator opens.
        for (var t = verb; t < end && !lexicon.ClauseOpeners.Contains(tokens[t].Lower); t++)
            if (lexicon.MetricTriggers.Match(tokens, t) is not null) return false;
        return true;
    }

    private const int MeasureSubjectReach = 4;

    /// <summary>Where a few words ending in a measure noun end ("death toll", "number of dead"), or null.</summary>
    private int? MeasureSubjectEnd(List<Token> tokens, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + MeasureSubjectReach); k++)
        {
            if (!tokens[k].IsWord) return null;
            if (!Grammar.MeasureNouns.Contains(tokens[k])) continue;
            // "the number of dead": the measure's "of" phrase goes with it.
            if (k + 2 < end && tokens[k + 1].Lower == "of" && tokens[k + 2].IsWord) k += 2;
            return k + 1;
        }
        return null;
    }

    /// <summary>A subordinator opening a clause ("as rescuers dig"); not the "as" of "as much as", "as high as".</summary>
    private bool OpensClause(List<Token> tokens, int k) =>
        lexicon.ClauseOpeners.Contains(tokens[k].Lower)
        && !(tokens[k].Lower == "as" && (k + 2 < tokens.Count && tokens[k + 2].Lower == "as" || k >= 2 && tokens[k - 2].Lower == "as"));

    /// <summary>Where the sentence's first comparison cue starts, or -1.</summary>
    private int FirstComparison(string sentence)
    {
        var first = -1;
        foreach (var cue in lexicon.ComparisonCues)
            for (var at = sentence.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(cue, at + 1, StringComparison.Ordinal))
                if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (at + cue.Length == sentence.Length || !char.IsLetter(sentence[at + cue.Length])))
                {
                    if (first < 0 || at < first) first = at;
                    break;
                }
        return first;
    }

    /// <summary>
    /// "There are not hundreds bodies on beaches", "the number of deaths is 275 and not 288", "there are not 200 or 500 dead", "unofficial
    /// death tolls surpassing 400 are false": a negator right before a count (or before the count an "or" joins it to), or a denial in
    /// its clause after the figure. Not "not one of the 40".
    /// </summary>
    private bool Denied(List<Token> tokens, NumberMention mention)
    {
        // Not a sum or a share: "not $416 billion as it estimated in December" is an earlier estimate, "not 100 percent sure" an idiom.
        if (lexicon.NegatorBefore(tokens, mention.FirstToken) >= 0 && mention.Unit == "" && !(mention.EndToken < tokens.Count && tokens[mention.EndToken].Lower == "of")) return true;
        if (lexicon.Denials.Length == 0) return false;
        var (_, to) = Clause(tokens, mention);
        for (var k = mention.EndToken; k < to; k++)
        {
            if (k > mention.EndToken && IsFigure(tokens, k)) return false;
            foreach (var denial in lexicon.Denials)
                if (PhraseAt(tokens, k, denial)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="words"/> stand at tokens[k] on.</summary>
    private static bool PhraseAt(List<Token> tokens, int k, string[] words)
    {
        if (k + words.Length > tokens.Count) return false;
        for (var w = 0; w < words.Length; w++)
            if (!string.Equals(tokens[k + w].Lower, words[w], StringComparison.Ordinal)) return false;
        return true;
    }

    private Modality ModalityOf(string sentence, int start, List<Token> tokens)
    {
        if (lexicon.ComparisonCues.Any(cue => ContainsWords(sentence, cue))) return Extraction.Modality.Comparison;
        if (Projects(sentence) || PlaceReader.IsTitleCase(tokens) && Projects(Lowered(sentence, start, tokens))) return Extraction.Modality.Projection;
        return Extraction.Modality.Asserted;
    }

    /// <summary>
    /// "Nepal Earthquake Toll Could Reach 10,000": a headline in title case, in lower case but for its months ("May Floods"), to find
    /// the cues written in lower case.
    /// </summary>
    private string Lowered(string sentence, int start, List<Token> tokens)
    {
        var lowered = sentence.ToCharArray();
        foreach (var token in tokens)
            if (token.IsWord && !lexicon.Time.Months.ContainsKey(token.Lower) && token.Start - start >= 0 && token.End - start <= lowered.Length)
                for (var c = token.Start - start; c < token.End - start; c++) lowered[c] = char.ToLowerInvariant(lowered[c]);
        return new string(lowered);
    }

    /// <summary>
    /// The tokens of the figure's clause: back to punctuation, a relative pronoun or a reporting verb;
    /// on to a relative pronoun, a reporting verb or a semicolon, past commas and dashes, which set off
    /// an aside before the figure's verb ("millions of residents, not just high-earners, would suffer").
    /// </summary>
    private (int From, int To) Clause(List<Token> tokens, NumberMention mention)
    {
        // "The sinking is feared to have claimed hundreds of lives": a verb that reports nothing there opens nothing.
        bool Opens(int k) => Grammar.RelativePronouns.Contains(tokens[k])
                             || lexicon.AttributionVerbs.Match(tokens, k) is not null && !lexicon.Sources.ReportsNothingAt(tokens, k, ClaimantResolver.CueReach);
        var from = mention.FirstToken;
        bool Bounds(int k) => Opens(k) || tokens[k].Text is "," or ";" or ":" or "–" or "—" or "(" or ")" or "\"" or "“" or "”";
        while (from > 0 && !Bounds(from - 1)) from--;
        // 'could impact "hundreds of thousands"', 'could “well cross 1,000”': a quotation opening on or just before the figure, right after
        // a word that reports nothing, is still that word's clause.
        if (mention.FirstToken - from <= 2 && from >= 2 && tokens[from - 1].Text is "\"" or "“" && tokens[from - 2].IsWord && (from == mention.FirstToken || !Opens(from - 2)))
            for (from -= 1; from > 0 && !Bounds(from - 1); from--) { }
        var to = mention.EndToken;
        while (to < tokens.Count && !(Opens(to) || tokens[to].Text is ";" or ":")) to++;
        return (from, to);
    }

    /// <summary>A projection cue in the text, not one a phrase that projects nothing opens ("325,000 - if not more - had gathered").</summary>
    private bool Projects(string text)
    {
        // Loops, not LINQ: this runs for every sentence with a figure, and a lambda would capture a new closure for every cue.
        foreach (var cue in lexicon.ProjectionCues)
            for (var at = WordsAt(text, cue, 0); at >= 0; at = WordsAt(text, cue, at + 1))
                if (!OpensNotProjection(text, at)) return true;
        return false;
    }

    private bool OpensNotProjection(string text, int at)
    {
        foreach (var phrase in lexicon.NotProjections)
            if (WordsAt(text, phrase, at) == at) return true;
        return false;
    }

    /// <summary>Where the whole words of <paramref name="phrase"/> first stand in the text from <paramref name="from"/> on, or -1.</summary>
    private static int WordsAt(string text, string phrase, int from)
    {
        for (var at = text.IndexOf(phrase, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return at;
        }
        return -1;
    }

    private static bool ContainsWords(string sentence, string phrase) => WordsAt(sentence, phrase, 0) >= 0;
}
