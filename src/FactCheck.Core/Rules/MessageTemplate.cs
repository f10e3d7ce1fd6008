using System.Text.RegularExpressions;

namespace FactCheck.Rules;

/// <summary>
/// A rule's message with {placeholders}; the names a kind offers are checked when the rule loads,
/// so a typo fails then rather than printing braces in a report.
/// </summary>
public sealed partial class MessageTemplate
{
    [GeneratedRegex(@"\{(?<name>[a-z]+(?:\.[a-z]+)?)\}")]
    private static partial Regex Placeholder();

    private readonly string _template;

    public MessageTemplate(string template, IReadOnlyCollection<string> known, RuleSettings settings)
    {
        foreach (Match match in Placeholder().Matches(template))
            if (!known.Contains(match.Groups["name"].Value))
                throw settings.Error($"message uses unknown placeholder {{{match.Groups["name"].Value}}} (known: {string.Join(", ", known.Select(k => "{" + k + "}"))})");
        _template = template;
    }

    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var text = Placeholder().Replace(_template, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value);
        // An empty value must not leave a double space behind.
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
