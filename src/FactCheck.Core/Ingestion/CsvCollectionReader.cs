using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>An article collection as CSV with a header naming title, text (or content, body) and date columns.</summary>
public sealed class CsvCollectionReader : IDocumentReader
{
    public bool CanRead(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Document> Read(string path, IWarningSink warnings)
    {
        var badRow = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = _ => badRow = true,
            MissingFieldFound = null,
        };
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            warnings.Warn(path, "empty CSV; skipped");
            yield break;
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var textField = CollectionRecord.TextFields.FirstOrDefault(header.Contains);
        if (textField is null)
        {
            warnings.Warn(path, $"no text column (expected one of {string.Join(", ", CollectionRecord.TextFields)}); skipped");
            yield break;
        }
        var number = 0;
        while (true)
        {
            bool more;
            badRow = false;
            try
            {
                more = csv.Read();
                // Fields are parsed when first asked for, and bad quoting is only found then: parse them now.
                if (more) _ = csv.Parser.Record;
            }
            catch (CsvHelperException e)
            {
                warnings.Warn(path, $"unreadable CSV after row {number}: {e.Message.Split('\n')[0]}; rest of file skipped");
                yield break;
            }
            if (!more) break;
            number++;
            if (badRow)
            {
                warnings.Warn($"{path}#{number}", "broken quoting; row skipped");
                continue;
            }
            var document = CollectionRecord.ToDocument(path, number, Field(csv, header, "title"), Field(csv, header, textField),
                Field(csv, header, "date") ?? Field(csv, header, "published"), Field(csv, header, "publisher"), warnings,
                CollectionRecord.UrlFields.Select(f => Field(csv, header, f)).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)));
            if (document is not null) yield return document;
        }
    }

    private static string? Field(CsvReader csv, string[] header, string name) =>
        Array.IndexOf(header, name) is var index and >= 0 ? csv.GetField(index) : null;
}
