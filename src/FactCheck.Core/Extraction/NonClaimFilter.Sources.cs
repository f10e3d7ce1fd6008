namespace FactCheck.Extraction;

/// <summary>Figures in the words that name who speaks: "two government officials confirmed", "Chile's two main newspapers said".</summary>
internal sealed partial class NonClaimFilter
{
    /// <summary>
    /// "two government officials confirmed to Reuters", "The governors of three of the five Russian regions
    /// ... told ITAR-TASS": a figure in the words that name an unnamed source, up to its noun or a part of it
    /// ("three of"), says who speaks. ("Three lawmakers said they would resign" counts lawmakers: a named group stays a claim.)
    /// </summary>
    public bool DescribesSource(List<Token> tokens, IReadOnlyList<Attribution> attributions, NumberMention mention)
    {
        for (var a = 0; a < attributions.Count; a++)
        {
            var (start, verb) = (attributions[a].SourceStart, attributions[a].TokenIndex);
            if (start < 0) continue;
            // "NBC News reported, citing two people familiar with the matter": the count right before a source after its verb.
            if (start > verb)
            {
                if (attributions[a].Informed && mention.FirstToken > verb
                    && (mention.EndToken == start || mention.FirstToken >= start && mention.EndToken < attributions[a].SourceEnd)) return true;
                continue;
            }
            // "One resident said": a determiner's count right before the source.
            if (start == verb || mention.FirstToken < start && mention.EndToken != start || mention.EndToken > verb) continue;
            if (!attributions[a].Informed && (attributions[a].Noun is not { } noun || !lexicon.UnnamedSources.Contains(noun) && !lexicon.Sources.OfficialNouns.Contains(noun)
                                                && !lexicon.Sources.PersonNouns.Contains(noun) && !IsOutletOrDocument(noun))) continue;
            // "Nine of them were declared dead": a passive verb has no source before it.
            if (Grammar.BeForms.Contains(tokens[verb - 1])) continue;
            // "The governors of three of the five Russian regions ... told": after the source's noun, only a part of it ("three of")
            // counts who speaks; "the five Russian regions" is a figure the source's description gives.
            if (mention.FirstToken >= attributions[a].SourceEnd && !(tokens[mention.FirstToken - 1].Lower == "of" && mention.EndToken < tokens.Count && tokens[mention.EndToken].Lower == "of"))
                continue;
            // "X, who has announced compensation of $14,000 ..., said": an aside in the source phrase is a claim of its own.
            if (mention.FirstToken <= start || !Enumerable.Range(start, mention.FirstToken - start).Any(k => tokens[k].Text == "," || Grammar.RelativePronouns.Contains(tokens[k])))
                return true;
        }
        return false;
    }

    /// <summary>"Chile's two main newspapers said", "three reporters saw": outlets and documents are counted only to say who speaks.</summary>
    private bool IsOutletOrDocument(string noun) =>
        lexicon.Sources.StrippedWords.Contains(noun) || noun.Length > 3 && noun.EndsWith('s') && lexicon.Sources.StrippedWords.Contains(noun[..^1]);
}
