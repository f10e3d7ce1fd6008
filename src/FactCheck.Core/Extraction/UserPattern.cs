using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>
/// A regular expression a user wrote in a lexicon or rule file. It first runs on the interpreter,
/// which costs nothing to build, under a short time limit; a pattern that runs past it on some input
/// is built once for the non-backtracking engine, which runs in time linear in the input, and that
/// match is the answer. So no pattern can hang a run, and since both engines find the same matches,
/// no result depends on how busy the machine is. Building every pattern for the linear engine at
/// start-up took about a third of a small run's CPU time. Patterns the linear engine cannot run
/// (lookarounds, backreferences) fall back to the backtracking engine with a longer limit, whose
/// <see cref="RegexMatchTimeoutException"/> a caller reports as an error of that pattern.
/// A pattern that has run on many inputs (a large corpus) is then built once for the compiled backtracking
/// engine, under the same limit: the same engine, so the same matches, at about twice the speed; a small run
/// never pays the few milliseconds of building it.
/// </summary>
internal sealed class UserPattern
{
    /// <summary>Generous: only a runaway pattern takes this long on one sentence, even on a loaded machine.</summary>
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Far above what a sound pattern needs on one sentence or period phrase (microseconds).</summary>
    private static readonly TimeSpan InterpreterTimeout = TimeSpan.FromMilliseconds(50);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Inputs run on the interpreter before the pattern is compiled: a few documents' worth of sentences.</summary>
    private const int CompileAfter = 512;

    private readonly string _pattern;
    // The interpreter, then the compiled backtracking engine once enough inputs have run.
    private Regex _backtracking;
    private int _runs;
    // Built on the first input the backtracking engine runs too long on; from then on the only engine used.
    private Regex? _linear;

    private UserPattern(string pattern) => (_pattern, _backtracking) = (pattern, new Regex(pattern, Options, InterpreterTimeout));

    public string Pattern => _pattern;

    /// <summary>Checks a pattern's syntax without building any matcher.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static void Validate(string pattern) => _ = new Regex(pattern, Options);

    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static UserPattern Compile(string pattern) => new(pattern);

    public bool IsMatch(string input)
    {
        if (_linear is null)
        {
            try
            {
                return Backtracking().IsMatch(input);
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }
        return Linear().IsMatch(input);
    }

    /// <summary>Adds where each match is, in order.</summary>
    public void AddMatches(string input, List<(int Index, int Length)> found)
    {
        var before = found.Count;
        if (_linear is null)
        {
            try
            {
                foreach (var match in Backtracking().EnumerateMatches(input)) found.Add((match.Index, match.Length));
                return;
            }
            catch (RegexMatchTimeoutException)
            {
                found.RemoveRange(before, found.Count - before);
            }
        }
        foreach (var match in Linear().EnumerateMatches(input)) found.Add((match.Index, match.Length));
    }

    // Two threads may both build either engine, and count runs loosely; every copy matches the same.
    private Regex Backtracking()
    {
        if (_runs < CompileAfter && ++_runs == CompileAfter)
            _backtracking = new Regex(_pattern, Options | RegexOptions.Compiled, InterpreterTimeout);
        return _backtracking;
    }

    private Regex Linear() => _linear ??= BuildLinear(Pattern);

    private static Regex BuildLinear(string pattern)
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
