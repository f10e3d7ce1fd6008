using System.Globalization;
using System.Text;

namespace FactCheck.Bench;

/// <summary>
/// What a user who calls factcheck many times a day waits for: the installed tool (packed in
/// Release, ReadyToRun) on the five seeds, on a fresh database and re-run unchanged; and a document
/// that is one long sentence of figures at two sizes, whose time must grow only in proportion.
/// </summary>
public sealed class SmallRuns(string work, string cli, string tool, string seeds, string rulesDirectory, int repetitions)
{
    public IEnumerable<Measurement> Measure()
    {
        var version = Times(() => ChildProcess.Run(work, tool, "--version"));
        yield return new("start-up", $"installed `factcheck --version`, median of {repetitions}", Stats.Seconds(Stats.Median(version)));
        var db = Path.Combine(work, "seeds-small.db");
        var fresh = Times(() =>
        {
            foreach (var file in Directory.GetFiles(work, "seeds-small.db*")) File.Delete(file);
            return ChildProcess.Run(work, tool, "run", seeds, "--db", db, "--out", Path.Combine(work, "seeds-small.html"));
        });
        yield return new("start-up", $"installed `factcheck run` on the seeds, fresh database, median of {repetitions} (min {Stats.Seconds(fresh.Min())})",
            Stats.Seconds(Stats.Median(fresh)), "<= 0.3 s", Stats.Median(fresh) <= 0.3);
        var again = Times(() => ChildProcess.Run(work, tool, "run", seeds, "--db", db, "--out", Path.Combine(work, "seeds-small.html")));
        yield return new("start-up", $"installed `factcheck run` on the seeds again, unchanged, median of {repetitions} (min {Stats.Seconds(again.Min())})",
            Stats.Seconds(Stats.Median(again)), "<= 0.3 s", Stats.Median(again) <= 0.3);

        // One sentence of comma-separated figures ("12 killed, 7 killed, ..."), the shape that was quadratic.
        var seconds = new List<(int Figures, double Seconds, double Megabytes)>();
        foreach (var figures in new[] { 50_000, 100_000 })
        {
            var folder = Directory.CreateDirectory(Path.Combine(work, $"long-sentence-{figures}")).FullName;
            var text = new StringBuilder("Casualties by village\n");
            for (var i = 0; i < figures; i++) text.Append(i == 0 ? "" : ", ").Append((i * 7919 % 997 + 1).ToString(CultureInfo.InvariantCulture)).Append(" killed");
            File.WriteAllText(Path.Combine(folder, "list.txt"), text.Append(".\n").ToString());
            var run = ChildProcess.Run(work, "dotnet", cli, "ingest", folder, "--db", Path.Combine(work, $"long-sentence-{figures}.db"), "--rules", rulesDirectory);
            seconds.Add((figures, run.WallSeconds, run.PeakMegabytes));
            yield return new("long sentence", $"one sentence of {figures:N0} figures ({Stats.Number(text.Length / 1048576.0, "0.0")} MB): ingest",
                $"{Stats.Seconds(run.WallSeconds)}, {Stats.Number(run.PeakMegabytes, "0")} MB");
        }
        var ratio = seconds[1].Seconds / seconds[0].Seconds;
        yield return new("long sentence", "time at twice the figures", $"{Stats.Number(ratio, "0.00")}x", "<= 2.3x (linear)", ratio <= 2.3);
    }

    private List<double> Times(Func<ChildProcess.Result> run) => Enumerable.Range(0, repetitions).Select(_ => run().WallSeconds).ToList();
}
