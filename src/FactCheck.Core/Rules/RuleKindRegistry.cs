namespace FactCheck.Rules;

/// <summary>
/// Maps a rule's kind name to its implementation, case-insensitively; an unknown name fails loudly.
/// The kinds come from the pipeline builder, so this base namespace names none of them.
/// </summary>
public sealed class RuleKindRegistry
{
    private readonly Dictionary<string, IRuleKind> _kinds = new(StringComparer.OrdinalIgnoreCase);

    public RuleKindRegistry(IEnumerable<IRuleKind> kinds)
    {
        foreach (var kind in kinds) _kinds.Add(kind.Name, kind);
    }

    public IReadOnlyCollection<string> Names => _kinds.Keys;

    public IRuleKind Find(RuleDefinition rule) =>
        _kinds.TryGetValue(rule.Kind, out var found)
            ? found
            : throw new RuleFileException(rule.File, rule.Id, $"unknown kind '{rule.Kind}' (known kinds: {string.Join(", ", _kinds.Keys)})", $"rules[{rule.Index}].kind");
}
