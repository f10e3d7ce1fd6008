using FactCheck.Ingestion;

namespace FactCheck.Extraction.Quotes;

/// <summary>
/// Reads a document's quotes from the attributions its sentences were analyzed for, a line at a time:
/// a line's attributions are its sentences' in turn, each with where its cue stands in the document.
/// Analyzing each line a second time for its quotes was a fifth of extraction.
/// </summary>
internal sealed class QuoteLines
{
    private readonly QuoteFinder _finder;
    private readonly Document _document;
    private readonly DocumentTokens _tokenized;
    private readonly int[] _lineOf;
    private readonly bool[] _mayHoldQuote;
    // A line's attributions with where each one's cue is in the document: no copy of each with its token indices moved.
    private readonly List<(Attribution Attribution, int At, bool DocumentAuthor)> _lineAttributions = [];
    private int _line = -1;
    private (ClaimantEntry? LastPerson, DocumentSection Section) _state;

    public QuoteLines(QuoteFinder finder, Document document, DocumentTokens tokenized)
    {
        (_finder, _document, _tokenized) = (finder, document, tokenized);
        var sentences = tokenized.Sentences;
        var lines = tokenized.Lines;
        _lineOf = new int[sentences.Count];
        _mayHoldQuote = new bool[lines.Count];
        for (var l = 0; l < lines.Count; l++) _mayHoldQuote[l] = QuoteFinder.MayHoldQuote(document.Text, lines[l].Start, lines[l].End);
        LastSentence = -1;
        for (int s = 0, l = 0; s < sentences.Count; s++)
        {
            while (l + 1 < lines.Count && lines[l].End <= sentences[s].Span.Start) l++;
            _lineOf[s] = l;
            if (_mayHoldQuote[l]) LastSentence = s;
        }
    }

    /// <summary>The last sentence in a line that may hold a quote (-1 if none): sentences are read up to it.</summary>
    public int LastSentence { get; }

    /// <summary>The quote claims found so far, complete once every sentence up to <see cref="LastSentence"/> is read.</summary>
    public List<Claim> Found { get; } = [];

    /// <summary>Takes sentence <paramref name="s"/>'s attributions, with the resolver's state after it, in document order.</summary>
    public void Read(int s, Attribution[] attributions, ClaimantEntry? lastPerson, DocumentSection section)
    {
        var line = _lineOf[s];
        if (line != _line)
        {
            Flush();
            _line = line;
            _lineAttributions.Clear();
        }
        if (_mayHoldQuote[line])
        {
            var tokens = _tokenized.Sentences[s].Tokens;
            foreach (var attribution in attributions)
                _lineAttributions.Add((attribution, tokens[attribution.TokenIndex].Start, tokens[attribution.TokenIndex].Lower == "in" || attribution.SaysNoQuote));
        }
        _state = (lastPerson, section);
        if (s == LastSentence) Flush();
    }

    private void Flush()
    {
        if (_line < 0 || !_mayHoldQuote[_line]) return;
        _finder.InLine(_document, _tokenized, _line, _tokenized.TokensOfLine(_line), _lineAttributions, _state.LastPerson, _state.Section, Found);
        _mayHoldQuote[_line] = false;
    }
}
