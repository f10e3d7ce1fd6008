using System.CommandLine;
using System.Data.Common;
using FactCheck.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Rules;

namespace FactCheck.Cli.Commands;

/// <summary>
/// Runs a command's body with its workspace, turning the problems a user can fix into one line
/// on stderr and a non-zero exit, and printing every warning the run collected.
/// </summary>
internal static class CommandRunner
{
    public const int Success = 0;
    public const int Failure = 1;

    /// <summary>
    /// For a command that works on what is already stored: a missing database is refused rather
    /// than created empty, which would answer with an empty report as if nothing had been found.
    /// </summary>
    public static int RunOnExistingStore(ParseResult parse, Func<Workspace, int> body) =>
        Run(parse, workspace =>
        {
            if (!workspace.DatabaseExists)
                throw new UserInputException($"{workspace.DatabaseName}: database not found (run `factcheck run PATH` or `factcheck ingest PATH` first, or give --db FILE)");
            return body(workspace);
        });

    public static int Run(ParseResult parse, Func<Workspace, int> body)
    {
        Workspace? workspace = null;
        try
        {
            workspace = Workspace.From(parse);
            StageTrace.Mark("workspace");
            return body(workspace);
        }
        catch (Exception e) when (e is UserInputException or RuleFileException or LexiconException
                                      or DbException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"factcheck: {e.Message}");
            return Failure;
        }
        finally
        {
            if (workspace is not null)
            {
                // Files are read on several threads; by path, the warnings come out in the same order every run.
                foreach (var warning in workspace.Warnings.Warnings.OrderBy(w => w.Path, StringComparer.Ordinal))
                    Console.Error.WriteLine($"warning: {warning}");
                workspace.Dispose();
                StageTrace.Mark("store closed");
            }
        }
    }
}
