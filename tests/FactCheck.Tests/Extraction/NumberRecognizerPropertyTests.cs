using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A number written in any style the recognizer supports, inside an ordinary sentence, reads back
/// as the interval those words allow. Values come from generators; the expected interval is
/// computed from the generated value (exactly, in decimal), never from the recognizer.
/// </summary>
public sealed class NumberRecognizerPropertyTests
{
    private static readonly string[] Sentences =
    [
        "Officials said {0} people were killed.",
        "{0} soldiers died in the fighting, the ministry said.",
        "The agency counted {0} refugees by Monday.",
        "According to the mayor, {0} residents remain trapped in the city.",
    ];

    private static readonly string[] Ones =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (string Word, decimal Scale)[] Scales =
        [("thousand", 1e3m), ("million", 1e6m), ("billion", 1e9m), ("trillion", 1e12m)];

    /// <summary>The qualifier bands documented in rules/lexicon/numbers.json, written out so a changed band fails here.</summary>
    private static readonly (string Phrase, string As, decimal Low, decimal? High)[] Qualifiers =
    [
        ("about", "about", 0.95m, 1.05m), ("around", "about", 0.95m, 1.05m), ("roughly", "about", 0.95m, 1.05m),
        ("approximately", "about", 0.95m, 1.05m), ("some", "about", 0.95m, 1.05m), ("an estimated", "about", 0.95m, 1.05m),
        ("nearly", "nearly", 0.95m, 1m), ("almost", "nearly", 0.95m, 1m), ("close to", "nearly", 0.95m, 1m),
        ("just under", "nearly", 0.95m, 1m),
        ("more than", "more than", 1m, null), ("over", "more than", 1m, null), ("upwards of", "more than", 1m, null),
        ("in excess of", "more than", 1m, null), ("at least", "at least", 1m, null), ("no fewer than", "at least", 1m, null),
        ("up to", "up to", 0m, 1m), ("as many as", "up to", 0m, 1m), ("at most", "up to", 0m, 1m),
        ("no more than", "up to", 0m, 1m), ("fewer than", "fewer than", 0m, 1m), ("less than", "fewer than", 0m, 1m),
        ("under", "fewer than", 0m, 1m),
    ];

    /// <summary>A whole number with 1 to 15 digits, so small counts and national budgets are both tried.</summary>
    private static Gen<long> WholeNumbers(long minimum = 0) =>
        from digits in Gen.Choose(1, 15)
        from high in Gen.Choose(0, 999_999)
        from low in Gen.Choose(0, 999_999_999)
        let value = (high * 1_000_000_000L + low) % (long)Math.Pow(10, digits)
        where value >= minimum
        select value;

    /// <summary>
    /// A decimal with one to three decimal places, as "3.5" or "1,234.567". Not one written with one to three whole digits and three
    /// places: "425.231 refugees" is thousands grouped by a stop, as translated news writes them (NumberRecognizer reads it as 425,231 by
    /// design), so it is no decimal to read back.
    /// </summary>
    private static Gen<decimal> Decimals() =>
        from whole in Gen.Choose(0, 9_999_999)
        from places in Gen.Choose(1, 3)
        from fraction in Gen.Choose(1, (int)Math.Pow(10, places) - 1)
        where !(places == 3 && whole is >= 1 and <= 999 && fraction % 10 != 0)
        select whole + fraction / (decimal)Math.Pow(10, places);

    private static Gen<string> Sentence() => Gen.Elements(Sentences);

