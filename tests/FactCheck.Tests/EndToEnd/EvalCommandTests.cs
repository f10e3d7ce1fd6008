using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// `factcheck eval` on the hand-annotated seeds, through the real command line. The floors are the
/// scores reached when the gold was written (numbers 1.000, frames 0.837, claimants 0.904): a
/// change that lowers them is a regression to look at, not noise.
/// </summary>
public sealed class EvalCommandTests
{
    [Test]
    public void Eval_OnTheSeedGold_KeepsItsScores()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "eval", "tests/FactCheck.Tests/Gold", "--json", "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var scores = JsonDocument.Parse(result.Output);
        double F1(string measure) => scores.RootElement.GetProperty(measure).GetProperty("f1").GetDouble();
        Assert.That(F1("numbers"), Is.GreaterThanOrEqualTo(0.97));
        Assert.That(F1("frames"), Is.GreaterThanOrEqualTo(0.83));
        Assert.That(F1("claimants"), Is.GreaterThanOrEqualTo(0.90));
    }

    [Test]
    public void Eval_MissingFolder_FailsWithOneLine()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "eval", "no/such/folder");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Trim(), Is.EqualTo("factcheck: no/such/folder: gold folder not found"));
    }
}
