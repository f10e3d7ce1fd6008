namespace FactCheck.Ingestion;

/// <summary>The document readers by the file extension each reads, in the order they were listed.</summary>
public sealed class DocumentReaders
{
    private readonly IReadOnlyList<(string Extension, IDocumentReader Reader)> _readers;

    public DocumentReaders(IEnumerable<(string Extension, IDocumentReader Reader)> readers) => _readers = readers.ToList();

    public IReadOnlyList<string> Extensions => _readers.Select(r => r.Extension).ToList();

    /// <summary>The reader of a file, by how its name ends (case ignored); null when none reads it.</summary>
    public IDocumentReader? For(string path)
    {
        foreach (var (extension, reader) in _readers)
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return reader;
        return null;
    }

    /// <summary>The extensions there are readers for, as a warning about another file lists them: ".txt, .md or .csv".</summary>
    public string Expected => Extensions.Count <= 1
        ? string.Join("", Extensions)
        : $"{string.Join(", ", Extensions.Take(Extensions.Count - 1))} or {Extensions[^1]}";
}
