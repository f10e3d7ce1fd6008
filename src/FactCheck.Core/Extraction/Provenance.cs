namespace FactCheck.Extraction;

/// <summary>A stretch of a document's text, by character offsets (end exclusive).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Where a claim's claimant, place or date was read, relative to the figure.</summary>
internal static class Provenance
{
    /// <summary>The figure's own sentence.</summary>
    public const string Sentence = "sentence";
    /// <summary>An earlier sentence of the same paragraph.</summary>
    public const string Paragraph = "paragraph";
    /// <summary>The document's headline.</summary>
    public const string Headline = "headline";
    /// <summary>The opening sentences of the document's body, which name the story when its headline does not.</summary>
    public const string Lede = "lede";
    /// <summary>A dateline ("KIEV (Reuters) -") or the metadata of a live-blog entry.</summary>
    public const string Dateline = "dateline";
    /// <summary>A photo's caption, where the picture was taken: the story's place only when nothing else gives one.</summary>
    public const string Caption = "caption";
    /// <summary>The live-blog entry the figure is in.</summary>
    public const string Entry = "entry";
    /// <summary>The sentence saying where the figure's event happened ("The crash happened in ... West Bengal").</summary>
    public const string EventSite = "event";
    /// <summary>The document's publication date.</summary>
    public const string Publication = "publication";
    /// <summary>The day its source made the statement ("the ministry said on Wednesday"): when the figure was given, not what it is about.</summary>
    public const string Statement = "statement";
    public const string None = "none";
}

/// <summary>How precisely a claim's as-of date is known.</summary>
internal static class AsOfPrecision
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Year = "year";
    public const string Unknown = "unknown";

    /// <summary>The days a date of a precision can mean, as day numbers: one day, or the whole week, month or year from it.</summary>
    public static (int First, int Last) Days(DateOnly day, string precision) => precision switch
    {
        Week => (day.DayNumber, day.DayNumber + 6),
        Month => (day.DayNumber, day.DayNumber + DateTime.DaysInMonth(day.Year, day.Month) - 1),
        Year => (day.DayNumber, new DateOnly(day.Year, 12, 31).DayNumber),
        _ => (day.DayNumber, day.DayNumber),
    };
}

/// <summary>What kind of place a claim's location is.</summary>
internal static class PlacePrecision
{
    public const string Site = "site";
    public const string City = "city";
    public const string Region = "region";
    public const string Country = "country";
    public const string Unknown = "unknown";
}
