using FactCheck.Extraction;

namespace FactCheck.Tests.Extraction;

public sealed class UserPatternTests
{
    [Test]
    public void ACatastrophicPattern_IsAnsweredByTheLinearEngine_InsteadOfHanging()
    {
        var pattern = UserPattern.Compile("^(a+)+$");
        // The backtracking engine would not return from this input in a lifetime: the interpreter's
        // short limit hands it to the linear engine, which gives the answer.
        Assert.That(pattern.IsMatch(new string('a', 5000) + "!"), Is.False);
        Assert.That(pattern.IsMatch(new string('a', 5000)), Is.True);
    }

    [Test]
    public void ACatastrophicPattern_FindsTheSameMatchesAsOnAnInputItRunsQuicklyOn()
    {
        var pattern = UserPattern.Compile("(x+x+)+y");
        var quick = new List<(int, int)>();
        var slow = new List<(int, int)>();

        pattern.AddMatches("xxy and xxxy", quick);
        pattern.AddMatches(new string('x', 3000) + " then xxy and xxxy", slow);

        Assert.That(quick, Is.EqualTo(new[] { (0, 3), (8, 4) }));
        Assert.That(slow.Select(m => m.Item2), Is.EqualTo(new[] { 3, 4 }), "after the slow input, the same pattern still finds xxy and xxxy");
    }

    [Test]
    public void APatternTheLinearEngineCannotRun_StillMatches()
    {
        var found = new List<(int Index, int Length)>();
        UserPattern.Compile(@"(?<=in )the past (\w+)").AddMatches("killed in the past week", found);
        Assert.That(found, Is.EqualTo(new[] { (10, 13) }));
    }

    [Test]
    public void MatchesIgnoreCase()
    {
        Assert.That(UserPattern.Compile(@"\bovernight\b").IsMatch("Overnight, 12 were killed"));
    }
}
