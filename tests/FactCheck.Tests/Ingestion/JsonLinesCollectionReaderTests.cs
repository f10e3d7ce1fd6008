using System.Text;
using FactCheck.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

/// <summary>A bad line of a JSON Lines collection costs that line alone, with a warning naming file, line and problem.</summary>
public sealed class JsonLinesCollectionReaderTests
{
    private const string Good = """{"title":"NATO estimate","text":"NATO estimated that 7,000 to 15,000 Russian soldiers have been killed in four weeks of war."}""";

    private TemporaryDirectory _folder = null!;
    private WarningCollector _warnings = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TemporaryDirectory();
        _warnings = new WarningCollector();
    }

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    private List<Document> Read(string name) => Pipelines.Default.CreateDocumentSource().Read([_folder.File(name)], _warnings).ToList();

    [TestCase("""{"title":"a","text":"5 killed","text":"x"}""", "key 'text' given twice")]
    [TestCase("""{"title":"a","Text":"5 killed","text":"x"}""", "keys 'Text' and 'text' differ only in case")]
    [TestCase("""{"title":"a","text":"5 killed \ud800"}""", "lone UTF-16 surrogate")]
    [TestCase("""{"title":"a","text":"5 killed"}}""", "invalid JSON")]
    [TestCase("""["5 killed"]""", "not a JSON object")]
    public void Read_ABadLine_IsSkippedWithAWarningAndTheNextLinesAreRead(string bad, string problem)
    {
        File.WriteAllText(_folder.File("c.jsonl"), $"{Good}\n{bad}\n{Good}\n");
        var documents = Read("c.jsonl");
        Assert.That(documents.Select(d => d.Path), Is.EqualTo(new[] { _folder.File("c.jsonl") + "#1", _folder.File("c.jsonl") + "#3" }));
        var warning = _warnings.Warnings.Single();
        Assert.That(warning.Path, Is.EqualTo(_folder.File("c.jsonl") + "#2"));
        Assert.That(warning.Problem, Does.Contain(problem).And.EndWith("line skipped"));
    }

    [Test]
    public void Read_InvalidUtf8_IsReplacedWithTheWarningTextFilesGet()
    {
        File.WriteAllBytes(_folder.File("c.jsonl"),
            [.. Encoding.UTF8.GetBytes("""{"text":"The caf"""), 0xE9, .. Encoding.UTF8.GetBytes(""" owner said 12 people were killed."}""" + "\n")]);
        var document = Read("c.jsonl").Single();
        Assert.That(document.Text, Does.Contain("caf\uFFFD owner"));
        Assert.That(_warnings.Warnings.Select(w => w.ToString()),
            Is.EqualTo(new[] { new Warning(_folder.File("c.jsonl"), "1 invalid UTF-8 sequences replaced with U+FFFD").ToString() }));
    }

    [TestCase("")]
    [TestCase("\n\n  \n")]
    public void Read_NoRecord_WarnsThatTheFileHoldsNoDocuments(string content)
    {
        File.WriteAllText(_folder.File("c.jsonl"), content);
        Assert.That(Read("c.jsonl"), Is.Empty);
        var warning = _warnings.Warnings.Single();
        Assert.That((warning.Path, warning.Problem), Is.EqualTo((_folder.File("c.jsonl"), "no documents in the file")));
    }

    [Test]
    public void Read_ALineOverTheLimit_IsSkippedWithoutBeingHeldAndTheNextLinesAreRead()
    {
        var huge = 3 * DocumentLimit.MaximumBytes;
        using (var file = new StreamWriter(_folder.File("c.jsonl")))
        {
            file.Write(Good + "\n{\"text\":\"");
            var block = new string('7', 1 << 16);
            for (long written = 0; written < huge; written += block.Length) file.Write(block);
            file.Write("\"}\n" + Good + "\n");
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        var documents = Read("c.jsonl");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(documents.Select(d => d.Path.Split('#')[1]), Is.EqualTo(new[] { "1", "3" }));
        var warning = _warnings.Warnings.Single();
        Assert.That(warning.Path, Is.EqualTo(_folder.File("c.jsonl") + "#2"));
        Assert.That(warning.Problem, Does.Contain($"larger than {DocumentLimit.MaximumBytes / (1024 * 1024)} MB"));
        Assert.That(allocated, Is.LessThan(huge), "bytes allocated while skipping a line three times the limit");
    }
}
