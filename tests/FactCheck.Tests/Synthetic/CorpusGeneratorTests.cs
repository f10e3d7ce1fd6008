using FactCheck.Ingestion;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Synthetic;

[TestFixture]
public sealed class CorpusGeneratorTests
{
    [Test]
    public void Generate_WithTheSameSeed_WritesByteIdenticalFiles()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        new CorpusGenerator(seed: 11).Generate(first.Path, 120);
        new CorpusGenerator(seed: 11).Generate(second.Path, 120);

        var names = FileNames(first.Path);
        Assert.That(FileNames(second.Path), Is.EqualTo(names));
        Assert.That(names, Has.Length.EqualTo(121), "120 documents and planted.json");
        Assert.That(names, Does.Contain(PlantedManifest.FileName));
        foreach (var name in names)
            Assert.That(File.ReadAllBytes(Path.Combine(second.Path, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Path, name))), name);
    }

    [Test]
    public void Generate_WithAnotherSeed_WritesAnotherCorpus()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        new CorpusGenerator(seed: 11).Generate(first.Path, 20);
        new CorpusGenerator(seed: 12).Generate(second.Path, 20);

        Assert.That(File.ReadAllText(second.File(PlantedManifest.FileName)), Is.Not.EqualTo(File.ReadAllText(first.File(PlantedManifest.FileName))));
    }

    [Test]
    public void Generate_PlantsEachFigureWhereTheManifestSays()
    {
        using var corpus = new TemporaryDirectory();
        var summary = new CorpusGenerator(seed: 3).Generate(corpus.Path, 200);
        var manifest = PlantedManifest.Load(corpus.File(PlantedManifest.FileName));

        Assert.That(manifest.Pairs.Count(p => p.Expect != PlantedExpectation.Decoy), Is.EqualTo(summary.Discrepancies + summary.Agreements));
        Assert.That(summary.Discrepancies, Is.GreaterThan(50));
        Assert.That(summary.Agreements, Is.GreaterThan(50));
        var texts = Pipelines.Default.CreateDocumentSource().Read([Path.Combine(corpus.Path, CorpusGenerator.DocumentsFolder)], new Diagnostics.WarningCollector())
            .ToDictionary(d => Path.GetFileName(d.Path), d => d.Text);
        foreach (var figure in manifest.Pairs.SelectMany(p => new[] { p.A, p.B }))
        {
            var text = texts[figure.Document];
            Assert.That(text[figure.Start..figure.End], Is.EqualTo(figure.Text), figure.Document);
            Assert.That(text, Does.Contain(figure.Sentence));
        }
    }

    [Test]
    public void Generate_PlantsConflictsBeyondAndAgreementsWithinTheRulesTolerance()
    {
        using var corpus = new TemporaryDirectory();
        new CorpusGenerator(seed: 5).Generate(corpus.Path, 300);
        var manifest = PlantedManifest.Load(corpus.File(PlantedManifest.FileName));

        foreach (var pair in manifest.Pairs.Where(p => p.Expect != PlantedExpectation.Decoy))
        {
            var (lower, higher) = pair.A.High <= pair.B.Low ? (pair.A, pair.B) : (pair.B, pair.A);
            var disjoint = lower.High * 1.1 < higher.Low * 0.9;
            Assert.That(disjoint, Is.EqualTo(pair.Expect == PlantedExpectation.Discrepancy), $"{pair.Id}: {pair.A.Text} / {pair.B.Text}");
            Assert.That(pair.A.Claimant, Is.Not.EqualTo(pair.B.Claimant), pair.Id);
        }
    }

    [Test]
    public void Generate_SetsDecoysBesideEventsAtTheirPlace()
    {
        using var corpus = new TemporaryDirectory();
        new CorpusGenerator(seed: 5).Generate(corpus.Path, 300);
        var decoys = PlantedManifest.Load(corpus.File(PlantedManifest.FileName)).Pairs.Where(p => p.Expect == PlantedExpectation.Decoy).ToList();

        Assert.That(decoys, Is.Not.Empty);
        foreach (var decoy in decoys)
        {
            Assert.That(decoy.A.Document, Is.EqualTo(decoy.B.Document), decoy.Id);
            Assert.That(decoy.A.Sentence, Does.Contain(decoy.Place), "a past year's toll or a comparison at the event's own place");
        }
    }

    [Test]
    public void Generate_GivesEveryEventAPlaceOfItsOwn()
    {
        using var corpus = new TemporaryDirectory();
        new CorpusGenerator(seed: 9).Generate(corpus.Path, 300);
        var places = PlantedManifest.Load(corpus.File(PlantedManifest.FileName)).Pairs.Where(p => p.Expect != PlantedExpectation.Decoy).Select(p => p.Place).ToList();

        Assert.That(places, Is.Unique);
    }

    [Test]
    public void PlaceNames_AreDistinctAcrossAHundredThousandEvents()
    {
        var names = Enumerable.Range(0, 100_000).Select(PlaceNames.For).ToList();

        Assert.That(names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(names.Count));
        Assert.That(names.All(n => char.IsUpper(n[0]) && n.All(char.IsLetter)));
    }

    private static string[] FileNames(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal).ToArray();
}
