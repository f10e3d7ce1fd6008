using FactCheck.Rules;
using FactCheck.Store;

namespace FactCheck.Pipeline;

/// <summary>Runs the rules over every stored claim and stores what they find.</summary>
public sealed class Checker(RuleEngine engine, IFactStore store)
{
    public CheckResult Check()
    {
        var result = engine.Run(store.Claims(new ClaimQuery()));
        store.SaveFlags(result.Flags);
        return result;
    }
}
