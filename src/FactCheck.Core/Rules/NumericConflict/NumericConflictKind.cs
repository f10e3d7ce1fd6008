using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.NumericConflict;

/// <summary>
/// "numeric-conflict": figures for the same thing from different sources whose intervals do not
/// overlap, even after a tolerance. Severity grows with the ratio between them.
/// </summary>
internal sealed class NumericConflictKind : IRuleKind
{
    public const string KindName = "numeric-conflict";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var parsed = NumericConflictSettings.Read(settings);
        var message = new MessageTemplate(definition.Message, ComparablePairs.Placeholders, settings);
        settings.RejectUnknownFields();
        return new NumericConflictRule(definition, parsed, message);
    }
}
