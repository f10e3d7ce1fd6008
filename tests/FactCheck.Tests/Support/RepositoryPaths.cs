namespace FactCheck.Tests.Support;

/// <summary>Paths of the checkout the tests run from, and of the shared corpora beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The real corpora live outside the repository (../shared/corpora); tests using them fail without it (a skipped test would read as passed).</summary>
    public static string Corpora => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora"));

    /// <summary>Hand annotations of those corpora (../shared/gold).</summary>
    public static string SharedGold => Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FactCheck.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("FactCheck.sln not found above the test directory");
    }
}
