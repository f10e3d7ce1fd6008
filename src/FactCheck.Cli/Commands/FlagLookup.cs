using FactCheck.Store;

namespace FactCheck.Cli.Commands;

/// <summary>
/// Finds a flag of the latest check run by its id or, as git does with commits, by a unique prefix
/// of at least <see cref="ShortestPrefix"/> characters; the store reads only the flags that match.
/// </summary>
internal static class FlagLookup
{
    public const int ShortestPrefix = 4;

    public static StoredFlag Find(IFindingStore findings, string given, string whereToLook)
    {
        if (findings.Flag(given) is { } exact) return exact;
        var candidates = given.Length < ShortestPrefix ? [] : findings.FlagsStartingWith(given);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 when given.Length < ShortestPrefix =>
                throw new UserInputException($"no flag {given}: give the whole id or at least {ShortestPrefix} of its first characters ({whereToLook})"),
            0 => throw new UserInputException($"no flag {given} ({whereToLook})"),
            _ => throw new UserInputException($"flag id {given} is ambiguous: it starts {candidates.Count} flags: " +
                                              string.Join(", ", candidates.Select(f => f.Flag.Id).Order(StringComparer.Ordinal))),
        };
    }
}
