using System.Text.Json;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.EndToEnd;

/// <summary>
/// The genuine cross-source discrepancies annotated beside the repository (../shared), found through
/// the real command line: `run` on a real corpus, then `eval pairs` on its pairs file, each held at
/// or above the must-flag count reached and at or below the must-not-flag count.
/// </summary>
public sealed class SharedPairsTests
{
    public sealed record PairsFloor(string Corpus, string PairsFile, int MustFlagAtLeast, int MustNotFlagAtMost)
    {
        public override string ToString() => Corpus;
    }

    /// <summary>What the build reached on 2026-12-04 (must 7/7, 11/15; must-not 0/44, 0/51): raise as pairing improves.</summary>
    private static readonly PairsFloor[] Floors =
    [
        new("corpora/ukraine-2014", "gold/ukraine-2014/pairs.json", MustFlagAtLeast: 7, MustNotFlagAtMost: 0),
        new("corpora/events-mixed", "corpora/events-mixed/pairs.json", MustFlagAtLeast: 11, MustNotFlagAtMost: 0),
    ];

    [TestCaseSource(nameof(Floors))]
    public void RunThenEvalPairs_OnARealCorpus_StaysAboveItsFloors(PairsFloor floor)
    {
        var shared = Path.GetDirectoryName(RepositoryPaths.SharedGold)!;
        var corpus = Path.Combine(shared, floor.Corpus);
        Assert.That(Directory.Exists(corpus), Is.True, $"{corpus} not found: the shared corpora must sit beside the repository, at ../shared");
        using var workspace = new TemporaryDirectory();
        var database = workspace.File("factcheck.db");
        var run = CliProcess.Run(workspace.Path, "run", corpus, "--db", database, "--rules", RepositoryPaths.Rules, "--format", "json", "--out", workspace.File("report.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);

        var eval = CliProcess.Run(workspace.Path, "eval", "pairs", Path.Combine(shared, floor.PairsFile), "--db", database, "--rules", RepositoryPaths.Rules, "--json");
        Assert.That(eval.ExitCode, Is.Zero, eval.Error);
        var scores = JsonDocument.Parse(eval.Output).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(scores.GetProperty("mustFlag").GetProperty("flagged").GetInt32(), Is.GreaterThanOrEqualTo(floor.MustFlagAtLeast), "must_flag pairs found");
            Assert.That(scores.GetProperty("mustNotFlag").GetProperty("flagged").GetInt32(), Is.LessThanOrEqualTo(floor.MustNotFlagAtMost), "must_not_flag pairs flagged");
        });
    }
}
