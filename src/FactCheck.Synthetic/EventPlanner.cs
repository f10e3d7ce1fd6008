namespace FactCheck.Synthetic;

/// <summary>
/// Decides, from the seed alone, which event starts in each document and where its second figure
/// appears (the same document or one of the next few), so documents can be written one by one.
/// </summary>
internal sealed class EventPlanner(int seed, int documents)
{
    /// <summary>How many documents later the second figure of an event may appear.</summary>
    public const int MaximumGap = 3;

    private const int Stream = 1;
    private const double EventShare = 0.85;
    private const double DiscrepancyShare = 0.55;

    /// <summary>The event whose first figure is in this document, if any.</summary>
    public PlantedEvent? EventStartingIn(int document)
    {
        var random = SeededRandom.For(seed, Stream, document);
        if (random.NextDouble() >= EventShare) return null;
        var expect = random.NextDouble() < DiscrepancyShare ? PlantedExpectation.Discrepancy : PlantedExpectation.Agreement;
        var metric = random.Pick(Phrasebook.Metrics);
        var subject = random.Pick(metric.Subjects);
        var families = Phrasebook.ClaimantFamilies;
        var first = random.Next(families.Count);
        var second = (first + 1 + random.Next(families.Count - 1)) % families.Count;
        var gap = Math.Min(random.Next(MaximumGap + 1), documents - 1 - document);

        var value = Figure.Round(random.LogUniform(metric.Smallest, metric.Largest), 2);
        var (a, b) = expect == PlantedExpectation.Discrepancy ? Conflicting(random, value) : Agreeing(random, value);
        if (random.Next(2) == 0) (a, b) = (b, a);
        // A toll that rises in a later report is the count moving on, not a discrepancy, unless it is a
        // side's war total disputed by rivals: a planted discrepancy about people nobody takes sides on
        // gives its higher figure first.
        if (expect == PlantedExpectation.Discrepancy && subject.Side is null && a.Low < b.Low) (a, b) = (b, a);
        return new PlantedEvent(document, expect, metric, subject, PlaceNames.For(document),
            Side(random, families[first], a, document, metric, subject),
            Side(random, families[second], b, document + gap, metric, subject));
    }

    private static PlantedSide Side(Random random, IReadOnlyList<ClaimantPhrase> family, Figure figure, int document, MetricPhrases metric, SubjectPhrase subject) =>
        new(random.Pick(family), figure, document, random.Pick(metric.Templates), random.Pick(subject.Words));

    /// <summary>A lower and a higher figure at least 1.5 times apart, far beyond the rules' 10% tolerance.</summary>
    private static (Figure Lower, Figure Higher) Conflicting(Random random, double value)
    {
        FigureStyle[] lowerStyles = [FigureStyle.Exact, FigureStyle.Exact, FigureStyle.About, FigureStyle.Nearly, FigureStyle.UpTo, FigureStyle.Range, FigureStyle.Between];
        FigureStyle[] higherStyles = [FigureStyle.Exact, FigureStyle.Exact, FigureStyle.About, FigureStyle.MoreThan, FigureStyle.AtLeast, FigureStyle.Range, FigureStyle.Between];
        var lower = Make(random, random.Pick(lowerStyles), value);
        var target = lower.High * random.LogUniform(1.6, 25);
        var higherValue = Figure.Round(target, 2);
        // Rounding must not bring the figures back within reach of each other.
        while (higherValue < lower.High * 1.6) higherValue = Figure.Round(higherValue * 1.1, 2);
        var higher = Make(random, random.Pick(higherStyles), higherValue);
        if (!(higher.Low * 0.9 > lower.High * 1.1)) throw new InvalidOperationException($"planted conflict overlaps: {lower.Text} / {higher.Text}");
        return (lower, higher);
    }

    /// <summary>Two figures whose intervals overlap without any tolerance.</summary>
    private static (Figure, Figure) Agreeing(Random random, double value)
    {
        var pair = random.Next(6) switch
        {
            0 => (new Figure(FigureStyle.Exact, value, value), new Figure(FigureStyle.Exact, value, value)),
            1 => (new Figure(FigureStyle.About, value, value), Exact(Figure.Round(value * random.Between(0.97, 1.03), 3))),
            2 => Within(random, Make(random, random.Next(2) == 0 ? FigureStyle.Range : FigureStyle.Between, value)),
            3 => (new Figure(FigureStyle.MoreThan, value, value), Exact(Figure.Round(value * random.Between(1.1, 2), 3))),
            4 => (new Figure(FigureStyle.Nearly, value, value), Exact(Figure.Round(value * random.Between(0.96, 0.99), 3))),
            _ => (new Figure(FigureStyle.About, value, value), new Figure(FigureStyle.About, Figure.Round(value * random.Between(0.95, 1.05), 3), 0)),
        };
        // Rounding can push a figure just outside the other's interval; the same figure twice always agrees.
        return Overlap(pair.Item1, pair.Item2) ? pair : (Exact(value), Exact(value));
    }

    private static (Figure, Figure) Within(Random random, Figure range) =>
        (range, Exact(Figure.Round(random.Between(range.Low, range.High), 3)));

    /// <summary>An exact figure is written as a whole number ("15", never "15.4"), so the manifest holds what the text says.</summary>
    private static Figure Exact(double value) => new(FigureStyle.Exact, Math.Round(value), Math.Round(value));

    private static Figure Make(Random random, FigureStyle style, double value) =>
        style is FigureStyle.Range or FigureStyle.Between
            ? new Figure(style, value, Math.Max(Figure.Round(value * random.Between(1.2, 1.8), 2), value + 1))
            : new Figure(style, value, value);

    private static bool Overlap(Figure a, Figure b) => a.Low <= b.High && b.Low <= a.High;
}
