namespace FactCheck.Extraction;

/// <summary>A group named at a sentence's opening that holds the figures after it: "Among the dead, ...", "Of the 246 deaths, ...", "Of those, ...".</summary>
internal sealed partial class PartOfGroup
{
    private const int AmongReach = 6;
    private const int OfTheReach = 10;

    /// <summary>
    /// "Among the missing are 18 foreign nationals": "among" opens the sentence, and the figure comes within a few words, no figure or
    /// stop before it. "Among the dead, 39 were foreign nationals, at least four of whom were American", "Among those arrested, 26
    /// were being questioned ... while three others were being held": a group named before the first comma holds every figure after it.
    /// Not "Among other things, ...": that names no group.
    /// </summary>
    private bool OpensAmong(List<Token> tokens, NumberMention figure, IReadOnlyList<NumberMention> sentenceFigures)
    {
        // "Of the dead, only 671 were in Yangon", "From the seven who remain missing, three are of Lebanese nationality": so does "of" or
        // "from" and the casualties before the comma.
        if (tokens.Count > 2 && (tokens[0].Lower == "of" || tokens[0].Lower == "from" && StartsFigure(sentenceFigures, 2)) && tokens[1].Lower is "the" or "those")
        {
            if (OpensWithCasualties(tokens, figure)) return true;
            // "Of the total civilian deaths, 240 were killed when ..., seven died while ...": the list goes on after a comma or "and".
            if (FirstListed(sentenceFigures, figure) is var first && first != figure && tokens[figure.FirstToken - 1].Text is "," or "and" && OpensWithCasualties(tokens, first))
                return true;
        }
        // "Of those, 22 were in their 70s", "Of these, 2,328 people ... have been moved to nine relief camps": a pronoun for a group counted before.
        if (tokens.Count > 3 && tokens[0].Lower == "of" && lexicon.Grammar.GroupPronouns.Contains(tokens[1]) && tokens[2].Text == "," && figure.FirstToken > 2) return true;
        if (tokens.Count == 0 || tokens[0].Lower is not ("among" or "amongst")) return false;
        for (var k = 1; k < figure.FirstToken; k++)
        {
            if (tokens[k].Lower is "other" or "others" || tokens[k].Kind == TokenKind.Number) return false;
            if (tokens[k].Text == ",") return k > 1 && k <= AmongReach;
            if (tokens[k].Kind == TokenKind.Punctuation || k >= AmongReach) return false;
        }
        return true;
    }

    /// <summary>The first figure of the sentence after its opening comma, before <paramref name="figure"/>.</summary>
    private static NumberMention FirstListed(IReadOnlyList<NumberMention> sentenceFigures, NumberMention figure)
    {
        foreach (var earlier in sentenceFigures)
            if (earlier.FirstToken > 2 && earlier.FirstToken < figure.FirstToken) return earlier;
        return figure;
    }

    /// <summary>
    /// A people metric's trigger before the first comma, within a few words, no number but the whole's own count right after the article:
    /// "Of the dead,", "Of those killed,", "Of the 246 deaths,", "Of the deaths recorded in the updated DSHS report,".
    /// </summary>
    private bool OpensWithCasualties(List<Token> tokens, NumberMention figure)
    {
        var casualties = false;
        for (var k = 2; k < figure.FirstToken; k++)
        {
            // The figure right after the comma, a word or two between: not a later clause's ("..., when 143,000 people died").
            if (tokens[k].Text == ",") return casualties && k <= OfTheReach && figure.FirstToken - k <= 3;
            if (!(tokens[k].Kind == TokenKind.Word || k == 2 && tokens[k].Kind == TokenKind.Number) || k >= OfTheReach) return false;
            casualties |= lexicon.MetricTriggers.Match(tokens, k) is { } trigger && trigger.Value.Any(t => t.People);
        }
        return false;
    }
}
