using System.Text;
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

    // The template cut at its placeholders once, so rendering a flag's message is concatenation.
    private readonly List<(string Literal, string? Placeholder)> _parts = [];

    public MessageTemplate(string template, IReadOnlyCollection<string> known, RuleSettings settings)
    {
        var at = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            var name = match.Groups["name"].Value;
            if (!known.Contains(name))
                throw settings.Error($"message uses unknown placeholder {{{name}}} (known: {string.Join(", ", known.Select(k => "{" + k + "}"))})");
            _parts.Add((template[at..match.Index], name));
            at = match.Index + match.Length;
        }
        _parts.Add((template[at..], null));
    }

    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder();
        foreach (var (literal, placeholder) in _parts)
        {
            text.Append(literal);
            if (placeholder is not null) text.Append(values.TryGetValue(placeholder, out var value) ? value : "{" + placeholder + "}");
        }
        // An empty value must not leave a double space behind.
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
