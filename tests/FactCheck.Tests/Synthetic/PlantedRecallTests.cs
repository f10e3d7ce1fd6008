using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Ingestion;
using FactCheck.Pipeline;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Synthetic;

/// <summary>
/// The real pipeline (reader, extractor, SQLite store, default rules) over a generated corpus of a
/// few hundred documents, scored against the planted ground truth.
/// </summary>
[TestFixture]
public sealed class PlantedRecallTests
{
    private const int Documents = 400;
    private const double RequiredRecall = 0.99;

    private TemporaryDirectory _workspace = null!;
    private PlantedManifest _manifest = null!;
    private IReadOnlyList<Flag> _discrepancies = null!;
    private IReadOnlyList<Claim> _claims = null!;
    private int _storedDocuments;
    private WarningCollector _warnings = null!;

    [OneTimeSetUp]
    public void GenerateAndCheck()
    {
        _workspace = new TemporaryDirectory();
        var corpus = Path.Combine(_workspace.Path, "corpus");
        new CorpusGenerator(seed: 20240404).Generate(corpus, Documents);
        _manifest = PlantedManifest.Load(Path.Combine(corpus, PlantedManifest.FileName));

        _warnings = new WarningCollector();
        using var store = SqliteFactStore.Open(_workspace.File("factcheck.db"));
        var ingestor = new Ingestor(Pipelines.Default.CreateDocumentSource(), new ClaimExtractor(Lexicon.Load(RepositoryPaths.Rules)), store);
        ingestor.Ingest([Path.Combine(corpus, CorpusGenerator.DocumentsFolder)], _warnings);
        var checker = new Checker(new RuleEngine(new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules)), store, store);
        var result = checker.Check();
        Assert.That(result.Failures, Is.Empty);
        _discrepancies = store.Flags().Select(f => f.Flag).Where(f => f.Kind == FindingKind.Discrepancy).ToList();
        _claims = store.Claims(new ClaimQuery());
        _storedDocuments = store.Documents().Count;
    }

    [OneTimeTearDown]
    public void RemoveWorkspace() => _workspace.Dispose();

    [Test]
    public void Ingest_OfAGeneratedCorpus_ReadsEveryDocumentWithoutWarnings()
    {
        Assert.That(_warnings.Warnings, Is.Empty);
        Assert.That(_storedDocuments, Is.EqualTo(Documents));
    }

    [Test]
    public void Check_OfAGeneratedCorpus_FlagsAtLeast99PercentOfPlantedDiscrepancies()
    {
        var planted = _manifest.Pairs.Where(p => p.Expect == PlantedExpectation.Discrepancy).ToList();
        var missed = planted.Where(p => !_discrepancies.Any(f => Links(f, p))).ToList();

        Assert.That(planted, Has.Count.GreaterThan(100));
        var recall = 1 - (double)missed.Count / planted.Count;
        Assert.That(recall, Is.GreaterThanOrEqualTo(RequiredRecall),
            $"{missed.Count} of {planted.Count} planted discrepancies not flagged:\n{string.Join("\n", missed.Take(10).Select(Describe))}");
    }

    [Test]
    public void Check_OfAGeneratedCorpus_NeverFlagsAPlantedAgreementAsADiscrepancy()
    {
        var agreements = _manifest.Pairs.Where(p => p.Expect == PlantedExpectation.Agreement).ToList();
        var flagged = agreements.Where(p => _discrepancies.Any(f => Links(f, p))).ToList();

        Assert.That(agreements, Has.Count.GreaterThan(100));
        Assert.That(flagged, Is.Empty, string.Join("\n", flagged.Take(10).Select(Describe)));
    }

    [Test]
    public void Check_OfAGeneratedCorpus_NeverFlagsADecoy()
    {
        // "Floods in Badenka last year killed 1,240 people" beside this year's toll there: another time, or a comparison.
        var decoys = _manifest.Pairs.Where(p => p.Expect == PlantedExpectation.Decoy).ToList();
        var flagged = decoys.Where(p => _discrepancies.Any(f => f.Claims.Any(c => IsAt(c, p.A)))).ToList();

        Assert.That(decoys, Has.Count.GreaterThan(50));
        Assert.That(flagged, Is.Empty, string.Join("\n", flagged.Take(10).Select(p => p.A.Sentence)));
    }

    [Test]
    public void Extract_OfAGeneratedCorpus_FindsEveryPlantedFigureWithItsClaimant()
    {
        var figures = _manifest.Pairs.Where(p => p.Expect != PlantedExpectation.Decoy).SelectMany(p => new[] { p.A, p.B }).ToList();
        var wrong = figures.Where(f => !ClaimsAt(f).Any(c => c.Claimant == f.Claimant)).ToList();

        Assert.That(wrong, Is.Empty, string.Join("\n", wrong.Take(10).Select(f =>
            $"{f.Document}: '{f.Sentence}' expected {f.Claimant}, extracted {string.Join(", ", ClaimsAt(f).Select(c => $"{c.Claimant} {c.Metric} {c.Side} {c.Subject} {c.Location}"))}")));
    }

    private static bool Links(Flag flag, PlantedPair pair) =>
        flag.Claims.Any(c => IsAt(c, pair.A)) && flag.Claims.Any(c => IsAt(c, pair.B));

    /// <summary>A claim is the planted figure when it starts within the figure's words in the same document.</summary>
    private static bool IsAt(Claim claim, PlantedFigure figure) =>
        claim.Start >= figure.Start && claim.Start < figure.End && Path.GetFileName(claim.Document) == figure.Document;

    private IEnumerable<Claim> ClaimsAt(PlantedFigure figure) => _claims.Where(c => IsAt(c, figure));

    private string Describe(PlantedPair pair) =>
        $"{pair.Id} ({pair.Metric}, {pair.Side} {pair.Subject}, {pair.Place}):\n  A {Describe(pair.A)}\n  B {Describe(pair.B)}";

    private string Describe(PlantedFigure figure) =>
        $"{figure.Document} '{figure.Sentence}' -> " +
        string.Join("; ", ClaimsAt(figure).Select(c => $"[{c.Claimant} {c.Metric} {c.Side} {c.Subject} {c.Unit} {c.Low}-{c.High} at {c.Location} on {c.AssertedOn} period {c.Period} {c.Modality}]"));
}
