using FactCheck.Extraction;
using FactCheck.Pipeline;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Pipeline;

/// <summary>An unchanged re-run reuses the stored findings; any changed document or rule runs the rules again.</summary>
public sealed class CheckerTests
{
    private TemporaryDirectory _folder = null!;
    private SqliteFactStore _store = null!;
    private CountingRule _rule = null!;

    [SetUp]
    public void OpenStore()
    {
        _rule = new CountingRule();
        _folder = new TemporaryDirectory();
        _store = SqliteFactStore.Open(_folder.File("facts.db"));
        _store.SaveDocument(Some.Document("one", "a.txt"), [Some.Claim("NATO", document: "a.txt")]);
        _store.SaveDocument(Some.Document("two", "b.txt"), [Some.Claim("Russia", 498, 498, document: "b.txt")]);
    }

    [TearDown]
    public void RemoveStore()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private CheckResult Check(string rulesFingerprint = "rules-v1", bool fail = false)
    {
        _rule.Fail = fail;
        return new Checker(new RuleEngine([_rule]), _store, _store, rulesFingerprint).Check();
    }

    [Test]
    public void Check_NothingChanged_KeepsTheStoredFlagsWithoutRunningTheRules()
    {
        var first = Check();
        var stored = _store.Flags().Select(f => f.Flag.Id).ToList();
        var again = Check();
        Assert.That(_rule.Runs, Is.EqualTo(1));
        Assert.That((first.Reused, again.Reused), Is.EqualTo((false, true)));
        Assert.That(again.Tally.SeverityLine(), Is.EqualTo(first.Tally.SeverityLine()).And.EqualTo("1 discrepancy (1 high)"));
        Assert.That(_store.Flags().Select(f => f.Flag.Id), Is.EqualTo(stored).And.Not.Empty);
    }

    [Test]
    public void Check_ADocumentChanged_RunsTheRulesAgain()
    {
        Check();
        _store.SaveDocument(Some.Document("two, revised", "b.txt"), [Some.Claim("Russia", 1351, 1351, document: "b.txt")]);
        Check();
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Check_ANewDocument_RunsTheRulesAgain()
    {
        Check();
        _store.SaveDocument(Some.Document("three", "c.txt"), [Some.Claim("Ukraine", 9000, 9000, document: "c.txt")]);
        Check();
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Check_SameTextExtractedByAnotherLexicon_RunsTheRulesAgain()
    {
        Check();
        _store.SaveDocument(Some.Document("two", "b.txt"), [Some.Claim("Russia", 498, 498, document: "b.txt")], extractedWith: "lexicon-v2");
        Check();
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Check_ADocumentRemovedFromTheDatabaseDirectly_RunsTheRulesAgain()
    {
        Check();
        using (var connection = new SqliteConnection($"Data Source={_folder.File("facts.db")};Pooling=False"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE path = 'a.txt'";
            delete.ExecuteNonQuery();
        }
        Check();
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Check_OnlyAFileStampRecorded_KeepsTheStoredFlags()
    {
        Check();
        _store.RecordFileStamp("a.txt", "123:456");
        Check();
        Assert.That(_rule.Runs, Is.EqualTo(1));
    }

    [Test]
    public void Check_TheRulesChanged_RunsTheRulesAgain()
    {
        Check();
        Check(rulesFingerprint: "rules-v2");
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Check_ARuleFailedLastTime_RunsTheRulesAgain()
    {
        Check(fail: true);
        Check();
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    [Test]
    public void Check_WithoutAFingerprint_AlwaysRunsTheRules()
    {
        new Checker(new RuleEngine([_rule]), _store, _store).Check();
        new Checker(new RuleEngine([_rule]), _store, _store).Check();
        Assert.That(_rule.Runs, Is.EqualTo(2));
    }

    /// <summary>Flags every pair of claims, and counts how often it ran.</summary>
    private sealed class CountingRule : IRule
    {
        public int Runs { get; private set; }
        public bool Fail { get; set; }

        public RuleDefinition Definition { get; } = new()
        {
            Id = "counting", Kind = "test", Message = "m", File = "test.json", Json = System.Text.Json.JsonDocument.Parse("{}").RootElement,
        };

        public IEnumerable<Flag> Evaluate(ClaimSet claims)
        {
            Runs++;
            if (Fail) throw new InvalidOperationException("failing on purpose");
            var all = claims.All;
            for (var i = 0; i < all.Count; i++)
                for (var j = i + 1; j < all.Count; j++)
                    yield return new Flag { RuleId = "counting", RuleKind = "test", Severity = Severity.High, Message = "pair", Claims = [all[i], all[j]] };
        }
    }
}
