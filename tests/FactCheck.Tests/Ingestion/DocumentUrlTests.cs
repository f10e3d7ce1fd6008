using FactCheck.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

/// <summary>Where an article is published, read from every place a file or its folder can say it.</summary>
public sealed class DocumentUrlTests
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

    private Dictionary<string, string?> Urls() =>
        Pipelines.Default.CreateDocumentSource().Read([_folder.Path], _warnings).ToDictionary(d => Path.GetFileName(d.Path), d => d.Url);

    [Test]
    public void Url_IsReadFromFrontMatterHeaderLinesManifestAndCollectionFields()
    {
        File.WriteAllText(_folder.File("front.md"), "---\ntitle: Toll\nurl: https://example.org/front\n---\nNATO said 7,000 died.\n");
        File.WriteAllText(_folder.File("header.txt"), "Title: Toll\nURL: https://example.org/header\n\nNATO said 7,000 died.\n");
        File.WriteAllText(_folder.File("listed.txt"), "NATO said 7,000 died.\n");
        File.WriteAllText(_folder.File("none.txt"), "NATO said 7,000 died.\n");
        File.WriteAllText(_folder.File("manifest.json"), """{ "listed.txt": { "url": "https://example.org/listed" } }""");
        File.WriteAllText(_folder.File("rows.csv"), "title,text,link\nToll,NATO said 7000 died.,https://example.org/row\n");
        File.WriteAllText(_folder.File("lines.jsonl"), """{"title": "Toll", "text": "NATO said 7,000 died.", "url": "https://example.org/line"}""" + "\n");

        var urls = Urls();

        Assert.That(urls["front.md"], Is.EqualTo("https://example.org/front"));
        Assert.That(urls["header.txt"], Is.EqualTo("https://example.org/header"));
        Assert.That(urls["listed.txt"], Is.EqualTo("https://example.org/listed"));
        Assert.That(urls["none.txt"], Is.Null);
        Assert.That(urls["rows.csv#1"], Is.EqualTo("https://example.org/row"));
        Assert.That(urls["lines.jsonl#1"], Is.EqualTo("https://example.org/line"));
        Assert.That(_warnings.Warnings, Is.Empty, "url is a known manifest field");
    }
}
