using System.Collections.Concurrent;
using FuzzySharp;

namespace FactCheck.Extraction;

/// <summary>
/// Finds who asserts the figures of a sentence: "X said", "says X", "according to X", with
/// pronouns and short references ("according to him", "the official said") resolved to the last
/// named claimant of the document. One instance per document: it remembers that claimant.
/// </summary>
public sealed class ClaimantResolver(Lexicon lexicon, ConcurrentDictionary<string, ClaimantEntry?> fuzzyCache)
{
    private const int FuzzyThreshold = 88;

    // "in Ukraine", "to Moscow": a place, not a speaker.
    private static readonly HashSet<string> PlacePrepositions =
        ["in", "to", "from", "into", "against", "across", "on", "for", "with", "at", "near", "over", "toward", "towards", "inside", "throughout"];
    private const int Reach = 6;

    private Attribution? _last;

    /// <summary>Forget the last claimant, at the start of a new live-blog entry.</summary>
    public void Reset() => (_last, LastPerson) = (null, null);

    /// <summary>The last person named anywhere so far, for "he launched ..." after a quote with no speech verb.</summary>
    public ClaimantEntry? LastPerson { get; private set; }

    /// <summary>A named claimant's side, for possessives such as "its soldiers".</summary>
    public IReadOnlyList<(int Index, ClaimantEntry Entry)> Mentions { get; private set; } = [];

