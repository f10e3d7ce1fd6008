using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;

namespace FactCheck.Tests.Support;

/// <summary>Claims extracted from a test text with the shipped lexicon.</summary>
public static class Extracted
{
    private static readonly ClaimExtractor Extractor = new(Some.Lexicon);

    public static IReadOnlyList<Claim> Claims(string text, string title = "test", DateOnly? published = null) =>
        Extractor.Extract(Some.Document(text, title: title, published: published));

    /// <summary>The claim of a figure: the first whose low end it is, or whose bounded interval holds it ("about 143,000").</summary>
    public static Claim Figure(string text, double low, DateOnly? published = null) =>
        Claims(text, published: published).First(c => c.Low == low || c.Low < low && c.High >= low && !double.IsPositiveInfinity(c.High));
}
