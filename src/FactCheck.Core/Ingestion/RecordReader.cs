using System.Text;

namespace FactCheck.Ingestion;

/// <summary>One record of a collection file: its text, or null when it was over the limit and so never held.</summary>
internal readonly record struct TextRecord(int Line, string? Text);

/// <summary>
/// Reads a collection file (JSON Lines, CSV) record by record, decoding in bounded pieces, so that
/// memory holds one record at a time and never more than <see cref="DocumentLimit.MaximumBytes"/>
/// of it: the rest of a longer record is read past, not kept. A record ends at a line break (CR, LF
/// or CRLF); with <paramref name="quoted"/>, only at one outside double quotes, as in CSV. Blank
/// records are left out. Invalid byte sequences are replaced with U+FFFD and counted.
/// </summary>
internal sealed class RecordReader(string path, bool quoted)
{
    private const int BufferChars = 1 << 16;

    /// <summary>How many invalid byte sequences the records read so far held.</summary>
    public int Replacements => _replacements.Count;

    /// <summary>The encoding the file was read in (by its byte order mark).</summary>
    public string EncodingName { get; private set; } = "UTF-8";

    private readonly CountingReplacement _replacements = new();

    public IEnumerable<TextRecord> Read()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var bytes = new byte[BufferChars];
        var filled = stream.ReadAtLeast(bytes, 3, throwOnEndOfStream: false);
        var (encoding, name, bomLength) = TextNormalizer.EncodingOf(bytes.AsSpan(0, filled), _replacements);
        EncodingName = name;
        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        var record = new StringBuilder();
        long recordBytes = 0;
        int line = 1, recordLine = 1;
        bool inQuotes = false, afterCarriageReturn = false;
        var offset = bomLength;
        while (true)
        {
            var last = filled == 0;
            var count = decoder.GetChars(bytes, offset, filled - offset, chars, 0, flush: last);
            var position = 0;
            while (position < count)
            {
                var span = chars.AsSpan(position, count - position);
                var next = quoted ? span.IndexOfAny('\n', '\r', '"') : span.IndexOfAny('\n', '\r');
                var piece = next < 0 ? span : span[..next];
                if (piece.Length > 0)
                {
                    afterCarriageReturn = false;
                    Keep(piece);
                }
                if (next < 0) break;
                var c = span[next];
                position += next + 1;
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                    Keep("\"");
                    continue;
                }
                // CRLF is one line end: its LF neither counts a line nor ends another (blank) record.
                var lineEnd = c == '\r' || !afterCarriageReturn;
                afterCarriageReturn = c == '\r';
                if (lineEnd) line++;
                if (inQuotes)
                {
                    Keep(c == '\r' ? "\r" : "\n");
                    continue;
                }
                if (Ended() is { } ended) yield return ended;
                recordLine = line;
            }
            if (last) break;
            filled = stream.Read(bytes, 0, bytes.Length);
            offset = 0;
        }
        if (Ended() is { } final) yield return final;

        void Keep(ReadOnlySpan<char> text)
        {
            if (recordBytes > DocumentLimit.MaximumBytes) return;
            recordBytes += Encoding.UTF8.GetByteCount(text);
            if (recordBytes <= DocumentLimit.MaximumBytes) record.Append(text);
            else record = new StringBuilder();
        }

        TextRecord? Ended()
        {
            TextRecord? ended = recordBytes > DocumentLimit.MaximumBytes ? new TextRecord(recordLine, null)
                : IsBlank(record) ? null : new TextRecord(recordLine, record.ToString());
            record.Clear();
            recordBytes = 0;
            return ended;
        }
    }

    private static bool IsBlank(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
            if (!chunk.Span.IsWhiteSpace()) return false;
        return true;
    }
}
