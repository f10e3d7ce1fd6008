using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Rules;

/// <summary>
/// A rule's message with {placeholders}; the names a kind offers are checked when the rule loads,
/// so a typo fails then rather than printing braces in a report.
/// </summary>
internal sealed partial class MessageTemplate
{
    [GeneratedRegex(@"\{(?<name>[a-z]+(?:\.[a-z]+)?)\}")]
    private static partial Regex Placeholder();

    // The template cut at its placeholders once, so rendering a flag's message is concatenation.
    private readonly List<(string Literal, string? Placeholder)> _parts = [];
    private readonly ClaimantGrammar _grammar;

    public MessageTemplate(string template, IReadOnlyCollection<string> known, RuleSettings settings)
    {
        _grammar = ClaimantGrammar.For(settings.File);
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
        var pluralSubject = false;
        foreach (var (literal, placeholder) in _parts)
        {
            // A claimant is the subject of the verb right after it: "police count", not "police counts".
            text.Append(pluralSubject ? ClaimantGrammar.WithPluralVerb(literal) : literal);
            pluralSubject = false;
            if (placeholder is null) continue;
            if (!values.TryGetValue(placeholder, out var value)) value = "{" + placeholder + "}";
            else if (placeholder.EndsWith(".claimant", StringComparison.Ordinal))
            {
                value = _grammar.AsWritten(value);
                pluralSubject = _grammar.IsPlural(value);
            }
            text.Append(value);
        }
        // An empty value must not leave a double space behind.
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
