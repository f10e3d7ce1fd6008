using System.Buffers;

namespace FactCheck.Extraction;

/// <summary>A sentence's span in the document.</summary>
internal readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Splits text into sentences: every line break ends one (headlines, live-blog headings), and
/// within a line a full stop, question or exclamation mark followed by a capital, digit or quote
/// does, unless it closes an abbreviation ("Mr.", "Feb.") or an initial, or a clock time's "p.m." goes on
/// with the time's day or zone ("at about 2 p.m. Saturday", "at 3 p.m. (1200 GMT)").
/// </summary>
internal sealed class SentenceSplitter(IReadOnlySet<string> abbreviations, TimeWords time)
{
    // Looked up by span: every full stop in every document asks whether it ends an abbreviation.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations =
        new HashSet<string>(abbreviations, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public IEnumerable<SentenceSpan> Split(string text)
    {
        // Gathered in one list: an iterator for every line was a twentieth of extraction's allocation.
        // News sentences run to about 150 characters: sized once rather than grown.
        var sentences = new List<SentenceSpan>(text.Length / 100 + 4);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void SplitLine(string text, int start, int end, List<SentenceSpan> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var stop = text.AsSpan(i, end - i).IndexOfAny(Stops);
            if (stop < 0) break;
            i += stop;
            var c = text[i];
            var close = i + 1;
            while (close < end && text[close] is '"' or '”' or '’' or '\'' or ')' or '»') close++;
            if (c == '.' && Tokenizer.RunTogetherStop(text.AsSpan(0, end), i) && LettersBack(text, sentenceStart, i) && !EndsWithAbbreviation(text, sentenceStart, i))
            {
                Add(text, sentenceStart, i + 1, sentences);
                sentenceStart = i + 1;
                continue;
            }
            if (close >= end || !char.IsWhiteSpace(text[close])) continue;
            var next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) break;
            if (!(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '«' or '(')) continue;
            if (c == '.' && (EndsWithAbbreviation(text, sentenceStart, i) || ClockGoesOn(text, sentenceStart, i, next))) continue;
            // '"... 1,192 people were detained ... 1,340 injured and 10 killed," the ombudsman told reporters': words left out of a
            // quotation, before a figure, leave its sentence going on.
            if (c == '.' && i - 2 >= sentenceStart && text[i - 1] == '.' && text[i - 2] == '.' && char.IsDigit(text[next])) continue;
            Add(text, sentenceStart, close, sentences);
            sentenceStart = next;
            i = next - 1;
        }
        Add(text, sentenceStart, end, sentences);
    }

    /// <summary>
    /// The longest sentence kept whole. News sentences run to a few hundred characters; in the real
    /// corpora only one passes this (a bulleted summary run together). Past it, text is a list or a
    /// run-on dump: every stage that looks around a figure within its sentence, and the sentence
    /// stored with each claim, would make such a "sentence" quadratic to read and store.
    /// </summary>
    internal const int MaxSentenceChars = 1000;

    /// <summary>Adds a sentence, cut into pieces of at most <see cref="MaxSentenceChars"/> at the last comma, semicolon or space before the limit.</summary>
    private static void Add(string text, int start, int end, List<SentenceSpan> sentences)
    {
        while (end - start > MaxSentenceChars)
        {
            var window = text.AsSpan(start, MaxSentenceChars);
            var cut = window.LastIndexOfAny(',', ';');
            if (cut < MaxSentenceChars / 2) cut = window.LastIndexOf(' ');
            cut = cut < MaxSentenceChars / 2 ? MaxSentenceChars : cut + 1;
            if (Trim(text, start, start + cut) is { } piece) sentences.Add(piece);
            start += cut;
        }
        if (Trim(text, start, end) is { } sentence) sentences.Add(sentence);
    }

    /// <summary>Whether the text from the last white space (or <paramref name="from"/>) up to <paramref name="stop"/> is all letters: a
    /// word, not a link, a number or initials.</summary>
    private static bool LettersBack(string text, int from, int stop)
    {
        var k = stop - 1;
        while (k >= from && !char.IsWhiteSpace(text[k]))
            if (!char.IsLetter(text[k--])) return false;
        return true;
    }

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?");

    private bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        // "P.K. Jena": initials end no sentence.
        return word.Length == 1 && char.IsUpper(word[0]) || Tokenizer.DottedCapitals(word) || _abbreviations.Contains(word) || ShoutedAbbreviation(word);
    }

    private const int LongestShoutedAbbreviation = 4;

    /// <summary>"ST. LUCIE COUNTY, Fla. —": a listed abbreviation in capitals, as a dateline writes it.</summary>
    private bool ShoutedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > LongestShoutedAbbreviation) return false;
        Span<char> titled = stackalloc char[word.Length];
        titled[0] = word[0];
        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsAsciiLetterUpper(word[k])) return false;
            titled[k] = char.ToLowerInvariant(word[k]);
        }
        return char.IsAsciiLetterUpper(word[0]) && _abbreviations.Contains(titled);
    }

    /// <summary>"2 p.m. Saturday", "p.m. EST", "p.m. (1200 GMT)": a dotted clock word the day, month or zone of its time follows.</summary>
    private bool ClockGoesOn(string text, int sentenceStart, int dot, int next)
    {
        // Most stops close a word with no stop inside: only "a.m"-shaped words are read further.
        if (dot - sentenceStart < 3 || text[dot - 2] != '.') return false;
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var clock = text[wordStart..dot];
        if (!clock.Contains('.') || !time.ClockWords.Contains(clock)) return false;
        if (text[next] == '(') return true;
        var nextEnd = next;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        var word = text[next..nextEnd];
        return time.Weekdays.ContainsKey(word) || time.Months.ContainsKey(word) || time.ClockWords.Contains(word);
    }

    private static SentenceSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? new SentenceSpan(start, end) : null;
    }
}
