using System.CommandLine;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Ingestion;
using FactCheck.Pipeline;
using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Cli.Commands;

/// <summary>
/// The stages a command needs, taken from the pipeline and built from its options on first use:
/// the store, the lexicon, the rules. Commands only wire these together.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private readonly string _databasePath;
    private IFactStore? _store;
    private IReadOnlyList<IRule>? _rules;
    private string? _rulesFingerprint;
    private Lexicon? _lexicon;

    private Workspace(string databasePath, string rulesDirectory)
    {
        _databasePath = databasePath;
        RulesDirectory = rulesDirectory;
    }

    /// <summary>The one pipeline the command line runs: <see cref="FactCheckPipelineBuilder"/> lists what is in it.</summary>
    public static FactCheckPipeline Pipeline { get; } = new FactCheckPipelineBuilder().Build();

    public string RulesDirectory { get; }
    public string DatabasePath => _databasePath;

    /// <summary>The database as messages name it (a server's URI without its password).</summary>
    public string DatabaseName => FactStores.Describe(_databasePath);

    /// <summary>Whether there is a stored database to read (a file, or a server database with the schema).</summary>
    public bool DatabaseExists => FactStores.Exists(_databasePath);
    public WarningCollector Warnings { get; } = new();

    public IFactStore Store => _store ??= Pipeline.OpenStore(_databasePath);

    /// <summary>The store as each command uses it: documents and claims, check runs' findings, the verdict log.</summary>
    public IDocumentStore Documents => Store;
    public IFindingStore Findings => Store;
    public IVerdictLog VerdictLog => Store;

    public static Workspace From(ParseResult parse) =>
        new(WorkspaceOptions.DatabaseOf(parse), ResolveRules(parse.GetValue(WorkspaceOptions.Rules)));

    /// <summary>Loaded once for extraction and for checking the names rules use: it is most of a small run's start-up.</summary>
    public Lexicon Lexicon => _lexicon ??= Pipeline.LoadLexicon(RulesDirectory);

    public Ingestor CreateIngestor()
    {
        var lexicon = Lexicon;
        Store.SaveSources(lexicon.Claimants.Select(c => new Source(c.Name, c.Family, c.Aliases)));
        var source = Pipeline.CreateDocumentSource(namesRelativeTo: FactStores.NamesRelativeTo(_databasePath));
        return new Ingestor(source, Pipeline.CreateExtractor(lexicon), Store);
    }

    /// <summary>
    /// Reads the rules and throws the first problem in them, before anything is stored; kept for the
    /// check. Files unchanged since a complete check were valid then and are not read again (the
    /// check's fingerprint starts with the rules', see <see cref="Checker"/>).
    /// </summary>
    public void ValidateRules()
    {
        if (DatabaseExists && RulesFingerprint is { } rules && Store.CheckFingerprint() is { } checkedWith && checkedWith.StartsWith(rules + "|", StringComparison.Ordinal))
            return;
        _rules = LoadRules();
    }

    public Checker CreateChecker() => new(() => new RuleEngine(_rules ?? LoadRulesToCheck()), Store, Store, RulesFingerprint);

    /// <summary>Null when a rule file cannot be read (see <see cref="Rules.RulesFingerprint.Of"/>).</summary>
    private string? RulesFingerprint => _rulesFingerprint ??= Rules.RulesFingerprint.Of(RulesDirectory);

    private IReadOnlyList<IRule> LoadRules() => Pipeline.CreateRuleLoader(RuleVocabulary.From(Lexicon)).Load(RulesDirectory, Warnings);

    /// <summary>
    /// For a check: when the latest stored run was checked under these rules' fingerprint (the same rule
    /// files, lexicon and build), their names were checked against this lexicon then, and it is not read.
    /// </summary>
    private IReadOnlyList<IRule> LoadRulesToCheck()
    {
        if (_lexicon is null && RulesFingerprint is { } rules && Findings.LatestRun()?.RulesFingerprint == rules)
            return Pipeline.CreateRuleLoader(RuleVocabulary.CheckedBefore).Load(RulesDirectory, Warnings);
        return LoadRules();
    }

    public void Dispose() => _store?.Dispose();

    private static string ResolveRules(string? given)
    {
        if (given is not null)
        {
            if (!Directory.Exists(given)) throw new UserInputException($"{given}: rules folder not found");
            return given;
        }
        // Run from a checkout, the project's rules win; installed elsewhere, the shipped copy serves.
        if (Directory.Exists("rules")) return "rules";
        return Path.Combine(AppContext.BaseDirectory, "rules");
    }
}

/// <summary>A problem the user can fix, reported as one line without a stack trace.</summary>
internal sealed class UserInputException(string message) : Exception(message);
