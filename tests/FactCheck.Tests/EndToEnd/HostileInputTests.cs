using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// One good article among files that are empty, binary, mis-encoded, huge, absurdly nested, badly
/// quoted, unreadable, a named pipe and a folder loop, links to devices, a manifest that is a pipe,
/// collections with bad, huge or no records, ingested through the real command line: nothing good
/// is lost, each bad file or record gets one warning naming it, and the run finishes. Every reader
/// (.txt, .md, .html, .csv, .jsonl, the manifest) meets a device, a pipe and a record over the limit.
/// </summary>
[TestFixture]
public sealed class HostileInputTests
{
    private const string GoodArticle = """
        published: 2022-03-23
        NATO estimates Russian losses
        NATO estimated that 7,000 to 15,000 Russian soldiers have been killed in four weeks of war.
        """;

    private const string TwinArticle = """
        Mariupol update
        Zelensky said nearly 100,000 civilians remain trapped in Mariupol.
        """;

    private TemporaryDirectory _workspace = null!;
    private string _input = null!;
    private CliResult _ingest = null!;
    private JsonElement[] _claims = null!;
    private string[] _errorLines = null!;

    [OneTimeSetUp]
    public void IngestAHostileFolder()
    {
        _workspace = new TemporaryDirectory();
        _input = Path.Combine(_workspace.Path, "input");
        Directory.CreateDirectory(_input);

        File.WriteAllText(In("good.txt"), GoodArticle);
        File.WriteAllText(In("twin-utf8.txt"), TwinArticle);
        File.WriteAllBytes(In("twin-utf16.txt"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(TwinArticle)]);
        File.WriteAllText(In("empty.txt"), "");
        File.WriteAllBytes(In("binary.txt"), RandomBytesWithNuls(4096));
        // Three invalid sequences: a Latin-1 é, a lone 0xFF, and a lead byte followed by ASCII.
        File.WriteAllBytes(In("latin1.txt"),
        [
            .. Encoding.UTF8.GetBytes("Kharkiv report\nThe caf"), 0xE9, .. Encoding.UTF8.GetBytes(" owner "), 0xFF,
            .. Encoding.UTF8.GetBytes(" said the mayor confirmed 12 people were killed in Kharkiv "), 0xC3,
            .. Encoding.UTF8.GetBytes("(on Monday).\n"),
        ]);
        CreateSparseFile(In("huge.txt"), 200L * 1024 * 1024);
        File.WriteAllText(In("deep.html"), DeeplyNestedHtml(100_000));
        File.WriteAllText(In("broken.csv"), """
            title,text,date
            Good row,"The ministry said 21 people were killed in Chernihiv.",2022-03-16
            Bad row,"An "unescaped" quote breaks this row about 50 people.",2022-03-16
            After,"Officials said 9 people were injured in Kyiv.",2022-03-17

            """);
        File.CreateSymbolicLink(In("dangling.txt"), "/nonexistent/article.txt");
        MakeFifo(In("pipe.txt"));
        File.CreateSymbolicLink(In("loop"), _input);

        foreach (var (name, device) in Devices) File.CreateSymbolicLink(In(name), device);
        Directory.CreateDirectory(In("sub"));
        MakeFifo(In("sub/manifest.json"));
        File.WriteAllText(In("sub/kyiv.txt"), "Kyiv update\nOfficials said 9 people were injured in Kyiv.\n");
        File.WriteAllText(In(@"kharkiv\update.txt"), "Kharkiv update\nThe mayor said 12 people were killed in Kharkiv.\n");
        File.WriteAllText(In("bad.jsonl"), string.Join('\n',
            JsonLine("Chernihiv", "The ministry said 21 people were killed in Chernihiv."),
            """{"title":"a","text":"5 killed","text":"x"}""",
            """{"title":"a","Text":"5 killed","text":"x"}""",
            """{"title":"a","text":"5 killed \ud800"}""",
            JsonLine("Kyiv", "Officials said 9 people were injured in Kyiv.")) + "\n");
        WriteHugeRecord(In("huge.jsonl"), "{\"text\":\"", "\"}\n" + JsonLine("Sumy", "Officials said 40 people were killed in Sumy.") + "\n");
        WriteHugeRecord(In("huge.csv"), "title,text\nDump,\"", "\"\nSumy,\"Officials said 40 people were killed in Sumy.\"\n");
        CreateSparseFile(In("huge.html"), 200L * 1024 * 1024);
        File.WriteAllText(In("empty.jsonl"), "");
        File.WriteAllText(In("header-only.csv"), "title,text,date\n");
        File.WriteAllBytes(In("latin1.csv"), [.. Encoding.UTF8.GetBytes("title,text\nKharkiv,The caf"), 0xE9, .. Encoding.UTF8.GetBytes(" owner said 12 people were killed.\n")]);
        File.WriteAllBytes(In("latin1.jsonl"), [.. Encoding.UTF8.GetBytes("{\"text\":\"The caf"), 0xE9, .. Encoding.UTF8.GetBytes(" owner said 12 people were killed.\"}\n")]);

        _ingest = CliProcess.Run(_workspace.Path, "ingest", _input, "--db", Database, "--rules", RepositoryPaths.Rules);
        _errorLines = _ingest.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var claims = CliProcess.Run(_workspace.Path, "claims", "--json", "--db", Database, "--rules", RepositoryPaths.Rules);
        Assert.That(claims.ExitCode, Is.Zero, claims.Error);
        _claims = JsonDocument.Parse(claims.Output).RootElement.EnumerateArray().ToArray();
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    /// <summary>Links to endless or empty devices, one for every reader.</summary>
    private static readonly (string Name, string Device)[] Devices =
    [
        ("zero.txt", "/dev/zero"), ("zero.md", "/dev/zero"), ("random.html", "/dev/urandom"),
        ("random.csv", "/dev/urandom"), ("zero.jsonl", "/dev/zero"),
    ];

    private string Database => _workspace.File("factcheck.db");
    private string In(string name) => Path.Combine(_input, name);

    /// <summary>How the store names a document: relative to the database's folder.</summary>
    private static string Stored(string name) => $"input/{name}";

    [Test]
    public void Ingest_HostileFolder_Succeeds() =>
        // A pipe or a device that held the run up would never return: the runner fails it as hung.
        Assert.That(_ingest.ExitCode, Is.Zero, _ingest.Error);

    [TestCase("empty.txt", "empty document")]
    [TestCase("binary.txt", "binary file")]
    [TestCase("latin1.txt", "3 invalid UTF-8 sequences replaced with U+FFFD")]
    [TestCase("huge.txt", "too large")]
    [TestCase("broken.csv#2", "broken quoting")]
    [TestCase("dangling.txt", "broken symbolic link")]
    [TestCase("pipe.txt", "not a regular file")]
    [TestCase("loop", "symbolic link loop")]
    [TestCase("deep.html", "nested more than 512 deep")]
    [TestCase("zero.txt", "not a regular file (a character device)")]
    [TestCase("zero.md", "not a regular file (a character device)")]
    [TestCase("random.html", "not a regular file (a character device)")]
    [TestCase("random.csv", "not a regular file (a character device)")]
    [TestCase("zero.jsonl", "not a regular file (a character device)")]
    [TestCase("sub/manifest.json", "not a regular file (a named pipe); ignored")]
    [TestCase("bad.jsonl#2", "key 'text' given twice")]
    [TestCase("bad.jsonl#3", "keys 'Text' and 'text' differ only in case")]
    [TestCase("bad.jsonl#4", "lone UTF-16 surrogate")]
    [TestCase("huge.jsonl#1", "too large")]
    [TestCase("huge.csv#1", "too large")]
    [TestCase("huge.html", "too large")]
    [TestCase("empty.jsonl", "no documents in the file")]
    [TestCase("header-only.csv", "no documents in the file (only a header)")]
    [TestCase("latin1.csv", "1 invalid UTF-8 sequences replaced with U+FFFD")]
    [TestCase("latin1.jsonl", "1 invalid UTF-8 sequences replaced with U+FFFD")]
    public void Ingest_EachBadFile_GetsExactlyOneWarningNamingIt(string name, string reason)
    {
        var path = In(name);
        var lines = _errorLines.Where(l => l.Contains(path, StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(1), $"warnings naming {path}:\n{_ingest.Error}");
        Assert.That(lines[0], Does.StartWith($"warning: {path}: ").And.Contain(reason));
    }

    [Test]
    public void Ingest_StandardError_HoldsOnlyOneLineWarnings()
    {
        Assert.That(_errorLines, Has.All.StartWith("warning: "), _ingest.Error);
        Assert.That(_errorLines, Has.Length.EqualTo(9 + Devices.Length + 11), _ingest.Error);
    }

    [TestCase("good.txt", "killed", 7000, 15000)]
    [TestCase("latin1.txt", "killed", 12, 12)]
    [TestCase("broken.csv#1", "killed", 21, 21)]
    [TestCase("broken.csv#3", "wounded", 9, 9)]
    [TestCase("deep.html", "killed", 40, 40)]
    [TestCase("twin-utf16.txt", "trapped", 95000, 100000)]
    [TestCase("sub/kyiv.txt", "wounded", 9, 9)]
    [TestCase(@"kharkiv\update.txt", "killed", 12, 12)]
    [TestCase("bad.jsonl#1", "killed", 21, 21)]
    [TestCase("bad.jsonl#5", "wounded", 9, 9)]
    [TestCase("huge.jsonl#2", "killed", 40, 40)]
    [TestCase("huge.csv#2", "killed", 40, 40)]
    public void Ingest_GoodContent_IsStoredWithItsClaims(string name, string metric, double low, double high)
    {
        var path = Stored(name);
        Assert.That(_claims.Any(c => c.GetProperty("document").GetString() == path && c.GetProperty("metric").GetString() == metric
                                     && c.GetProperty("low").GetDouble() == low && c.GetProperty("high").GetDouble() == high),
            $"no {metric} claim [{low}, {high}] from {path}; claims: {string.Join(", ", _claims.Select(c => c.GetProperty("document").GetString()))}");
    }

    [Test]
    public void Ingest_Utf16File_GivesTheSameClaimsAsItsUtf8Twin()
    {
        string[] Of(string name) => _claims.Where(c => c.GetProperty("document").GetString() == Stored(name))
            .Select(c => string.Join(" | ", new[] { "source", "metric", "subject", "side", "low", "high", "qualifier", "text", "start", "end" }
                .Select(p => c.GetProperty(p).ToString())))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.That(Of("twin-utf8.txt"), Is.Not.Empty);
        Assert.That(Of("twin-utf16.txt"), Is.EqualTo(Of("twin-utf8.txt")));
    }

    [Test]
    public void Run_CollectionWithBadLines_StillChecksAndWritesTheReport()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.File("input"));
        File.Copy(In("bad.jsonl"), folder.File("input/bad.jsonl"));

        var run = CliProcess.Run(folder.Path, "run", "input", "--format", "json", "--out", folder.File("report.json"),
            "--db", folder.File("factcheck.db"), "--rules", RepositoryPaths.Rules);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3).And.All.StartWith("warning: input/bad.jsonl#"));
        Assert.That(JsonDocument.Parse(File.ReadAllText(folder.File("report.json"))).RootElement.GetProperty("flags").ValueKind, Is.EqualTo(JsonValueKind.Array));
    }

    [Test]
    public void Ingest_FolderOfOnlyBadFiles_FailsWithOneLine()
    {
        using var folder = new TemporaryDirectory();
        using var database = new TemporaryDirectory();
        File.WriteAllText(folder.File("empty.txt"), "");
        File.WriteAllBytes(folder.File("binary.txt"), RandomBytesWithNuls(1024));
        File.CreateSymbolicLink(folder.File("dangling.txt"), "/nonexistent/article.txt");
        MakeFifo(folder.File("pipe.txt"));

        var result = CliProcess.Run(folder.Path, "ingest", folder.Path, "--db", database.File("factcheck.db"), "--rules", RepositoryPaths.Rules);

        Assert.That(result.ExitCode, Is.Not.Zero);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Where(l => !l.StartsWith("warning: ", StringComparison.Ordinal)),
            Is.EqualTo(new[] { $"factcheck: no document could be read from {folder.Path}" }), result.Error);
        Assert.That(lines.Count(l => l.StartsWith("warning: ", StringComparison.Ordinal)), Is.EqualTo(4), result.Error);
    }

    private static string JsonLine(string title, string text) => JsonSerializer.Serialize(new { title, text });

    /// <summary>A record of numbers past the document limit, between a head and a tail.</summary>
    private static void WriteHugeRecord(string path, string head, string tail)
    {
        using var file = new StreamWriter(path);
        file.Write(head);
        var block = string.Concat(Enumerable.Repeat("17 ", 1 << 14));
        for (long written = 0; written <= FactCheck.Ingestion.DocumentLimit.MaximumBytes; written += block.Length) file.Write(block);
        file.Write(tail);
    }

    private static byte[] RandomBytesWithNuls(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < length; i += 97) bytes[i] = 0;
        return bytes;
    }

    /// <summary>A file of the given length whose blocks are never written: no disk space, no time.</summary>
    private static void CreateSparseFile(string path, long length)
    {
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(length);
    }

    private static string DeeplyNestedHtml(int depth)
    {
        var html = new StringBuilder("<html><head><title>Sumy</title></head><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("<p>Officials said 40 people were killed in Sumy.</p>");
        html.Insert(html.Length, "</div>", depth);
        return html.Append("</body></html>").ToString();
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }
}
