using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Ingestion;
using FactCheck.Pipeline;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Pipeline;

/// <summary>
/// A re-run skips documents whose text and lexicon are unchanged, and extracts again those whose
/// lexicon changed: a user who adds a trigger word sees it applied to the documents already stored.
/// </summary>
public sealed class IngestorTests
{
    private TemporaryDirectory _folder = null!;
    private string _rules = null!;
    private string _documents = null!;

    [SetUp]
    public void CopyRulesAndWriteADocument()
    {
        _folder = new TemporaryDirectory();
        _rules = _folder.File("rules");
        foreach (var file in Directory.GetFiles(RepositoryPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_rules, Path.GetRelativePath(RepositoryPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        _documents = _folder.File("documents");
        Directory.CreateDirectory(_documents);
        File.WriteAllText(Path.Combine(_documents, "sumy.txt"), "Sumy update\nOfficials said 40 people were slaughtered in Sumy on Monday.\n");
        File.WriteAllText(Path.Combine(_documents, "kyiv.txt"), "Kyiv update\nOfficials said 9 people were injured in Kyiv on Monday.\n");
        // Files written this instant get no stamp (a second write in the same tick would not show); these are settled.
        foreach (var file in Directory.GetFiles(_documents)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Test]
    public void Ingest_SameTextAndLexicon_ExtractsNothingAgain()
    {
        var first = Ingest();
        var again = Ingest();

        Assert.That((first.Added, first.Unchanged), Is.EqualTo((2, 0)));
        Assert.That((again.Added, again.Updated, again.Unchanged, again.Claims), Is.EqualTo((0, 0, 2, 0)));
    }

    [Test]
    public void Ingest_AfterALexiconEdit_ExtractsTheStoredDocumentsAgain()
    {
        Ingest();
        Assert.That(MetricOf("sumy.txt"), Is.EqualTo("count"));

        var metrics = Path.Combine(_rules, "lexicon", "metrics.json");
        File.WriteAllText(metrics, File.ReadAllText(metrics).Replace("\"killed\",", "\"killed\", \"slaughtered\",", StringComparison.Ordinal));
        var again = Ingest();

        Assert.That((again.Added, again.Updated, again.Unchanged), Is.EqualTo((0, 2, 0)));
        Assert.That(MetricOf("sumy.txt"), Is.EqualTo("killed"));
    }

    [Test]
    public void Ingest_AnEditedFile_IsExtractedAgain()
    {
        Ingest();
        var sumy = Path.Combine(_documents, "sumy.txt");
        File.WriteAllText(sumy, "Sumy update\nOfficials said 41 people were injured in Sumy on Monday.\n");
        File.SetLastWriteTimeUtc(sumy, DateTime.UtcNow.AddMinutes(-30));

        var again = Ingest();

        Assert.That((again.Updated, again.Unchanged), Is.EqualTo((1, 1)));
        Assert.That(MetricOf("sumy.txt"), Is.EqualTo("wounded"));
    }

    [Test]
    public void Ingest_ATouchedFileWithTheSameText_IsUnchangedAndItsNewStampKept()
    {
        Ingest();
        var kyiv = Path.Combine(_documents, "kyiv.txt");
        File.SetLastWriteTimeUtc(kyiv, DateTime.UtcNow.AddMinutes(-30));

        var again = Ingest();

        Assert.That((again.Updated, again.Unchanged), Is.EqualTo((0, 2)));
        using var store = SqliteFactStore.Open(_folder.File("facts.db"));
        Assert.That(store.DocumentVersions()[kyiv].FileStamp, Is.EqualTo(FileStamp.Of(kyiv)).And.Not.Null);
    }

    [Test]
    public void Ingest_AFileWithItsStoredSizeAndTime_IsNotReadAgain()
    {
        Ingest();
        // Same size, same modification time, other text: only a run that skipped reading keeps the old claim.
        var sumy = Path.Combine(_documents, "sumy.txt");
        var modified = File.GetLastWriteTimeUtc(sumy);
        File.WriteAllText(sumy, File.ReadAllText(sumy).Replace("40 people were slaughtered", "41 people were slaughtered", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(sumy, modified);

        var again = Ingest();

        Assert.That((again.Updated, again.Unchanged), Is.EqualTo((0, 2)));
        using var store = SqliteFactStore.Open(_folder.File("facts.db"));
        Assert.That(store.Claims(new ClaimQuery { Document = sumy }).Single().Low, Is.EqualTo(40));
    }

    [Test]
    public void FileStamp_OfAFileWrittenJustNow_IsNone()
    {
        var fresh = _folder.File("fresh.txt");
        File.WriteAllText(fresh, "just written");

        Assert.That(FileStamp.Of(fresh), Is.Null);
        File.SetLastWriteTimeUtc(fresh, DateTime.UtcNow.AddMinutes(-1));
        Assert.That(FileStamp.Of(fresh), Does.StartWith("12:"));
    }

    private IngestSummary Ingest()
    {
        using var store = SqliteFactStore.Open(_folder.File("facts.db"));
        var ingestor = new Ingestor(Pipelines.Default.CreateDocumentSource(), new ClaimExtractor(Lexicon.Load(_rules)), store);
        return ingestor.Ingest([_documents], new WarningCollector());
    }

    private string MetricOf(string file)
    {
        using var store = SqliteFactStore.Open(_folder.File("facts.db"));
        return store.Claims(new ClaimQuery { Document = Path.Combine(_documents, file) }).Single().Metric;
    }
}
