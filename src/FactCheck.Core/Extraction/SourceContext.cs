namespace FactCheck.Extraction;

/// <summary>One sentence's tokens, its listed claimants, and how to resolve a reference in it.</summary>
/// <remarks>Lists rather than interfaces: a foreach through an interface allocates, and source phrases are read for every verb.</remarks>
/// <remarks>One per resolver, pointed at each sentence in turn.</remarks>
internal sealed class SourceContext(Func<string, string?, string?, Attribution?> resolve)
{
    public List<Token> Tokens { get; set; } = [];
    public List<(int Index, ClaimantEntry Entry)> Mentions { get; set; } = [];
    public Func<string, string?, string?, Attribution?> Resolve { get; } = resolve;
}
