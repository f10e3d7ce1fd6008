using FactCheck.Extraction;
using FactCheck.Ingestion;

namespace FactCheck.Rules.Examples;

public sealed record ExampleResult(string RuleId, RuleExample Example, bool Passed, IReadOnlyList<Flag> Findings);

/// <summary>Runs a rule's examples through the real extractor and the rule alone, and says which hold.</summary>
public sealed class RuleExampleRunner(IClaimExtractor extractor)
{
    public IEnumerable<ExampleResult> Run(IRule rule)
    {
        var examples = RuleExample.Read(rule.Definition);
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            var claims = example.Documents.SelectMany((document, d) => extractor.Extract(new Document
            {
                Path = $"{rule.Definition.Id}/example-{i + 1}/document-{d + 1}",
                Title = example.Name,
                Text = document.Text,
                Published = document.Date,
                DateSource = DateSource.FrontMatter,
                Sections = [new DocumentSection(0, document.Text.Length, null, document.Date, null)],
            }));
            var findings = rule.Evaluate(new ClaimSet(claims)).ToList();
            yield return new ExampleResult(rule.Definition.Id, example, findings.Count > 0 == example.ExpectFinding, findings);
        }
    }
}
