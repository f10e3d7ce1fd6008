using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.Corroboration;

/// <summary>
/// "corroboration": the same figure reported by independent documents, within a tolerance. Reported
/// as an agreement (severity info), so a reader sees what several outlets confirm.
/// </summary>
internal sealed class CorroborationKind : IRuleKind
{
    public const string KindName = "corroboration";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var pairing = PairingSettings.Read(settings, defaultTolerance: 0.05);
        var message = new MessageTemplate(definition.Message, ComparablePairs.Placeholders, settings);
        settings.RejectUnknownFields();
        return new CorroborationRule(definition, pairing, message);
    }
}
