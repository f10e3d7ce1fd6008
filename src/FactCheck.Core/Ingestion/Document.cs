using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Ingestion;

/// <summary>Where a document's date came from, so a reader of the report knows how far to trust it.</summary>
public enum DateSource
{
    Unknown,
    FrontMatter,
    Manifest,
    CollectionField,
    /// <summary>The day in the article's web address (".../2017/09/20/...").</summary>
    Url,
    Inferred,
}

/// <summary>
/// One document as ingested: its text normalized (LF line ends, no BOM) so that the same
/// article saved differently has the same hash and the same claims.
/// </summary>
public sealed record Document
{
    /// <summary>The path as given on the command line; for a collection, "file.csv#row".</summary>
    public required string Path { get; init; }
    public required string Title { get; init; }
    public required string Text
    {
        get => _text;
        init { _text = value; _hash = null; }
    }
    private string _text = "";
    public DateOnly? Published { get; init; }
    public DateSource DateSource { get; init; }
    public string? Publisher { get; init; }

    /// <summary>Where the article is published on the web, when its file, manifest or collection says; a ClaimReview's appearance.</summary>
    public string? Url { get; init; }

    /// <summary>The file's size and modification time when it was read (<see cref="Ingestion.FileStamp"/>), or null.</summary>
    public string? FileStamp { get; init; }

    /// <summary>
    /// Live-blog entries, or one section spanning the whole text for an ordinary article.
    /// Sections cover the text in order and never overlap.
    /// </summary>
    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];

    public string ContentHash => _hash ??= Hash(Text);
    private string? _hash;

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The section holding a character offset (the whole text when there are no sections).</summary>
    public DocumentSection SectionAt(int offset)
    {
        // Indexed: a foreach through the interface would allocate an enumerator for every sentence.
        for (var k = 0; k < Sections.Count; k++)
            if (offset >= Sections[k].Start && offset < Sections[k].End) return Sections[k];
        return new DocumentSection(0, Text.Length, null, Published, null);
    }
}

/// <summary>A span of a document with its own heading and time, such as one live-blog entry.</summary>
public sealed record DocumentSection(int Start, int End, string? Heading, DateOnly? Date, TimeOnly? Time);

/// <summary>Reads one kind of file into documents; collections (CSV, JSONL) yield many.</summary>
public interface IDocumentReader
{
    /// <summary>
    /// True when a file is one document (text, HTML): its size and time then let a re-run pass it
    /// by unread. A collection's rows are stored one by one, so their file is read each time.
    /// </summary>
    bool OneDocumentPerFile { get; }

    IEnumerable<Document> Read(string path, Diagnostics.IWarningSink warnings);
}
