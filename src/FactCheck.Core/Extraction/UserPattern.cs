using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>
/// Compiles a regular expression a user wrote in a lexicon or rule file. The non-backtracking engine
/// runs in time linear in the input, so no pattern can hang a run and no match depends on how busy
/// the machine is. Patterns it cannot run (lookarounds, backreferences) fall back to the backtracking
/// engine with a timeout, which a caller reports as an error of that pattern.
/// </summary>
public static class UserPattern
{
    /// <summary>Generous: only a runaway pattern takes this long on one sentence, even on a loaded machine.</summary>
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Checks a pattern's syntax without building its matcher, which costs far more.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static void Validate(string pattern) => _ = new Regex(pattern, Options);

    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, Options | RegexOptions.Compiled, BacktrackingTimeout);
        }
    }
}
