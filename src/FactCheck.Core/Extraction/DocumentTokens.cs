namespace FactCheck.Extraction;

/// <summary>A sentence's span in the document and its tokens.</summary>
internal sealed record TokenizedSentence(SentenceSpan Span, List<Token> Tokens);

/// <summary>
/// A document's sentences, each tokenized once, for both passes that read them: figures read
/// sentences, quotes read whole lines. Sentences break only at white space and no token holds white
/// space, so a line's tokens are its sentences' tokens in turn, and tokenizing a sentence alone
/// gives the tokens it would have within its line.
/// </summary>
/// <remarks>
/// The sentences' token lists come from a pool kept for the thread and go back to it on
/// <see cref="Dispose"/>: a new list for every sentence was a third of extraction's allocation, and
/// with two threads extracting, each collection that allocation triggers stops both.
/// </remarks>
internal sealed class DocumentTokens : IDisposable
{
    private const int PooledLists = 4096;
    private const int PooledCapacity = 1024;
    [ThreadStatic] private static Stack<List<Token>>? _pool;

    public DocumentTokens(string text, IEnumerable<SentenceSpan> sentences, WordTable? words = null)
    {
        foreach (var span in sentences)
        {
            var tokens = _pool is { Count: > 0 } pool ? pool.Pop() : [];
            var first = tokens.Count;
            Tokenizer.TokenizeInto(tokens, text, 0, span.Start, span.End, words);
            // "... in 122 years.At least five people": a sentence a page ran onto the last one's stop has no space before it.
            if (tokens.Count > first && tokens[first].Start > 0 && !char.IsWhiteSpace(text[tokens[first].Start - 1]))
                tokens[first] = tokens[first] with { SpaceBefore = false };
            Sentences.Add(new TokenizedSentence(span, tokens));
        }
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end > start) Lines.Add((start, end));
            start = end + 1;
        }
    }

    public List<TokenizedSentence> Sentences { get; } = [];

    /// <summary>The document's non-empty lines, in order.</summary>
    public List<(int Start, int End)> Lines { get; } = [];

    /// <summary>
    /// The tokens of a line (an index into <see cref="Lines"/>): those of the sentences within it.
    /// A line of several sentences is gathered in a list kept for the thread, valid until its next call:
    /// a collection's article can be a single line, and copying it anew for each cost a fifth of the
    /// allocation of extraction.
    /// </summary>
    public List<Token> TokensOfLine(int line)
    {
        var (start, end) = Lines[line];
        var first = FirstSentenceAtOrAfter(start);
        var last = first;
        var count = 0;
        for (; last < Sentences.Count && Sentences[last].Span.Start < end; last++) count += Sentences[last].Tokens.Count;
        if (last == first + 1) return Sentences[first].Tokens;
        // A list grown for one huge line is not kept for the lines after it.
        var gathered = _lineTokens is { Capacity: <= KeptLineTokens } kept ? kept : new List<Token>(count);
        _lineTokens = gathered;
        gathered.Clear();
        gathered.EnsureCapacity(count);
        for (var s = first; s < last; s++) gathered.AddRange(Sentences[s].Tokens);
        return gathered;
    }

    private const int KeptLineTokens = 1 << 16;
    [ThreadStatic] private static List<Token>? _lineTokens;

    /// <summary>Hands the sentences' token lists back for the next document on this thread: no token may be read after.</summary>
    public void Dispose()
    {
        var pool = _pool ??= new Stack<List<Token>>();
        foreach (var (_, tokens) in Sentences)
        {
            if (pool.Count >= PooledLists) break;
            if (tokens.Capacity > PooledCapacity) continue;
            tokens.Clear();
            pool.Push(tokens);
        }
        Sentences.Clear();
        Lines.Clear();
    }

    private int FirstSentenceAtOrAfter(int offset)
    {
        int low = 0, high = Sentences.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Sentences[middle].Span.Start < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
