using FactCheck.Pipeline;
using Spectre.Console;

namespace FactCheck.Cli.Terminal;

/// <summary>A progress bar (documents, claims) on an interactive terminal; silence when piped or in CI.</summary>
internal static class IngestProgressDisplay
{
    public static IngestSummary Run(Func<IProgress<IngestProgress>?, IngestSummary> ingest)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
            return ingest(null);

        IngestSummary? summary = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Ingesting").IsIndeterminate();
                summary = ingest(new Progress<IngestProgress>(p =>
                    task.Description = $"Ingesting: {p.Documents} documents, {p.Claims} claims"));
                task.StopTask();
            });
        return summary!;
    }
}
