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
    public void APatternThatHasRunOnManyInputs_FindsTheSameMatchesCompiled()
    {
        var pattern = UserPattern.Compile(@"\b(?:in|over) the (?:past|last) (?:\w+ )?(?:days?|weeks?)\b");
        var first = new List<(int, int)>();
        pattern.AddMatches("Six died in the past week and 40 over the last two weeks.", first);
        for (var i = 0; i < 2000; i++) pattern.IsMatch("No period in this sentence, only 12 people.");
        var later = new List<(int, int)>();
        pattern.AddMatches("Six died in the past week and 40 over the last two weeks.", later);
        Assert.That(later, Is.EqualTo(first).And.Count.EqualTo(2));
    }

    [Test]
    public void ACatastrophicPattern_IsStillAnsweredAfterItIsCompiled()
    {
        var pattern = UserPattern.Compile("^(a+)+$");
        for (var i = 0; i < 2000; i++) pattern.IsMatch("aaa");
        Assert.That(pattern.IsMatch(new string('a', 5000) + "!"), Is.False);
    }

    [Test]
    public void MatchesIgnoreCase()
    {
        Assert.That(UserPattern.Compile(@"\bovernight\b").IsMatch("Overnight, 12 were killed"));
    }
}
