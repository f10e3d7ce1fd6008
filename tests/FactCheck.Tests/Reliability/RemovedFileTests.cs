using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// A file removed from a folder is gone from the store at the folder's next ingest: its claims no
/// longer take part in checks, its flags retire, and every verdict on them is kept.
/// </summary>
[TestFixture]
public sealed class RemovedFileTests
{
    [Test]
    public void AFileRemovedFromAnIngestedFolder_RetiresItsFlagsAndKeepsTheirVerdicts()
    {
        using var workspace = new TemporaryDirectory();
        var corpus = Directory.CreateDirectory(workspace.File("corpus")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        CliResult Cli(params string[] arguments) =>
            CliProcess.Run(workspace.Path, [.. arguments, "--db", workspace.File("factcheck.db"), "--rules", RepositoryPaths.Rules]);

        Assert.That(Cli("run", "corpus", "--format", "json", "--out", workspace.File("first.json")).ExitCode, Is.Zero);
        var flag = JsonDocument.Parse(File.ReadAllText(workspace.File("first.json"))).RootElement.GetProperty("flags").EnumerateArray()
            .First(f => f.GetProperty("message").GetString()!.Contains("NATO"));
        var flagId = flag.GetProperty("id").GetString()!;
        var natoDocument = flag.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("source").GetString() == "NATO")
            .GetProperty("document").GetString()!;
        Assert.That(Cli("review", "set", flagId, "--verdict", "confirmed", "--note", "NATO's estimate against Moscow's toll", "--reviewer", "ana").ExitCode, Is.Zero);

        File.Delete(Path.Combine(workspace.Path, natoDocument));
        var again = Cli("run", "corpus", "--format", "json", "--out", workspace.File("second.json"));

        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(again.Output, Does.Contain("1 removed"), "the ingest line counts the document gone from disk");
        var claims = JsonDocument.Parse(Cli("claims", "--json").Output).RootElement.EnumerateArray();
        Assert.That(claims.Select(c => c.GetProperty("document").GetString()), Has.None.EqualTo(natoDocument));
        var flags = JsonDocument.Parse(File.ReadAllText(workspace.File("second.json"))).RootElement.GetProperty("flags").EnumerateArray();
        Assert.That(flags.Select(f => f.GetProperty("id").GetString()), Has.None.EqualTo(flagId));
        Assert.That(Cli("review", "list").Output, Does.Not.Contain(flagId));

        var exported = JsonDocument.Parse(Cli("review", "export").Output).RootElement.EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == flagId);
        Assert.That(exported.GetProperty("retired").GetBoolean(), Is.True);
        Assert.That(exported.GetProperty("verdict").GetString(), Is.EqualTo("confirmed"));
        Assert.That(exported.GetProperty("history")[0].GetProperty("note").GetString(), Is.EqualTo("NATO's estimate against Moscow's toll"));
    }

    [Test]
    public void AFileOutsideTheIngestedFolder_IsKeptThoughGone()
    {
        using var workspace = new TemporaryDirectory();
        Directory.CreateDirectory(workspace.File("a"));
        Directory.CreateDirectory(workspace.File("b"));
        File.WriteAllText(workspace.File("a/nato.txt"), "NATO estimated that 7,000 to 15,000 Russian soldiers have been killed in four weeks of war.\n");
        File.WriteAllText(workspace.File("b/kyiv.txt"), "Officials said 9 people were injured in Kyiv.\n");
        CliResult Cli(params string[] arguments) =>
            CliProcess.Run(workspace.Path, [.. arguments, "--db", workspace.File("factcheck.db"), "--rules", RepositoryPaths.Rules]);
        Assert.That(Cli("ingest", "a", "b").ExitCode, Is.Zero);

        File.Delete(workspace.File("a/nato.txt"));
        Assert.That(Cli("ingest", "b").Output, Does.Not.Contain("removed"));

        var documents = JsonDocument.Parse(Cli("claims", "--json").Output).RootElement.EnumerateArray()
            .Select(c => c.GetProperty("document").GetString()).Distinct();
        Assert.That(documents, Is.EquivalentTo(new[] { "a/nato.txt", "b/kyiv.txt" }), "only the folder ingested again is compared with the disk");
    }
}
