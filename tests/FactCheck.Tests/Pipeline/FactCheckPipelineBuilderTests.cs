using FactCheck.Extraction.Extractor;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Pipeline;
using FactCheck.Reports;
using FactCheck.Rules;
using FactCheck.Rules.Conversion;
using FactCheck.Rules.Corroboration;
using FactCheck.Rules.DateArithmetic;
using FactCheck.Rules.NumericConflict;
using FactCheck.Rules.PartWhole;
using FactCheck.Rules.QuoteVariance;
using FactCheck.Rules.Revision;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Pipeline;

/// <summary>
/// The builder lists everything that runs; what is added to it before Build() runs too, and
/// nothing can be added after.
/// </summary>
public sealed class FactCheckPipelineBuilderTests
{
    private TemporaryDirectory _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryDirectory();

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Test]
    public void Default_ReadsTextHtmlCsvAndJsonLinesByExtension()
    {
        var readers = new FactCheckPipelineBuilder().Build().Readers;

        Assert.That(readers.Extensions, Is.EqualTo(new[] { ".txt", ".md", ".html", ".htm", ".csv", ".jsonl" }));
        Assert.That(readers.For("a.TXT"), Is.InstanceOf<TextDocumentReader>());
        Assert.That(readers.For("a.md"), Is.InstanceOf<TextDocumentReader>());
        Assert.That(readers.For("a.htm"), Is.InstanceOf<HtmlDocumentReader>());
        Assert.That(readers.For("a.csv"), Is.InstanceOf<CsvCollectionReader>());
        Assert.That(readers.For("a.jsonl"), Is.InstanceOf<JsonLinesCollectionReader>());
        Assert.That(readers.For("a.pdf"), Is.Null);
    }

    [Test]
    public void Default_ListsTheSevenRuleKindsAndTheFourReportFormats()
    {
        var pipeline = new FactCheckPipelineBuilder().Build();

        Assert.That(pipeline.RuleKinds.Names, Is.EqualTo(new[]
        {
            new NumericConflictKind().Name, new CorroborationKind().Name, new DateArithmeticKind().Name, new ConversionKind().Name,
            new RevisionKind().Name, new PartWholeKind().Name, new QuoteVarianceKind().Name,
        }));
        Assert.That(pipeline.ReportWriters.Formats, Is.EqualTo(new[] { "md", "html", "json", "csv" }));
    }

    [Test]
    public void Default_LoadsEveryShippedRule()
    {
        var pipeline = new FactCheckPipelineBuilder().Build();
        var rules = pipeline.CreateRuleLoader(RuleVocabulary.From(pipeline.LoadLexicon(RepositoryPaths.Rules))).Load(RepositoryPaths.Rules);

        Assert.That(rules.Select(r => r.Definition.Kind).Distinct(StringComparer.OrdinalIgnoreCase), Is.EquivalentTo(pipeline.RuleKinds.Names));
    }

    [Test]
    public void Default_OpensASqliteStoreCreatingTheFile()
    {
        var database = _folder.File("facts.db");
        using (var store = new FactCheckPipelineBuilder().Build().OpenStore(database))
            Assert.That(store.Documents(), Is.Empty);

        Assert.That(File.Exists(database));
    }

    [Test]
    public void AddedReader_IngestsItsFilesThroughTheRealExtractorAndStore()
    {
        var documents = Directory.CreateDirectory(_folder.File("documents")).FullName;
        File.WriteAllText(Path.Combine(documents, "sumy.rst"), "Sumy update\nOfficials said 40 people were killed in Sumy on Monday.\n");
        File.WriteAllText(Path.Combine(documents, "notes.pdf"), "not read");
        var pipeline = new FactCheckPipelineBuilder().AddReader(".rst", new FirstLineTitleReader()).Build();
        var warnings = new WarningCollector();

        using var store = pipeline.OpenStore(_folder.File("facts.db"));
        var summary = new Ingestor(pipeline.CreateDocumentSource(), pipeline.CreateExtractor(Some.Lexicon), store).Ingest([documents], warnings);

        Assert.That(summary.Added, Is.EqualTo(1));
        Assert.That(store.Claims(new ClaimQuery()).Select(c => (c.Metric, c.Low)), Does.Contain(("killed", 40.0)));
        Assert.That(warnings.Warnings.Single().ToString(), Does.Contain("notes.pdf: unsupported file type (expected .txt, .md, .html, .htm, .csv, .jsonl or .rst)"));
    }

    [Test]
    public void AddedRuleKind_IsLoadedFromARuleFileAndFindsWhatItLooksFor()
    {
        var rules = Directory.CreateDirectory(_folder.File("rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "mine.json"), """
            { "rules": [ { "id": "over-thirty", "kind": "figure-above", "limit": 30, "message": "over thirty" } ] }
            """);
        var pipeline = new FactCheckPipelineBuilder().AddRuleKind(new FigureAboveKind()).Build();

        var loaded = pipeline.CreateRuleLoader(RuleVocabulary.From(Some.Lexicon)).Load(rules);
        var found = new RuleEngine(loaded).Run([Some.Claim(low: 20, high: 20), Some.Claim(low: 40, high: 40)]).Flags;

        Assert.That(found.Select(f => (f.RuleId, f.Claims.Single().Low)), Is.EqualTo(new[] { ("over-thirty", 40.0) }));
    }

    [Test]
    public void DefaultPipeline_RefusesAKindNoOneAdded()
    {
        var rules = Directory.CreateDirectory(_folder.File("rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "mine.json"), """
            { "rules": [ { "id": "over-thirty", "kind": "figure-above", "limit": 30, "message": "over thirty" } ] }
            """);

        var error = Assert.Throws<RuleFileException>(() => Pipelines.Default.CreateRuleLoader(RuleVocabulary.From(Some.Lexicon)).Load(rules))!;

        Assert.That(error.Message, Does.Contain("unknown kind 'figure-above'"));
    }

    [Test]
    public void AddedReportWriter_IsAFormatThereIsAWriterFor()
    {
        var writer = new DocumentCountWriter();
        var pipeline = new FactCheckPipelineBuilder().AddReportWriter(writer).Build();

        Assert.That(pipeline.ReportWriters.Formats, Is.EqualTo(new[] { "md", "html", "json", "csv", "count" }));
        Assert.That(pipeline.ReportWriters.Find("COUNT"), Is.SameAs(writer));
    }

    [Test]
    public void UseStore_OpensWhatTheGivenFunctionMakesOfTheDatabaseName()
    {
        var pipeline = new FactCheckPipelineBuilder().UseStore(name => SqliteFactStore.Open(_folder.File(name + ".sqlite"))).Build();

        using (pipeline.OpenStore("team")) { }

        Assert.That(File.Exists(_folder.File("team.sqlite")));
    }

    [Test]
    public void Build_FreezesTheBuilder()
    {
        var builder = new FactCheckPipelineBuilder();
        var pipeline = builder.Build();

        Assert.That(() => builder.AddReader(".rst", new FirstLineTitleReader()), Throws.InvalidOperationException);
        Assert.That(() => builder.AddRuleKind(new FigureAboveKind()), Throws.InvalidOperationException);
        Assert.That(() => builder.AddReportWriter(new DocumentCountWriter()), Throws.InvalidOperationException);
        Assert.That(() => builder.UseExtractor(lexicon => new ClaimExtractor(lexicon)), Throws.InvalidOperationException);
        Assert.That(() => builder.UseStore(SqliteFactStore.Open), Throws.InvalidOperationException);
        Assert.That(builder.Build(), Is.SameAs(pipeline));
        Assert.That(pipeline.Readers.Extensions, Does.Not.Contain(".rst"));
    }

    [Test]
    public void Add_WhatIsAlreadyListed_FailsNamingIt()
    {
        var builder = new FactCheckPipelineBuilder();

        Assert.That(() => builder.AddReader(".TXT", new FirstLineTitleReader()),
            Throws.ArgumentException.With.Message.Contains("'.TXT' files are already read by TextDocumentReader"));
        Assert.That(() => builder.AddReader("rst", new FirstLineTitleReader()), Throws.ArgumentException.With.Message.Contains("starts with a dot"));
        Assert.That(() => builder.AddRuleKind(new NumericConflictKind()), Throws.ArgumentException.With.Message.Contains("'numeric-conflict' is already listed"));
        Assert.That(() => builder.AddReportWriter(new MarkdownReportWriter()), Throws.ArgumentException.With.Message.Contains("'md' is already listed"));
    }

    /// <summary>A format of our own: the first line is the title, the rest the text.</summary>
    private sealed class FirstLineTitleReader : IDocumentReader
    {
        public bool OneDocumentPerFile => true;

        public IEnumerable<Document> Read(string path, IWarningSink warnings)
        {
            var lines = File.ReadAllLines(path);
            var text = string.Join('\n', lines.Skip(1));
            yield return Some.Document(text, path, title: lines[0]);
        }
    }

    /// <summary>"figure-above": flags every claim whose lowest figure is over the rule's "limit".</summary>
    private sealed class FigureAboveKind : IRuleKind
    {
        public string Name => "figure-above";

        public IRule Create(RuleDefinition definition)
        {
            var settings = new RuleSettings(definition);
            var limit = settings.Number("limit");
            settings.RejectUnknownFields();
            return new FigureAbove(definition, limit);
        }

        private sealed class FigureAbove(RuleDefinition definition, double limit) : IRule
        {
            public RuleDefinition Definition => definition;

            public IEnumerable<Flag> Evaluate(ClaimSet claims) =>
                claims.All.Where(c => c.Low > limit).Select(c => new Flag
                {
                    RuleId = definition.Id, RuleKind = "figure-above", Severity = Severity.Info, Message = definition.Message, Claims = [c],
                });
        }
    }

    /// <summary>A report of one number: how many documents are stored.</summary>
    private sealed class DocumentCountWriter : IReportWriter
    {
        public string Format => "count";

        public void Write(Report report, TextWriter output) => output.Write(report.Summary.Documents);
    }
}
