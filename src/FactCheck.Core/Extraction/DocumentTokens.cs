namespace FactCheck.Extraction;

/// <summary>A non-empty line of a document and its tokens.</summary>
public sealed record TokenizedLine(int Start, int End, List<Token> Tokens);

/// <summary>
/// A document's lines, each tokenized once for both passes that read them: quotes read whole lines,
/// figures read sentences, and a sentence's tokens are a slice of its line's. Sentences break only
/// at white space, so the tokens of the line over a sentence's span are the sentence's own tokens.
/// </summary>
public sealed class DocumentTokens
{
    public DocumentTokens(string text, WordTable? words = null)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end > start) Lines.Add(new TokenizedLine(start, end, Tokenizer.Tokenize(text, 0, start, end, words)));
            start = end + 1;
        }
    }

    public List<TokenizedLine> Lines { get; } = [];

    /// <summary>The tokens within a sentence, which lies inside one line.</summary>
    public List<Token> Within(SentenceSpan sentence)
    {
        var line = Lines[LineAt(sentence.Start)];
        var first = FirstStartingAtOrAfter(line.Tokens, sentence.Start);
        var end = first;
        while (end < line.Tokens.Count && line.Tokens[end].End <= sentence.End) end++;
        return line.Tokens.GetRange(first, end - first);
    }

    private int LineAt(int offset)
    {
        int low = 0, high = Lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Lines[middle].Start <= offset) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private static int FirstStartingAtOrAfter(List<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
