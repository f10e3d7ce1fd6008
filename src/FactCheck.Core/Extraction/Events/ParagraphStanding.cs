namespace FactCheck.Extraction.Events;

/// <summary>
/// The time a sentence opening with "As of" or "By" says its figures stand at ("As of Monday noon, more than 14.53 million people ...
/// had been affected by downpours. Over 1.09 million hectares of crops were damaged, and over 30,600 houses had collapsed across the
/// province, official data showed."), for the later figures of its paragraph whose sentence dates none: a paragraph that opens its
/// count with a time gives the rest of the count at that time. One instance per document.
/// </summary>
internal sealed class ParagraphStanding
{
    private (AsOfDate Date, int Sentence)? _standing;

    // Two sentences on: a wire story written as one paragraph goes on to other times.
    private const int Reach = 2;

    /// <summary>A new paragraph: no time carries into it.</summary>
    public void NewParagraph() => _standing = null;

    /// <summary>
    /// The figure's date: the time its sentence opens with, kept for the next two sentences of the paragraph when <paramref name="opensWithIt"/>; the
    /// paragraph's time for a figure only the document or the story's lede dates; else as read.
    /// </summary>
    public AsOfDate For(AsOfDate asOf, bool opensWithIt, int sentence)
    {
        if (opensWithIt && asOf is { From: Provenance.Sentence, Day: not null }) _standing = (asOf with { From = Provenance.Paragraph }, sentence);
        return asOf.From is Provenance.Publication or Provenance.Lede && _standing is { } standing && sentence - standing.Sentence <= Reach ? standing.Date : asOf;
    }
}
