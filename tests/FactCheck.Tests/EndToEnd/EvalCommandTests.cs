using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// `factcheck eval` through the real command line: on the hand-annotated seeds, and on the gold of
/// the real corpora beside the repository (../shared/gold), each held above a floor.
/// </summary>
public sealed class EvalCommandTests
{
    /// <summary>The lowest scores (and, for not-claims, the highest share) a build may reach on one shared gold folder.</summary>
    public sealed record Floor(string Gold, double NumbersF1, double ClaimantAccuracy, double LocationAccuracy, double FramesF1, double NotClaimsExtractedMax)
    {
        public override string ToString() => Gold;
    }

    /// <summary>
    /// A little under what the build reached on 2026-12-05 (measured in the comments): a drop below is
    /// a regression to look at. Raise them as extraction improves.
    /// </summary>
    private static readonly Floor[] SharedGoldFloors =
    [
        //   gold folder      numbers F1      claimants       location        whole frames F1  not-claims extracted (max)
        new("ukraine-2014", 0.97 /* 0.990 */, 0.94 /* 0.946 */, 0.85 /* 0.851 */, 0.80 /* 0.816 */, 0.02 /* 0.000 */),
        new("reuters-2017", 0.95 /* 0.981 */, 0.92 /* 0.929 */, 0.85 /* 0.850 */, 0.82 /* 0.834 */, 0.03 /* 0.017 */),
    ];

    /// <summary>
    /// The seed floors sit just under what is measured: numbers 1.000, frames 0.904, claimant 0.952 on 2026-12-02,
    /// after attribution became a grammar general to news rather than rules read off these seeds (frames were
    /// 0.904 and claimant 0.962 before, 0.885 and 0.942 at their lowest).
    /// </summary>
    [Test]
    public void Eval_OnTheSeedGold_KeepsItsScores()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "eval", "tests/FactCheck.Tests/Gold", "--json", "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var scores = JsonDocument.Parse(result.Output);
        double F1(string measure) => scores.RootElement.GetProperty(measure).GetProperty("f1").GetDouble();
        Assert.That(F1("numbers"), Is.GreaterThanOrEqualTo(0.97));
        Assert.That(F1("frames"), Is.GreaterThanOrEqualTo(0.90));
        Assert.That(F1("claimants"), Is.GreaterThanOrEqualTo(0.95));
    }

    [TestCaseSource(nameof(SharedGoldFloors))]
    public void Eval_OnTheSharedGold_StaysAboveItsFloors(Floor floor)
    {
        var folder = Path.Combine(RepositoryPaths.SharedGold, floor.Gold);
        // CI clones the repository beside ../shared: without it these scores go unwatched, so say so loudly.
        Assert.That(Directory.Exists(folder), Is.True, $"{folder} not found: the shared gold must sit beside the repository, at ../shared/gold");
        var result = CliProcess.Run(RepositoryPaths.Root, "eval", Path.Combine("..", "shared", "gold", floor.Gold), "--json", "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var scores = JsonDocument.Parse(result.Output);
        var root = scores.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("numbers").GetProperty("f1").GetDouble(), Is.GreaterThanOrEqualTo(floor.NumbersF1), "numbers found F1");
            Assert.That(root.GetProperty("claimants").GetProperty("f1").GetDouble(), Is.GreaterThanOrEqualTo(floor.ClaimantAccuracy), "claimant accuracy");
            Assert.That(root.GetProperty("fields").GetProperty("location").GetProperty("accuracy").GetDouble(), Is.GreaterThanOrEqualTo(floor.LocationAccuracy), "location accuracy");
            Assert.That(root.GetProperty("frames").GetProperty("f1").GetDouble(), Is.GreaterThanOrEqualTo(floor.FramesF1), "whole frames F1");
            Assert.That(root.GetProperty("notClaims").GetProperty("share").GetDouble(), Is.LessThanOrEqualTo(floor.NotClaimsExtractedMax), "not-claims extracted");
        });
    }

    [Test]
    public void Eval_Verbose_ListsErrorsByFieldThenMissesSpuriousAndNotClaims()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "eval", "tests/FactCheck.Tests/Gold", "--verbose", "--rules", RepositoryPaths.Rules);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var headings = result.Output.Split('\n').Where(l => l.Length > 0 && char.IsLetter(l[0]) && l.Contains(": ", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Where(h => !h.StartsWith("Gold", StringComparison.Ordinal)).ToList();
        Assert.That(headings, Is.EqualTo(new[] { "interval", "metric", "subject", "side", "claimant", "location", "date", "modality", "missed", "spurious", "not-claims extracted" }));
    }

    [Test]
    public void Eval_MissingFolder_FailsWithOneLine()
    {
        var result = CliProcess.Run(RepositoryPaths.Root, "eval", "no/such/folder");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Trim(), Is.EqualTo("factcheck: no/such/folder: gold folder not found"));
    }
}
