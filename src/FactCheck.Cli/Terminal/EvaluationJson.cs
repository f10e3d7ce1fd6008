using System.Text.Json;
using FactCheck.Extraction.Evaluation;

namespace FactCheck.Cli.Terminal;

/// <summary>
/// `eval --json`: the scores (numbers, frames, claimants keep their earlier shape), each field's
/// accuracy, the not-claims extracted, and every disagreement behind them.
/// </summary>
internal static class EvaluationJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void Write(ExtractionEvaluation result, int documents, TextWriter output)
    {
        var shape = new
        {
            documents,
            numbers = Of(result.Numbers),
            frames = Of(result.Frames),
            claimants = Of(result.Claimants),
            fields = FieldComparison.Fields.ToDictionary(f => f.Name, f => Of(result.Fields.Single(a => a.Name == f.Name))),
            notClaims = new { extracted = result.NotClaims.Extracted.Count, total = result.NotClaims.Total, share = result.NotClaims.Share },
            errors = FieldComparison.Fields.ToDictionary(f => f.Name, f => result.ErrorsIn(f.Name).Select(e => new
            {
                document = e.Document, text = e.Gold.Text, gold = f.Gold(e.Gold), got = f.Got(e.Predicted!), sentence = e.Sentence,
            })),
            misses = result.Misses.Select(m => new { document = m.Document, text = m.Gold.Text, gold = EvaluationPrinter.Describe(m.Gold), sentence = m.Sentence }),
            spurious = result.Unmatched.Select(c => new { document = c.Document, claim = EvaluationPrinter.Describe(c), sentence = c.Sentence }),
            notClaimsExtracted = result.NotClaims.Extracted.Select(h => new
            {
                document = h.Document, text = h.NotClaim.Text, why = h.NotClaim.Why, claim = EvaluationPrinter.Describe(h.ExtractedAs), sentence = h.ExtractedAs.Sentence,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(shape, Options));
    }

    private static object Of(Score s) => new { precision = s.Precision, recall = s.Recall, f1 = s.F1, correct = s.Correct, predicted = s.Predicted, expected = s.Expected };

    private static object Of(FieldAccuracy a) => new { accuracy = a.Accuracy, right = a.Right, found = a.Found };
}
