using FactCheck.Extraction;
using FactCheck.Review;
using FactCheck.Rules;
using FactCheck.Store;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Store;

/// <summary>
/// What every store must do, written once: each implementation subclasses this with a fresh, empty
/// store per test (see <see cref="SqliteFactStoreContractTests"/>). Nothing here knows which database
/// is behind the interfaces.
/// </summary>
public abstract partial class FactStoreContract
{
    protected IFactStore Store { get; private set; } = null!;

    /// <summary>A fresh, empty store, opened for one test.</summary>
    protected abstract IFactStore OpenStore();

    /// <summary>Whatever the store needs after it is disposed (a folder removed, a pool cleared).</summary>
    protected virtual void CleanUp()
    {
    }

    [SetUp]
    public void Open() => Store = OpenStore();

    [TearDown]
    public void Close()
    {
        Store.Dispose();
        CleanUp();
    }

    protected static Flag FlagOf(params Claim[] claims) => FlagOf(Severity.High, claims);

    protected static Flag FlagOf(Severity severity, params Claim[] claims) =>
        new() { RuleId = "casualty-toll-conflict", RuleKind = "numeric-conflict", Severity = severity, Message = "m", Claims = claims };

    protected static VerdictEntry Verdict(Flag flag, string verdict, string? note = null, int minute = 0) =>
        new(flag.Id, verdict, note, "ana", new DateTimeOffset(2026, 1, 2, 9, minute, 0, TimeSpan.Zero), flag.Lineage);

    /// <summary>Two documents, NATO's range in one and Moscow's figure in the other.</summary>
    protected (Claim Nato, Claim Moscow) TwoSides()
    {
        var nato = Some.Claim("NATO", document: "a.txt");
        var moscow = Some.Claim("Russia", 498, 498, document: "b.txt", qualifier: "exact");
        Store.SaveDocument(Some.Document("one", "a.txt"), [nato]);
        Store.SaveDocument(Some.Document("two", "b.txt"), [moscow]);
        return (nato, moscow);
    }
}
