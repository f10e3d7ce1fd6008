namespace FactCheck.Extraction;

/// <summary>
/// Who a sentence says asserts something: the claimant (a family when the source is one of its
/// bodies), the body, the side the source speaks for, the reporting cue's token and the tokens of
/// the source's own words (−1 when the source was carried over from an earlier sentence).
/// </summary>
internal sealed record Attribution(string Claimant, string? Body, string? Side, int TokenIndex)
{
    /// <summary>The reporting cue's token; set in place on a source just read, which nothing else holds yet.</summary>
    public int TokenIndex { get; internal set; } = TokenIndex;

    public int SourceStart { get; init; } = -1;
    public int SourceEnd { get; init; } = -1;

    /// <summary>Where a source carried over from an earlier sentence was named (its words are in no token of this one).</summary>
    public TextSpan? NamedAt { get; init; }

    /// <summary>The source phrase's head noun in lower case ("ministry", "report"), so "the ministry" can point back to it.</summary>
    public string? Noun { get; init; }

    /// <summary>The lower-case words before the head noun, space-separated ("health" in "Ukraine's health ministry"), so "the defence ministry" is another.</summary>
    public string? Modifiers { get; init; }

    /// <summary>Whether a definite reference with this modifier ("the defence ministry") can mean this source.</summary>
    public bool Allows(string? modifier) => modifier is null || Modifiers is null || Modifiers.Split(' ').Contains(modifier);

    /// <summary>A passive report with no agent ("it was reported that ..."): it leaves what follows unattributed, and names no speaker.</summary>
    public bool Agentless => SourceStart < 0 && Claimant == Claim.Unattributed;

    /// <summary>An account's posts ("@realDonaldTrump : - ..."): the source of what follows in its paragraph.</summary>
    public bool Posting { get; init; }

    /// <summary>A document's finding ("the poll found") or a stated cause ("an official attributed the drop to"): it asserts figures, and says no quote.</summary>
    public bool SaysNoQuote { get; init; }

    /// <summary>What a witness saw ("An Associated Press reporter saw three bodies on the street"): a sighting, part of whatever happened.</summary>
    public bool Sighting { get; init; }

    /// <summary>A source known only by what it knows ("two people familiar with the matter"): a count in it describes it.</summary>
    public bool Informed { get; init; }

    /// <summary>A person, so "he" and "she" can point back to it.</summary>
    public bool Person { get; init; }
}
