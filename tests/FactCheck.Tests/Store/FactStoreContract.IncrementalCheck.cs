using System.Text.Json;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Pipeline;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Synthetic;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>
/// A check over a grown store re-checks only what was written since the last complete check of the
/// same rules, and stores exactly the flags a full check stores: the real pipeline and default rules
/// over the seeds, a generated corpus and real articles.
/// </summary>
public abstract partial class FactStoreContract
{
    private const string RulesUnderTest = "default rules";

    private static readonly Lazy<IReadOnlyList<IRule>> DefaultRules = new(() => new RuleLoader(Pipelines.Default.RuleKinds).Load(RepositoryPaths.Rules));

    private TemporaryDirectory? _corpora;

    [TearDown]
    public void RemoveCorpora() => _corpora?.Dispose();

    [Test]
    public void Check_AfterNewDocuments_ReChecksOnlyThem_AndStoresTheFlagsAFullCheckStores()
    {
        var (seeds, generated) = (Folder("seeds", RepositoryPaths.Seeds), Generated("base", seed: 7, documents: 200));
        Ingest(seeds, generated);
        var first = Check();
        Ingest(Generated("added", seed: 8, documents: 16), RealArticles(3));

        var grown = Check();
        var afterGrowing = Findings();
        var full = Check(full: true);

        Assert.That((first.Rechecked, grown.Rechecked, full.Rechecked), Is.EqualTo(((int?)null, (int?)19, (int?)null)));
        Assert.That(afterGrowing.Flags, Is.EqualTo(Findings().Flags), "the same flags, ids, fields and claims, in the same order");
        Assert.That(afterGrowing.Tally, Is.EqualTo(Findings().Tally));
        Assert.That(afterGrowing.Flags.Select(f => f.RuleId).Distinct(), Is.SupersetOf(new[] { "casualty-toll-conflict", "independent-agreement", "quote-wording" }),
            "flags of pairwise rules, and of a rule checked whole every time, to carry and to find");
        Assert.That((grown.Tally.SeverityLine(), grown.Tally.Agreements), Is.EqualTo((full.Tally.SeverityLine(), full.Tally.Agreements)));
    }

    [Test]
    public void Check_AfterADocumentIsRevisedAndAnotherRemoved_DropsTheirOldFlags_AndStoresTheFlagsAFullCheckStores()
    {
        var seeds = Folder("seeds", RepositoryPaths.Seeds);
        Ingest(seeds, Generated("base", seed: 7, documents: 200));
        Check();
        var file = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First(f => File.ReadAllText(f).Contains("498"));
        var revised = Store.Documents().Select(d => d.Path).Single(p => p.EndsWith(Path.GetFileName(file), StringComparison.Ordinal));
        var before = Findings().Flags.Where(f => f.Documents.Contains(revised)).Select(f => f.Id).ToList();
        File.WriteAllText(file, File.ReadAllText(file).Replace("498", "4,980"));
        Ingest(seeds);
        var removed = Store.Documents().Select(d => d.Path).First(p => p.Contains("base", StringComparison.Ordinal)
            && Findings().Flags.Any(f => f.Documents.Contains(p)));
        Store.RemoveDocuments([removed]);

        var result = Check();
        var incremental = Findings();
        Check(full: true);

        Assert.That(result.Rechecked, Is.EqualTo(1), "the revised document is re-checked; the removed one needs no check");
        Assert.That(before, Is.Not.Empty);
        Assert.That(incremental.Flags.Select(f => f.Id), Is.Not.SupersetOf(before), "a revised figure's flags are found anew");
        Assert.That(incremental.Flags.SelectMany(f => f.Documents), Has.None.EqualTo(removed));
        Assert.That(incremental.Flags, Is.EqualTo(Findings().Flags));
        Assert.That(incremental.Tally, Is.EqualTo(Findings().Tally));
    }

    [Test]
    public void Check_AfterNewDocuments_KeepsTheVerdictsOnCarriedFlags()
    {
        Ingest(Folder("seeds", RepositoryPaths.Seeds), Generated("base", seed: 7, documents: 200));
        Check();
        var decided = Store.Flags().First(f => f.Flag.Kind == FindingKind.Discrepancy).Flag;
        Store.RecordVerdict(Verdict(decided, "confirmed", "checked with the ministry"));
        Ingest(Generated("added", seed: 8, documents: 10));

        Assert.That(Check().Rechecked, Is.EqualTo(10));
        Assert.That(Store.Flag(decided.Id)?.Verdict, Is.EqualTo("confirmed"));
        Assert.That(Store.VerdictHistory(decided.Id).Single().Note, Is.EqualTo("checked with the ministry"));
    }

    [Test]
    public void Check_AfterTheRunItCarriedFlagsFromIsPruned_StillShowsThemWhole()
    {
        Ingest(Folder("seeds", RepositoryPaths.Seeds), Generated("base", seed: 7, documents: 200));
        Check();
        // One incremental check more than the runs kept: the full check's run is pruned, its flags carried on.
        for (var round = 0; round < CheckRuns.Kept; round++)
        {
            Ingest(Generated($"added-{round}", seed: 20 + round, documents: 5));
            Assert.That(Check().Rechecked, Is.EqualTo(5));
        }
        var incremental = Findings();
        Check(full: true);

        Assert.That(Store.Runs(), Has.Count.EqualTo(CheckRuns.Kept));
        Assert.That(incremental.Flags, Is.EqualTo(Findings().Flags));
        Assert.That(incremental.Flags.Select(f => f.Message), Has.None.Empty);
    }