    /// <summary>Every attribution in the sentence, in token order; updates the remembered claimant.</summary>
    public IReadOnlyList<Attribution> Analyze(List<Token> tokens)
    {
        var mentions = FindMentions(tokens);
        Mentions = mentions;
        if (mentions.LastOrDefault(m => m.Entry.Person) is { Entry: not null } person) LastPerson = person.Entry;
        var attributions = new List<Attribution>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most tokens start no attribution: one lookup rules them out before the two phrase lookups.
            if (!tokens[i].Word.MayStart(lexicon.AttributionStarts)) continue;
            if (lexicon.AttributionPrefixes.Match(tokens, i) is { } prefix)
            {
                var target = i + prefix.Length;
                if (Named(mentions, target, target + 3) is { } named) attributions.Add(From(named.Entry, i));
                else if (lexicon.References.Match(tokens, target) is not null && (attributions.LastOrDefault() ?? _last) is { } latest) attributions.Add(latest with { TokenIndex = i });
                else if (Phrase(tokens, target) is { } phrase) attributions.Add(new Attribution(phrase, null, null, i));
                continue;
            }
            if (lexicon.AttributionVerbs.Match(tokens, i) is not { } verb) continue;
            if (Named(mentions, i - Reach, i - 1, nearestTo: i) is { } before) attributions.Add(From(before.Entry, i));
            else if (UnnamedSourceBefore(tokens, i) is { } unnamed) attributions.Add(new Attribution(unnamed, null, null, i));
            else if (NamedRightAfter(tokens, mentions, i + verb.Length) is { } after) attributions.Add(From(after.Entry, i));
            else if (ReferenceNear(tokens, i, verb.Length) && (attributions.LastOrDefault() ?? _last) is { } latest) attributions.Add(latest with { TokenIndex = i });
            else if (NameNear(tokens, i, verb.Length) is { } name) attributions.Add(new Attribution(name, null, null, i));
        }
        if (HeadlineSource(tokens, mentions) is { } headline) attributions.Add(headline);
        if (attributions.Count > 0) _last = attributions[^1];
        // A headline's leading source covers its own figures only; it is not remembered for pronouns.
        if (LeadingSource(tokens) is { } leading) attributions.Insert(0, leading);
        return attributions;
    }

    /// <summary>"says NATO", "said Deputy Prime Minister Iryna Vereshchuk": the speaker right after the verb, before any comma.</summary>
    private static (int Index, ClaimantEntry Entry)? NamedRightAfter(List<Token> tokens, List<(int Index, ClaimantEntry Entry)> mentions, int start)
    {
        for (var k = start; k < Math.Min(tokens.Count, start + Reach); k++)
        {
            foreach (var mention in mentions)
                if (mention.Index == k) return mention;
            if (tokens[k].Kind == TokenKind.Punctuation) return null;
        }
        return null;
    }

    /// <summary>"authorities have said": an unnamed source, kept as written.</summary>
    private string? UnnamedSourceBefore(List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tokens[k].Lower is "have" or "has" or "had") k--;
        return k >= 0 && lexicon.UnnamedSources.Contains(tokens[k].Lower) ? tokens[k].Lower : null;
    }

    /// <summary>A headline opening with its source: "Nuland: At least 400-500 Russian soldiers killed".</summary>
    private Attribution? LeadingSource(List<Token> tokens)
    {
        var colon = -1;
        for (var k = 0; k < Math.Min(tokens.Count, 4); k++)
        {
            if (tokens[k].Text == ":") { colon = k; break; }
            if (!tokens[k].IsCapitalized) return null;
        }
        if (colon <= 0 || !tokens.Skip(colon + 1).Any(t => t.Kind == TokenKind.Number)) return null;
        if (lexicon.ClaimantAliases.Match(tokens, 0) is { } alias) return From(alias.Value, 0);
        return new Attribution(string.Join(' ', tokens.Take(colon).Select(t => t.Text)), null, null, 0);
    }

    /// <summary>A headline ending in its source: "...: NATO official", "... — Stoltenberg", "..., says NATO" is a verb case.</summary>
    private static Attribution? HeadlineSource(List<Token> tokens, List<(int Index, ClaimantEntry Entry)> mentions)
    {
        for (var k = tokens.Count - 2; k >= Math.Max(1, tokens.Count - 5); k--)
        {
            if (tokens[k].Text is not (":" or "—" or "–" or ",")) continue;
            var named = mentions.FirstOrDefault(m => m.Index > k);
            // After a comma only a person closes a sentence as its source: "..., the governor of the region, Serhiy Gaidai."
            if (named.Entry is null || tokens[k].Text == "," && !named.Entry.Person) return null;
            return From(named.Entry, k);
        }
        return null;
    }

    private static Attribution From(ClaimantEntry entry, int index) =>
        entry.Family is null ? new Attribution(entry.Name, null, entry.Side, index) : new Attribution(entry.Family, entry.Name, entry.Side, index);

    private static bool IsPlace(List<Token> tokens, int i) =>
        i > 0 && PlacePrepositions.Contains(tokens[i - 1].Lower) && !(i > 1 && tokens[i - 2].Lower == "according")
        || i > 0 && tokens[i - 1].Lower is "eastern" or "western" or "northern" or "southern" or "central" or "northeast" or "northwest" or "southeast" or "southwest";

    private List<(int Index, ClaimantEntry Entry)> FindMentions(List<Token> tokens)
    {
        var mentions = new List<(int, ClaimantEntry)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lexicon.ClaimantAliases.Match(tokens, i) is { } alias && !IsPlace(tokens, i))
            {
                mentions.Add((i, alias.Value));
                i += alias.Length - 1;
            }
            else if (tokens[i].IsCapitalized && tokens[i].Text.Length >= 6 && Fuzzy(tokens[i].Text) is { } entry)
            {
                mentions.Add((i, entry));
            }
        }
        return mentions;
    }

    /// <summary>Spelling variants of person names ("Zelenskky"), matched against single-word person aliases.</summary>
    private ClaimantEntry? Fuzzy(string word) => fuzzyCache.GetOrAdd(word, static (w, lexicon) =>
    {
        var bare = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
        return lexicon.Claimants.Where(c => c.Person)
            .SelectMany(c => c.Aliases.Where(a => !a.Contains(' ') && a.Length >= 6).Select(a => (c, score: Fuzz.Ratio(bare, a))))
            .Where(x => x.score >= FuzzyThreshold)
            .OrderByDescending(x => x.score).Select(x => x.c).FirstOrDefault();
    }, lexicon);

    /// <summary>The first mention within [from, to], or the one nearest the target (the first of equals).</summary>
    private static (int Index, ClaimantEntry Entry)? Named(List<(int Index, ClaimantEntry Entry)> mentions, int from, int to, int? nearestTo = null)
    {
        (int Index, ClaimantEntry Entry)? best = null;
        foreach (var mention in mentions)
        {
            if (mention.Index < from || mention.Index > to) continue;
            if (nearestTo is not { } target) return mention;
            if (best is null || Math.Abs(target - mention.Index) < Math.Abs(target - best.Value.Index)) best = mention;
        }
        return best;
    }

    private bool ReferenceNear(List<Token> tokens, int verb, int length)
    {
        for (var k = Math.Max(0, verb - 2 * Reach); k < Math.Min(tokens.Count, verb + length + 3); k++)
            if (k != verb && lexicon.References.Match(tokens, k) is not null) return true;
        return false;
    }

    /// <summary>
    /// An unlisted speaker: the capitalized name right before or after the verb ("Governor Serhiy
    /// Gaidai said"), or a short description before it ("the city council accused").
    /// </summary>
    private string? NameNear(List<Token> tokens, int verb, int length)
    {
        var before = new List<string>();
        for (var k = verb - 1; k >= 0 && k >= verb - 5 && tokens[k].IsCapitalized; k--) before.Insert(0, tokens[k].Text);
        // "Joint Committee on Taxation estimated": a lone word after "on"/"of" ends a longer name, not a speaker.
        var loneAllowed = verb - before.Count - 1 < 0 || tokens[verb - before.Count - 1].Lower is not ("of" or "on" or "for" or "the");
        if (WithoutTitles(before, loneNameAllowed: loneAllowed) is { } named) return named;
        var after = new List<string>();
        for (var k = verb + length; k < tokens.Count && k < verb + length + 6 && tokens[k].IsCapitalized; k++) after.Add(tokens[k].Text);
        if (WithoutTitles(after, loneNameAllowed: false) is { } namedAfter) return namedAfter;
        for (var k = verb - 1; k >= Math.Max(0, verb - 4); k--)
        {
            if (!tokens[k].IsWord) break;
            if (tokens[k].Lower == "the" && k < verb - 1) return string.Join(' ', tokens.Skip(k + 1).Take(verb - k - 1).Select(t => t.Text));
        }
        return null;
    }

    /// <summary>A personal name of two or more words once titles are dropped, else null.</summary>
    private string? WithoutTitles(List<string> words, bool loneNameAllowed)
    {
        var first = 0;
        while (first < words.Count && (lexicon.Titles.Contains(words[first]) || words[first].EndsWith("'s", StringComparison.Ordinal))) first++;
        var length = words.Count - first;
        // A personal name is its last two words: "Assistant Secretary ... Eurasian Affairs Victoria Nuland" is Victoria Nuland.
        if (length >= 2) return loneNameAllowed ? $"{words[^2]} {words[^1]}" : $"{words[first]} {words[first + 1]}";
        // A lone name right before the verb ("Germany announced"), unless it is a pronoun or an article.
        return loneNameAllowed && length == 1 && words.Count == 1 && words[0].Length >= 3 && !NotNames.Contains(words[0]) ? words[0] : null;
    }

    private static readonly HashSet<string> NotNames =
    [
        "He", "She", "It", "They", "We", "The", "This", "That", "These", "Those", "There", "You", "Officials",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>"according to the regional governor" → "regional governor".</summary>
    private static string? Phrase(List<Token> tokens, int start)
    {
        var words = new List<string>();
        for (var k = start; k < tokens.Count && k < start + 4 && tokens[k].IsWord; k++)
        {
            if (words.Count == 0 && tokens[k].Lower is "the" or "a" or "an") continue;
            if (words.Count > 0 && tokens[k].Lower is "of" or "in" or "on" or "at" or "for" or "from" or "to" or "with" or "by" or "and") break;
            words.Add(tokens[k].Text);
        }
        return words.Count > 0 ? string.Join(' ', words) : null;
    }
}
