using System.Text;
using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reliability;

/// <summary>The same corpus gives the same rows and ids, however often and however its files were saved.</summary>
[TestFixture]
public sealed class IdempotenceTests
{
    [Test]
    public void TheSameCorpusSavedWithCrlfAndABom_GivesTheSameClaimsAndFlagIds()
    {
        using var unix = new TemporaryDirectory();
        using var windows = new TemporaryDirectory();
        Directory.CreateDirectory(unix.File("corpus"));
        Directory.CreateDirectory(windows.File("corpus"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            var name = Path.GetFileName(file);
            File.Copy(file, unix.File(Path.Combine("corpus", name)));
            var crlf = File.ReadAllText(file).ReplaceLineEndings("\r\n");
            File.WriteAllText(windows.File(Path.Combine("corpus", name)), crlf, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
        Assert.That(File.ReadAllBytes(windows.File("corpus/001_a78aef3f362debc8.txt"))[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));

        var (unixClaims, unixFlags) = RunOn(unix);
        var (windowsClaims, windowsFlags) = RunOn(windows);
        Assert.That(unixClaims, Has.Count.GreaterThan(100));
        Assert.That(windowsClaims, Is.EqualTo(unixClaims));
        Assert.That(windowsFlags, Is.EqualTo(unixFlags));
    }

    [Test]
    public void IngestingTheSameCorpusTwice_ChangesNoRow()
    {
        using var folder = new TemporaryDirectory();
        var (firstClaims, firstFlags) = RunOn(folder, RepositoryPaths.Seeds);
        var claimsJson = Cli(folder, "claims", "--json").Output;
        var second = Cli(folder, "run", RepositoryPaths.Seeds, "--format", "json", "--out", folder.File("again.json"));
        Assert.That(second.Output, Does.Contain("5 unchanged"));
        Assert.That(Cli(folder, "claims", "--json").Output, Is.EqualTo(claimsJson), "every claim row, every field");
        Assert.That(FlagIds(folder.File("again.json")), Is.EqualTo(firstFlags));
        Assert.That(firstClaims, Is.Not.Empty);
    }

    [Test]
    public void TheSameFolderNamedAnotherWay_IsTheSameDocuments()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.File("corpus"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
            File.Copy(file, folder.File(Path.Combine("corpus", Path.GetFileName(file))));
        var (claims, flags) = RunOn(folder, "corpus");

        foreach (var alias in new[] { "./corpus/", folder.File("corpus"), folder.File("corpus") + "/../corpus" })
        {
            var again = Cli(folder, "run", alias, "--format", "json", "--out", folder.File("again.json"));
            Assert.That(again.Output, Does.Contain("5 unchanged"), alias);
            Assert.That(FlagIds(folder.File("again.json")), Is.EqualTo(flags), alias);
        }
        var stored = JsonDocument.Parse(Cli(folder, "claims", "--json").Output).RootElement.EnumerateArray().ToList();
        Assert.That(stored, Has.Count.EqualTo(claims.Count));
        Assert.That(stored.Select(c => c.GetProperty("document").GetString()), Has.All.StartWith("corpus/"), "named relative to the database");
    }

    /// <summary>Runs on "corpus" relative to the folder, so both copies are ingested under the same path.</summary>
    private static (List<string> Claims, List<string> Flags) RunOn(TemporaryDirectory folder, string corpus = "corpus")
    {
        var run = Cli(folder, "run", corpus, "--format", "json", "--out", folder.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var claims = JsonDocument.Parse(Cli(folder, "claims", "--json").Output).RootElement.EnumerateArray()
            .Select(c => c.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        return (claims, FlagIds(folder.File("report.json")));
    }

    private static List<string> FlagIds(string report) =>
        JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("flags").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static CliResult Cli(TemporaryDirectory folder, params string[] arguments) =>
        CliProcess.Run(folder.Path, [.. arguments, "--db", folder.File("factcheck.db"), "--rules", RepositoryPaths.Rules]);
}
