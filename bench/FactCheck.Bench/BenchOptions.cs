using System.Globalization;

namespace FactCheck.Bench;

public sealed record BenchOptions(string Repo, string Cli, IReadOnlyList<int> Sizes, int Repetitions, int ScalingSize, string Out, string Command, bool Keep, bool ExtractionOnly,
    bool HostileOnly, IReadOnlyList<int> HostileMegabytes, string? Tool, int MillionSize, string? Postgres, bool GrowingOnly)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        var repo = Path.GetFullPath(Value("--repo", "."));
        var cli = Path.GetFullPath(Value("--cli", Path.Combine(repo, "src", "FactCheck.Cli", "bin", "Release", "net10.0", "factcheck.dll")));
        if (!File.Exists(cli)) throw new FileNotFoundException($"{cli}: build the CLI in Release first (bench/run.sh does)");
        var sizes = Value("--sizes", "10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return new BenchOptions(repo, cli, sizes, int.Parse(Value("--repetitions", "5"), CultureInfo.InvariantCulture),
            // The largest corpus by default: at 10k the check takes tenths of a second and the ratio is mostly noise.
            int.Parse(Value("--scaling-size", sizes.Max().ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            Path.GetFullPath(Value("--out", Path.Combine(repo, "bench", "RESULTS.md"))),
            Value("--command", "bench/run.sh"), args.Contains("--keep"), args.Contains("--extraction-only"),
            args.Contains("--hostile-only"), Value("--hostile-sizes", "50,100").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            Value("--tool", "") is { Length: > 0 } tool ? Path.GetFullPath(tool) : null,
            int.Parse(Value("--million", "1000000"), CultureInfo.InvariantCulture),
            Value("--postgres", "") is { Length: > 0 } postgres ? postgres : null, args.Contains("--growing-only"));
    }
}
