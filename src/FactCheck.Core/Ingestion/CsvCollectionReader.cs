using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>
/// An article collection as CSV with a header naming title, text (or content, body) and date columns.
/// Rows are split off the file first (<see cref="RecordReader"/>, so an endless field is never held)
/// and each is parsed alone: a row that cannot be parsed costs that row, never the rest of the file.
/// </summary>
internal sealed class CsvCollectionReader : IDocumentReader
{
    public bool OneDocumentPerFile => false;

    public IEnumerable<Document> Read(string path, IWarningSink warnings)
    {
        var records = new RecordReader(path, quoted: true);
        string[]? header = null;
        string? textField = null;
        var number = 0;
        foreach (var (line, text) in records.Read())
        {
            if (header is null)
            {
                header = text is null ? null : Parse(text, out _)?.Select(h => h.Trim().ToLowerInvariant()).ToArray();
                textField = header is null ? null : CollectionRecord.TextFields.FirstOrDefault(header.Contains);
                if (textField is null)
                {
                    warnings.Warn(path, header is null ? "unreadable header row; skipped"
                        : $"no text column (expected one of {string.Join(", ", CollectionRecord.TextFields)}); skipped");
                    yield break;
                }
                continue;
            }
            number++;
            var location = $"{path}#{number}";
            if (text is null)
            {
                warnings.Warn(location, $"{DocumentLimit.Problem} (row at line {line})");
                continue;
            }
            if (Parse(text, out var badQuoting) is not { } fields || badQuoting)
            {
                warnings.Warn(location, $"broken quoting at line {line}; row skipped");
                continue;
            }
            var document = CollectionRecord.ToDocument(path, number, Field(header, fields, "title"), Field(header, fields, textField!),
                Field(header, fields, "date") ?? Field(header, fields, "published"), Field(header, fields, "publisher"), warnings,
                CollectionRecord.UrlFields.Select(f => Field(header, fields, f)).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)));
            if (document is not null) yield return document;
        }
        if (records.Replacements > 0) warnings.Warn(path, TextNormalizer.ReplacementProblem(records.Replacements, records.EncodingName));
        if (header is null) warnings.Warn(path, "no documents in the file (empty)");
        else if (number == 0) warnings.Warn(path, "no documents in the file (only a header)");
    }

    private static string? Field(string[] header, string[] fields, string name) =>
        Array.IndexOf(header, name) is var index and >= 0 && index < fields.Length ? fields[index] : null;

    /// <summary>The fields of one row, or null when it cannot be parsed.</summary>
    private static string[]? Parse(string row, out bool badQuoting)
    {
        var bad = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => bad = true,
            MissingFieldFound = null,
        };
        try
        {
            using var parser = new CsvParser(new StringReader(row), configuration);
            var fields = parser.Read() ? parser.Record : null;
            badQuoting = bad;
            return fields;
        }
        catch (CsvHelperException)
        {
            badQuoting = true;
            return null;
        }
    }
}
