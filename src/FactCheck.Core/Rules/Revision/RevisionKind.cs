using FactCheck.Rules.Pairing;

namespace FactCheck.Rules.Revision;

/// <summary>
/// "revision": the same claimant's running total for the same thing falling in a later report.
/// Death tolls rarely fall, so a lower later total is a discrepancy; a rising one is an update.
/// </summary>
internal sealed class RevisionKind : IRuleKind
{
    public const string KindName = "revision";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var pairing = PairingSettings.Read(settings, defaultTolerance: 0.05);
        var parsedSeverity = settings.Severity(FactCheck.Rules.Severity.Medium);
        var message = new MessageTemplate(definition.Message, ComparablePairs.Placeholders, settings);
        settings.RejectUnknownFields();
        return new RevisionRule(definition, pairing, parsedSeverity, message);
    }
}
