using System.Text;

namespace FactCheck.Bench;

/// <summary>RESULTS.md: the machine, the date, the command, and the measurements as a Markdown table.</summary>
public static class ResultsDocument
{
    public static string Render(IReadOnlyList<Measurement> rows, IReadOnlyList<string> notes, string command)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmark results").AppendLine();
        text.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine($"- Machine: {Environment.ProcessorCount} cores (nproc), {MemoryGigabytes()} GB RAM, {CpuModel()}");
        text.AppendLine($"- Runtime: .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        text.AppendLine($"- Command: `{command}`").AppendLine();
        text.AppendLine("| Stage | Measurement | Result | Target | Verdict |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var row in rows)
            text.AppendLine($"| {row.Section} | {row.What} | {row.Value} | {row.Target} | {row.Verdict} |");
        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine("Notes:").AppendLine();
            foreach (var note in notes) text.AppendLine($"- {note}");
        }
        return text.ToString();
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string MemoryGigabytes()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        if (line is null) return "?";
        var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (kilobytes / 1024 / 1024).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
