using FactCheck.Extraction;
using FactCheck.Ingestion;
using FactCheck.Reports;
using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>
/// What a <see cref="FactCheckPipelineBuilder"/> listed, frozen. The command line and the review
/// page take every stage from here: the store, the lexicon, the readers, the extractor, the rules
/// and the report writers.
/// </summary>
public sealed class FactCheckPipeline
{
    private readonly Func<Lexicon, IClaimExtractor> _createExtractor;
    private readonly Func<string, IFactStore> _openStore;

    internal FactCheckPipeline(DocumentReaders readers, Func<Lexicon, IClaimExtractor> createExtractor, RuleKindRegistry ruleKinds,
        ReportWriters reportWriters, Func<string, IFactStore> openStore)
    {
        Readers = readers;
        _createExtractor = createExtractor;
        RuleKinds = ruleKinds;
        ReportWriters = reportWriters;
        _openStore = openStore;
    }

    public DocumentReaders Readers { get; }
    public RuleKindRegistry RuleKinds { get; }
    public ReportWriters ReportWriters { get; }

    /// <summary>The store a --db value names, created when missing.</summary>
    public IFactStore OpenStore(string database) => _openStore(database);

    /// <summary>The lexicon of a rules folder (its lexicon/ files), read by extraction and by the rules' name checks alike.</summary>
    public Lexicon LoadLexicon(string rulesDirectory) => Lexicon.Load(rulesDirectory);

    public IClaimExtractor CreateExtractor(Lexicon lexicon) => _createExtractor(lexicon);

    /// <summary>Documents from files and folders; with <paramref name="namesRelativeTo"/>, named by their path from that folder.</summary>
    public DocumentSource CreateDocumentSource(string? namesRelativeTo = null) => new(Readers) { NamesRelativeTo = namesRelativeTo };

    /// <summary>Loads rule files, checking the names they use against <paramref name="vocabulary"/>.</summary>
    public RuleLoader CreateRuleLoader(RuleVocabulary vocabulary) => new(RuleKinds, vocabulary);
}
