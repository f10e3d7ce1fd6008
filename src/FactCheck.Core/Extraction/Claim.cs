using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Extraction;

/// <summary>Whether the sentence asserts the figure as fact now, or uses it otherwise.</summary>
public enum Modality
{
    Asserted,
    /// <summary>"could top 20,000", "is expected to reach": a forecast, not a count.</summary>
    Projection,
    /// <summary>"By way of comparison, ...": a reference figure about something else.</summary>
    Comparison,
    /// <summary>"There are not hundreds of bodies on beaches", "death tolls surpassing 400 are false": a figure the text denies.</summary>
    Denied,
}

/// <summary>
/// A figure as a careful reader would restate it: what was counted, about whom, the interval
/// the words allow, who asserts it, when, for which period, and exactly where in the text.
/// </summary>
public sealed record Claim
{
    /// <summary>The claimant of a figure no one is named for: the publishing document's own.</summary>
    public const string Unattributed = "unattributed";

    /// <summary>The metric of a quoted statement (see Quotes.QuoteFinder): a claim with words, not a figure.</summary>
    public const string QuoteMetric = "quote";

    /// <summary>Path of the document as ingested.</summary>
    public required string Document { get; init; }

    /// <summary>What was counted, from the metric lexicon ("killed", "wounded", "refugees", ...).</summary>
    public required string Metric { get; init; }

    /// <summary>Who or what was counted, normalized ("soldiers", "civilians", "people").</summary>
    public required string Subject { get; init; }

    /// <summary>The side the subject belongs to where stated ("Russian", "Ukrainian"), else null.</summary>
    public string? Side { get; init; }

    public required double Low { get; init; }

    /// <summary>Upper bound; <see cref="double.PositiveInfinity"/> for "more than", "at least".</summary>
    public required double High { get; init; }

    /// <summary>The qualifier as written, normalized: exact, about, nearly, more than, at least, up to, fewer than, range, ...</summary>
    public required string Qualifier { get; init; }

    /// <summary>"people" for head counts, else a unit or ISO currency code ("km", "percent", "USD").</summary>
    public required string Unit { get; init; }

    /// <summary>The canonical claimant (NATO, Zelensky, Russia), or "unattributed".</summary>
    public required string Claimant { get; init; }

    /// <summary>
    /// The outlet that published the figure, from front matter, a manifest or the collection: the
    /// agency in parentheses when a site carries another's copy ("The Indian Express (AP)" is AP's).
    /// An unattributed figure is its outlet's own.
    /// </summary>
    public string? Publisher { get; init; }

    /// <summary>The specific body when the claimant is a family ("Russia's defence ministry" within Russia).</summary>
    public string? ClaimantBody { get; init; }

    /// <summary>
    /// The day the figure is as of: the date the text gives for it ("on Tuesday", "Feb. 20", "last
    /// year"), else the entry's or the document's date. With <see cref="AsOfPrecision"/> coarser than a
    /// day, the first day of that week, month or year.
    /// </summary>
    public DateOnly? AssertedOn { get; init; }

    /// <summary>
    /// The day the report carrying the figure was written: its live-blog entry's or its document's date.
    /// A figure dated by its sentence ("killed seven people on Friday", "the June 24 implosion") is about
    /// that day but was given on this one, which orders the counts of a running total.
    /// </summary>
    public DateOnly? ReportedOn { get; init; }

    /// <summary>How precisely <see cref="AssertedOn"/> is known: day, week, month, year, or unknown when undated.</summary>
    public string AsOfPrecision { get; init; } = Extraction.AsOfPrecision.Unknown;

    /// <summary>The words that dated the figure ("on Tuesday", "in 2023"), or null when the date is the document's.</summary>
    public string? AsOfText { get; init; }

    /// <summary>Where <see cref="AssertedOn"/> came from: the figure's sentence, the paragraph, the entry, the publication, or none.</summary>
    public string AsOfFrom { get; init; } = Provenance.None;

    /// <summary>Where in the document the dating words are, when the text dated the figure.</summary>
    public TextSpan? AsOfSpan { get; init; }

    /// <summary>The period covered as written ("in four weeks of war", "in the past week"), else null.</summary>
    public string? Period { get; init; }

    /// <summary>Where it happened, when stated ("Afghanistan", "Mariupol").</summary>
    public string? Location { get; init; }

    /// <summary>What kind of place <see cref="Location"/> is: site, city, region, country, or unknown.</summary>
    public string? LocationPrecision { get; init; }

    /// <summary>Where the place was read: the figure's sentence, an earlier sentence of the paragraph, the headline or the dateline.</summary>
    public string? LocationFrom { get; init; }

    /// <summary>Where in the document the place's words are.</summary>
    public TextSpan? LocationSpan { get; init; }

    /// <summary>
    /// <see cref="Location"/> as a key for comparing places: its lineage from the place lexicon,
    /// outermost first ("Ukraine > Donetsk region > Sloviansk"), or the name when unlisted.
    /// </summary>
    public string? PlacePath { get; init; }

    /// <summary>
    /// For a distance, the place it is measured from, as a lineage key like <see cref="PlacePath"/>
    /// ("Ukraine > Donetsk region > Donetsk" for "56 km northwest of Donetsk"); else null.
    /// </summary>
    public string? MeasuredFrom { get; init; }

    /// <summary>What happened, from the event lexicon ("earthquake", "protest", "shelling"), or null when the text names no event.</summary>
    public string? Event { get; init; }

    /// <summary>Where <see cref="Event"/> was read: the figure's sentence, an earlier sentence, or the headline.</summary>
    public string? EventFrom { get; init; }

