using FactCheck.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Rules;

public sealed class RuleEngineTests
{
    private sealed class ThrowingRule : IRule
    {
        public RuleDefinition Definition { get; } = new()
        {
            Id = "broken", Kind = "test", Message = "", Json = default, File = "broken.json",
        };

        public IEnumerable<Flag> Evaluate(ClaimSet claims) => throw new InvalidOperationException("boom");
    }

    [Test]
    public void WhenARuleThrows_TheOthersStillRunAndTheFailureNamesIt()
    {
        var shipped = new RuleLoader(RuleKindRegistry.Default).Load(RepositoryPaths.Rules);
        var engine = new RuleEngine([new ThrowingRule(), .. shipped]);
        var result = engine.Run([
            Some.Claim("NATO", 7000, 15000),
            Some.Claim("Russia", 498, 498, qualifier: "exact", document: "b.txt"),
        ]);
        Assert.That(result.Failures.Single().RuleId, Is.EqualTo("broken"));
        Assert.That(result.Failures.Single().Error, Does.Contain("boom"));
        Assert.That(result.Flags, Has.Count.EqualTo(1));
    }
}
