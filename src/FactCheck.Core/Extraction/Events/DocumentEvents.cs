namespace FactCheck.Extraction.Events;

/// <summary>
/// What happened, for each figure of one document: the kind of event named nearest the figure in its
/// sentence, else the story's: the headline's, or when the headline names none ("Fears for missing
/// firefighters as China toll climbs"), the first named in the lede's opening sentences. Not the last
/// event named before it: an article turns from a protest to a toll without naming the attack again,
/// and a wrong event keeps two figures of one event apart. Also whether the figure is a running
/// total. One instance per document.
/// </summary>
internal sealed class DocumentEvents(EventWords words, TimeWords time, Grammar grammar)
{
    /// <summary>How many opening body sentences are the lede, where a story names its event and its day.</summary>
    internal const int LedeSentences = 3;
    private string? _headline;
    private string? _story;
    private int _ledeRead;

    /// <summary>The event kinds a sentence names, by token position; read once for a sentence with figures, and for the headline.</summary>
    public IReadOnlyList<(int Token, string Kind)> Find(List<Token> tokens)
    {
        List<(int, string)>? found = null;
        bool? titleCase = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Kinds.Match(tokens, i) is not { } match || time.MonthAt(tokens, i, grammar.MonthLeadIns) || UsedAsVerb(tokens, i, match.Length)) continue;
            // "South Korean fire authorities say 120 people have died in an airplane crash": who speaks, not what happened.
            if (i + match.Length < tokens.Count && words.InstitutionNouns.Contains(tokens[i + match.Length].Lower)
                || InInstitutionName(tokens, i, ref titleCase)) { i += match.Length - 1; continue; }
            (found ??= []).Add((i, match.Value));
            i += match.Length - 1;
        }
        return found ?? NoneFound;
    }

    internal static readonly IReadOnlyList<(int Token, string Kind)> NoneFound = [];

    /// <summary>
    /// "The government's Fire and Disaster Management Agency said": a capitalized event word inside a name that ends in an
    /// institution's noun, its words joined by a name's links ("of", "for") or "and", is who speaks. Not in a title-case headline, whose capitals say nothing
    /// ("Storm Leaves Thousands Without Power As Officials Warn").
    /// </summary>
    private bool InInstitutionName(List<Token> tokens, int i, ref bool? titleCase)
    {
        if (!tokens[i].IsCapitalized) return false;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + MaxInstitutionName); k++)
        {
            if (tokens[k].IsCapitalized && tokens[k].IsWord)
            {
                if (words.InstitutionNouns.Contains(tokens[k].Lower)) return !(titleCase ??= PlaceReader.IsTitleCase(tokens));
            }
            else if (!((grammar.NameLinks.Contains(tokens[k]) || grammar.Coordinators.Contains(tokens[k]) || tokens[k].Text == "&") && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized))
                return false;
        }
        return false;
    }

    private const int MaxInstitutionName = 7;

    /// <summary>
    /// "350,000 protesters flood Barcelona", "Russian flags flood Crimean capital", "Thousands of marchers flood downtown Chicago": an
    /// event word listed as metaphoric, right after a plural subject and before its object, is a verb, and names no event
    /// ("protesters march" still names a march).
    /// </summary>
    private bool UsedAsVerb(List<Token> tokens, int k, int length)
    {
        if (length != 1 || k < 1 || k + 1 >= tokens.Count || !words.MetaphoricVerbs.Contains(tokens[k].Lower)) return false;
        // The object: a name or a determined noun ("flood Barcelona", "storm the parliament"); "estimates floods caused" has a verb next.
        // "marchers flood downtown Chicago": a word may stand before the name.
        var next = tokens[k + 1];
        var named = next.IsWord && next.IsCapitalized
                    || next is { IsWord: true, IsCapitalized: false } && k + 2 < tokens.Count && tokens[k + 2].IsCapitalized && !grammar.FunctionWords.Contains(next);
        if (!(named || grammar.Articles.Contains(next) || grammar.Possessives.Contains(next))) return false;
        var subject = tokens[k - 1];
        return subject.IsWord && subject.Lower.Length > 3 && subject.Lower.EndsWith('s') && !subject.Lower.EndsWith("ss", StringComparison.Ordinal)
               && !subject.Text.Contains('\'') && !subject.Text.Contains('’') && !grammar.FunctionWords.Contains(subject) && words.Kinds.Match(tokens, k - 1) is null;
    }

    /// <summary>The figure's event kind and where it was read, or null when neither its sentence nor the headline names one.</summary>
    public (string Kind, string From)? For(IReadOnlyList<(int Token, string Kind)> named, NumberMention figure)
    {
        var nearest = -1;
        for (var k = 0; k < named.Count; k++)
            if (nearest < 0 || Distance(named[k].Token, figure) < Distance(named[nearest].Token, figure)) nearest = k;
        if (nearest >= 0) return (named[nearest].Kind, Provenance.Sentence);
        if (_headline is not null) return (_headline, Provenance.Headline);
        return _story is null ? null : (_story, Provenance.Lede);
    }

    /// <summary>The lede's event, for a headline that names none; null otherwise.</summary>
    public string? Story => _headline is null ? _story : null;

    /// <summary>Records the headline's event kind, the first it names.</summary>
    public void ReadHeadline(IReadOnlyList<(int Token, string Kind)> named)
    {
        if (named.Count > 0) _headline ??= named[0].Kind;
    }

    /// <summary>Whether a body sentence may still name the story's event: the headline named none, and the lede is not over.</summary>
    public bool ReadingLede => _headline is null && _story is null && _ledeRead < LedeSentences;

    /// <summary>
    /// Records the first event kind the lede's opening sentences name, for a headline that names none; a
    /// sentence about another time ("Floods in Bokyrsk last year killed 1,442 people") names another event.
    /// </summary>
    public void ReadLede(IReadOnlyList<(int Token, string Kind)> named, bool ofAnotherTime)
    {
        if (!ReadingLede) return;
        _ledeRead++;
        if (named.Count > 0 && !ofAnotherTime) _story = named[0].Kind;
    }

    /// <summary>Whether the sentence marks its figures as a count that accumulates ("so far", "rose to").</summary>
    public bool IsRunningTotal(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (words.RunningTotal.Match(tokens, i) is not null) return true;
        return false;
    }

    private static int Distance(int token, NumberMention figure) =>
        token < figure.FirstToken ? figure.FirstToken - token : Math.Max(0, token - figure.EndToken + 1);
}
