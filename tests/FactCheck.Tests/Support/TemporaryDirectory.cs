namespace FactCheck.Tests.Support;

/// <summary>A fresh directory for one test, removed afterwards.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factcheck-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A rules folder holding a copy of the shipped lexicon only, for tests that edit a lexicon file.</summary>
    public static TemporaryDirectory WithShippedLexicon()
    {
        var folder = new TemporaryDirectory();
        var lexicon = Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "lexicon")).FullName;
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Rules, "lexicon")))
            System.IO.File.Copy(file, System.IO.Path.Combine(lexicon, System.IO.Path.GetFileName(file)));
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open on some systems: leave it to the OS temp cleaner */ }
    }
}
