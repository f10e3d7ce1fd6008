namespace FactCheck.Extraction;

/// <summary>
/// A figure found in a sentence: the tokens it covers (qualifier included), the interval its words
/// allow, and its unit ("" for a plain count; "percent", "km", a currency code, "day" for ordinals).
/// </summary>
internal sealed record NumberMention(int FirstToken, int EndToken, double Low, double High, string Qualifier, string Unit)
{
    public bool IsOrdinal { get; init; }
    /// <summary>A score or tally ("51-49", "231 to 198"), valued at its first number.</summary>
    public bool IsTally { get; init; }
    /// <summary>"no one died", "no deaths were reported": a count of none, a claim only where the clause says what did not happen.</summary>
    public bool IsNone { get; init; }
    /// <summary>Index of the token holding the number itself, after any qualifier.</summary>
    public int NumberToken { get; init; }
}
