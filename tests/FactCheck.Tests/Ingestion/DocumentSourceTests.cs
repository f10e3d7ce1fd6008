using System.Text;
using FactCheck.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

public sealed class DocumentSourceTests
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

    private List<Document> Read(params string[] paths) => Pipelines.Default.CreateDocumentSource().Read(paths, _warnings).ToList();

    [Test]
    public void Read_Seeds_GivesFiveDocumentsDatedByTheManifest()
    {
        var documents = Read(RepositoryPaths.Seeds);
        Assert.That(documents, Has.Count.EqualTo(5));
        Assert.That(documents.All(d => d.DateSource == DateSource.Manifest));
        Assert.That(documents[0].Publisher, Is.EqualTo("FRANCE 24"));
        Assert.That(documents[3].Published, Is.EqualTo(new DateOnly(2024, 4, 4)));
        Assert.That(_warnings.Warnings, Is.Empty);
    }

    [Test]
    public void Read_CrlfBomAndLf_GiveTheSameTextAndHash()
    {
        File.WriteAllText(_folder.File("lf.txt"), "Title\nNATO said 7,000 died.\n");
        File.WriteAllBytes(_folder.File("crlf.txt"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title\r\nNATO said 7,000 died.\r\n")]);
        File.WriteAllBytes(_folder.File("utf16.txt"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Title\r\nNATO said 7,000 died.\r\n")]);
        var documents = Read(_folder.Path);
        Assert.That(documents.Select(d => d.ContentHash).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Read_ScrapedHeaderLines_AreMetadataNotText()
    {
        File.WriteAllText(_folder.File("scraped.txt"), "Title: Floods kill 41\nDate: 2019-08-18\nSource: Example Wire\nURL: https://example.com/a/123\nFloods killed 41 people, officials said.\n");
        var document = Read(_folder.Path).Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo("Floods kill 41"));
            Assert.That(document.Published, Is.EqualTo(new DateOnly(2019, 8, 18)));
            Assert.That(document.Publisher, Is.EqualTo("Example Wire"));
            Assert.That(document.Text, Is.EqualTo("Floods killed 41 people, officials said.\n"));
        });
    }

    [Test]
    public void Read_FrontMatter_GivesDateAndPublisherAndIsNotText()
    {
        File.WriteAllText(_folder.File("a.md"), "---\npublished: 2022-03-23\npublisher: Example News\ntitle: A title\n---\nBody text.\n");
        var document = Read(_folder.Path).Single();
        Assert.That((document.Published, document.DateSource, document.Publisher, document.Title, document.Text),
            Is.EqualTo(((DateOnly?)new DateOnly(2022, 3, 23), DateSource.FrontMatter, (string?)"Example News", "A title", "Body text.\n")));
    }

    [TestCase("date: 2024-10-02", 2024, 10, 2)]
    [TestCase("date: 2017-06-15T10:00:00+01:00", 2017, 6, 15)]
    [TestCase("date: 2017-06-14\npublished: 2017-06-15", 2017, 6, 15)]
    [TestCase("published: 2017-06-15\ndate: 2017-06-14", 2017, 6, 15)]
    public void Read_FrontMatterDateAsJekyllAndHugoWriteIt_IsThePublicationDate_AndPublishedWins(string lines, int year, int month, int day)
    {
        File.WriteAllText(_folder.File("a.md"), $"---\ntitle: Helene losses\n{lines}\n---\nInsured losses will be about $6.4 billion.\n");
        var document = Read(_folder.Path).Single();
        Assert.That((document.Published, document.DateSource), Is.EqualTo(((DateOnly?)new DateOnly(year, month, day), DateSource.FrontMatter)));
    }

    [Test]
    public void Read_NoMetadata_InfersTheDateFromTheText()
    {
        File.WriteAllText(_folder.File("a.txt"), "Live blog\nThursday, April 4, 2024\n1808 GMT — something\n");
        var document = Read(_folder.Path).Single();
        Assert.That((document.Published, document.DateSource), Is.EqualTo(((DateOnly?)new DateOnly(2024, 4, 4), DateSource.Inferred)));
    }

    // NewsFirst, undated, on Hurricane Melissa: the day of landfall its lead gives is not the day it was written, days later.
    [Test]
    public void Read_NoMetadata_ADateRunningProseLeadsIntoIsNoPublicationDate()
    {
        File.WriteAllText(_folder.File("a.md"), "Death Toll in Jamaica Rises to 19 After Hurricane Melissa\n\nHurricane Melissa, one of the strongest hurricanes " +
                                                "ever to hit Jamaica, made landfall on October 29, 2025, tearing up trees.\n");
        var document = Read(_folder.Path).Single();
        Assert.That((document.Published, document.DateSource), Is.EqualTo(((DateOnly?)null, DateSource.Unknown)));
    }

    // A photo caption's date after a place, and a report's title, still date the document.
    [TestCase("Fighting in Mariupol\n\nA man walks past a burnt building in Mariupol, eastern Ukraine, Friday, May 9, 2014.\n", 2014, 5, 9)]
    [TestCase("Latest from the OSCE Special Monitoring Mission to Ukraine based on information received as of 27 September 2015\n\nThe SMM observed.\n", 2015, 9, 27)]
    public void Read_NoMetadata_ACaptionsOrTitlesDateDatesTheDocument(string text, int year, int month, int day)
    {
        File.WriteAllText(_folder.File("a.txt"), text);
        var document = Read(_folder.Path).Single();
        Assert.That((document.Published, document.DateSource), Is.EqualTo(((DateOnly?)new DateOnly(year, month, day), DateSource.Inferred)));
    }

    [TestCase("https://www.euronews.com/2017/09/22/rescues-continue-as-mexico-quake-deaths-rise-to-273", 2017, 9, 22)]
    [TestCase("https://www.pri.org/stories/2011-01-21/brazil-flood-deaths-top-760", 2011, 1, 21)]
    [TestCase("https://www.aljazeera.com/news/2015/8/16/fears-for-missing-firefighters-as-china-toll-climbs", 2015, 8, 16)]
    [TestCase("https://www.theguardian.com/world/2023/sep/12/libya-floods-derna-death-toll", 2023, 9, 12)]
    [TestCase("https://en.sputniknews.africa/amp/20240424/tens-of-thousands-of-people-in-buenos-aires-protest-against-govt-policies-in-education-1066207775.html", 2024, 4, 24)]
    public void Read_NoDateButADayInTheAddress_IsDatedByTheAddress(string url, int year, int month, int day)
    {
        // The text's only full date is a past event's: the address is the better witness of the day the story was filed.
        File.WriteAllText(_folder.File("a.txt"), $"---\ntitle: Death toll rises\nurl: {url}\n---\nThe quake struck on the anniversary of the September 19, 1985 earthquake.\n");
        var document = Read(_folder.Path).Single();
        Assert.That((document.Published, document.DateSource), Is.EqualTo(((DateOnly?)new DateOnly(year, month, day), DateSource.Url)));
    }

    [Test]
    public void Read_AddressWithAMonthOnlyOrAFrontMatterDate_DoesNotDateByTheAddress()
    {
        File.WriteAllText(_folder.File("month.txt"), "---\nurl: https://economywatchng.com/2023/09/flood-death-toll-could-reach-20000-in-libyas-derna-mayor-says/\n---\nThe toll could reach 20,000, the mayor said.\n");
        File.WriteAllText(_folder.File("dated.txt"), "---\npublished: 2017-09-21\nurl: https://www.euronews.com/2017/09/22/rescues-continue\n---\nThe toll rose to 273.\n");
        // An article number is no day, even when its first digits could be one.
        File.WriteAllText(_folder.File("number.txt"), "---\nurl: https://www.standardmedia.co.ke/article/2001498144/ruto-at-pains-to-explain\n---\nThe toll rose to 19.\n");
        var documents = Read(_folder.Path).ToDictionary(d => System.IO.Path.GetFileName(d.Path));
        Assert.Multiple(() =>
        {
            Assert.That((documents["month.txt"].Published, documents["month.txt"].DateSource), Is.EqualTo(((DateOnly?)null, DateSource.Unknown)));
            Assert.That((documents["number.txt"].Published, documents["number.txt"].DateSource), Is.EqualTo(((DateOnly?)null, DateSource.Unknown)));
            Assert.That((documents["dated.txt"].Published, documents["dated.txt"].DateSource), Is.EqualTo(((DateOnly?)new DateOnly(2017, 9, 21), DateSource.FrontMatter)));
        });
    }

    [Test]
    public void Read_BadFiles_AreWarnedAboutAndSkipped()
    {
        File.WriteAllText(_folder.File("empty.txt"), "");
        File.WriteAllBytes(_folder.File("binary.txt"), [0x00, 0x01, 0x02, 0x00, 0xFF]);
        File.WriteAllBytes(_folder.File("latin1.txt"), [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" said 12 people died.")]);
        File.WriteAllText(_folder.File("notes.pdf"), "%PDF");
        File.WriteAllText(_folder.File("manifest.json"), "{ not json");
        var documents = Read(_folder.Path, _folder.File("missing.txt"));
        Assert.That(documents.Single().Text, Does.Contain("\uFFFD"));
        var problems = string.Join("\n", _warnings.Warnings);
        Assert.That(problems, Does.Contain("empty.txt: empty document"));
        Assert.That(problems, Does.Contain("binary.txt: looks like a binary file"));
        Assert.That(problems, Does.Contain("latin1.txt: 1 invalid UTF-8"));
        Assert.That(problems, Does.Contain("notes.pdf: unsupported file type"));
        Assert.That(problems, Does.Contain("manifest.json: malformed manifest"));
        Assert.That(problems, Does.Contain("missing.txt: no such file"));
    }

    [Test]
    public void Read_HugeFile_IsSkippedWithoutBeingReadIntoMemory()
    {
        using (var huge = new FileStream(_folder.File("huge.txt"), FileMode.CreateNew))
            huge.SetLength(200L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var documents = Read(_folder.Path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(documents, Is.Empty);
        Assert.That(_warnings.Warnings.Single().ToString(), Does.Contain($"huge.txt: larger than {DocumentLimit.MaximumBytes / (1024 * 1024)} MB"));
        Assert.That(allocated, Is.LessThan(1024 * 1024), "bytes allocated while skipping a 200 MB file");
    }

    [TestCase("huge.txt")]
    [TestCase("huge.md")]
    [TestCase("huge.html")]
    public void Read_SingleDocumentOverTheLimit_IsSkippedWithAWarningNamingTheLimit(string name)
    {
        using (var huge = new FileStream(_folder.File(name), FileMode.CreateNew))
            huge.SetLength(DocumentLimit.MaximumBytes + 1);
        Assert.That(Read(_folder.Path), Is.Empty);
        var warning = _warnings.Warnings.Single();
        Assert.That((warning.Path, warning.Problem),
            Is.EqualTo((_folder.File(name), $"larger than {DocumentLimit.MaximumBytes / (1024 * 1024)} MB, too large for one article; skipped")));
    }

    [Test]
    public void Read_FileNameWithABackslash_IsNamedByItsOwnPath()
    {
        Assume.That(Path.DirectorySeparatorChar, Is.EqualTo('/'), "a backslash is a separator on Windows");
        var name = _folder.File(@"kyiv\update.txt");
        File.WriteAllText(name, "Kyiv update\nOfficials said 9 people were injured in Kyiv.\n");
        var document = Read(_folder.Path).Single();
        Assert.That(document.Path, Is.EqualTo(name));
        Assert.That(_warnings.Warnings, Is.Empty);
    }

    [Test]
    public void Read_AReaderFailingOnAFile_CostsTheRestOfThatFileOnly()
    {
        File.WriteAllText(_folder.File("a.jsonl"), "first\nsecond\n");
        File.WriteAllText(_folder.File("b.jsonl"), "third\n");
        var source = new DocumentSource(new DocumentReaders([(".jsonl", new FailingOnSecondLine())]));
        var documents = source.Read([_folder.Path], _warnings).Select(d => d.Text).ToList();
        Assert.That(documents, Is.EqualTo(new[] { "first", "third" }));
        Assert.That(_warnings.Warnings.Single().ToString(), Does.Contain("a.jsonl: cannot read (InvalidOperationException: the second line"));
    }

    /// <summary>A reader with a bug its authors did not foresee: it throws on a file's second line.</summary>
    private sealed class FailingOnSecondLine : IDocumentReader
    {
        public bool OneDocumentPerFile => false;

        public IEnumerable<Document> Read(string path, IWarningSink warnings)
        {
            var lines = File.ReadAllLines(path);
            for (var k = 0; k < lines.Length; k++)
            {
                if (k == 1) throw new InvalidOperationException("the second line");
                yield return new Document { Path = $"{path}#{k + 1}", Title = lines[k], Text = lines[k] };
            }
        }
    }

    [Test]
    public void Gone_NamesTheStoredDocumentsOfAnIngestedFolderNoLongerOnDisk()
    {
        Directory.CreateDirectory(_folder.File("corpus"));
        File.WriteAllText(_folder.File("corpus/kept.txt"), "Officials said 9 people were injured in Kyiv.");
        File.WriteAllText(_folder.File("corpus/kept.csv"), "title,text\n");
        var source = Pipelines.Default.CreateDocumentSource(namesRelativeTo: _folder.Path);
        string[] stored = ["corpus/kept.txt", "corpus/gone.txt", "corpus/kept.csv#2", "corpus/gone.csv#1", "corpus/gone.csv#2", "elsewhere/gone.txt", "../gone.txt"];

        Assert.That(source.Gone([_folder.File("corpus")], stored), Is.EqualTo(new[] { "corpus/gone.txt", "corpus/gone.csv#1", "corpus/gone.csv#2" }));
        Assert.That(source.Gone([_folder.Path], stored), Is.EqualTo(new[] { "corpus/gone.txt", "corpus/gone.csv#1", "corpus/gone.csv#2", "elsewhere/gone.txt" }),
            "the database's own folder holds everything named relative to it, but not what lies above it");
        Assert.That(source.Gone([_folder.File("corpus/kept.txt"), _folder.File("missing")], stored), Is.Empty, "only folders that exist are compared with the disk");
    }

    [Test]
    public void Read_ReplacementCharacterWrittenInTheFile_IsNotCountedAsInvalid()
    {
        File.WriteAllBytes(_folder.File("a.txt"), [.. Encoding.UTF8.GetBytes("Title\nA real \uFFFD sign and a bad byte "), 0xFF, (byte)'.']);
        var document = Read(_folder.Path).Single();
        Assert.That(document.Text.Count(c => c == '\uFFFD'), Is.EqualTo(2));
        Assert.That(_warnings.Warnings.Single().Problem, Does.StartWith("1 invalid UTF-8 sequences replaced"));
    }

    [Test]
    public void Read_Html_KeepsOnlyVisibleText()
    {
        File.WriteAllText(_folder.File("a.html"),
            "<html><head><title>Toll</title><script>var x = '99 dead';</script><style>p{}</style></head>" +
            "<body><nav>Home</nav><h1>Toll</h1><p>NATO said <b>7,000</b> died.</p><p>Second paragraph.</p></body></html>");
        var document = Read(_folder.Path).Single();
        Assert.That(document.Title, Is.EqualTo("Toll"));
        Assert.That(document.Text, Is.EqualTo("Toll\nNATO said 7,000 died.\nSecond paragraph."));
    }

    [Test]
    public void Read_CsvAndJsonlCollections_GiveOneDocumentPerRecord()
    {
        File.WriteAllText(_folder.File("c.csv"), "title,text,date\nOne,\"First, text.\",\"March 2, 2022\"\nTwo,Second text.,2022-03-03\n");
        File.WriteAllText(_folder.File("j.jsonl"), "{\"title\":\"A\",\"text\":\"Alpha.\",\"date\":\"2022-03-02\"}\nnot json\n{\"title\":\"B\",\"content\":\"Beta.\"}\n");
        var documents = Read(_folder.Path);
        Assert.That(documents.Select(d => d.Path), Is.EqualTo(new[]
        {
            $"{_folder.Path}/c.csv#1", $"{_folder.Path}/c.csv#2", $"{_folder.Path}/j.jsonl#1", $"{_folder.Path}/j.jsonl#3",
        }));
        Assert.That(documents[0].Published, Is.EqualTo(new DateOnly(2022, 3, 2)));
        Assert.That(documents[0].DateSource, Is.EqualTo(DateSource.CollectionField));
        Assert.That(_warnings.Warnings.Single().Path, Does.EndWith("j.jsonl#2"));
    }

    [Test]
    public void Read_ReutersCorpus_GivesEveryRowAsADatedArticle()
    {
        var corpus = Path.Combine(RepositoryPaths.Corpora, "reuters-2017", "articles.csv");
        Assert.That(File.Exists(corpus), $"{corpus}: the shared corpora are not beside this checkout");
        var documents = Read(corpus);
        // 989 data rows (its README says 990; Python's csv module also reads 989).
        Assert.That(documents, Has.Count.EqualTo(989));
        Assert.That(documents.Count(d => d.DateSource == DateSource.CollectionField), Is.EqualTo(989));
    }
}
