using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>Options every subcommand accepts: where the database and the rules are.</summary>
internal static class WorkspaceOptions
{
    public static readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file (created if missing)",
        DefaultValueFactory = _ => "factcheck.db",
        Recursive = true,
    };

    public static readonly Option<string?> Rules = new("--rules")
    {
        Description = "Folder of rule files and lexicons (default: ./rules, else the rules shipped with factcheck)",
        Recursive = true,
    };

    public static readonly Argument<string[]> Paths = new("paths")
    {
        Description = $"Files or folders to ingest ({string.Join(", ", Workspace.Pipeline.Readers.Extensions)})",
        Arity = ArgumentArity.OneOrMore,
    };
}
