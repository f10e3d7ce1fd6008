namespace FactCheck.Extraction;

/// <summary>
/// A quotation that runs over several sentences of a paragraph (“"In the last two weeks ... have applied.
/// That puts great pressure on the regions ... despondent," she said.”): the figures inside it wait for the
/// speaker named where it closes. A blank line ends the wait (a line break alone does not: some sources put
/// each sentence on its own line), and a quotation that closes on no named speaker leaves its figures unattributed.
/// </summary>
internal sealed class OpenQuote
{
    private readonly List<int> _waiting = [];

    /// <summary>Whether figures wait for the speaker of an open quotation.</summary>
    public bool Waiting => _waiting.Count > 0;

    /// <summary>Whether a quotation is open at the end of the sentences read so far.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>
    /// At a sentence starting a line: a quotation mark opening the line while one is open reopens it, so it is
    /// skipped: a quote running over paragraphs opens each one and closes only the last ("Adamu said: “In total, 71
    /// public warehouses ... were looted ... nationwide." then "“A total of 51 civilian fatalities ... have been recorded ...").
    /// Any other line after a blank one ends the quotation, and the figures waiting in it take the speaker it goes on from.
    /// </summary>
    public void NewLine(string text, int start, List<Token> tokens, List<Claim> claims)
    {
        Reopens = false;
        if (start > 0 && text[start - 1] != '\n') return;
        var blank = start == 0;
        for (var k = start - 2; k >= 0 && !blank && char.IsWhiteSpace(text[k]); k--)
            if (text[k] == '\n') blank = true;
        if (IsOpen && tokens.Count > 0 && tokens[0].Text is "\"" or "“") Reopens = true;
        else if (blank)
        {
            IsOpen = false;
            Flush(claims);
        }
    }

    /// <summary>
    /// The quotation ends unclosed (its paragraph run is over, or the document is): the figures waiting in it are in the words
    /// of the speaker it went on from, if one was named (see <see cref="LastSpeaker"/>); else they stay unattributed.
    /// </summary>
    public void Flush(List<Claim> claims)
    {
        if (LastSpeaker is { } said)
            foreach (var index in _waiting)
                claims[index] = claims[index] with { Claimant = said.Claimant, ClaimantBody = said.Body, ClaimantSpan = said.NamedAt };
        _waiting.Clear();
    }

    /// <summary>Whether the sentence being read opens its line with a mark that reopens the open quotation.</summary>
    public bool Reopens { get; private set; }

    /// <summary>The claim at <paramref name="claim"/> (an index into the document's claims) takes the quotation's speaker.</summary>
    public void Await(int claim) => _waiting.Add(claim);

    /// <summary>
    /// Reads a sentence's quotation marks; when it closes the open quotation, the waiting claims take the
    /// source of a reporting construction after the closing mark (“...despondent," she said.”).
    /// </summary>
    public void Read(List<Token> tokens, Attribution[] attributions, List<Claim> claims)
    {
        var open = _openAtStart = IsOpen;
        IsOpen = OpenAfter(tokens, Reopens ? 1 : 0, tokens.Count, open);
        var speakerBefore = LastSpeaker;
        ReadSpeaker(tokens, attributions, open);
        if (!open || _waiting.Count == 0) return;
        var closing = -1;
        for (var k = Reopens ? 1 : 0; k < tokens.Count && closing < 0; k++)
            if (tokens[k].Text is "”" or "\"") closing = k;
        if (closing < 0) return;
        Attribution? named = null;
        foreach (var speaker in attributions)
        {
            if (speaker.TokenIndex <= closing || speaker.SourceStart <= closing) continue;
            named = speaker with { NamedAt = new TextSpan(tokens[speaker.SourceStart].Start, tokens[speaker.SourceEnd - 1].End) };
            break;
        }
        // A quotation closing on no speaker goes on in the words of the one quoted just before it.
        if ((named ?? speakerBefore) is { } said)
            foreach (var index in _waiting)
                claims[index] = claims[index] with { Claimant = said.Claimant, ClaimantBody = said.Body, ClaimantSpan = said.NamedAt };
        _waiting.Clear();
    }

    /// <summary>
    /// The speaker of the quotations just read: “If anyone has any doubt about that, they can ask the more than 500 criminals ...,”
    /// he said. “And they can ask the dozens of enemy combatants in Guantanamo Bay.” A sentence that opens quoting and names no
    /// speaker goes on in that speaker's words; one that opens any other way and names none ends the run.
    /// </summary>
    public Attribution? LastSpeaker { get; private set; }

    /// <summary>
    /// The speaker whose words a figure is in when its sentence opens with a quotation that names no one (see
    /// <see cref="LastSpeaker"/>), or null.
    /// </summary>
    public Attribution? Continued(List<Token> tokens, int first) =>
        LastSpeaker is not null && OpensQuoting(tokens, _openAtStart) && Inside(tokens, first) ? LastSpeaker : null;

    private bool OpensQuoting(List<Token> tokens, bool open) => open || tokens.Count > 0 && tokens[0].Text is "“" or "\"";

    /// <summary>Keeps the speaker a sentence names outside its quotation marks, when it quotes or introduces a quotation ("..., he said:").</summary>
    private void ReadSpeaker(List<Token> tokens, Attribution[] attributions, bool open)
    {
        var quoting = tokens.Count > 0 && tokens[^1].Text == ":";
        for (var k = 0; k < tokens.Count && !quoting; k++)
            if (tokens[k].Text is "“" or "”" or "\"") quoting = true;
        Attribution? speaker = null;
        var from = Reopens ? 1 : 0;
        if (quoting)
            foreach (var attribution in attributions)
                if (!attribution.Agentless && attribution.SourceStart >= 0 && !OpenAfter(tokens, from, attribution.SourceStart, open) && !OpenAfter(tokens, from, attribution.TokenIndex, open))
                    speaker = attribution;
        if (speaker is not null)
            LastSpeaker = speaker with { NamedAt = new TextSpan(tokens[speaker.SourceStart].Start, tokens[speaker.SourceEnd - 1].End), SourceStart = -1, SourceEnd = -1 };
        else if (!OpensQuoting(tokens, open)) LastSpeaker = null;
    }

    /// <summary>Whether the figure at tokens[<paramref name="first"/>] of the sentence last read is inside a quotation.</summary>
    public bool Inside(List<Token> tokens, int first) => OpenAfter(tokens, Reopens ? 1 : 0, first, _openAtStart);

    /// <summary>The closing quotation mark of a quotation holding the figure at tokens[first..end) in the sentence last read, or null.</summary>
    public int? ClosingAfter(List<Token> tokens, int first, int end)
    {
        if (!Inside(tokens, first)) return null;
        for (var k = end; k < tokens.Count; k++)
            if (tokens[k].Text is "”" or "\"") return k;
        return null;
    }

    private bool _openAtStart;

    /// <summary>Whether a quotation is open after tokens[from..to), given whether one was open before them.</summary>
    internal static bool OpenAfter(List<Token> tokens, int from, int to, bool open)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Text is "“") open = true;
            else if (tokens[k].Text is "”") open = false;
            else if (tokens[k].Text is "\"") open = !open;
        return open;
    }
}
