using System.Text;
using FactCheck.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

/// <summary>A bad row of a CSV collection costs that row alone; a file without rows says so.</summary>
public sealed class CsvCollectionReaderTests
{
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

    private string Csv => _folder.File("c.csv");

    private List<Document> Read() => Pipelines.Default.CreateDocumentSource().Read([Csv], _warnings).ToList();

    [Test]
    public void Read_HeaderOnly_WarnsThatTheFileHoldsNoDocuments()
    {
        File.WriteAllText(Csv, "title,text,date\n");
        Assert.That(Read(), Is.Empty);
        var warning = _warnings.Warnings.Single();
        Assert.That((warning.Path, warning.Problem), Is.EqualTo((Csv, "no documents in the file (only a header)")));
    }

    [Test]
    public void Read_InvalidUtf8_IsReplacedWithTheWarningTextFilesGet()
    {
        File.WriteAllBytes(Csv, [.. Encoding.UTF8.GetBytes("title,text\nKharkiv,The caf"), 0xE9, .. Encoding.UTF8.GetBytes(" owner said 12 people were killed.\n")]);
        var document = Read().Single();
        Assert.That(document.Text, Does.Contain("caf\uFFFD owner"));
        Assert.That(_warnings.Warnings.Select(w => w.ToString()),
            Is.EqualTo(new[] { new Warning(Csv, "1 invalid UTF-8 sequences replaced with U+FFFD").ToString() }));
    }

    [Test]
    public void Read_AFieldOverTheLimit_SkipsItsRowWithoutHoldingItAndReadsTheNextRows()
    {
        var huge = 3 * DocumentLimit.MaximumBytes;
        using (var file = new StreamWriter(Csv))
        {
            file.Write("title,text\nChernihiv,\"The ministry said 21 people were killed in Chernihiv.\"\nDump,\"");
            var block = new string('7', 1 << 16);
            for (long written = 0; written < huge; written += block.Length) file.Write(block);
            file.Write("\"\nKyiv,\"Officials said 9 people were injured in Kyiv.\"\n");
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        var documents = Read();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(documents.Select(d => d.Title), Is.EqualTo(new[] { "Chernihiv", "Kyiv" }));
        var warning = _warnings.Warnings.Single();
        Assert.That(warning.Path, Is.EqualTo(Csv + "#2"));
        Assert.That(warning.Problem, Does.Contain($"larger than {DocumentLimit.MaximumBytes / (1024 * 1024)} MB"));
        Assert.That(allocated, Is.LessThan(huge), "bytes allocated while skipping a field three times the limit");
    }

    [Test]
    public void Read_QuotedLineBreaks_StayInsideTheirField()
    {
        File.WriteAllText(Csv, "title,text\r\nOne,\"First line.\r\nSecond line, 5 killed.\"\r\n\r\nTwo,Other text.\r\n");
        var documents = Read();
        Assert.That(documents.Select(d => (d.Path[(Csv.Length + 1)..], d.Text)), Is.EqualTo(new[]
        {
            ("1", "First line.\nSecond line, 5 killed."), ("2", "Other text."),
        }));
        Assert.That(_warnings.Warnings, Is.Empty);
    }
}
