namespace FactCheck.Extraction;

/// <summary>
/// A sentence's text, copied out of its document only when a figure in it is kept (most sentences
/// hold none), and what is read from the whole of it, read once however many figures it holds.
/// </summary>
internal sealed class SentenceText(string documentText, SentenceSpan span)
{
    private string? _text;

    public int Start => span.Start;
    public int End => span.End;
    public string Text => _text ??= documentText[span.Start..span.End];

    /// <summary>The first token after a dateline opening the sentence ("SYDNEY, Australia – The death count ..."), else 0.</summary>
    public int BodyStart { get; init; }

    /// <summary>Every period named in the sentence (see <see cref="FrameBuilder"/>), patterns in lexicon order.</summary>
    internal List<(int Index, int Length)>? Periods { get; set; }

    /// <summary>The text of each of <see cref="Periods"/>, cut out when a figure first takes it.</summary>
    internal string?[]? PeriodTexts { get; set; }

    internal Modality? Modality { get; set; }
}
