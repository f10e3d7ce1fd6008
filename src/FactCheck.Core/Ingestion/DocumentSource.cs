using FactCheck.Diagnostics;

namespace FactCheck.Ingestion;

/// <summary>A file to read, with the manifest of its folder.</summary>
internal sealed record SourceFile(string Path, IReadOnlyDictionary<string, ManifestEntry> Manifest);

/// <summary>
/// Turns the paths a user gives into documents, lazily and in a stable order: walks folders,
/// hands each file to the first reader that takes it, applies manifests, settles each document's
/// date and splits live blogs into entries.
/// </summary>
public sealed class DocumentSource
{
    private readonly DocumentReaders _readers;

    /// <summary>The readers by extension, as the pipeline builder lists them.</summary>
    public DocumentSource(DocumentReaders readers) => _readers = readers;

    /// <summary>
    /// When set, documents are named by their path relative to this folder (the database's), so
    /// "seeds", "./seeds/" and "/home/ana/desk/seeds" name the same documents and the same claims.
    /// When null, paths stay as given.
    /// </summary>
    public string? NamesRelativeTo { get; init; }

    public IEnumerable<Document> Read(IEnumerable<string> paths, IWarningSink warnings) =>
        Files(paths, warnings).SelectMany(file => Read(file, warnings));

    /// <summary>
    /// The files under the given paths, in a stable order, each with its folder's manifest. Listing
    /// is cheap; reading is not, so callers may read the files on several threads.
    /// </summary>
    internal IEnumerable<SourceFile> Files(IEnumerable<string> paths, IWarningSink warnings)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
                yield return new SourceFile(Clean(path), Manifest.Load(directory, warnings));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FilesIn(Clean(path), warnings, new HashSet<string>()))
                    yield return file;
            }
            else
            {
                warnings.Warn(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<SourceFile> FilesIn(string directory, IWarningSink warnings, HashSet<string> visited)
    {
        // Following a symlinked folder back into itself would never end.
        var real = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(directory);
        if (!visited.Add(real))
        {
            warnings.Warn(directory, "folder already visited (symbolic link loop); skipped");
            yield break;
        }
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray();
            folders = Directory.GetDirectories(directory).Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Warn(directory, $"cannot list folder: {e.Message}");
            yield break;
        }
        var manifest = Manifest.Load(directory, warnings);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || name == Manifest.FileName) continue;
            yield return new SourceFile(Clean(file), manifest);
        }
        foreach (var folder in folders)
        {
            if (Path.GetFileName(folder).StartsWith('.')) continue;
            foreach (var file in FilesIn(Clean(folder), warnings, visited))
                yield return file;
        }
    }

    /// <summary>The documents in one file (a collection holds several); problems are warnings, never exceptions.</summary>
    internal IEnumerable<Document> Read(SourceFile file, IWarningSink warnings)
    {
        var (path, manifest) = file;
        var reader = _readers.For(path);
        if (reader is null)
        {
            warnings.Warn(path, $"unsupported file type (expected {_readers.Expected}); skipped");
            yield break;
        }
        if (RegularFile.Problem(path) is { } problem)
        {
            warnings.Warn(path, problem);
            yield break;
        }
        var stamp = reader.OneDocumentPerFile ? FileStamp.Of(path) : null;
        using var documents = Open(reader, path, warnings).GetEnumerator();
        while (true)
        {
            try
            {
                if (!documents.MoveNext()) break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Warn(path, $"cannot read: {e.Message}");
                yield break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A reader's own failure on one file must not cost the other files, nor the check and report after them.
                warnings.Warn(path, $"cannot read ({e.GetType().Name}: {e.Message}); rest of file skipped");
                yield break;
            }
            yield return Settle(Named(documents.Current, path), manifest.GetValueOrDefault(Path.GetFileName(path))) with { FileStamp = stamp };
        }
    }

    /// <summary>
    /// For a file that holds one document: that document's name and the file's stamp, so a re-run can
    /// tell an untouched file without reading it. Null for collections and files written just now.
    /// </summary>
    internal (string Name, string Stamp)? Stamp(SourceFile file)
    {
        var reader = _readers.For(file.Path);
        return reader is { OneDocumentPerFile: true } && FileStamp.Of(file.Path) is { } stamp ? (StoredName(file.Path), stamp) : null;
    }

    private static IEnumerable<Document> Open(IDocumentReader reader, string path, IWarningSink warnings) => reader.Read(path, warnings);

    /// <summary>Applies the manifest, takes a missing date from the address or else the text, and splits live blogs.</summary>
    private static Document Settle(Document document, ManifestEntry? entry)
    {
        if (entry is not null)
        {
            document = document with
            {
                Title = entry.Title ?? document.Title,
                Publisher = entry.Publisher ?? document.Publisher,
                Url = entry.Url ?? document.Url,
            };
            if (document.Published is null && entry.Published is not null)
                document = document with { Published = entry.Published, DateSource = DateSource.Manifest };
        }
        // The day in the address is the site's own filing; the first full date in the text may be a past event's.
        if (document.Published is null && DateInference.FromUrl(document.Url) is { } filed)
            document = document with { Published = filed, DateSource = DateSource.Url };
        if (document.Published is null && DateInference.Infer(document.Text) is { } inferred)
            document = document with { Published = inferred, DateSource = DateSource.Inferred };
        return document with { Sections = LiveBlogSplitter.Split(document.Text, document.Published) };
    }

    /// <summary>
    /// The stored documents read from inside one of the given folders whose file is gone from disk (a
    /// collection's rows go with their file). A file that cannot be looked at (a folder without
    /// permission) is not taken for gone: only a file that is not there is.
    /// </summary>
    public IEnumerable<string> Gone(IEnumerable<string> paths, IEnumerable<string> storedNames)
    {
        var folders = paths.Where(Directory.Exists).Select(FolderPrefix).ToList();
        if (folders.Count == 0) yield break;
        foreach (var name in storedNames)
            if (folders.Any(folder => Inside(name, folder)) && !OnDisk(name))
                yield return name;
    }

    private string FolderPrefix(string folder)
    {
        var name = StoredName(Clean(folder)).TrimEnd('/');
        return name is "." or "" ? "" : name + "/";
    }

    private static bool Inside(string name, string folderPrefix) => folderPrefix.Length > 0
        ? name.StartsWith(folderPrefix, StringComparison.Ordinal)
        : !name.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(name);

    private bool OnDisk(string name)
    {
        var file = NamesRelativeTo is null ? name : Path.Combine(NamesRelativeTo, name);
        if (Exists(file) != false) return true;
        var row = file.LastIndexOf('#');
        return row > 0 && Exists(file[..row]) != false;
    }

    /// <summary>Whether a file is there (a link counts, broken or not); null when it cannot be told.</summary>
    private static bool? Exists(string path)
    {
        try
        {
            File.GetAttributes(path);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // On Windows a backslash separates folders; elsewhere it is part of a file's name.
    private static string Clean(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>Renames a document read from <paramref name="file"/> (a collection's rows keep their "#row").</summary>
    private Document Named(Document document, string file)
    {
        if (NamesRelativeTo is null || !document.Path.StartsWith(file, StringComparison.Ordinal)) return document;
        return document with { Path = StoredName(file) + document.Path[file.Length..] };
    }

    private string StoredName(string file) =>
        NamesRelativeTo is null ? file : Clean(Path.GetRelativePath(NamesRelativeTo, Path.GetFullPath(file)));
}
