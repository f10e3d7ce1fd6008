using System.CommandLine;

namespace FactCheck.Cli.Commands;

/// <summary>Options every subcommand accepts: where the database and the rules are.</summary>
internal static class WorkspaceOptions
{
    public static readonly Option<string> Database = new("--db")
    {
        Description = "SQLite database file (created if missing), or a PostgreSQL URI postgres://user:password@host:port/database (default: $FACTCHECK_DB, else factcheck.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Store.FactStores.EnvironmentVariable) is { Length: > 0 } named ? named : "factcheck.db",
        Recursive = true,
    };

    public static readonly Option<string?> Rules = new("--rules")
    {
        Description = "Folder of rule files and lexicons (default: ./rules, else the rules shipped with factcheck)",
        Recursive = true,
    };

    public static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or folders to ingest (.txt, .md, .html, .csv, .jsonl)",
        Arity = ArgumentArity.OneOrMore,
    };
}
