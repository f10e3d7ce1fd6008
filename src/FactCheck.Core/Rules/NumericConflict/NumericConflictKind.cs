namespace FactCheck.Rules.NumericConflict;

/// <summary>
/// "numeric-conflict": figures for the same thing from different sources whose intervals do not
/// overlap, even after a tolerance. Severity grows with the ratio between them.
/// </summary>
public sealed class NumericConflictKind : IRuleKind
{
    public static readonly string[] Placeholders =
        ["metric", "subject", "ratio", "a.claimant", "a.figure", "a.date", "a.document", "b.claimant", "b.figure", "b.date", "b.document"];

    public string Name => "numeric-conflict";

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var parsed = NumericConflictSettings.Read(settings);
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new NumericConflictRule(definition, parsed, message);
    }
}
