namespace FactCheck.Extraction.Events;

/// <summary>
/// The day a story's lede gives its event ("Fierce fighting ... Friday in Mariupol killed seven people"),
/// for later figures of that same kind of event whose sentence gives no date of its own ("Avakov said about
/// 60 gunmen attacked the police station ... in an operation that killed one policeman"). A reporter names
/// the news peg's day once and means it after. Read only from the opening body sentences, and only a day
/// close to when the story was written: "On April 16-17, three people were killed" is another event's.
/// One instance per document; a live blog's entries carry their own dates and no day between them.
/// </summary>
internal sealed class StoryDay
{
    private const int LedeSentences = DocumentEvents.LedeSentences;
    // A news peg of the day of writing or the day before: a disaster days old is counted afresh each day,
    // its toll as of the report, not of the day it struck.
    private const int PegDays = 1;
    private int _bodySentences;
    private (AsOfDate Date, string Event)? _peg;

    /// <summary>A new live-blog entry: its figures are dated by the entry, not by an earlier entry's lede.</summary>
    public void NewEntry() => (_bodySentences, _peg) = (LedeSentences, null);

    /// <summary>Counts a body sentence read, so only the lede's figures can give the day.</summary>
    public void SentenceRead() => _bodySentences++;

    /// <summary>Records the first lede figure dated to a day by its own sentence, with the event it is of.</summary>
    public void Read(AsOfDate asOf, string? happened, DateOnly? written)
    {
        if (_peg is not null || _bodySentences >= LedeSentences || happened is null) return;
        if (asOf is { From: Provenance.Sentence, Precision: AsOfPrecision.Day, Day: { } day } && written is { } reported
            && Math.Abs(reported.DayNumber - day.DayNumber) <= PegDays)
            _peg = (asOf with { From = Provenance.Lede }, happened);
    }

    /// <summary>
    /// The figure's date: the story's day for what happened to people in the story's event ("killed one
    /// policeman", "39 others were wounded"), when only its document dates it and it is no running total;
    /// else as read. Other figures ("50,000 slots", "two ships have joined relief efforts", "Republicans
    /// control 52 of the Senate's 100 seats") are the report's.
    /// </summary>
    public AsOfDate For(AsOfDate asOf, string? happened, bool toPeople, bool runningTotal) =>
        asOf.From == Provenance.Publication && toPeople && !runningTotal && _peg is { } peg && happened == peg.Event ? peg.Date : asOf;
}
