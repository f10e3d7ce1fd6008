using System.Diagnostics;
using FactCheck.Pipeline;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>
/// Progress of the long stages, always on standard error so it never mixes with a report written
/// to standard output: a live display when standard error is a terminal, otherwise a plain line
/// every few seconds (see <see cref="ProgressSetting"/>).
/// </summary>
internal static class ProgressDisplay
{
    public static IngestSummary Ingest(Func<IProgress<IngestProgress>?, IngestSummary> ingest)
    {
        var setting = ProgressSetting.FromEnvironment();
        if (setting.Off) return ingest(null);
        if (Live() is { } live)
        {
            IngestSummary? summary = null;
            live.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Ingesting").IsIndeterminate();
                    summary = ingest(new Progress<IngestProgress>(p =>
                        task.Description = $"Ingesting: {p.Documents:N0} documents, {p.Claims:N0} claims"));
                    task.StopTask();
                });
            return summary!;
        }
        var clock = Stopwatch.StartNew();
        var lastLine = TimeSpan.Zero;
        // The ingestor reports from its one writer thread, so this runs in order and needs no lock.
        return ingest(new ImmediateProgress<IngestProgress>(p =>
        {
            if (clock.Elapsed - lastLine < setting.Interval) return;
            lastLine = clock.Elapsed;
            Console.Error.WriteLine($"ingest: {p.Documents:N0} documents, {p.Claims:N0} claims ({clock.Elapsed.TotalSeconds:0} s)");
        }));
    }

    /// <summary>The check reports no steps: a spinner on a terminal, else a line every interval while it runs.</summary>
    public static T Check<T>(Func<T> check)
    {
        var setting = ProgressSetting.FromEnvironment();
        if (setting.Off) return check();
        if (Live() is { } live)
        {
            T result = default!;
            live.Status().Start("Checking the rules", _ => result = check());
            return result;
        }
        var clock = Stopwatch.StartNew();
        if (setting.EveryStep) Console.Error.WriteLine("check: running the rules over the stored claims");
        var running = Task.Run(check);
        // Waited on without Wait(), which throws a failed check's error wrapped: GetResult throws it as it was, for the caller to show.
        while (!((IAsyncResult)running).AsyncWaitHandle.WaitOne(setting.EveryStep ? ProgressSetting.Default : setting.Interval))
            Console.Error.WriteLine($"check: running the rules ({clock.Elapsed.TotalSeconds:0} s)");
        return running.GetAwaiter().GetResult();
    }

    /// <summary>A console on standard error when that is an interactive terminal, else null.</summary>
    private static IAnsiConsole? Live()
    {
        if (Console.IsErrorRedirected) return null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Profile.Capabilities.Interactive ? console : null;
    }

    /// <summary>Calls back on the reporting thread, unlike Progress&lt;T&gt;, so lines come out before the summary.</summary>
    private sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

/// <summary>
/// How often plain progress lines are written: $FACTCHECK_PROGRESS is a number of seconds
/// (default 5), `all` for a line at every step, or `off`.
/// </summary>
internal sealed record ProgressSetting(TimeSpan Interval, bool Off)
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(5);

    public bool EveryStep => !Off && Interval == TimeSpan.Zero;

    public static ProgressSetting FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable("FACTCHECK_PROGRESS");
        if (string.IsNullOrWhiteSpace(value)) return new(Default, false);
        if (value.Equals("off", StringComparison.OrdinalIgnoreCase)) return new(Default, true);
        if (value.Equals("all", StringComparison.OrdinalIgnoreCase)) return new(TimeSpan.Zero, false);
        if (double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            return new(TimeSpan.FromSeconds(seconds), false);
        Console.Error.WriteLine($"warning: FACTCHECK_PROGRESS={value}: give a number of seconds, all, or off; using {Default.TotalSeconds:0} s");
        return new(Default, false);
    }
}
