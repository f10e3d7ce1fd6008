using FactCheck.Rules.Conversion;
using FactCheck.Rules.Corroboration;
using FactCheck.Rules.DateArithmetic;
using FactCheck.Rules.NumericConflict;
using FactCheck.Rules.PartWhole;
using FactCheck.Rules.QuoteVariance;
using FactCheck.Rules.Revision;

namespace FactCheck.Rules;

/// <summary>Maps a rule's kind name to its implementation, case-insensitively; an unknown name fails loudly.</summary>
public sealed class RuleKindRegistry
{
    private readonly Dictionary<string, IRuleKind> _kinds = new(StringComparer.OrdinalIgnoreCase);

    public RuleKindRegistry(IEnumerable<IRuleKind> kinds)
    {
        foreach (var kind in kinds) _kinds.Add(kind.Name, kind);
    }

    /// <summary>The built-in kinds, in one list.</summary>
    public static RuleKindRegistry Default { get; } = new([
        new NumericConflictKind(),
        new CorroborationKind(),
        new DateArithmeticKind(),
        new ConversionKind(),
        new RevisionKind(),
        new PartWholeKind(),
        new QuoteVarianceKind(),
    ]);

    public IReadOnlyCollection<string> Names => _kinds.Keys;

    public IRuleKind Find(RuleDefinition rule) =>
        _kinds.TryGetValue(rule.Kind, out var found)
            ? found
            : throw new RuleFileException(rule.File, rule.Id, $"unknown kind '{rule.Kind}' (known kinds: {string.Join(", ", _kinds.Keys)})", $"rules[{rule.Index}].kind");
}
