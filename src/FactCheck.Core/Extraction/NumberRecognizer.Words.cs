namespace FactCheck.Extraction;

/// <summary>Numbers written in words: "four", "twenty-five", "two hundred and five", "Two-hundred and sixty-four".</summary>
internal sealed partial class NumberRecognizer
{
    /// <summary>"four", "twenty-five", "thirty three", "a dozen", "two hundred", "three hundred fifty three".</summary>
    private (double Value, int End)? WordNumber(List<Token> tokens, int j)
    {
        double value;
        int end;
        if (lexicon.NumberWords.Match(tokens, j) is { } match)
        {
            (value, end) = (match.Value, j + match.Length);
            // "thirty three people": tens and units written apart.
            if (match.Length == 1 && value is >= 20 and < 100 && value % 10 == 0 && end < tokens.Count
                && lexicon.NumberWords.Match(tokens, end) is { Length: 1, Value: >= 1 and < 10 } units && units.Value % 1 == 0)
                (value, end) = (value + units.Value, end + 1);
        }
        else if (tokens[j].Lower.Contains('-') && tokens[j].Lower.Split('-') is { Length: 2 } parts
                 && lexicon.NumberWords.Match(Tokenizer.Tokenize(parts[0], 0, 0, parts[0].Length, lexicon.Words), 0) is { } tens
                 && lexicon.NumberWords.Match(Tokenizer.Tokenize(parts[1], 0, 0, parts[1].Length, lexicon.Words), 0) is { } ones
                 && tens.Value >= 20 && ones.Value < 10)
        {
            (value, end) = (tens.Value + ones.Value, j + 1);
        }
        // "Two-hundred and sixty-four people were injured": the hundreds hyphenated.
        else if (tokens[j].Lower.EndsWith("-hundred", StringComparison.Ordinal) && tokens[j].Lower[..^"-hundred".Length] is { Length: > 0 } count
                 && lexicon.NumberWords.Match(Tokenizer.Tokenize(count, 0, 0, count.Length, lexicon.Words), 0) is { Length: 1, Value: >= 1 and < 10 } hundreds)
        {
            (value, end) = (hundreds.Value * 100, j + 1);
            var rest = end < tokens.Count && tokens[end].Lower == "and" ? end + 1 : end;
            if (rest < tokens.Count && WordNumber(tokens, rest) is { Value: >= 1 and < 100 } tail && tail.Value % 1 == 0) (value, end) = (value + tail.Value, tail.End);
            return (value, end);
        }
        else return null;
        if (end < tokens.Count && tokens[end].Lower == "hundred" && value < 100)
        {
            value *= 100;
            end++;
            // "three hundred fifty three thousand", "two hundred and five".
            var rest = end < tokens.Count && tokens[end].Lower == "and" ? end + 1 : end;
            if (rest < tokens.Count && WordNumber(tokens, rest) is { Value: >= 1 and < 100 } tail && tail.Value % 1 == 0) (value, end) = (value + tail.Value, tail.End);
        }
        return (value, end);
    }
}