    private static string Digits(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
    private static string Separated(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    private static string Words(int value) => value switch
    {
        < 20 => Ones[value],
        _ when value % 10 == 0 => Tens[value / 10],
        _ => $"{Tens[value / 10]}-{Ones[value % 10]}",
    };

    private static IReadOnlyList<NumberMention> Find(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence, 0, 0, sentence.Length);
        return new NumberRecognizer(Some.Lexicon).Find(tokens);
    }

    /// <summary>True when the sentence holds exactly one figure, reading [low, high] (the nearest doubles to the exact values).</summary>
    private static Property ReadsAs(string template, string written, decimal low, decimal? high, string qualifier)
    {
        var sentence = string.Format(CultureInfo.InvariantCulture, template, written);
        var mentions = Find(sentence);
        var expectedHigh = high is { } h ? (double)h : double.PositiveInfinity;
        var found = string.Join("; ", mentions.Select(m => $"[{m.Low.ToString("R", CultureInfo.InvariantCulture)}, {m.High.ToString("R", CultureInfo.InvariantCulture)}] {m.Qualifier}"));
        return (mentions.Count == 1 && mentions[0].Low == (double)low && mentions[0].High == expectedHigh && mentions[0].Qualifier == qualifier)
            .Label($"\"{sentence}\": expected [{low}, {(high is null ? "∞" : high)}] {qualifier}, found {(found.Length == 0 ? "nothing" : found)}");
    }

    [Property(MaxTest = 300)]
    public Property PlainDigits_ReadBackAsThemselves() =>
        Prop.ForAll(Arb.From(WholeNumbers().Zip(Sentence())),
            t => ReadsAs(t.Item2, Digits(t.Item1), t.Item1, t.Item1, "exact"));

    [Property(MaxTest = 300)]
    public Property ThousandsSeparators_ReadBackAsThemselves() =>
        Prop.ForAll(Arb.From(WholeNumbers(minimum: 1000).Zip(Sentence())),
            t => ReadsAs(t.Item2, Separated(t.Item1), t.Item1, t.Item1, "exact"));

    [Property(MaxTest = 300)]
    public Property Decimals_ReadBackAsThemselves() =>
        Prop.ForAll(Arb.From(Decimals().Zip(Gen.Elements(true, false)).Zip(Sentence())),
            t => ReadsAs(t.Item2, t.Item1.Item2 ? Separated(t.Item1.Item1) : Digits(t.Item1.Item1), t.Item1.Item1, t.Item1.Item1, "exact"));

    /// <summary>"1.2 million", "3 billion", "15 thousand", "$4.75bn"-style abbreviations are covered by the unit tests.</summary>
    [Property(MaxTest = 500)]
    public Property ScaleWords_MultiplyExactly()
    {
        var figures =
            from hundredths in Gen.Choose(1, 99_999)
            from whole in Gen.Elements(true, false)
            from scale in Gen.Elements(Scales)
            let mantissa = whole ? hundredths : hundredths / 100m
            select (Mantissa: mantissa, Scale: scale);
        return Prop.ForAll(Arb.From(figures.Zip(Sentence())),
            t => ReadsAs(t.Item2, $"{Separated(t.Item1.Mantissa)} {t.Item1.Scale.Word}", t.Item1.Mantissa * t.Item1.Scale.Scale,
                t.Item1.Mantissa * t.Item1.Scale.Scale, "exact"));
    }

    [Property(MaxTest = 200)]
    public Property SpelledOutNumbers_BelowAHundred_ReadBackAsThemselves() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 99).Zip(Sentence())),
            t => ReadsAs(t.Item2, Words(t.Item1), t.Item1, t.Item1, "exact"));

    /// <summary>"twenty-five hundred", "twelve thousand", "forty-two million".</summary>
    [Property(MaxTest = 200)]
    public Property SpelledOutNumbers_WithAScaleWord_Multiply()
    {
        var scales = Scales.Prepend(("hundred", 100m)).ToArray();
        return Prop.ForAll(Arb.From(Gen.Choose(1, 99).Zip(Gen.Elements(scales)).Zip(Sentence())),
            t => ReadsAs(t.Item2, $"{Words(t.Item1.Item1)} {t.Item1.Item2.Item1}", t.Item1.Item1 * t.Item1.Item2.Item2,
                t.Item1.Item1 * t.Item1.Item2.Item2, "exact"));
    }

    /// <summary>
    /// "7,000 to 15,000", "7,000-15,000", "7,000–15,000", "between 7,000 and 15,000". A bare small number
    /// before a much larger one can share its magnitude ("70-100,000"); that reading has its own property below,
    /// so pairs it could apply to (low below 1,000, high from 10,000, low × 1,000 within a factor of ten
    /// below high) are left out here.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Ranges_ReadAsTheirTwoEnds()
    {
        var ranges =
            from a in WholeNumbers()
            from b in WholeNumbers()
            let low = Math.Min(a, b)
            let high = Math.Max(a, b)
            where low < high && !(low < 1000 && high >= 10_000 && low * 1000 <= high && low * 1000 * 10 >= high)
            from style in Gen.Elements("{0} to {1}", "{0}-{1}", "{0}–{1}", "between {0} and {1}")
            select (Low: low, High: high, Style: style);
        return Prop.ForAll(Arb.From(ranges.Zip(Sentence())), t =>
        {
            var written = string.Format(CultureInfo.InvariantCulture, t.Item1.Style, Separated(t.Item1.Low), Separated(t.Item1.High));
            return ReadsAs(t.Item2, written, t.Item1.Low, t.Item1.High, "range");
        });
    }

    /// <summary>"70-100,000" is 70,000 to 100,000: the first figure shares the thousands the second one spells out.</summary>
    [Property(MaxTest = 200)]
    public Property Ranges_SharingTheThousandsOfTheSecondFigure()
    {
        var ranges =
            from high in Gen.Choose(11, 999)
            from low in Gen.Choose((high + 9) / 10, high - 1)
            select (Low: low, High: high);
        return Prop.ForAll(Arb.From(ranges.Zip(Sentence())),
            t => ReadsAs(t.Item2, $"{t.Item1.Low}-{t.Item1.High},000", t.Item1.Low * 1000m, t.Item1.High * 1000m, "range"));
    }

    /// <summary>"3 to 4 million", "1.5-2.25 billion": a scale word after the second figure applies to both.</summary>
    [Property(MaxTest = 300)]
    public Property Ranges_WithOneScaleWord_ScaleBothEnds()
    {
        var ranges =
            from a in Gen.Choose(1, 99_999)
            from b in Gen.Choose(1, 99_999)
            where a < b
            from scale in Gen.Elements(Scales)
            from style in Gen.Elements("{0} to {1}", "{0}-{1}")
            select (Low: a / 100m, High: b / 100m, Scale: scale, Style: style);
        return Prop.ForAll(Arb.From(ranges.Zip(Sentence())), t =>
        {
            var (low, high, scale, style) = t.Item1;
            var written = string.Format(CultureInfo.InvariantCulture, style, Separated(low), Separated(high)) + " " + scale.Word;
            return ReadsAs(t.Item2, written, low * scale.Scale, high * scale.Scale, "range");
        });
    }

    /// <summary>"about 9,000" is 8,550–9,450; "more than 300" is 300 upwards; "nearly 100,000" is 95,000–100,000.</summary>
    [Property(MaxTest = 500)]
    public Property Qualifiers_GiveTheirDocumentedBand()
    {
        var qualified =
            from value in WholeNumbers(minimum: 1)
            from qualifier in Gen.Elements(Qualifiers)
            select (Value: value, Qualifier: qualifier);
        return Prop.ForAll(Arb.From(qualified.Zip(Sentence())), t =>
        {
            var (value, (phrase, name, low, high)) = t.Item1;
            return ReadsAs(t.Item2, $"{phrase} {Separated(value)}", value * low, high is { } h ? value * h : null, name);
        });
    }

    /// <summary>Any figure the styles above produce, as written.</summary>
    private static Gen<string> WrittenFigures() => Gen.OneOf(
        WholeNumbers().Select(v => Digits(v)),
        WholeNumbers(minimum: 1000).Select(v => Separated(v)),
        Decimals().Select(Separated),
        from hundredths in Gen.Choose(1, 99_999)
        from scale in Gen.Elements(Scales)
        select $"{Separated(hundredths / 100m)} {scale.Word}",
        from a in WholeNumbers()
        from b in WholeNumbers()
        where a < b
        select $"{Separated(a)} to {Separated(b)}",
        from value in WholeNumbers(minimum: 1)
        from qualifier in Gen.Elements(Qualifiers)
        select $"{qualifier.Phrase} {Separated(value)}");

    /// <summary>
    /// A figure read, formatted for the report by <see cref="FigureFormatter"/> and read again keeps its
    /// qualifier and its interval, up to the formatter's rounding (two decimals, of millions for large numbers).
    /// </summary>
    [Property(MaxTest = 500)]
    public Property FormattedFigures_ReadBackAsTheSameInterval() =>
        Prop.ForAll(Arb.From(WrittenFigures()), written =>
        {
            var original = Find($"Officials said {written} people were killed.").Single();
            var claim = Some.Claim(low: original.Low, high: original.High, qualifier: original.Qualifier);
            var formatted = FigureFormatter.Format(claim);
            var reread = Find($"Officials said {formatted} people were killed.");
            return (reread.Count == 1 && reread[0].Qualifier == original.Qualifier
                    && Close(reread[0].Low, original.Low) && Close(reread[0].High, original.High))
                .Label($"\"{written}\" read as [{original.Low}, {original.High}] {original.Qualifier}, formatted \"{formatted}\", read again as "
                       + string.Join("; ", reread.Select(m => $"[{m.Low}, {m.High}] {m.Qualifier}")));
        });

    /// <summary>Equal within the formatter's rounding: half a unit in the second decimal of the printed mantissa.</summary>
    private static bool Close(double reread, double original) =>
        reread == original || Math.Abs(reread - original) <= 0.005 * Math.Abs(original) + 0.005;
}
