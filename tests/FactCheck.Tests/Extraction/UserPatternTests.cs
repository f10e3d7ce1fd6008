using System.Text.RegularExpressions;
using FactCheck.Extraction;

namespace FactCheck.Tests.Extraction;

public sealed class UserPatternTests
{
    [Test]
    public void ACatastrophicPattern_RunsInLinearTime_InsteadOfHanging()
    {
        var pattern = UserPattern.Compile("^(a+)+$");
        // The backtracking engine would not return from this input in a lifetime.
        Assert.That(pattern.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.That(pattern.IsMatch(new string('a', 5000) + "!"), Is.False);
    }

    [Test]
    public void APatternTheLinearEngineCannotRun_FallsBackWithATimeout()
    {
        var pattern = UserPattern.Compile(@"(?<=in )the past (\w+)");
        Assert.That(pattern.Match("killed in the past week").Groups[1].Value, Is.EqualTo("week"));
        Assert.That(pattern.MatchTimeout, Is.EqualTo(UserPattern.BacktrackingTimeout));
    }

    [Test]
    public void MatchesIgnoreCase()
    {
        Assert.That(UserPattern.Compile(@"\bovernight\b").IsMatch("Overnight, 12 were killed"));
    }
}
