namespace FactCheck.Rules.PartWhole;

/// <summary>
/// "part-whole": parts named after a total ("four people, including three rescuers") must not add
/// up to more than it.
/// </summary>
public sealed class PartWholeKind : IRuleKind
{
    public static readonly string[] Placeholders = ["a.figure", "parts", "sum", "a.claimant", "a.document"];

    public string Name => "part-whole";

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var markers = settings.Strings("markers");
        if (markers.Count == 0) throw settings.Error("'markers' must list at least one word that introduces parts, such as \"including\"");
        var severity = settings.Text("severity", "medium");
        if (!Enum.TryParse<Severity>(severity, ignoreCase: true, out var parsedSeverity))
            throw settings.Error($"'severity' must be info, low, medium or high, not '{severity}'");
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new PartWholeRule(definition, markers, parsedSeverity, message);
    }
}
