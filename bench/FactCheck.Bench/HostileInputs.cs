using System.Diagnostics;
using System.Text;
using FactCheck.Ingestion;

namespace FactCheck.Bench;

/// <summary>
/// The hostile-input section: for every reader (.txt, .md, .html, .csv, .jsonl, manifest.json) one
/// huge record at two sizes, and one document just under the size limit and at half of it (the
/// largest work a reader accepts), each ingested by a cold `factcheck ingest` beside one good
/// article; then links to devices and a manifest that is a named pipe. Each row gives the whole
/// process's wall time and peak resident memory; the ratio between two sizes shows whether time and
/// memory grow linearly, or (past the limit) not at all.
/// </summary>
public sealed class HostileInputs(string work, string cli, string rules, IReadOnlyList<int> megabytes)
{
    private const string GoodArticle = "Kharkiv update\nThe mayor said 12 people were killed in Kharkiv on Monday.\n";

    // Ordinary prose with a figure every few sentences: what a long live blog looks like to the extractor.
    private const string Paragraph =
        "The council met again on Tuesday to discuss the repairs of the bridge and the school. " +
        "Residents said the work had been delayed for months. " +
        "Officials said 12 people were injured in the shelling of the market.\n";

    private static readonly string[] Readers = [".txt", ".md", ".html", ".csv", ".jsonl", "manifest.json"];

    public IEnumerable<Measurement> Measure()
    {
        foreach (var reader in Readers)
        {
            var runs = megabytes.Select(size => (size, Ingest(folder => WriteHuge(folder, reader, size * 1024L * 1024)))).ToList();
            foreach (var (size, run) in runs)
                yield return Row($"{reader}: one {size} MB {Record(reader)}", run);
            yield return Ratio($"{reader}: {megabytes[^1]} MB against {megabytes[0]} MB ({megabytes[^1] / (double)megabytes[0]:0.#}x the input)",
                runs[0].Item2, runs[^1].Item2);
        }
        var limit = DocumentLimit.MaximumBytes - 64 * 1024;
        foreach (var reader in Readers.Where(r => r != "manifest.json"))
        {
            var half = Ingest(folder => WriteAccepted(folder, reader, limit / 2));
            var full = Ingest(folder => WriteAccepted(folder, reader, limit));
            yield return Row($"{reader}: one accepted document of {limit / 2 / 1048576.0:0.0} MB (prose, a figure every 3 sentences)", half);
            yield return Row($"{reader}: one accepted document of {limit / 1048576.0:0.0} MB, just under the limit", full);
            yield return Ratio($"{reader}: accepted, {limit / 1048576.0:0.0} MB against {limit / 2 / 1048576.0:0.0} MB (2x the input)", half, full);
        }
        var many = Ingest(folder =>
        {
            foreach (var reader in Readers.Where(r => r != "manifest.json")) WriteAccepted(folder, reader, limit);
        });
        yield return Row($"all five readers at once: five accepted documents of {limit / 1048576.0:0.0} MB in one folder", many);
        yield return Row("links to /dev/zero and /dev/urandom (one per reader) and manifest.json a named pipe", Ingest(WriteDevices));
    }

    private static string Record(string reader) => reader switch
    {
        ".csv" => "field",
        ".jsonl" => "line",
        "manifest.json" => "title in the manifest",
        _ => "line of numbers",
    };

    private static Measurement Row(string what, ChildProcess.Result run) =>
        new("hostile input", what, $"{Stats.Seconds(run.WallSeconds)}, {Stats.Number(run.PeakMegabytes, "0")} MB", "peak < 1 GB", run.PeakMegabytes < 1024);

    private static Measurement Ratio(string what, ChildProcess.Result small, ChildProcess.Result large)
    {
        var time = large.WallSeconds / small.WallSeconds;
        var memory = large.PeakMegabytes / small.PeakMegabytes;
        return new("hostile input", what, $"time {Stats.Number(time, "0.00")}x, peak {Stats.Number(memory, "0.00")}x", "time <= 2.3x (linear)", time <= 2.3);
    }

    /// <summary>Writes an input folder, ingests it cold into a fresh database, and removes both.</summary>
    private ChildProcess.Result Ingest(Action<string> write)
    {
        var folder = Directory.CreateTempSubdirectory("hostile-").FullName;
        var database = Path.Combine(work, $"hostile-{Path.GetFileName(folder)}.db");
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.txt"), GoodArticle);
            write(folder);
            return ChildProcess.Run(work, "dotnet", cli, "ingest", folder, "--db", database, "--rules", rules);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            foreach (var file in Directory.GetFiles(work, Path.GetFileName(database) + "*")) File.Delete(file);
        }
    }

    /// <summary>One record of <paramref name="bytes"/>: a single sentence of numbers, with a good record after it.</summary>
    private static void WriteHuge(string folder, string reader, long bytes)
    {
        var (name, head, tail) = reader switch
        {
            ".csv" => ("huge.csv", "title,text\nDump,\"", "\"\nKyiv,Officials said 9 people were injured in Kyiv.\n"),
            ".jsonl" => ("huge.jsonl", "{\"text\":\"", "\"}\n{\"text\":\"Officials said 9 people were injured in Kyiv.\"}\n"),
            ".html" => ("huge.html", "<html><body><p>", "</p></body></html>\n"),
            "manifest.json" => ("manifest.json", "{\"good.txt\": {\"title\": \"", "\"}}\n"),
            _ => ("huge" + reader, "Numbers\n", "\n"),
        };
        using var file = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 20);
        file.Write(head);
        var block = string.Concat(Enumerable.Repeat("17 ", 1 << 15));
        for (long written = head.Length; written < bytes; written += block.Length) file.Write(block);
        file.Write(tail);
    }

    /// <summary>One document of about <paramref name="bytes"/> of prose, in the reader's format.</summary>
    private static void WriteAccepted(string folder, string reader, long bytes)
    {
        var paragraphs = (int)(bytes / (Paragraph.Length + 8));
        var (name, head, open, close, tail) = reader switch
        {
            ".csv" => ("long.csv", "title,text\nLong,\"", "", "", "\"\n"),
            ".jsonl" => ("long.jsonl", "{\"text\":\"", "", "\\n", "\"}\n"),
            ".html" => ("long.html", "<html><body>", "<p>", "</p>", "</body></html>\n"),
            _ => ("long" + reader, "Live updates\n", "", "", ""),
        };
        using var file = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 20);
        file.Write(head);
        var text = reader == ".jsonl" ? Paragraph.TrimEnd('\n') : Paragraph;
        for (var k = 0; k < paragraphs; k++) file.Write(open + text + close);
        file.Write(tail);
    }

    /// <summary>A link to an endless device for every reader, and a manifest nobody will ever write to.</summary>
    private static void WriteDevices(string folder)
    {
        foreach (var (name, device) in new[]
                 {
                     ("zero.txt", "/dev/zero"), ("zero.md", "/dev/zero"), ("random.html", "/dev/urandom"),
                     ("random.csv", "/dev/urandom"), ("zero.jsonl", "/dev/zero"),
                 })
            File.CreateSymbolicLink(Path.Combine(folder, name), device);
        using var mkfifo = Process.Start("mkfifo", [Path.Combine(folder, "manifest.json")])!;
        mkfifo.WaitForExit();
    }
}
