using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Ingestion;
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

namespace FactCheck.Pipeline;

/// <summary>
/// Everything that runs, listed once, in order: the document readers by file extension, the claim
/// extractor, the rule kinds, the report writers and the store. An extension adds itself here;
/// <see cref="Build"/> freezes the lists into the <see cref="FactCheckPipeline"/> that the command
/// line and the review page ask for each stage.
/// </summary>
public sealed class FactCheckPipelineBuilder
{
    private readonly List<(string Extension, IDocumentReader Reader)> _readers = [];
    private readonly List<IRuleKind> _ruleKinds = [];
    private readonly List<IReportWriter> _reportWriters = [];
    private Func<Lexicon, IClaimExtractor> _createExtractor;
    private Func<string, IFactStore> _openStore;
    private FactCheckPipeline? _built;

    public FactCheckPipelineBuilder()
    {
        // Ingestion: text and HTML files hold one document each; CSV and JSON Lines files hold collections.
        var text = new TextDocumentReader();
        var html = new HtmlDocumentReader();
        AddReader(".txt", text);
        AddReader(".md", text);
        AddReader(".html", html);
        AddReader(".htm", html);
        AddReader(".csv", new CsvCollectionReader());
        AddReader(".jsonl", new JsonLinesCollectionReader());

        // Extraction: one extractor per lexicon. Its stages (sentences, numbers, non-claims, frames,
        // claimants, quotes, dates, places, events) share state from sentence to sentence, so they run
        // as one unit rather than as steps to list apart.
        _createExtractor = lexicon => new ClaimExtractor(lexicon);

        // Rules: the kinds a rule file may name.
        AddRuleKind(new NumericConflictKind());
        AddRuleKind(new CorroborationKind());
        AddRuleKind(new DateArithmeticKind());
        AddRuleKind(new ConversionKind());
        AddRuleKind(new RevisionKind());
        AddRuleKind(new PartWholeKind());
        AddRuleKind(new QuoteVarianceKind());

        // Reports: one writer per --format, in the order the help lists them.
        AddReportWriter(new MarkdownReportWriter());
        AddReportWriter(new HtmlReportWriter());
        AddReportWriter(new JsonReportWriter());
        AddReportWriter(new CsvReportWriter());

        // Store: what --db names, opened (and created when missing).
        _openStore = FactStores.Open;
    }

    /// <summary>Files whose name ends in <paramref name="extension"/> (".txt", case ignored) are read by <paramref name="reader"/>.</summary>
    public FactCheckPipelineBuilder AddReader(string extension, IDocumentReader reader)
    {
        Unbuilt();
        if (!extension.StartsWith('.') || extension.Length < 2) throw new ArgumentException($"'{extension}': an extension starts with a dot, as in \".txt\"", nameof(extension));
        if (_readers.FirstOrDefault(r => string.Equals(r.Extension, extension, StringComparison.OrdinalIgnoreCase)) is { Reader: { } taken })
            throw new ArgumentException($"'{extension}' files are already read by {taken.GetType().Name}", nameof(extension));
        _readers.Add((extension, reader));
        return this;
    }

    /// <summary>Rule files may name <paramref name="kind"/> by its <see cref="IRuleKind.Name"/>.</summary>
    public FactCheckPipelineBuilder AddRuleKind(IRuleKind kind)
    {
        Unbuilt();
        if (_ruleKinds.Any(k => string.Equals(k.Name, kind.Name, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"a rule kind named '{kind.Name}' is already listed", nameof(kind));
        _ruleKinds.Add(kind);
        return this;
    }

    /// <summary>Reports may be written as <paramref name="writer"/>'s <see cref="IReportWriter.Format"/>.</summary>
    public FactCheckPipelineBuilder AddReportWriter(IReportWriter writer)
    {
        Unbuilt();
        if (_reportWriters.Any(w => string.Equals(w.Format, writer.Format, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"a report writer for '{writer.Format}' is already listed", nameof(writer));
        _reportWriters.Add(writer);
        return this;
    }

    /// <summary>Claims are extracted by what <paramref name="create"/> makes of the rules folder's lexicon.</summary>
    public FactCheckPipelineBuilder UseExtractor(Func<Lexicon, IClaimExtractor> create)
    {
        Unbuilt();
        _createExtractor = create;
        return this;
    }

    /// <summary>The store is what <paramref name="open"/> makes of the --db value.</summary>
    public FactCheckPipelineBuilder UseStore(Func<string, IFactStore> open)
    {
        Unbuilt();
        _openStore = open;
        return this;
    }

    /// <summary>The pipeline, frozen: the builder takes no more additions (building again gives the same pipeline).</summary>
    public FactCheckPipeline Build() => _built ??= new FactCheckPipeline(
        new DocumentReaders(_readers), _createExtractor, new RuleKindRegistry(_ruleKinds), new ReportWriters([.. _reportWriters]), _openStore);

    private void Unbuilt()
    {
        if (_built is not null) throw new InvalidOperationException("the pipeline is already built; add to the builder before Build()");
    }
}
