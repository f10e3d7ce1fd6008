namespace FactCheck.Extraction;

/// <summary>The period a figure covers, as its sentence writes it ("in the past 24 hours", "from five days of relentless monsoon rains").</summary>
internal sealed partial class FrameBuilder
{
    /// <summary>The period the lexicon's patterns find nearest the figure in its sentence, or null.</summary>
    private string? Period(SentenceText sentence, NumberMention mention, List<Token> tokens)
    {
        var figureStart = tokens[mention.FirstToken].Start - sentence.Start;
        sentence.Periods ??= PeriodsIn(sentence.Text);
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var p = 0; p < sentence.Periods.Count; p++)
        {
            var distance = Math.Abs(sentence.Periods[p].Index - figureStart);
            if (distance < bestDistance) (best, bestDistance) = (p, distance);
        }
        if (best < 0) return null;
        // Cut out once per sentence: its figures mostly share one period.
        var texts = sentence.PeriodTexts ??= new string?[sentence.Periods.Count];
        return texts[best] ??= sentence.Text.Substring(sentence.Periods[best].Index, sentence.Periods[best].Length);
    }

    /// <summary>Where each period the lexicon's patterns find in a sentence is, pattern by pattern, in the order found.</summary>
    private List<(int Index, int Length)> PeriodsIn(string sentence)
    {
        var found = new List<(int Index, int Length)>();
        try
        {
            foreach (var pattern in lexicon.Periods) pattern.AddMatches(sentence, found);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            throw lexicon.PatternTimedOut(e);
        }
        return found;
    }
}