    /// <summary>The figure is a count that accumulates ("so far", "rose to", "since the war began"), not one incident's.</summary>
    public bool RunningTotal { get; init; }

    /// <summary>The figure counts part of a group counted or named elsewhere ("nine of them", "out of 275, 88"): a subset, not a total.</summary>
    public bool PartOfGroup { get; init; }

    /// <summary>Where in the document the claimant's words are (null when unattributed).</summary>
    public TextSpan? ClaimantSpan { get; init; }

    public Modality Modality { get; init; } = Modality.Asserted;

    /// <summary>Character span of the figure's words in the document text.</summary>
    public required int Start { get; init; }
    public required int End { get; init; }

    public required int SentenceStart { get; init; }
    public required int SentenceEnd { get; init; }
    public required string Sentence { get; init; }

    /// <summary>Distinguishes identical claims repeated within one document.</summary>
    public int Occurrence { get; init; }

    public bool IsUnbounded => double.IsPositiveInfinity(High);

    /// <summary>"more than 500" leaves 500 itself out of the interval.</summary>
    public bool LowIsOpen => Qualifier == "more than";

    /// <summary>"nearly 500" and "fewer than 500" stop short of 500: neither meets "more than 500".</summary>
    public bool HighIsOpen => Qualifier is "nearly" or "fewer than";

    /// <summary>
    /// The days the as-of date can mean, as day numbers: one day, or the whole week, month or year
    /// its precision allows; null when undated.
    /// </summary>
    public (int First, int Last)? AsOfDays => AssertedOn is { } day ? Extraction.AsOfPrecision.Days(day, AsOfPrecision) : null;

    /// <summary>
    /// Stable across runs and re-ingests: derived from the claim's normalized content,
    /// not its character offsets, so edits elsewhere in a document keep its id.
    /// </summary>
    public string Id
    {
        get => ReferenceEquals(_id.Owner, this) ? _id.Value! : (_id = new IdCache(this, ComputeId())).Value!;
        // Read back from the store, where it was computed from this same content: hashing every stored
        // claim again cost 1.3 s of a 12.7 s check over 543,480 claims.
        init => _id = new IdCache(this, value);
    }

    private IdCache _id = IdCache.None;

    /// <summary>
    /// The id, computed once per instance (rules and the store read it many times, and it is a hash).
    /// A `with` copy shares the cache but is not its owner, so it computes its own. Every cache
    /// equals every other, so the record's equality and hash code are those of its properties alone.
    /// </summary>
    private sealed class IdCache(Claim? owner, string? value)
    {
        public static readonly IdCache None = new(null, null);
        public Claim? Owner { get; } = owner;
        public string? Value { get; } = value;
        public override bool Equals(object? obj) => obj is IdCache;
        public override int GetHashCode() => 0;
    }

    private string ComputeId()
    {
        var key = new IdKey(Document.Length + Sentence.Length + 256);
        key.Append(Document); key.Append(Metric); key.Append(Subject); key.Append(Side ?? ""); key.Append(Claimant);
        // Numbers formatted into a stack buffer, the same text ToString gives, without a string each.
        Span<char> number = stackalloc char[32];
        key.Append(number[..Formatted(Low, number)]); key.Append(number[..Formatted(High, number)]);
        key.Append(Qualifier); key.Append(Unit); key.AppendWords(Sentence);
        Occurrence.TryFormat(number, out var digits, default, CultureInfo.InvariantCulture);
        key.Append(number[..digits]);
        return key.Hash();
    }

    private static int Formatted(double value, Span<char> buffer) =>
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("a number too long to format");

    /// <summary>
    /// The fields an id is hashed from, joined by '|' in a pooled buffer: computing ids is a
    /// measurable part of extraction, and the key is thrown away at once.
    /// </summary>
    /// <summary>One hasher per thread, reset after each id: a one-shot hash set up a new digest context every call.</summary>
    [ThreadStatic] private static IncrementalHash? _sha256;

    private ref struct IdKey(int capacity)
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
        private int _length;
        private int _fields;

        public void Append(scoped ReadOnlySpan<char> field)
        {
            Separate();
            Write(field);
        }

        /// <summary>The words of a text, one space between each: white space as written does not change an id.</summary>
        public void AppendWords(string text)
        {
            Separate();
            var first = true;
            for (var i = 0; i < text.Length;)
            {
                if (char.IsWhiteSpace(text[i])) { i++; continue; }
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
                if (!first) Write(" ");
                Write(text.AsSpan(i, end - i));
                first = false;
                i = end;
            }
        }

        /// <summary>SHA-256 of the key's UTF-8 bytes, in lower-case hex (the first 16 digits); returns the buffer to the pool.</summary>
        public string Hash()
        {
            var chars = _chars.AsSpan(0, _length);
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            var sha = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars, bytes)));
            sha.GetHashAndReset(hash);
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(_chars);
            // "c" and the first 15 hex digits of the hash: the id as it has always been written.
            Span<char> hex = stackalloc char[16];
            Convert.TryToHexStringLower(hash[..8], hex, out _);
            return string.Concat("c", hex[..15]);
        }

        private void Separate()
        {
            if (_fields++ > 0) Write("|");
        }

        private void Write(scoped ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _chars.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + text.Length));
                _chars.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = larger;
            }
            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }
    }
}

/// <summary>Turns one document into the claims it makes.</summary>
public interface IClaimExtractor
{
    IReadOnlyList<Claim> Extract(Ingestion.Document document);

    /// <summary>Changes whenever the same text could give different claims (another lexicon or build).</summary>
    string Fingerprint { get; }
}
