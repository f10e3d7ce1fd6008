namespace FactCheck.Rules.PartWhole;

/// <summary>
/// "part-whole": parts named after a total ("four people, including three rescuers") must not add
/// up to more than it.
/// </summary>
internal sealed class PartWholeKind : IRuleKind
{
    public static readonly string[] Placeholders = ["a.figure", "parts", "sum", "a.claimant", "a.document"];

    public const string KindName = "part-whole";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var markers = settings.Strings("markers");
        if (markers.Count == 0) throw settings.Error("'markers' must list at least one word that introduces parts, such as \"including\"");
        var parsedSeverity = settings.Severity(FactCheck.Rules.Severity.Medium);
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new PartWholeRule(definition, markers, parsedSeverity, message);
    }
}
