using System.Globalization;

namespace FactCheck.Extraction.Evaluation;

/// <summary>One field of a claim's frame: its value on each side, as shown in reports, and when the prediction counts as right.</summary>
public sealed record FrameField(string Name, Func<GoldClaim, string?> Gold, Func<Claim, string?> Got, Func<GoldClaim, Claim, bool> Agrees);

/// <summary>
/// How a found claim is judged field by field against the gold, in the order reports list them.
/// <list type="bullet">
/// <item>Text fields (metric, subject, side, claimant): equal ignoring case and surrounding spaces; null and
/// "" are the same; "unattributed" is a claimant like any other.</item>
/// <item>Interval: both bounds within 1% (an open upper bound only matches an open one).</item>
/// <item>Location: equal once case, a leading "the", punctuation and spacing are set aside, or one's words
/// appear in order inside the other's ("Las Vegas" / "Las Vegas, Nevada", "Donetsk" / "Donetsk region"):
/// annotators differ on how much of a place to keep. Null only matches null.</item>
/// <item>Date: the gold's wording against <see cref="Claim.AsOfText"/>, the same way after dropping a leading
/// "on", "in", "since", "by" or "as of" ("Saturday" / "on Saturday", "April 16" / "April 16-17"). Null
/// (dated only by the document) only matches null.</item>
/// <item>Modality: the gold's (asserted when not given) against the claim's.</item>
/// </list>
/// </summary>
public static class FieldComparison
{
    private const double IntervalTolerance = 0.01;
    private static readonly string[][] DatePrepositions = [["as", "of"], ["on"], ["in"], ["since"], ["by"]];

    public static IReadOnlyList<FrameField> Fields { get; } =
    [
        new("interval", g => Interval(g.Low, g.High ?? double.PositiveInfinity), c => Interval(c.Low, c.High), (g, c) => SameInterval(g, c)),
        new("metric", g => g.Metric, c => c.Metric, (g, c) => SameText(g.Metric, c.Metric)),
        new("subject", g => g.Subject, c => c.Subject, (g, c) => SameText(g.Subject, c.Subject)),
        new("side", g => g.Side, c => c.Side, (g, c) => SameText(g.Side, c.Side)),
        new("claimant", g => g.Claimant, c => c.Claimant, (g, c) => SameText(g.Claimant, c.Claimant)),
        new("location", g => g.Location, c => c.Location, (g, c) => SameLocation(g.Location, c.Location)),
        new("date", g => g.Date, c => c.AsOfText, (g, c) => SameDate(g.Date, c.AsOfText)),
        new("modality", g => Name(g.Modality), c => Name(c.Modality), (g, c) => g.Modality == c.Modality),
    ];

    /// <summary>The fields a whole frame needs right; place, date and modality are scored on their own.</summary>
    public static IReadOnlySet<string> WholeFrame { get; } = new HashSet<string> { "interval", "metric", "subject", "side", "claimant" };

    public static bool SameText(string? gold, string? got) =>
        string.Equals((gold ?? "").Trim(), (got ?? "").Trim(), StringComparison.OrdinalIgnoreCase);

    public static bool SameInterval(GoldClaim gold, Claim claim) =>
        Close(gold.Low, claim.Low) && Close(gold.High ?? double.PositiveInfinity, claim.High);

    public static bool SameLocation(string? gold, string? got)
    {
        if (gold is null || got is null) return gold is null && got is null;
        var (a, b) = (Words(gold), Words(got));
        if (a.Count > 0 && a[0] == "the") a.RemoveAt(0);
        if (b.Count > 0 && b[0] == "the") b.RemoveAt(0);
        return Overlap(a, b);
    }

    public static bool SameDate(string? gold, string? got)
    {
        if (gold is null || got is null) return gold is null && got is null;
        return Overlap(WithoutPreposition(Words(gold)), WithoutPreposition(Words(got)));
    }

    private static bool Close(double a, double b) =>
        double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b) ? a == b : Math.Abs(a - b) <= IntervalTolerance * Math.Max(1, Math.Abs(a));

    /// <summary>Equal, or the shorter one's words appear in order, adjacent, inside the longer one.</summary>
    private static bool Overlap(List<string> a, List<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0) return longer.Count == 0;
        for (var at = 0; at + shorter.Count <= longer.Count; at++)
            if (longer.Skip(at).Take(shorter.Count).SequenceEqual(shorter)) return true;
        return false;
    }

    /// <summary>Lower-case words; punctuation separates words ("16-17" is "16 17", "Feb." is "feb").</summary>
    private static List<string> Words(string text)
    {
        var letters = text.ToLowerInvariant().Select(ch => char.IsLetterOrDigit(ch) ? ch : ' ').ToArray();
        return new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static List<string> WithoutPreposition(List<string> words)
    {
        var leading = DatePrepositions.FirstOrDefault(p => words.Count > p.Length && words.Take(p.Length).SequenceEqual(p));
        return leading is null ? words : words.Skip(leading.Length).ToList();
    }

    private static string Interval(double low, double high) =>
        string.Create(CultureInfo.InvariantCulture, $"[{low}, {(double.IsPositiveInfinity(high) ? "∞" : high.ToString(CultureInfo.InvariantCulture))}]");

    private static string Name(Modality modality) => modality.ToString().ToLowerInvariant();
}