    [Test]
    public void SaveRun_CarryingFromARunNoLongerStored_FailsWithoutStoringARun()
    {
        var (nato, moscow) = TwoSides();
        var kept = Store.SaveRun(Some.Run("first", 0), [FlagOf(moscow, nato)]);

        Assert.Throws<CarriedRunRemovedException>(() =>
            Store.SaveRun(Some.Run("second", 1), [], carried: new CarriedFlags(kept.Id + 1000, [], ["casualty-toll-conflict"])));
        Assert.That(Store.Runs().Select(r => r.Id), Is.EqualTo(new[] { kept.Id }));
        Assert.That(Store.Flags().Select(f => f.Flag.Id), Is.EqualTo(new[] { FlagOf(moscow, nato).Id }));
    }

    [Test]
    public void SaveRun_CarryingFlags_WhenFindingTheNewOnesFails_StoresNoRun_AndTheLatestStands()
    {
        var (nato, moscow) = TwoSides();
        var kept = Store.SaveRun(Some.Run("first", 0), [FlagOf(moscow, nato)]);
        IEnumerable<Flag> FailingMidway()
        {
            yield return FlagOf(nato, moscow) with { RuleId = "independent-agreement" };
            throw new InvalidOperationException("the claims could not be read");
        }

        var failure = Assert.Throws<InvalidOperationException>(() =>
            Store.SaveRun(Some.Run("second", 1), FailingMidway(), carried: new CarriedFlags(kept.Id, [], ["casualty-toll-conflict"], OnlyAdded: true)));
        Assert.That(failure!.Message, Is.EqualTo("the claims could not be read"));
        Assert.That(Store.Runs().Select(r => r.Id), Is.EqualTo(new[] { kept.Id }));
        Assert.That(Store.Flags().Select(f => f.Flag.Id), Is.EqualTo(new[] { FlagOf(moscow, nato).Id }));
    }

    [Test]
    public void Check_WithOtherRules_ChecksEveryClaimAgain()
    {
        Ingest(Folder("seeds", RepositoryPaths.Seeds), Generated("base", seed: 7, documents: 200));
        Check();
        Ingest(Generated("added", seed: 8, documents: 10));

        var result = new Checker(() => new RuleEngine(DefaultRules.Value), Store, Store, "other rules").Check();

        Assert.That(result.Rechecked, Is.Null);
        Assert.That(Store.LatestRun()!.RulesFingerprint, Is.EqualTo("other rules"));
    }

    /// <summary>What a reader sees of the latest run: every flag with all its stored fields, and the tally.</summary>
    private (IReadOnlyList<FlagFields> Flags, (string, int, int) Tally) Findings() =>
        (Store.Flags().Select(FlagFields.Of).ToList(),
            (Store.FindingTally().SeverityLine(), Store.FindingTally().Agreements, Store.Summary().Flags));

    private sealed record FlagFields(string Id, string RuleId, string RuleKind, Severity Severity, FindingKind Kind, string Message,
        string Conditions, string Lineage, string Claims, string Verdict)
    {
        public IEnumerable<string> Documents => Claims.Split(' ').Select(c => c[(c.IndexOf('@') + 1)..]);

        public static FlagFields Of(StoredFlag stored)
        {
            var flag = stored.Flag;
            return new(flag.Id, flag.RuleId, flag.RuleKind, flag.Severity, flag.Kind, flag.Message, JsonSerializer.Serialize(flag.Conditions),
                flag.Lineage, string.Join(' ', flag.Claims.Select(c => $"{c.Id}@{c.Document}")), stored.Verdict);
        }
    }

    private CheckResult Check(bool full = false) =>
        new Checker(() => new RuleEngine(DefaultRules.Value), Store, Store, RulesUnderTest).Check(full);

    private void Ingest(params string[] folders)
    {
        var warnings = new WarningCollector();
        new Ingestor(Pipelines.Default.CreateDocumentSource(), new ClaimExtractor(Lexicon.Load(RepositoryPaths.Rules)), Store).Ingest(folders, warnings);
        Assert.That(warnings.Warnings, Is.Empty);
    }

    private string Corpora => (_corpora ??= new TemporaryDirectory()).Path;

    /// <summary>A copy of a folder's documents, to be revised by a test.</summary>
    private string Folder(string name, string source)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Corpora, name)).FullName;
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private string Generated(string name, int seed, int documents)
    {
        var folder = Path.Combine(Corpora, name);
        new CorpusGenerator(seed).Generate(folder, documents);
        return Path.Combine(folder, CorpusGenerator.DocumentsFolder);
    }

    private string RealArticles(int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Corpora, "ukraine-2014")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Corpora, "ukraine-2014"), "article_*.txt").Order(StringComparer.Ordinal).Take(count))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
